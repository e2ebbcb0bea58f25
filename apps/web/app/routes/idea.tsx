import { Link, useLoaderData, type LoaderFunctionArgs, type MetaFunction } from 'react-router';
import { AuthorLabel } from '../components/author-label';
import { IdeaStatusHistory } from '../components/idea-status-history';
import { graphql } from '../graphql';
import { graphqlRequest } from '../lib/graphql-client';
import { resolveLocale, useI18n } from '../lib/i18n/i18n';
import { canonical, pageMeta } from '../lib/meta';
import { expectNode, notFound, orThrowResponse } from '../lib/route-errors';

const IdeaPageQuery = /* @__PURE__ */ graphql(`
  query IdeaPage($id: ID!) {
    node(id: $id) {
      ... on Idea {
        __typename
        id
        title
        body
        bodyHtml
        status
        supportCount
        commentCount
        createdAt
        tags
        author {
          ...AuthorLabel
        }
        decision {
          summary
          decidedAt
        }
        space {
          id
          name
          community {
            slug
            name
            locale
          }
        }
        ...IdeaStatusHistory
      }
    }
  }
`);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { node: found } = await orThrowResponse(graphqlRequest(IdeaPageQuery, { id: params.idea! }, { request }));
  const node = expectNode(found, 'Idea');
  if (node.space.community.slug !== params.community) notFound();
  return {
    idea: node,
    locale: resolveLocale({ community: node.space.community.locale, acceptLanguage: request.headers.get('accept-language') }),
    url: canonical(request, `/c/${node.space.community.slug}/i/${node.id}`),
  };
}

export const meta: MetaFunction<typeof loader> = ({ loaderData: data }) =>
  data ? pageMeta({ title: data.idea.title, description: data.idea.body, url: data.url, type: 'article', locale: data.locale }) : [];

export default function IdeaPage() {
  const { idea } = useLoaderData<typeof loader>();
  const i18n = useI18n();
  const { t } = i18n;
  const community = idea.space.community;
  return (
    <>
      <nav aria-label={t('nav.breadcrumb')} className="breadcrumb">
        <Link to={`/c/${community.slug}`}>{community.name}</Link> › <Link to={`/c/${community.slug}/ideas/${idea.space.id}`}>{idea.space.name}</Link>
      </nav>
      <article>
        <h1>{idea.title}</h1>
        <p className="meta">
          <span className={`status status-${idea.status.toLowerCase()}`}>{t(`status.${idea.status}`)}</span>
          <AuthorLabel author={idea.author} /> · <time dateTime={idea.createdAt}>{i18n.date(idea.createdAt)}</time> ·{' '}
          {t('ideas.supports', { count: i18n.number(idea.supportCount) })}
        </p>
        <div className="prose" dangerouslySetInnerHTML={{ __html: idea.bodyHtml }} />
        {idea.decision ? (
          <section aria-labelledby="decision-heading" className="panel">
            <h2 id="decision-heading">{t('ideas.decision')}</h2>
            <p>{idea.decision.summary}</p>
          </section>
        ) : null}
      </article>
      <IdeaStatusHistory idea={idea} />
    </>
  );
}
