import type { ClientToServerEvents, RealtimeEvent, ServerToClientEvents } from '@palabre/contracts';
import { useSyncExternalStore } from 'react';
import type { Socket } from 'socket.io-client';
import { graphql } from '../graphql-me';
import { graphqlRequest } from '../lib/graphql-client';
import { getAccessToken, onAccessTokenChange } from '../lib/session';

const UnreadNotificationCount = /* @__PURE__ */ graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

/**
 * The signed-in member's unread count, kept live: one socket to the gateway (its personal room is joined on
 * connection, with the replay of what was missed when `lastEventId` is given), and a new count from the API
 * whenever a notification arrives or the inbox marks some read.
 */
let count: number | null = null;
const listeners = new Set<() => void>();
const arrivals = new Set<(summary: string) => void>();
let stop: (() => void) | null = null;

function set(next: number | null): void {
  count = next;
  for (const listener of listeners) listener();
}

export function refreshUnread(): Promise<void> {
  if (!getAccessToken()) return Promise.resolve();
  return graphqlRequest(UnreadNotificationCount, {}).then(
    (data) => set(data.unreadNotificationCount),
    () => undefined,
  );
}

/** Called with the summary of each notification delivered at once (the inbox reloads its first page). */
export function onNotificationArrived(listener: (summary: string) => void): () => void {
  arrivals.add(listener);
  return () => arrivals.delete(listener);
}

async function connect(): Promise<() => void> {
  const { io } = await import('socket.io-client');
  let lastEventId: string | undefined;
  const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io({
    path: '/realtime',
    // A function, so each reconnection presents the current token and the last event seen (the gateway replays the rest).
    auth: (send) => send({ token: getAccessToken(), ...(lastEventId ? { lastEventId } : {}) }),
    transports: ['websocket'],
  });
  socket.on('event', (event: RealtimeEvent) => {
    lastEventId = event.id;
    if (event.type !== 'notification.created') return;
    void refreshUnread();
    const summary = String((event.payload as { summary?: unknown }).summary ?? '');
    for (const listener of arrivals) listener(summary);
  });
  socket.on('resync', () => void refreshUnread());
  const unwatch = onAccessTokenChange((token) => {
    if (token) socket.emit('auth.refresh', { token }, () => undefined);
  });
  return () => {
    unwatch();
    socket.disconnect();
  };
}

/** Starts watching once for this page (the header's badge calls it); stops when the session ends. */
export function watchUnread(): void {
  if (stop || !getAccessToken()) return;
  let closed = false;
  let close: (() => void) | undefined;
  stop = () => {
    closed = true;
    close?.();
  };
  void refreshUnread();
  void connect().then((disconnect) => (closed ? disconnect() : (close = disconnect)));
  const unwatch = onAccessTokenChange((token) => {
    if (token) return;
    unwatch();
    stop?.();
    stop = null;
    set(null);
  });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useUnreadCount(): number | null {
  return useSyncExternalStore(
    subscribe,
    () => count,
    () => null,
  );
}
