import { MessageThrottle } from './message-throttle';
import { parseLastEventId, parseRoomList } from './realtime.validation';

describe('MessageThrottle', () => {
  it('accepts the budget, refuses beyond it, then asks to disconnect', () => {
    const throttle = new MessageThrottle({ perWindow: 3, windowMs: 1000, maxRefusals: 2 });
    expect([0, 1, 2].map(() => throttle.take(0))).toEqual(['ok', 'ok', 'ok']);
    expect(throttle.take(10)).toBe('refuse');
    expect(throttle.take(20)).toBe('refuse');
    expect(throttle.take(30)).toBe('disconnect');
  });

  it('starts a fresh budget in the next window and forgives after a calm window', () => {
    const throttle = new MessageThrottle({ perWindow: 1, windowMs: 1000, maxRefusals: 5 });
    expect(throttle.take(0)).toBe('ok');
    expect(throttle.take(1)).toBe('refuse');
    expect(throttle.take(1000)).toBe('ok');
    expect(throttle.take(2000)).toBe('ok');
  });
});

describe('realtime message validation', () => {
  const id = '0b7f3c1e-8a51-4d2a-9f0e-3c2b1a0d9e8f';
  it('normalises and deduplicates rooms', () => {
    expect(parseRoomList({ rooms: [`thread:${id.toUpperCase()}`, `thread:${id}`] }, 5)).toEqual([`thread:${id}`]);
    expect(parseRoomList({ room: `space:${id}` }, 5)).toEqual([`space:${id}`]);
  });
  it('explains bad rooms', () => {
    expect(typeof parseRoomList({}, 5)).toBe('string');
    expect(typeof parseRoomList({ room: 'thread:1' }, 5)).toBe('string');
    expect(typeof parseRoomList({ rooms: [`secret:${id}`] }, 5)).toBe('string');
    expect(typeof parseRoomList({ rooms: new Array(6).fill(`thread:${id}`) }, 5)).toBe('string');
  });
  it('accepts only decimal event ids', () => {
    expect(parseLastEventId('0042')).toBe('42');
    expect(parseLastEventId(42)).toBeNull();
    expect(parseLastEventId('1; DROP')).toBeNull();
    expect(parseLastEventId('9'.repeat(19))).toBeNull();
  });
});
