import { Role } from '@palabre/contracts';
import type { ContentKind } from '@palabre/core';
import { AuditAction, ModerationActionKind } from './moderation.enums';

export const DEFAULT_AUTO_HIDE_THRESHOLD = 5;
export const REPUTATION_FOR_DOUBLE_WEIGHT = 20;
export const MIN_REASON_LENGTH = 10;
export const APPEAL_WINDOW_HOURS = 72;

const MODERATING: readonly Role[] = [Role.MODERATOR, Role.OWNER];
const LABELLED: readonly Role[] = [Role.MODERATOR, Role.OWNER, Role.BRAND_STAFF];

export const isModerator = (role: Role | null): boolean => role !== null && MODERATING.includes(role);

/**
 * A report weighs by earned trust only, never by role: 2 from reputation ≥ 20 in this community, 1
 * otherwise. Moderators act directly when they must, so their reports weigh like anyone's.
 */
export function reportWeight(reputation: number): 1 | 2 {
  return reputation >= REPUTATION_FOR_DOUBLE_WEIGHT ? 2 : 1;
}

/**
 * Whether the open reports hide the content pending review. Member reports alone never hide
 * what staff or moderators wrote: a moderator must have reported it too.
 */
export function shouldAutoHide(input: { openWeight: number; threshold: number; authorRole: Role | null; moderatorReported: boolean; alreadyHidden: boolean }): boolean {
  if (input.alreadyHidden || input.openWeight < input.threshold) return false;
  const authorIsStaff = input.authorRole !== null && LABELLED.includes(input.authorRole);
  return !authorIsStaff || input.moderatorReported;
}

/** LOCK and UNLOCK make sense for a conversation's root only. */
export const canLock = (kind: ContentKind): boolean => kind === 'THREAD' || kind === 'IDEA';

/** Actions a person concerned may appeal (the others restore or do nothing to them). */
export const APPEALABLE: ReadonlySet<string> = new Set([AuditAction.AUTO_HIDE, AuditAction.HIDE, AuditAction.REMOVE, AuditAction.LOCK, AuditAction.SUSPEND]);

export const toAuditAction = (action: ModerationActionKind): AuditAction => AuditAction[action];
