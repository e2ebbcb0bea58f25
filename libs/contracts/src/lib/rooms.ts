import { decodeGlobalId } from './global-id';

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

/** The room of each node type a client may name by its global id. */
const ROOM_OF_TYPE: Readonly<Record<string, RoomKind>> = { Community: 'community', Space: 'space', Thread: 'thread', Idea: 'idea', Member: 'member' };

/**
 * A room as a client may name it, ids kept opaque: `"thread:<uuid>"`, a node's global id
 * (`"VGhyZWFkOi…"`), or `{ room: 'thread', id: <global id or uuid> }`. The kind given with an id
 * must match the id's type. Null when it names no room.
 */
export function resolveRoom(given: unknown): { kind: RoomKind; localId: string } | null {
  if (typeof given === 'string') {
    const named = parseRoom(given);
    if (named) return named;
    const decoded = decodeGlobalId(given);
    const kind = decoded ? ROOM_OF_TYPE[decoded.typeName] : undefined;
    return decoded && kind ? { kind, localId: decoded.localId } : null;
  }
  if (given === null || typeof given !== 'object') return null;
  const { room: kind, id } = given as { room?: unknown; id?: unknown };
  if (typeof kind !== 'string' || typeof id !== 'string' || !(ROOM_KINDS as readonly string[]).includes(kind)) return null;
  const resolved = parseRoom(`${kind}:${id}`) ?? resolveRoom(id);
  return resolved?.kind === kind ? resolved : null;
}
