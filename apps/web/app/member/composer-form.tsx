import { useCallback, useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { Link, useNavigate, type LoaderFunctionArgs } from 'react-router';
import { graphql } from '../graphql-member';
import type { SpaceKind } from '../graphql-member/graphql';
import { graphqlRequest } from '../lib/graphql-client';
import { resolveLocale } from '../lib/i18n/i18n';
import { useMemberT } from '../lib/i18n/member-i18n';
import { expectNode, notFound, orThrowResponse } from '../lib/route-errors';
import { JoinCommunityButton } from './join-community';
import { MarkdownComposer } from './markdown-composer';
import { nodeOf } from './node-of';
import { describeMemberError, type MemberErrorMessage } from './member-errors';
import { FormError, TextField } from './member-field';
import { SimilarList } from './similar-list';
import { SuspendedNotice } from './suspended-notice';
import { useViewer } from './use-viewer';
import { DraftStatus, useServerDraft } from './use-server-draft';

const ComposerSpace = /* @__PURE__ */ graphql(`
  query ComposerSpace($id: ID!) {
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

const ComposerViewer = /* @__PURE__ */ graphql(`
  query ComposerViewer($id: ID!) {
    node(id: $id) {
      ... on Space {
        __typename
        community {
          viewerRole
          viewerSuspendedUntil
        }
      }
    }
  }
`);

/** The loader of a composer page: the space, when it is of `kind` and in the community of the address, and the page's locale. */
export async function loadComposerSpace({ request, params }: LoaderFunctionArgs, kind: SpaceKind) {
  const { node } = await orThrowResponse(graphqlRequest(ComposerSpace, { id: params.space! }, { request }));
  const space = expectNode(node, 'Space');
  if (space.kind !== kind || space.community.slug !== params.community) notFound();
  return { space, locale: resolveLocale({ community: space.community.locale, acceptLanguage: request.headers.get('accept-language') }) };
}

const FIELDS = ['title', 'body', 'tags'] as const;

/** What a composer writes: a title, a Markdown body and its tags, typed by the member. */
export interface ComposerInput {
  title: string;
  body: string;
  tags: string[];
}

/**
 * The flow asking a question and proposing an idea share: sign in, join the community, then a title with the
 * similar threads or ideas under it, the Markdown composer saved as a server draft, the tags; errors next to their
 * field (focused), nothing typed lost. The route keeps its own queries (`searchSimilar` must be stable: a module-level
 * function) and the extra fields it needs.
 */
export function ComposerForm(props: {
  space: { id: string; community: { id: string; slug: string; name: string } };
  /** The i18n prefix of the title, body, similar, sign-in and submit texts. */
  texts: 'ask' | 'propose';
  /** Where the sign-in link comes back to. */
  here: string;
  searchSimilar: (spaceId: string, text: string) => Promise<{ id: string; title: string }[]>;
  similarHref: (id: string) => string;
  /** Creates the content; answers the path to open next. */
  create: (input: ComposerInput) => Promise<string>;
  /** Fields shown before the title (the kind of thread). */
  before?: ReactNode;
}) {
  const { space, texts, searchSimilar } = props;
  const community = space.community;
  const t = useMemberT();
  const navigate = useNavigate();
  const viewer = useViewer();
  const [role, setRole] = useState<string | null | undefined>(undefined);
  const [suspendedUntil, setSuspendedUntil] = useState<string | null>(null);
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [tags, setTags] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<MemberErrorMessage | null>(null);
  const draft = useServerDraft({
    placeId: space.id,
    enabled: Boolean(role && !suspendedUntil),
    title,
    body,
    restore: (found) => {
      setTitle(found.title);
      setBody(found.body);
    },
  });

  useEffect(() => {
    if (!viewer.handle) return;
    void graphqlRequest(ComposerViewer, { id: space.id }).then(
      (data) => {
        const found = nodeOf(data.node, 'Space')?.community;
        setSuspendedUntil(found?.viewerSuspendedUntil ?? null);
        setRole(found?.viewerRole ?? null);
      },
      () => setRole(null),
    );
  }, [viewer.handle, space.id]);
  useEffect(() => {
    if (error?.field) document.getElementById(`field-${error.field}`)?.focus();
  }, [error]);

  const search = useCallback((text: string) => searchSimilar(space.id, text), [space.id, searchSimilar]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      const tagList = tags.split(',').map((tag) => tag.trim().toLowerCase()).filter(Boolean);
      const next = await props.create({ title, body, tags: tagList });
      draft.discard();
      void navigate(next);
    } catch (caught) {
      setError(describeMemberError(caught, FIELDS, 'body'));
    } finally {
      setPending(false);
    }
  }

  const errorFor = (field: string) => (error?.field === field ? t(error.key) : undefined);
  if (viewer.checking || (viewer.handle && role === undefined)) return <p>{t('loading')}</p>;
  if (!viewer.handle) {
    return (
      <p>
        <Link to={`/account/sign-in?next=${encodeURIComponent(props.here)}`}>{t(`${texts}.signIn`)}</Link>
      </p>
    );
  }
  if (!role) return <JoinCommunityButton communityId={community.id} name={community.name} onJoined={() => setRole('MEMBER')} />;
  // The API would answer SUSPENDED: say so (and until when) rather than let the member write for nothing.
  if (suspendedUntil) return <SuspendedNotice until={suspendedUntil} />;
  return (
    <form className="member-form" onSubmit={(event) => void submit(event)} noValidate>
      {props.before}
      <TextField name="title" label={`${texts}.title`} hint={`${texts}.titleHint`} value={title} onChange={setTitle} error={errorFor('title')} required />
      <SimilarList text={title} search={search} href={props.similarHref} heading={`${texts}.similar`} />
      <MarkdownComposer name="body" label={`${texts}.body`} value={body} onChange={setBody} error={errorFor('body')} communityId={community.id} />
      <DraftStatus status={draft.status} />
      <TextField name="tags" label="ask.tags" hint="ask.tagsHint" value={tags} onChange={setTags} error={errorFor('tags')} />
      <FormError text={error && !error.field ? t(error.key) : undefined} />
      <button type="submit" disabled={pending}>
        {pending ? t('pending') : t(`${texts}.submit`)}
      </button>
    </form>
  );
}
