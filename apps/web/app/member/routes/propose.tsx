import { Link, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { graphql } from '../../graphql-member';
import { graphqlRequest } from '../../lib/graphql-client';
import { useMemberT } from '../../lib/i18n/member-i18n';
import { ComposerForm, loadComposerSpace } from '../composer-form';

const SimilarIdeas = /* @__PURE__ */ graphql(`
  query SimilarIdeas($spaceId: ID!, $text: String!) {
    similarIdeas(spaceId: $spaceId, text: $text) {
      id
      title
    }
  }
`);

const ProposeIdea = /* @__PURE__ */ graphql(`
  mutation ProposeIdea($input: ProposeIdeaInput!) {
    proposeIdea(input: $input) {
      id
    }
  }
`);

export const loader = (args: LoaderFunctionArgs) => loadComposerSpace(args, 'IDEAS');

export const meta = () => [{ name: 'robots', content: 'noindex' }];

const searchSimilar = (spaceId: string, text: string) => graphqlRequest(SimilarIdeas, { spaceId, text }).then((data) => data.similarIdeas);

/** Propose an idea: similar ideas shown first (supporting one may be better), then the Markdown composer. */
export default function ProposePage() {
  const { space } = useLoaderData<typeof loader>();
  const t = useMemberT();
  const community = space.community;
  return (
    <section>
      <title>{`${t('propose.heading')} · ${space.name} · Palabre`}</title>
      <nav aria-label={t('breadcrumb')} className="breadcrumb">
        <Link to={`/c/${community.slug}`}>{community.name}</Link> › <Link to={`/c/${community.slug}/ideas/${space.id}`}>{space.name}</Link>
      </nav>
      <h1>{t('propose.heading')}</h1>
      <ComposerForm
        space={space}
        texts="propose"
        here={`/c/${community.slug}/ideas/${space.id}/propose`}
        searchSimilar={searchSimilar}
        similarHref={(id) => `/c/${community.slug}/i/${id}`}
        create={async (input) => {
          const { proposeIdea } = await graphqlRequest(ProposeIdea, { input: { spaceId: space.id, ...input } });
          return `/c/${community.slug}/i/${proposeIdea.id}`;
        }}
      />
    </section>
  );
}
