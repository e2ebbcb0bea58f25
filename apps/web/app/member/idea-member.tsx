import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useRevalidator } from 'react-router';
import { graphql } from '../graphql-member';
import type { IdeaViewerQuery } from '../graphql-member/graphql';
import { graphqlRequest } from '../lib/graphql-client';
import { useI18n } from '../lib/i18n/i18n';
import type { MessageKey } from '../lib/i18n/en';
import { useMemberT } from '../lib/i18n/member-i18n';
import { getAccessToken } from '../lib/session';
import { JoinCommunityButton } from './join-community';
import { followRoom } from './live-room';
import { MarkdownComposer } from './markdown-composer';
import { DraftStatus, useServerDraft } from './use-server-draft';
import { describeMemberError, type MemberErrorMessage } from './member-errors';
import { FormError } from './member-field';
import { nodeOf } from './node-of';
import { FollowButton } from './shared-actions';
import { SuspendedNotice } from './suspended-notice';
import { useAction } from './use-action';

const IdeaViewer = /* @__PURE__ */ graphql(`
  query IdeaViewer($id: ID!, $spaceId: ID!) {
    isFollowing(targetId: $id)
    me {
      supportBudget(spaceId: $spaceId) {
        limit
        remaining
        used
      }
    }
    node(id: $id) {
      ... on Idea {
        __typename
        id
        status
        viewerSupports
        viewerCanSupport
        viewerCreditOffer
        space {
          community {
            id
            name
            viewerRole
            viewerSuspendedUntil
          }
        }
      }
    }
  }
`);
const SupportIdea = /* @__PURE__ */ graphql(`
  mutation SupportIdea($ideaId: ID!) {
    supportIdea(ideaId: $ideaId) {
      id
    }
  }
`);
const WithdrawSupport = /* @__PURE__ */ graphql(`
  mutation WithdrawSupport($ideaId: ID!) {
    withdrawSupport(ideaId: $ideaId) {
      id
    }
  }
`);
const CommentOnIdea = /* @__PURE__ */ graphql(`
  mutation CommentOnIdea($input: CommentOnIdeaInput!) {
    commentOnIdea(input: $input) {
      id
    }
  }
`);
const AcceptCredit = /* @__PURE__ */ graphql(`
  mutation AcceptCredit($ideaId: ID!) {
    acceptCredit(ideaId: $ideaId) {
      id
    }
  }
`);
const DeclineCredit = /* @__PURE__ */ graphql(`
  mutation DeclineCredit($ideaId: ID!) {
    declineCredit(ideaId: $ideaId) {
      id
    }
  }
`);

type Viewer = { following: boolean; budget: NonNullable<IdeaViewerQuery['me']['supportBudget']> | null; idea: Extract<NonNullable<IdeaViewerQuery['node']>, { __typename: 'Idea' }> };

/**
 * A signed-in member's side of an idea: support or withdraw within the visible budget, follow, accept or decline
 * credit, comment; and the idea followed live, so a status change shows (and is announced) without a reload.
 */
