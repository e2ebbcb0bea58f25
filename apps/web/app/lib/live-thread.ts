import type { ClientToServerEvents, RealtimeEvent, ServerToClientEvents, SubscribeAck } from '@palabre/contracts';
import type { Socket } from 'socket.io-client';

export interface LiveThreadHandlers {
  /** A reply was posted that the page does not show yet (replays included, each once). */
  onNewReply: (replyId: string) => void;
  /** Events were missed beyond the gateway's retention: the page should reload its data. */
  onResync: () => void;
}

/**
 * Follows one thread through the gateway on the same origin (`/realtime`). socket.io-client is loaded only
 * here, on demand, so it stays out of the first load. On reconnection it subscribes again with the id of the
 * last event it saw, and the gateway replays exactly what was missed. Returns a function that stops it.
 */
export async function followThread(threadGlobalId: string, token: string, handlers: LiveThreadHandlers): Promise<() => void> {
  const { io } = await import('socket.io-client');
  let lastEventId: string | undefined;
  const seen = new Set<string>();
  const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io({ path: '/realtime', auth: { token }, transports: ['websocket'] });
  const subscribe = () =>
    socket.emit('subscribe', { room: 'thread', id: threadGlobalId, ...(lastEventId ? { lastEventId } : {}) }, (_ack: SubscribeAck) => undefined);
  socket.on('connect', subscribe);
  socket.on('event', (event: RealtimeEvent) => {
    lastEventId = event.id;
    if (event.type !== 'reply.created') return;
    const replyId = String((event.payload as { replyId?: unknown }).replyId ?? '');
    if (!replyId || seen.has(replyId)) return;
    seen.add(replyId);
    handlers.onNewReply(replyId);
  });
  socket.on('resync', () => handlers.onResync());
  return () => {
    socket.disconnect();
  };
}
