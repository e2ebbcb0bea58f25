import { useState } from 'react';
import { Link, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { graphql } from '../../graphql-member';
import type { ThreadKind } from '../../graphql-member/graphql';
import { graphqlRequest } from '../../lib/graphql-client';
import { useMemberT } from '../../lib/i18n/member-i18n';
import { ComposerForm, loadComposerSpace } from '../composer-form';

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

export const loader = (args: LoaderFunctionArgs) => loadComposerSpace(args, 'DISCUSSION');

export const meta = () => [{ name: 'robots', content: 'noindex' }];

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