export default function IdeaMember({ ideaId, spaceId }: { ideaId: string; spaceId: string }) {
  const t = useMemberT();
  const i18n = useI18n();
  const revalidator = useRevalidator();
  const [viewer, setViewer] = useState<Viewer | null>(null);
  const [live, setLive] = useState(false);
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const support = useAction();
  const credit = useAction();

  const load = useCallback(
    () =>
      graphqlRequest(IdeaViewer, { id: ideaId, spaceId }).then((data) => {
        const idea = nodeOf(data.node, 'Idea');
        if (idea) setViewer({ following: data.isFollowing, budget: data.me.supportBudget ?? null, idea });
      }),
    [ideaId, spaceId],
  );
  const refresh = useCallback(() => Promise.all([revalidator.revalidate(), load()]), [revalidator, load]);

  useEffect(() => void load().catch(() => undefined), [load]);
  useEffect(() => {
    const token = getAccessToken();
    if (!token) return;
    let stop: (() => void) | undefined;
    let cancelled = false;
    void followRoom('idea', ideaId, token, {
      onEvent: (event) => {
        if (event.type === 'idea.status_changed') {
          const status = String((event.payload as { to?: unknown }).to ?? '');
          setAnnouncement(t('live.status', { status: i18n.t(`status.${status}` as MessageKey) }));
        }
        if (event.type.startsWith('idea.') || event.type === 'credit.accepted') void refresh().catch(() => undefined);
      },
      onResync: () => void refresh().catch(() => undefined),
      onSubscribed: () => setLive(true),
    }).then((stopper) => {
      if (cancelled) stopper();
      else stop = stopper;
    });
    return () => {
      cancelled = true;
      stop?.();
    };
    // Subscribe once per idea; refresh and the translators are read at event time.
  }, [ideaId]);

  if (!viewer) return <div aria-live="polite" className="live-region" />;
  const { idea, budget } = viewer;
  const community = idea.space.community;
  return (
    <section className="member-actions panel" aria-label={t('idea.panel')}>
      <div aria-live="polite" className="live-region" data-live={live ? 'on' : undefined}>
        {announcement ? <p className="badge ok">{announcement}</p> : null}
      </div>
      {!community.viewerRole ? (
        <JoinCommunityButton communityId={community.id} name={community.name} onJoined={() => void load()} />
      ) : (
        <>
          {community.viewerSuspendedUntil ? <SuspendedNotice until={community.viewerSuspendedUntil} /> : null}
          <p>{budget?.limit != null ? t('support.budget', { remaining: i18n.number(budget.remaining ?? 0), limit: i18n.number(budget.limit) }) : t('support.noBudget')}</p>
          {idea.viewerSupports ? <p className="badge ok">{t('support.supporting')}</p> : null}
          <div className="action-row">
            {/* Shown when the API says the viewer may support (or withdraw): not on a closed idea or campaign. */}
            {idea.viewerCanSupport ? (
              <button
                type="button"
                disabled={support.pending}
                onClick={() => void support.run(async () => {
                  await (idea.viewerSupports ? graphqlRequest(WithdrawSupport, { ideaId }) : graphqlRequest(SupportIdea, { ideaId }));
                  await refresh();
                })}
              >
                {idea.viewerSupports ? t('support.withdraw') : t('support.button')}
              </button>
            ) : null}
            <FollowButton targetId={ideaId} following={viewer.following} onDone={load} label="idea" />
          </div>
          {support.error ? (
            <p className="form-error" role="alert">
              {support.error}
            </p>
          ) : null}
        </>
      )}
      {idea.viewerCreditOffer === 'OFFERED' ? (
        <div className="panel">
          <p>{t('credit.offered')}</p>
          <div className="action-row">
            <button type="button" disabled={credit.pending} onClick={() => void credit.run(async () => {
              await graphqlRequest(AcceptCredit, { ideaId });
              await refresh();
            })}>
              {t('credit.accept')}
            </button>
            <button type="button" disabled={credit.pending} onClick={() => void credit.run(async () => {
              await graphqlRequest(DeclineCredit, { ideaId });
              await refresh();
            })}>
              {t('credit.decline')}
            </button>
          </div>
        </div>
      ) : idea.viewerCreditOffer === 'ACCEPTED' ? (
        <p className="badge ok">{t('credit.accepted')}</p>
      ) : null}
      {credit.error ? (
        <p className="form-error" role="alert">
          {credit.error}
        </p>
      ) : null}
      {community.viewerRole && !community.viewerSuspendedUntil ? <CommentForm ideaId={ideaId} communityId={community.id} onPosted={refresh} /> : null}
    </section>
  );
}

function CommentForm({ ideaId, communityId, onPosted }: { ideaId: string; communityId: string; onPosted: () => Promise<unknown> }) {
  const t = useMemberT();
  const [body, setBody] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<MemberErrorMessage | null>(null);
  const [posted, setPosted] = useState(false);
  const draft = useServerDraft({ placeId: ideaId, enabled: true, body, restore: (found) => setBody(found.body) });
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    setPosted(false);
    try {
      await graphqlRequest(CommentOnIdea, { input: { ideaId, body } });
      draft.discard();
      setBody('');
      setPosted(true);
      await onPosted();
    } catch (caught) {
      setError(describeMemberError(caught, ['body'], 'body'));
    } finally {
      setPending(false);
    }
  }
  return (
    <form className="member-form" aria-label={t('comment.form')} onSubmit={(event) => void submit(event)} noValidate>
      <MarkdownComposer name="body" label="comment.body" value={body} onChange={setBody} communityId={communityId} error={error?.field === 'body' ? t(error.key) : undefined} rows={4} />
      <DraftStatus status={draft.status} />
      <FormError text={error && !error.field ? t(error.key) : undefined} />
      <button type="submit" disabled={pending}>
        {pending ? t('pending') : t('comment.submit')}
      </button>
      <div aria-live="polite" className="live-region">
        {posted ? <p className="badge ok">{t('comment.posted')}</p> : null}
      </div>
    </form>
  );
}
