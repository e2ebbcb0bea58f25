import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { Link, useLoaderData, useNavigate, type LoaderFunctionArgs } from 'react-router';
import { graphql } from '../../graphql-member';
import type { ThreadKind } from '../../graphql-member/graphql';
import { graphqlRequest } from '../../lib/graphql-client';
import { resolveLocale } from '../../lib/i18n/i18n';
import { useMemberT } from '../../lib/i18n/member-i18n';
import { expectNode, notFound, orThrowResponse } from '../../lib/route-errors';
import { JoinCommunityButton } from '../join-community';
import { MarkdownComposer } from '../markdown-composer';
import { describeMemberError, type MemberErrorMessage } from '../member-errors';
import { FormError, TextField } from '../member-field';
import { SimilarList } from '../similar-list';
import { nodeOf } from '../node-of';
import { useViewer } from '../use-viewer';
import { DraftStatus, useServerDraft } from '../use-server-draft';

const AskSpace = /* @__PURE__ */ graphql(`
  query AskSpace($id: ID!) {
    node(id: $id) {
      ... on Space {
        __typename
        id
        name
        kind
        responseCommitment {
          hours
          text
        }
        community {
          id
          slug
          name
          locale
        }
      }
    }
  }
`);

const AskViewer = /* @__PURE__ */ graphql(`
  query AskViewer($id: ID!) {
    node(id: $id) {
      ... on Space {
        __typename
        community {
          viewerRole
        }
      }
    }
  }
`);

const SimilarThreads = /* @__PURE__ */ graphql(`
  query SimilarThreads($spaceId: ID!, $text: String!) {
    similarThreads(spaceId: $spaceId, text: $text) {
      id
      title
    }
  }
`);

const StartThread = /* @__PURE__ */ graphql(`
  mutation StartThread($input: StartThreadInput!) {
    startThread(input: $input) {
      id
    }
  }
`);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { node } = await orThrowResponse(graphqlRequest(AskSpace, { id: params.space! }, { request }));
  const space = expectNode(node, 'Space');
  if (space.kind !== 'DISCUSSION' || space.community.slug !== params.community) notFound();
  return { space, locale: resolveLocale({ community: space.community.locale, acceptLanguage: request.headers.get('accept-language') }) };
}

export const meta = () => [{ name: 'robots', content: 'noindex' }];

const FIELDS = ['title', 'body', 'tags'] as const;

/** Ask a question (or start a discussion): similar threads while typing the title, a Markdown composer, the announced answer time. */
export default function AskPage() {
  const { space } = useLoaderData<typeof loader>();
  const t = useMemberT();
  const navigate = useNavigate();
  const viewer = useViewer();
  const [role, setRole] = useState<string | null | undefined>(undefined);
  const [kind, setKind] = useState<ThreadKind>('QUESTION');
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [tags, setTags] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<MemberErrorMessage | null>(null);
  const draft = useServerDraft({
    placeId: space.id,
    enabled: Boolean(role),
    title,
    body,
    restore: (found) => {
      setTitle(found.title);
      setBody(found.body);
    },
  });
  const community = space.community;
  const here = `/c/${community.slug}/s/${space.id}/ask`;

  useEffect(() => {
    if (!viewer.handle) return;
    void graphqlRequest(AskViewer, { id: space.id }).then(
      (data) => setRole(nodeOf(data.node, 'Space')?.community.viewerRole ?? null),
      () => setRole(null),
    );
  }, [viewer.handle, space.id]);
  useEffect(() => {
    if (error?.field) document.getElementById(`field-${error.field}`)?.focus();
  }, [error]);

  const search = useCallback((text: string) => graphqlRequest(SimilarThreads, { spaceId: space.id, text }).then((data) => data.similarThreads), [space.id]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      const tagList = tags.split(',').map((tag) => tag.trim().toLowerCase()).filter(Boolean);
      const { startThread } = await graphqlRequest(StartThread, { input: { spaceId: space.id, kind, title, body, tags: tagList } });
      draft.discard();
      void navigate(`/c/${community.slug}/t/${startThread.id}`);
    } catch (caught) {
      setError(describeMemberError(caught, FIELDS, 'body'));
    } finally {
      setPending(false);
    }
  }

  const errorFor = (field: string) => (error?.field === field ? t(error.key) : undefined);
  let content;
  if (viewer.checking || (viewer.handle && role === undefined)) {
    content = <p>{t('loading')}</p>;
  } else if (!viewer.handle) {
    content = (
      <p>
        <Link to={`/account/sign-in?next=${encodeURIComponent(here)}`}>{t('ask.signIn')}</Link>
      </p>
    );
  } else if (!role) {
    content = <JoinCommunityButton communityId={community.id} name={community.name} onJoined={() => setRole('MEMBER')} />;
  } else {
    content = (
      <form className="member-form" onSubmit={(event) => void submit(event)} noValidate>
        <fieldset>
          <legend>{t('ask.kind')}</legend>
          {(['QUESTION', 'DISCUSSION'] as const).map((value) => (
            <label key={value}>
              <input type="radio" name="kind" value={value} checked={kind === value} onChange={() => setKind(value)} /> {t(`ask.kind.${value}`)}
            </label>
          ))}
        </fieldset>
        <TextField name="title" label="ask.title" hint="ask.titleHint" value={title} onChange={setTitle} error={errorFor('title')} required />
        <SimilarList text={title} search={search} href={(id) => `/c/${community.slug}/t/${id}`} heading="ask.similar" />
        <MarkdownComposer name="body" label="ask.body" value={body} onChange={setBody} error={errorFor('body')} communityId={community.id} />
        <DraftStatus status={draft.status} />
        <TextField name="tags" label="ask.tags" hint="ask.tagsHint" value={tags} onChange={setTags} error={errorFor('tags')} />
        <FormError text={error && !error.field ? t(error.key) : undefined} />
        <button type="submit" disabled={pending}>
          {pending ? t('pending') : t('ask.submit')}
        </button>
      </form>
    );
  }
  return (
    <section>
      <title>{`${t('ask.heading')} · ${space.name} · Palabre`}</title>
      <nav aria-label={t('breadcrumb')} className="breadcrumb">
        <Link to={`/c/${community.slug}`}>{community.name}</Link> › <Link to={`/c/${community.slug}/s/${space.id}`}>{space.name}</Link>
      </nav>
      <h1>{t('ask.heading')}</h1>
      {space.responseCommitment ? (
        <p className="panel">{t('ask.commitment', { hours: space.responseCommitment.hours })}</p>
      ) : null}
      {content}
    </section>
  );
}
