import { useState } from 'react';
import { Link, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { graphql } from '../../graphql-member';
import type { ThreadKind } from '../../graphql-member/graphql';
import { graphqlRequest } from '../../lib/graphql-client';
import { resolveLocale } from '../../lib/i18n/i18n';
import { useMemberT } from '../../lib/i18n/member-i18n';
import { expectNode, notFound, orThrowResponse } from '../../lib/route-errors';
import { ComposerForm } from '../composer-form';
import { nodeOf } from '../node-of';

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

const loadRole = (id: string) => graphqlRequest(AskViewer, { id }).then((data) => nodeOf(data.node, 'Space')?.community.viewerRole ?? null);
const searchSimilar = (spaceId: string, text: string) => graphqlRequest(SimilarThreads, { spaceId, text }).then((data) => data.similarThreads);

/** Ask a question (or start a discussion): similar threads while typing the title, a Markdown composer, the announced answer time. */
export default function AskPage() {
  const { space } = useLoaderData<typeof loader>();
  const t = useMemberT();
  const [kind, setKind] = useState<ThreadKind>('QUESTION');
  const community = space.community;
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
      <ComposerForm
        space={space}
        texts="ask"
        here={`/c/${community.slug}/s/${space.id}/ask`}
        loadRole={loadRole}
        searchSimilar={searchSimilar}
        similarHref={(id) => `/c/${community.slug}/t/${id}`}
        create={async (input) => {
          const { startThread } = await graphqlRequest(StartThread, { input: { spaceId: space.id, kind, ...input } });
          return `/c/${community.slug}/t/${startThread.id}`;
        }}
        before={
          <fieldset>
            <legend>{t('ask.kind')}</legend>
            {(['QUESTION', 'DISCUSSION'] as const).map((value) => (
              <label key={value}>
                <input type="radio" name="kind" value={value} checked={kind === value} onChange={() => setKind(value)} /> {t(`ask.kind.${value}`)}
              </label>
            ))}
          </fieldset>
        }
      />
    </section>
  );
}
