import { toGlobalId } from './global-id';
import { resolveRoom } from './rooms';

const uuid = '1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed';

describe('resolveRoom', () => {
  it('reads "kind:<uuid>", a global id, and { room, id } alike', () => {
    const thread = { kind: 'thread', localId: uuid };
    expect(resolveRoom(`thread:${uuid}`)).toEqual(thread);
    expect(resolveRoom(toGlobalId('Thread', uuid))).toEqual(thread);
    expect(resolveRoom({ room: 'thread', id: toGlobalId('Thread', uuid) })).toEqual(thread);
    expect(resolveRoom({ room: 'thread', id: uuid })).toEqual(thread);
    expect(resolveRoom(toGlobalId('Community', uuid))).toEqual({ kind: 'community', localId: uuid });
  });

  it('refuses a kind that does not match the id, types without a room, and anything else', () => {
    expect(resolveRoom({ room: 'space', id: toGlobalId('Thread', uuid) })).toBeNull();
    expect(resolveRoom(toGlobalId('Reply', uuid))).toBeNull();
    expect(resolveRoom({ room: 'moderators', id: uuid })).toBeNull();
    expect(resolveRoom('thread:not-a-uuid')).toBeNull();
    expect(resolveRoom(42)).toBeNull();
  });
});
