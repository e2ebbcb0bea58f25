import { useCallback, useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMemberT } from '../lib/i18n/member-i18n';
import { JoinCommunityButton } from './join-community';
import { MarkdownComposer } from './markdown-composer';
import { describeMemberError, type MemberErrorMessage } from './member-errors';
import { FormError, TextField } from './member-field';
import { SimilarList } from './similar-list';
import { useViewer } from './use-viewer';
import { DraftStatus, useServerDraft } from './use-server-draft';

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
 * field (focused), nothing typed lost. The route keeps its own queries (`loadRole`, `searchSimilar`, `create` must be
 * stable: module-level functions) and the extra fields it needs.
 */
export function ComposerForm(props: {
  space: { id: string; community: { id: string; slug: string; name: string } };
  /** The i18n prefix of the title, body, similar, sign-in and submit texts. */
  texts: 'ask' | 'propose';
  /** Where the sign-in link comes back to. */
  here: string;
  loadRole: (spaceId: string) => Promise<string | null>;
  searchSimilar: (spaceId: string, text: string) => Promise<{ id: string; title: string }[]>;
  similarHref: (id: string) => string;
  /** Creates the content; answers the path to open next. */
  create: (input: ComposerInput) => Promise<string>;
  /** Fields shown before the title (the kind of thread). */
  before?: ReactNode;
}) {
  const { space, texts, loadRole, searchSimilar } = props;
  const community = space.community;
  const t = useMemberT();
  const navigate = useNavigate();
  const viewer = useViewer();
  const [role, setRole] = useState<string | null | undefined>(undefined);
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

  useEffect(() => {
    if (!viewer.handle) return;
    void loadRole(space.id).then(setRole, () => setRole(null));
  }, [viewer.handle, space.id, loadRole]);
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
