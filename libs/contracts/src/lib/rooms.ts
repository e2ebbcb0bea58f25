/** Room names shared by the gateway, the API's room-access check and clients. */
export type RoomKind = 'community' | 'space' | 'thread' | 'idea' | 'member';

export const ROOM_KINDS: readonly RoomKind[] = ['community', 'space', 'thread', 'idea', 'member'];

export function roomName(kind: RoomKind, localId: string): string {
  return `${kind}:${localId}`;
}

export function parseRoom(room: string): { kind: RoomKind; localId: string } | null {
  const match = /^(community|space|thread|idea|member):([0-9a-f-]{36})$/i.exec(room);
  if (!match) return null;
  return { kind: match[1] as RoomKind, localId: match[2].toLowerCase() };
}
