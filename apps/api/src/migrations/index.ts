import { Foundation1764000000000 } from './1764000000000-foundation';
import { Advice1764000100000 } from './1764000100000-advice';
import { Ideas1764000200000 } from './1764000200000-ideas';
import { Recognition1764000300000 } from './1764000300000-recognition';
import { Moderation1764000400000 } from './1764000400000-moderation';
import { Privacy1764000600000 } from './1764000600000-privacy';
import { Notifications1764000500000 } from './1764000500000-notifications';
import { Insights1764000700000 } from './1764000700000-insights';
import { BenchIndexes1764000800000 } from './1764000800000-bench-indexes';
import { SearchTitleIndex1764000900000 } from './1764000900000-search-title-index';
import { ResponseCacheInvalidation1764001000000 } from './1764001000000-response-cache-invalidation';
import { NotifyAfterCommit1764001100000 } from './1764001100000-notify-after-commit';
import { SessionRevocationNotify1764001200000 } from './1764001200000-session-revocation-notify';
import { ThreadTitleTerms1764001300000 } from './1764001300000-thread-title-terms';
import { SessionDeviceLabel1764002000000 } from './1764002000000-session-device-label';
import { AccountEmail1764002100000 } from './1764002100000-account-email';
import { IdempotencyKeys1764002400000 } from './1764002400000-idempotency-keys';
import { ErasedMentions1764002500000 } from './1764002500000-erased-mentions';
import { ErasedMentionsInIdeaHistory1764010000000 } from './1764010000000-erased-mentions-in-idea-history';
import { Media1764011000000 } from './1764011000000-media';
import { SearchWords1764012000000 } from './1764012000000-search-words';
import { MutesAndMentions1764012100000 } from './1764012100000-mutes-and-mentions';
import { Drafts1764012200000 } from './1764012200000-drafts';
import { SearchQueryTuning1764012300000 } from './1764012300000-search-query-tuning';
import { ModerationWorkspace1764013000000 } from './1764013000000-moderation';
import { IdeaUpdates1764013100000 } from './1764013100000-ideas';
import { StaffAssignments1764013200000 } from './1764013200000-notifications';
import { ConversationClosures1764013300000 } from './1764013300000-notifications';
import { SavedReplies1764013400000 } from './1764013400000-communities';
import { PostLogParent1764013500000 } from './1764013500000-moderation';
import { CommunitiesChangedNotify1764014000000 } from './1764014000000-communities-changed-notify';
import { IdeaUpdatesCacheInvalidation1764015000000 } from './1764015000000-idea-updates-cache-invalidation';
import { SignInAfterVerification1764019000000 } from './1764019000000-sign-in-after-verification';
import { SearchGinPendingLists1764023000000 } from './1764023000000-search-gin-pending-lists';

/** Append-only: every schema change is a new migration added at the end of this list. */


/** Append-only: every schema change is a new migration added at the end of this list. */
export const migrations = [Foundation1764000000000, Recognition1764000300000, Moderation1764000400000, Ideas1764000200000, Privacy1764000600000, Notifications1764000500000, Advice1764000100000, Insights1764000700000, BenchIndexes1764000800000, SearchTitleIndex1764000900000, ResponseCacheInvalidation1764001000000, NotifyAfterCommit1764001100000, SessionRevocationNotify1764001200000, ThreadTitleTerms1764001300000, SessionDeviceLabel1764002000000, AccountEmail1764002100000, IdempotencyKeys1764002400000, ErasedMentions1764002500000, ErasedMentionsInIdeaHistory1764010000000, Media1764011000000, SearchWords1764012000000, MutesAndMentions1764012100000, Drafts1764012200000, SearchQueryTuning1764012300000, ModerationWorkspace1764013000000, IdeaUpdates1764013100000, StaffAssignments1764013200000, ConversationClosures1764013300000, SavedReplies1764013400000, PostLogParent1764013500000, IdeaUpdatesCacheInvalidation1764015000000, CommunitiesChangedNotify1764014000000, SignInAfterVerification1764019000000, SearchGinPendingLists1764023000000];
