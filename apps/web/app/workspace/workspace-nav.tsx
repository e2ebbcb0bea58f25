import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { Link, NavLink, useParams } from 'react-router';
import { graphql } from '../graphql-workspace';
import { graphqlRequest } from '../lib/graphql-client';
import { useWorkspaceT } from '../lib/i18n/workspace-i18n';
import type { WorkspaceKey } from '../lib/i18n/workspace-en';
import { describeWorkspaceError } from '../lib/workspace-errors';
import { getSession, setSession, useSession } from '../lib/session';
import { sessionReady } from '../lib/session-bootstrap';

const WorkspaceCommunity = /* @__PURE__ */ graphql(`
  query WorkspaceCommunity($slug: String!) {
    me {
      id
    }
    community(slug: $slug) {
      id
      name
      viewerRole
    }
  }
`);

export interface WorkspaceCommunity {
  id: string;
  name: string;
}

const LINKS: Array<{ path: string; key: WorkspaceKey }> = [
  { path: 'moderation', key: 'workspace.nav.queue' },
  { path: 'appeals', key: 'workspace.nav.appeals' },
  { path: 'audit', key: 'workspace.nav.audit' },
];

/** The small navigation shared by the moderators' screens. */
export function WorkspaceNav({ slug }: { slug: string }) {
  const t = useWorkspaceT();
  return (
    <nav aria-label={t('workspace.nav.label')} className="me-nav">
      <ul>
        {LINKS.map((link) => (
          <li key={link.path}>
            <NavLink to={`/c/${slug}/workspace/${link.path}`} end>
              {t(link.key)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * The community a moderator's screen works on, once the session is known; `load` runs with it, and any refusal
 * (signed out, not a moderator) becomes the page's message. The API decides: the screens only show what it answers.
 */
export function useWorkspaceCommunity(load: (community: WorkspaceCommunity) => Promise<void>) {
  const { community: slug = '' } = useParams();
  const [community, setCommunity] = useState<WorkspaceCommunity | null>(null);
  const [viewerId, setViewerId] = useState<string | null>(null);
  const [problem, setProblem] = useState<WorkspaceKey | null>(null);
  const [ready, setReady] = useState(false);

  const reload = useCallback(async () => {
    try {
      const first = await graphqlRequest(WorkspaceCommunity, { slug });
      setCommunity(first.community);
      setViewerId(first.me?.id ?? null);
      await load(first.community);
      setProblem(null);
      setReady(true);
    } catch (error) {
      const { key } = describeWorkspaceError(error);
      if (key === 'workspace.error.signedOut') setSession(null);
      setProblem(key === 'workspace.error.forbidden' ? 'workspace.forbiddenScreen' : key);
    }
  }, [slug, load]);

  useEffect(() => {
    void sessionReady().then(() => (getSession().token ? reload() : undefined));
  }, [reload]);

  return { slug, community, viewerId, problem, ready, reload };
}

interface ShellProps {
  title: WorkspaceKey;
  intro: WorkspaceKey;
  state: ReturnType<typeof useWorkspaceCommunity>;
  path: string;
  children: ReactNode;
}

/** Title, navigation and the states every moderator screen shares (signed out, refused, loading). */
export function WorkspaceShell({ title, intro, state, path, children }: ShellProps) {
  const t = useWorkspaceT();
  const session = useSession();
  const { slug, community, problem, ready } = state;
  let body: ReactNode;
  if (session.known && !session.token) {
    body = (
      <p>
        <Link to={`/account/sign-in?next=/c/${slug}/workspace/${path}`}>{t('workspace.signInFirst')}</Link>
      </p>
    );
  } else if (problem) {
    body = <p className="panel warn">{t(problem)}</p>;
  } else if (!ready || !community) {
    body = <p>{t('workspace.loading')}</p>;
  } else {
    body = children;
  }
  return (
    <section>
      <title>{`${t(title)}${community ? ` · ${community.name}` : ''} · Palabre`}</title>
      <h1>{t(title)}</h1>
      {community && <p className="meta">{community.name}</p>}
      <WorkspaceNav slug={slug} />
      <p>{t(intro)}</p>
      {body}
    </section>
  );
}
