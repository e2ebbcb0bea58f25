import { Injectable } from '@nestjs/common';
import { toGlobalId } from '@palabre/contracts';
import { Clock, ContentRegistry, Db, DomainEvent, EventsService } from '@palabre/core';
import { FollowTargetType } from './notifications.rows';
import { audienceFromJson, FollowsRepository } from './follows.repository';
import { NotificationPreferencesRepository } from './notification-preferences.repository';
import { NotificationDraft, NotifierService } from './notifier.service';

type Payload = Record<string, unknown>;

/** The prefetch key of a reply's audience (EventsService.onPrefetch). */
const REPLY_AUDIENCE = 'notifications.replyAudience';

const str = (payload: Payload, ...keys: string[]): string | null => {
  for (const key of keys) {
    const value = payload[key];
    if (typeof value === 'string' && value.length > 0) return value;
  }
  return null;
};

const quote = (text: string | null, max = 120) => (text ? `“${text.length > max ? `${text.slice(0, max - 1)}…` : text}”` : '');

/**
 * Listens to other features' domain events by type name (no import of those features) and
 * creates notifications in the same transaction, so a notification exists iff its cause
 * committed. Payloads are read defensively: a missing field only narrows who is told.
 */
@Injectable()
export class NotificationReactions {
  constructor(
    private readonly events: EventsService,
    private readonly notifier: NotifierService,
    private readonly followsRepo: FollowsRepository,
    private readonly preferencesRepo: NotificationPreferencesRepository,
    private readonly content: ContentRegistry,
    private readonly clock: Clock,
  ) {}

