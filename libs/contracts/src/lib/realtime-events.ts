/**
 * The realtime event map shared by servers and clients. Every domain event that
 * leaves the outbox is one of these; `id` is the outbox sequence (monotonic).
 */
export interface MemberJoinedPayload {
  communityId: string;
  memberId: string;
  handle: string;
  role: string;
}

/** Recognition: someone thanked the receiver for a piece of content (sent to `member:<receiverId>`). */
export interface KudosGivenPayload {
  communityId: string;
  kudosId: string;
  /** Global id of the thread, reply, idea or comment. */
  contentId: string;
  giverId: string;
  receiverId: string;
  message: string | null;
}

/** Recognition: a badge of the catalogue was awarded (sent to `member:<memberId>`). */
export interface BadgeAwardedPayload {
  communityId: string;
  memberId: string;
  badge: string;
  awardedAt: string;
}

/** Advice: a thread was started (rooms `community:<id>`, `space:<id>`). */
export interface ThreadCreatedPayload {
  communityId: string;
  spaceId: string;
  threadId: string;
  authorId: string;
  kind: string;
  title: string;
}

/** Advice: a reply was posted (rooms `space:<id>`, `thread:<id>`). */
export interface ReplyCreatedPayload {
  communityId: string;
  spaceId: string;
  threadId: string;
  replyId: string;
  authorId: string;
  inReplyToId: string | null;
}

/** Advice: an answer was accepted or unaccepted; recognition awards or withdraws reputation from it. */
export interface AnswerAcceptedPayload {
  communityId: string;
  spaceId: string;
  threadId: string;
  replyId: string;
  replyAuthorId: string | null;
  questionAuthorId: string | null;
  /** Member who accepted (or unaccepted): the question's author or a moderator. */
  actorId: string;
}

/** Advice: a thread or reply was edited or deleted by its author. */
export interface PostChangedPayload {
  communityId: string;
  spaceId: string;
  threadId: string;
  /** Global id of the thread or reply. */
  postId: string;
  kind: 'THREAD' | 'REPLY';
  authorId: string;
  /** post.deleted only: true when a placeholder remains because others replied. */
  placeholder?: boolean;
}

/** Moderation: a moderator (or the weighted reports) changed a content's state; sent to `member:<authorId>` with the reason. */
export interface ContentModeratedPayload {
  communityId: string;
  /** Global id of the content. */
  contentId: string;
  contentType: string;
  /** Global id of the AuditEntry (appealable with appeal(actionId)). */
  actionId: string;
  actorKind: 'HUMAN' | 'AUTOMATION';
  reason: string;
}

/**
 * Moderation: a member was suspended (rooms `community:<id>` audience moderators, `member:<id>`).
 * The gateway drops the member's sockets from the community's rooms.
 */
export interface MemberSuspendedPayload {
  communityId: string;
  memberId: string;
  until: string;
  reason: string;
  actionId: string;
}

/** Moderation: a suspension was lifted (room `member:<id>`). */
export interface SuspensionLiftedPayload {
  communityId: string;
  memberId: string;
  actionId: string;
}

/** Moderation: content entered the community's "best of" (room `community:<id>`). */
export interface ContentFeaturedPayload {
  communityId: string;
  contentId: string;
  note: string;
}

/** Moderation: an appeal was filed (community room, moderators) or decided (`member:<appellantId>`). */
export interface AppealPayload {
  communityId: string;
  appealId: string;
  actionId: string;
  status: string;
}

/** Ideas: a member proposed an idea (rooms `space:<id>`). Ids are local uuids. */
export interface IdeaProposedPayload {
  ideaId: string;
  spaceId: string;
  communityId: string;
  authorId: string;
  title: string;
}

/** Ideas: the support count changed (support, withdrawal, merge, unmerge). */
export interface IdeaSupportChangedPayload {
  ideaId: string;
  spaceId: string;
  communityId: string;
  supportCount: number;
}

/** Ideas: a status change, with its public rationale; `changedBy` is null for scheduled changes. */
export interface IdeaStatusChangedPayload {
  ideaId: string;
  spaceId: string;
  communityId: string;
  from: string | null;
  to: string;
  rationale: string;
  changedBy: string | null;
}

export interface IdeaMergedPayload {
  ideaId: string;
  intoIdeaId: string;
  spaceId: string;
  communityId: string;
  movedSupports: number;
  targetSupportCount: number;
}

export interface IdeaUnmergedPayload {
  ideaId: string;
  fromIdeaId: string;
  spaceId: string;
  communityId: string;
  targetSupportCount: number;
}

export interface IdeaCommentAddedPayload {
  ideaId: string;
  commentId: string;
  spaceId: string;
  communityId: string;
  authorId: string;
}

/** Ideas: a comment's author edited or deleted it (room `idea:<id>`). */
export interface IdeaCommentChangedPayload {
  ideaId: string;
  commentId: string;
  spaceId: string;
  communityId: string;
  authorId: string | null;
}

/** Ideas: a member accepted credit for a shipped idea (recognition rewards it). */
export interface CreditAcceptedPayload {
  communityId: string;
  ideaId: string;
  memberId: string;
}

/** Notifications: a notification delivered at once (room `member:<id>` of its recipient). */
export interface NotificationCreatedPayload {
  /** Global id of the Notification. */
  notificationId: string;
  kind: string;
  reason: 'FOLLOWING' | 'CONCERNED';
  summary: string;
  subjectId: string | null;
  /** Local id of the member whose act caused it (null for automatic ones): lets an erasure find it. */
  actorId: string | null;
}

/** Moderation: a thread was pinned or unpinned (rooms `space:<id>`, `thread:<id>`). */
export interface ThreadPinnedPayload {
  communityId: string;
  spaceId: string;
  threadId: string;
  pinned: boolean;
}

