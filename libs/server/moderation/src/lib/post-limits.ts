import { createHash } from 'node:crypto';
import { ModerationErrorCode, Role } from '@palabre/contracts';
import { AppError, ContentKind, tooManyRequests } from '@palabre/core';


export const NEW_MEMBER_HOURS = 24;
export const NEW_MEMBER_MAX_ROOTS = 3;
export const NEW_MEMBER_MAX_ANSWERS = 10;
export const DUPLICATE_WINDOW_MINUTES = 5;

const ROOTS: readonly ContentKind[] = ['THREAD', 'IDEA'];
const LABELLED: readonly Role[] = [Role.OWNER, Role.MODERATOR, Role.BRAND_STAFF];

export interface PosterHistory {
  role: Role | null;
  joinedAt: Date | null;
  rootsSinceJoin: number;
  answersSinceJoin: number;
  lastPostAt: Date | null;
  sameBodyRecently: boolean;
}

/** Same text whatever the spacing or case, so trivial edits do not dodge the duplicate check. */
export function bodyFingerprint(body: string): string {
  return createHash('sha256').update(body.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase()).digest('hex');
}

/**
 * The first limit a new post breaks, or null. Staff and moderators are not "new members"
 * (they open the community's first threads), but flood and duplicate limits apply to everyone.
 */
export function postLimitViolation(kind: ContentKind, history: PosterHistory, now: Date, floodSeconds: number): AppError | null {
  if (floodSeconds > 0 && history.lastPostAt) {
    const waitMs = history.lastPostAt.getTime() + floodSeconds * 1000 - now.getTime();
    if (waitMs > 0) return tooManyRequests(`You are posting too fast: wait ${Math.ceil(waitMs / 1000)} seconds before posting again here`, Math.ceil(waitMs / 1000));
  }
  if (history.sameBodyRecently) {
    return new AppError(ModerationErrorCode.DuplicateContent, `You posted this same text less than ${DUPLICATE_WINDOW_MINUTES} minutes ago; edit your earlier post instead of posting it again`);
  }
  const isNew = history.joinedAt !== null && now.getTime() - history.joinedAt.getTime() < NEW_MEMBER_HOURS * 3_600_000 && !(history.role && LABELLED.includes(history.role));
  if (!isNew) return null;
  if (ROOTS.includes(kind) && history.rootsSinceJoin >= NEW_MEMBER_MAX_ROOTS) {
    return new AppError(ModerationErrorCode.NewMemberLimit, `During your first ${NEW_MEMBER_HOURS} hours in a community you may start at most ${NEW_MEMBER_MAX_ROOTS} threads or ideas; reply to existing ones meanwhile`);
  }
  if (!ROOTS.includes(kind) && history.answersSinceJoin >= NEW_MEMBER_MAX_ANSWERS) {
    return new AppError(ModerationErrorCode.NewMemberLimit, `During your first ${NEW_MEMBER_HOURS} hours in a community you may post at most ${NEW_MEMBER_MAX_ANSWERS} replies or comments; come back a little later`);
  }
  return null;
}