  register(): void {
    const on = (types: string[], handler: (tx: Db, payload: Payload, event: DomainEvent) => Promise<void>) => {
      for (const type of types) this.events.on(type, (tx, event) => handler(tx, (event.payload ?? {}) as Payload, event));
    };

    // @mentions in new posts: which post each event is, for the notification's subject.
    const mentionSubjects: Record<string, [string, string]> = {
      'thread.created': ['Thread', 'threadId'],
      'reply.created': ['Reply', 'replyId'],
      'idea.proposed': ['Idea', 'ideaId'],
      'idea.comment_added': ['IdeaComment', 'commentId'],
    };
    for (const [type, [typeName, key]] of Object.entries(mentionSubjects)) on([type], (tx, p, event) => this.mentioned(tx, p, event, typeName, str(p, key)));
    // An edit tells only the members it mentions for the first time (its event knows just those: addedMentionsKnown),
    // under the same rules. An edit event without that knowledge tells nobody.
    on(['post.edited'], (tx, p, event) => {
      const typeName = str(p, 'kind') === 'REPLY' ? 'Reply' : 'Thread';
      return this.mentioned(tx, p, event, typeName, str(p, 'postId'), true);
    });
    const editSubjects: Record<string, [string, string]> = {
      'idea.edited': ['Idea', 'ideaId'],
      'idea.comment_edited': ['IdeaComment', 'commentId'],
    };
    for (const [type, [typeName, key]] of Object.entries(editSubjects)) on([type], (tx, p, event) => this.mentioned(tx, p, event, typeName, str(p, key)));

    on(['thread.created'], (tx, p, event) => this.created(tx, event.type, p, 'Thread', str(p, 'threadId', 'id'), `New thread ${quote(str(p, 'title'))}`));
    on(['idea.proposed', 'idea.created'], (tx, p, event) => this.created(tx, event.type, p, 'Idea', str(p, 'ideaId', 'id'), `New idea ${quote(str(p, 'title'))}`));

    // The reply's audience can be read with the reply's own INSERT: who follows the thread or its author, and the authors
    // of the thread and of the reply it answers (known to the recorder beforehand).
    this.events.onPrefetch('reply.created', REPLY_AUDIENCE, (p, known) => {
      const payload = p as Payload;
      const threadId = str(payload, 'threadId');
      if (!threadId || !Object.hasOwn(known, 'threadAuthorId') || !Object.hasOwn(known, 'inReplyToAuthorId')) return null;
      return this.notifier.audienceSqlFor({ actorId: str(payload, 'authorId'), communityId: str(payload, 'communityId') }, this.targets(['Thread', threadId], ['Member', str(payload, 'authorId')]), [
        known['threadAuthorId'],
        known['inReplyToAuthorId'],
      ]);
    });
    on(['reply.created'], async (tx, p, event) => {
      const threadId = str(p, 'threadId');
      if (!threadId) return;
      const [thread, parent] = await Promise.all([
        this.knownOr(event, 'threadAuthorId', () => this.authorOf(tx, 'Thread', threadId)),
        this.knownOr(event, 'inReplyToAuthorId', () => this.authorOf(tx, 'Reply', str(p, 'inReplyToId'))),
      ]);
      const prefetched = event.prefetched && Object.hasOwn(event.prefetched, REPLY_AUDIENCE) ? audienceFromJson(event.prefetched[REPLY_AUDIENCE]) : undefined;
      await this.notifier.notifyAbout(
        tx,
        { ...this.draft(event.type, p, { subjectId: toGlobalId('Reply', str(p, 'replyId') ?? threadId), summary: 'New reply in a thread you follow', threadId }), concernedSummary: 'New reply to what you wrote' },
        this.targets(['Thread', threadId], ['Member', str(p, 'authorId')]),
        [thread, parent],
        prefetched,
      );
    });

    on(['answer.accepted'], async (tx, p, event) => {
      const threadId = str(p, 'threadId');
      await this.notifier.notifyAbout(
        tx,
        this.draft(event.type, p, { subjectId: toGlobalId('Reply', str(p, 'replyId') ?? threadId ?? ''), summary: 'An answer was accepted', actorKeys: ['actorId'], threadId }),
        this.targets(['Thread', threadId]),
        [str(p, 'replyAuthorId')],
      );
    });

    on(['idea.status_changed'], async (tx, p, event) => {
      const ideaId = str(p, 'ideaId', 'id');
      if (!ideaId) return;
      const author = str(p, 'authorId') ?? (await this.authorOf(tx, 'Idea', ideaId));
      const status = str(p, 'status', 'to', 'newStatus');
      await this.notifier.notifyAbout(
        tx,
        this.draft(event.type, p, { subjectId: toGlobalId('Idea', ideaId), summary: status ? `An idea you follow is now ${status.toLowerCase().replace(/_/g, ' ')}` : 'An idea you follow changed status', actorKeys: ['actorId', 'changedBy', 'deciderId'] }),
        this.targets(['Idea', ideaId]),
        [author],
      );
      // Credit offered with a decision (when the payload names the credited members).
      const credited = [p['creditedMemberIds'], p['creditMemberIds']].find(Array.isArray) as unknown[] | undefined;
      const others = (credited ?? []).filter((id): id is string => typeof id === 'string' && id !== author);
      if (others.length > 0) {
        await this.notifier.notifyAbout(
          tx,
          this.draft('credit.offered', p, { subjectId: toGlobalId('Idea', ideaId), summary: 'You were offered credit for a shipped idea', actorKeys: ['actorId', 'changedBy', 'deciderId'] }),
          [],
          others,
        );
      }
    });

    on(['idea.merged'], async (tx, p, event) => {
      const ideaId = str(p, 'ideaId');
      const into = str(p, 'intoIdeaId');
      if (!ideaId) return;
      const author = await this.authorOf(tx, 'Idea', ideaId);
      await this.notifier.notifyAbout(
        tx,
        this.draft(event.type, p, { subjectId: toGlobalId('Idea', into ?? ideaId), summary: 'An idea you follow was merged into another one', actorKeys: ['actorId', 'mergedBy'] }),
        this.targets(['Idea', ideaId]),
        [author],
      );
    });

    on(['idea.commented', 'idea.comment_added', 'idea.comment_created', 'comment.created'], async (tx, p, event) => {
      const ideaId = str(p, 'ideaId');
      if (!ideaId) return;
      const author = await this.authorOf(tx, 'Idea', ideaId);
      await this.notifier.notifyAbout(
        tx,
        this.draft(event.type, p, { subjectId: toGlobalId('Idea', ideaId), summary: 'New comment on an idea you follow' }),
        this.targets(['Idea', ideaId], ['Member', str(p, 'authorId')]),
        [author],
      );
    });

    // A thread closed as a duplicate: its followers are offered the original to follow instead.
    on(['thread.closed_as_duplicate'], async (tx, p, event) => {
      const threadId = str(p, 'threadId');
      if (!threadId) return;
      await this.notifier.notifyAbout(
        tx,
        this.draft(event.type, p, { subjectId: str(p, 'originalThreadId'), summary: 'A thread you follow was closed as a duplicate: follow the original to keep up', actorKeys: ['actorId'], threadId }),
        this.targets(['Thread', threadId]),
        [],
      );
    });

    on(['kudos.given'], async (tx, p, event) => {
      await this.notifier.notifyAbout(
        tx,
        this.draft(event.type, p, { subjectId: str(p, 'contentId'), summary: `You received kudos${str(p, 'message') ? `: ${quote(str(p, 'message'))}` : ''}`, actorKeys: ['giverId'] }),
        [],
        [str(p, 'receiverId')],
      );
    });

    on(['credit.offered', 'idea.credit_offered'], async (tx, p, event) => {
      await this.notifier.notifyAbout(
        tx,
        this.draft(event.type, p, { subjectId: str(p, 'ideaId') ? toGlobalId('Idea', str(p, 'ideaId')!) : null, summary: 'You were offered credit for an idea', actorKeys: ['offeredBy', 'actorId'] }),
        [],
        [str(p, 'memberId', 'creditedMemberId', 'receiverId')],
      );
    });

    on(['badge.awarded'], async (tx, p, event) => {
      await this.notifier.notifyAbout(tx, this.draft(event.type, p, { subjectId: null, summary: `You earned the badge ${str(p, 'badge') ?? ''}`.trim(), actorKeys: [] }), [], [str(p, 'memberId')]);
    });

    // Moderation acts on content: only its author is told (followers never hear about hidden content).
    const moderated: Record<string, string> = {
      'content.hidden': 'Your content was hidden by moderation',
      'content.removed': 'Your content was removed by moderation',
      'content.locked': 'Your content was locked by moderation',
      'content.restored': 'Your content was restored',
      'content.unlocked': 'Your content was unlocked',
      'content.featured': 'Your content was featured',
    };
    on(Object.keys(moderated), async (tx, p, event) => {
      const contentId = str(p, 'contentId');
      if (!contentId) return;
      const found = await this.content.find(tx, contentId);
      const author = found?.ref.authorId ?? str(p, 'authorId');
      const reason = str(p, 'reason', 'note');
      await this.notifier.notifyAbout(
        tx,
        this.draft(event.type, p, { subjectId: contentId, summary: `${moderated[event.type]}${reason ? `: ${reason}` : ''}`, actorKeys: [] }),
        [],
        [author],
      );
    });
  }

