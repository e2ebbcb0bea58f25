import { registerEnumType } from '@nestjs/graphql';

export enum ReportReason {
  SPAM = 'SPAM',
  ABUSE = 'ABUSE',
  OFF_TOPIC = 'OFF_TOPIC',
  PERSONAL_DATA = 'PERSONAL_DATA',
  OTHER = 'OTHER',
}

/** What a moderator may do to a piece of content. */
export enum ModerationActionKind {
  HIDE = 'HIDE',
  RESTORE = 'RESTORE',
  REMOVE = 'REMOVE',
  LOCK = 'LOCK',
  UNLOCK = 'UNLOCK',
  DISMISS_REPORTS = 'DISMISS_REPORTS',
}

/** Every entry of the audit log: moderator actions plus automatic and account-level ones. */
export enum AuditAction {
  AUTO_HIDE = 'AUTO_HIDE',
  HIDE = 'HIDE',
  RESTORE = 'RESTORE',
  REMOVE = 'REMOVE',
  LOCK = 'LOCK',
  UNLOCK = 'UNLOCK',
  DISMISS_REPORTS = 'DISMISS_REPORTS',
  SUSPEND = 'SUSPEND',
  LIFT_SUSPENSION = 'LIFT_SUSPENSION',
  FEATURE = 'FEATURE',
  UNFEATURE = 'UNFEATURE',
  APPEAL_UPHELD = 'APPEAL_UPHELD',
  APPEAL_REVERSED = 'APPEAL_REVERSED',
  SET_AUTO_HIDE_THRESHOLD = 'SET_AUTO_HIDE_THRESHOLD',
  PIN = 'PIN',
  UNPIN = 'UNPIN',
  MOVE = 'MOVE',
  CLOSE_AS_DUPLICATE = 'CLOSE_AS_DUPLICATE',
  RENAME_TAG = 'RENAME_TAG',
  MERGE_TAGS = 'MERGE_TAGS',
}

export enum ActorKind {
  HUMAN = 'HUMAN',
  AUTOMATION = 'AUTOMATION',
}

export enum CaseStatus {
  OPEN = 'OPEN',
  RESOLVED = 'RESOLVED',
}

export enum AppealStatus {
  OPEN = 'OPEN',
  UPHELD = 'UPHELD',
  REVERSED = 'REVERSED',
}

export enum AppealOutcome {
  UPHELD = 'UPHELD',
  REVERSED = 'REVERSED',
}

registerEnumType(ReportReason, { name: 'ReportReason' });
registerEnumType(ModerationActionKind, { name: 'ModerationAction', description: 'LOCK and UNLOCK apply to threads and ideas only' });
registerEnumType(AuditAction, { name: 'AuditAction' });
registerEnumType(ActorKind, { name: 'ActorKind', description: 'AUTOMATION: done by the platform (e.g. a weighted auto-hide), not by a person' });
registerEnumType(CaseStatus, { name: 'ModerationCaseStatus' });
registerEnumType(AppealStatus, { name: 'AppealStatus' });
registerEnumType(AppealOutcome, { name: 'AppealOutcome' });