/** Moderation: a thread moved to another space of its community (rooms of both spaces and the thread). */
export interface ThreadMovedPayload {
  communityId: string;
  threadId: string;
  fromSpaceId: string;
  toSpaceId: string;
  reason: string;
}

/** Moderation: a thread was locked as a duplicate; its followers are offered the original (rooms `thread:<id>`, `space:<id>`). */
export interface ThreadClosedAsDuplicatePayload {
  communityId: string;
  threadId: string;
  /** Global id of the original thread. */
  originalThreadId: string;
  reason: string;
}

/** Payloads keyed by event type. Features add their events here. */
export interface RealtimeEventPayloads {
  'community.member_joined': MemberJoinedPayload;
  'notification.created': NotificationCreatedPayload;
  'idea.proposed': IdeaProposedPayload;
  'idea.support_changed': IdeaSupportChangedPayload;
  'idea.status_changed': IdeaStatusChangedPayload;
  'idea.merged': IdeaMergedPayload;
  'idea.unmerged': IdeaUnmergedPayload;
  'idea.comment_added': IdeaCommentAddedPayload;
  'idea.comment_edited': IdeaCommentChangedPayload;
  'idea.comment_deleted': IdeaCommentChangedPayload;
  'credit.accepted': CreditAcceptedPayload;
  'kudos.given': KudosGivenPayload;
  'badge.awarded': BadgeAwardedPayload;
  'thread.created': ThreadCreatedPayload;
  'reply.created': ReplyCreatedPayload;
  'answer.accepted': AnswerAcceptedPayload;
  'answer.unaccepted': AnswerAcceptedPayload;
  'post.edited': PostChangedPayload;
  'post.deleted': PostChangedPayload;
  'content.hidden': ContentModeratedPayload;
  'content.restored': ContentModeratedPayload;
  'content.removed': ContentModeratedPayload;
  'content.locked': ContentModeratedPayload;
  'content.unlocked': ContentModeratedPayload;
  'member.suspended': MemberSuspendedPayload;
  'member.suspension_lifted': SuspensionLiftedPayload;
  'content.featured': ContentFeaturedPayload;
  'appeal.filed': AppealPayload;
  'appeal.resolved': AppealPayload;
  'thread.pinned': ThreadPinnedPayload;
  'thread.moved': ThreadMovedPayload;
  'thread.closed_as_duplicate': ThreadClosedAsDuplicatePayload;
  [eventType: string]: Record<string, unknown> | object;
}

export type RealtimeEventType = keyof RealtimeEventPayloads & string;

export interface RealtimeEvent<T extends RealtimeEventType = RealtimeEventType> {
  /** Outbox sequence number, increasing in delivery order. */
  id: string;
  type: T;
  /** Rooms this event is delivered to. */
  rooms: string[];
  payload: RealtimeEventPayloads[T];
  occurredAt: string;
}

/** Messages a client sends to the gateway, with the acknowledgement each gets. */
export interface ClientToServerEvents {
  /**
   * Joins one room (`room`) or several (`rooms`, at most 50). With `lastEventId` (the id of
   * the last event received, e.g. after a reconnect) the events missed in those rooms are
   * sent first, in order and once each, or a `resync` when they are no longer kept.
   */
  subscribe: (request: SubscribeRequest, ack: (response: SubscribeAck) => void) => void;
  unsubscribe: (request: SubscribeRequest, ack: (response: SubscribeAck) => void) => void;
  /** "I am typing" in a thread room the socket joined; ephemeral, at most one every 2 seconds. */
  'thread.typing': (request: { room: string; id?: string }, ack: (response: EphemeralAck) => void) => void;
  /** Who is in a thread room right now (every gateway), for a socket that joined it. */
  'thread.presence': (request: { room: string; id?: string }, ack: (response: PresenceAck) => void) => void;
  /** Hands a fresh access token (same member) to a live connection, before the old one expires. */
  'auth.refresh': (request: { token: string }, ack: (response: EphemeralAck) => void) => void;
}

export type EphemeralAck = { ok: true } | { ok: false; error: { code: string; message: string } };
export type PresenceAck = { ok: true; room: string; memberIds: string[] } | { ok: false; error: { code: string; message: string } };

/** Ephemeral thread signals (never stored, never replayed). `memberId` is a local member uuid. */
export interface ThreadTypingInfo {
  room: string;
  memberId: string;
}

export interface ThreadPresenceInfo {
  room: string;
  memberId: string;
  /** true when the member entered the thread room, false when their last socket left it. */
  present: boolean;
}

export interface SubscribeRequest {
  /** `"thread:<uuid>"`, a node's global id, or the kind (`"thread"`) when `id` is given. */
  room?: string;
  /** A node's global id (or local uuid), with `room` naming its kind. */
  id?: string;
  rooms?: (string | { room: string; id: string })[];
  lastEventId?: string;
}

export type SubscribeAck =
  | { ok: true; room: string; rooms?: string[]; replayed?: number }
  | { ok: false; error: { code: string; message: string; rooms?: string[] } };

/** Error codes of acknowledgements and of the `error` message the gateway sends. */
export const REALTIME_ERROR_CODES = ['BAD_USER_INPUT', 'UNKNOWN_EVENT', 'NOT_FOUND', 'UNAUTHENTICATED', 'UNAVAILABLE', 'TOO_MANY_REQUESTS'] as const;

export interface ServerToClientEvents {
  event: (event: RealtimeEvent) => void;
  resync: (info: { reason: string; oldestAvailableId: string | null }) => void;
  'thread.typing': (info: ThreadTypingInfo) => void;
  'thread.presence': (info: ThreadPresenceInfo) => void;
}

export const REALTIME_PATH = '/realtime';