  /** Own threads and ideas are followed automatically (unless switched off); followers of the space and author hear about it. */
  private async created(tx: Db, type: string, p: Payload, targetType: FollowTargetType, id: string | null, summary: string): Promise<void> {
    if (!id) return;
    const authorId = str(p, 'authorId');
    const communityId = str(p, 'communityId');
    if (authorId) {
      const prefs = await this.preferencesRepo.preferencesOf(tx, [authorId]);
      if (prefs.get(authorId)?.auto_follow_own !== false) {
        await this.followsRepo.follow(tx, { memberId: authorId, targetType, targetId: id, communityId, now: this.clock.now() });
      }
    }
    await this.notifier.notifyAbout(tx, this.draft(type, p, { subjectId: toGlobalId(targetType, id), summary }), this.targets(['Space', str(p, 'spaceId')], ['Member', authorId]), []);
  }

  /**
   * Members @mentioned in a new post, told like any notification (inbox, cadence, quiet hours, weekly budget; brand
   * staff's mentions count like anyone's). Only between members of the post's community, never to someone who
   * switched mentions off or muted the author (the notifier leaves muters out of every notification).
   */
  private async mentioned(tx: Db, p: Payload, event: DomainEvent, typeName: string, id: string | null, globalId = false): Promise<void> {
    const handles = (event.known?.['mentionedHandles'] ?? '').split(' ').filter(Boolean);
    const authorId = str(p, 'authorId');
    const communityId = str(p, 'communityId');
    if (handles.length === 0 || !id || !authorId || !communityId) return;
    const recipients = await this.followsRepo.mentionable(tx, { communityId, authorId, handles });
    if (recipients.length === 0) return;
    const threadId = typeName === 'Reply' ? str(p, 'threadId') : null;
    await this.notifier.notifyAbout(tx, this.draft('mention', p, { subjectId: globalId ? id : toGlobalId(typeName, id), summary: 'You were mentioned in a post', threadId }), [], recipients);
  }

  private draft(kind: string, p: Payload, options: { subjectId: string | null; summary: string; actorKeys?: string[]; threadId?: string | null }): NotificationDraft {
    const actorId = str(p, ...(options.actorKeys ?? ['authorId']));
    return {
      kind,
      communityId: str(p, 'communityId'),
      subjectId: options.subjectId,
      actorId,
      summary: options.summary,
      payload: { ...p, ...(options.threadId ? { threadId: options.threadId } : {}) },
    };
  }

  private targets(...pairs: Array<[FollowTargetType, string | null]>): Array<{ type: FollowTargetType; id: string }> {
    return pairs.flatMap(([type, id]) => (id && /^[0-9a-f-]{36}$/i.test(id) ? [{ type, id }] : []));
  }

  /** What the recorder said it knows (even null), or else what `read` finds. */
  private async knownOr(event: DomainEvent, key: string, read: () => Promise<string | null>): Promise<string | null> {
    return event.known && Object.hasOwn(event.known, key) ? (event.known[key] ?? null) : read();
  }

  private async authorOf(tx: Db, typeName: string, localId: string | null): Promise<string | null> {
    if (!localId) return null;
    const found = await this.content.find(tx, toGlobalId(typeName, localId)).catch(() => null);
    return found?.ref.authorId ?? null;
  }
}
