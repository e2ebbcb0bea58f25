import { parseRoom, roomName } from '@palabre/contracts';

/** `lastEventId` as sent by a client: a decimal event id, or null when malformed. */
export function parseLastEventId(value: unknown): string | null {
  if (typeof value !== 'string' || !/^\d{1,18}$/.test(value)) return null;
  return BigInt(value).toString();
}

/**
 * The rooms of a subscribe/unsubscribe message (`room` or `rooms`), normalised and
 * deduplicated; or a message telling what is wrong.
 */
export function parseRoomList(request: { room?: unknown; rooms?: unknown }, max: number): string[] | string {
  const given = request.rooms !== undefined ? request.rooms : request.room !== undefined ? [request.room] : undefined;
  if (!Array.isArray(given) || given.length === 0) return 'give room: "thread:<uuid>" or rooms: [...] (community, space, thread, idea or member)';
  if (given.length > max) return `at most ${max} rooms per message`;
  const rooms = new Set<string>();
  for (const room of given) {
    const parsed = typeof room === 'string' ? parseRoom(room) : null;
    if (!parsed) return `"${String(room).slice(0, 60)}" is not a room; rooms look like "community:<uuid>" (community, space, thread, idea or member)`;
    rooms.add(roomName(parsed.kind, parsed.localId));
  }
  return [...rooms];
}
