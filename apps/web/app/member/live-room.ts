import type { ClientToServerEvents, RealtimeEvent, ServerToClientEvents, SubscribeAck } from '@palabre/contracts';
import type { Socket } from 'socket.io-client';

/**
 * Follows one room (a thread, an idea…) through the gateway on the same origin. On every (re)connection it
 * subscribes again with the id of the last event it saw, so the gateway replays exactly what was missed.
 * `onSubscribed` runs after each successful subscription (the caller may check what happened meanwhile).
 */
export async function followRoom(
  room: 'thread' | 'idea',
  globalId: string,
  token: string,
  handlers: { onEvent: (event: RealtimeEvent) => void; onResync: () => void; onSubscribed?: () => void },
): Promise<() => void> {
  const { io } = await import('socket.io-client');
  let lastEventId: string | undefined;
  const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io({ path: '/realtime', auth: { token }, transports: ['websocket'] });
  socket.on('connect', () =>
    socket.emit('subscribe', { room, id: globalId, ...(lastEventId ? { lastEventId } : {}) }, (ack: SubscribeAck) => {
      if (ack.ok) handlers.onSubscribed?.();
    }),
  );
  socket.on('event', (event: RealtimeEvent) => {
    lastEventId = event.id;
    handlers.onEvent(event);
  });
  socket.on('resync', () => handlers.onResync());
  return () => {
    socket.disconnect();
  };
}
