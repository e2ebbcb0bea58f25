import { resolveRoom, roomName } from '@palabre/contracts';

/** `lastEventId` as sent by a client: a decimal event id, or null when malformed. */
export function parseLastEventId(value: unknown): string | null {
  if (typeof value !== 'string' || !/^\d{1,18}$/.test(value)) return null;
  return BigInt(value).toString();
}

/**
 * The rooms of a subscribe/unsubscribe message (`room` or `rooms`), normalised and
 * deduplicated; or a message telling what is wrong.
 */
export function parseRoomList(request: { room?: unknown; rooms?: unknown; id?: unknown }, max: number): string[] | string {
  // `{ room: 'thread', id: <global id> }` names one room by kind and id; ids stay opaque to clients.
  const single = request.id !== undefined ? { room: request.room, id: request.id } : request.room;
  const given = request.rooms !== undefined ? request.rooms : single !== undefined ? [single] : undefined;
  if (!Array.isArray(given) || given.length === 0) return 'give room: "thread:<uuid>" or a global id, { room: "thread", id: <global id> }, or rooms: [...] (community, space, thread, idea or member)';
  if (given.length > max) return `at most ${max} rooms per message`;
  const rooms = new Set<string>();
  for (const room of given) {
    const parsed = resolveRoom(room);
    if (!parsed) return `"${String(typeof room === 'object' ? JSON.stringify(room) : room).slice(0, 60)}" is not a room; rooms look like "community:<uuid>" or a global id (community, space, thread, idea or member)`;
    rooms.add(roomName(parsed.kind, parsed.localId));
  }
  return [...rooms];
}
