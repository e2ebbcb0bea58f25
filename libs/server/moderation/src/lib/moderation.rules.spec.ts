import { Role } from '@palabre/contracts';
import { canLock, reportWeight, shouldAutoHide } from './moderation.rules';

describe('report weights', () => {
  it('weighs 2 from reputation 20, 1 otherwise, whatever the role', () => {
    expect(reportWeight(20)).toBe(2);
    expect(reportWeight(19)).toBe(1);
    expect(reportWeight(0)).toBe(1);
  });
});

describe('auto-hide', () => {
  const base = { openWeight: 5, threshold: 5, authorRole: Role.MEMBER, moderatorReported: false, alreadyHidden: false };

  it('hides a member’s content when the open weight reaches the threshold', () => {
    expect(shouldAutoHide(base)).toBe(true);
    expect(shouldAutoHide({ ...base, openWeight: 4 })).toBe(false);
  });

  it('never hides staff or moderator content on member reports alone', () => {
    for (const authorRole of [Role.BRAND_STAFF, Role.MODERATOR, Role.OWNER]) {
      expect(shouldAutoHide({ ...base, openWeight: 50, authorRole })).toBe(false);
      expect(shouldAutoHide({ ...base, authorRole, moderatorReported: true })).toBe(true);
    }
  });

  it('does nothing to content already hidden', () => {
    expect(shouldAutoHide({ ...base, alreadyHidden: true })).toBe(false);
  });
});

describe('locking', () => {
  it('applies to threads and ideas only', () => {
    expect(canLock('THREAD')).toBe(true);
    expect(canLock('IDEA')).toBe(true);
    expect(canLock('REPLY')).toBe(false);
    expect(canLock('IDEA_COMMENT')).toBe(false);
  });
});
