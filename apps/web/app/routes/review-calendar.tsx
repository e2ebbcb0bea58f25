import { Link, useLoaderData, type LoaderFunctionArgs, type MetaFunction } from 'react-router';
import { SpaceHeading } from '../components/space-heading';
import { graphql } from '../graphql';
import { graphqlRequest } from '../lib/graphql-client';
import { formatters, resolveLocale, useI18n } from '../lib/i18n/i18n';
import { canonical, pageMeta } from '../lib/meta';
import { expectNode, notFound, orThrowResponse } from '../lib/route-errors';

const ReviewCalendarQuery = /* @__PURE__ */ graphql(`
  query ReviewCalendar($id: ID!) {
    node(id: $id) {
      ... on Space {
        __typename
        id
        name
        description
        community {
          slug
          name
          locale
        }
        reviewRounds {
          cutoffAt
          decisionDueAt
          processed
          ideas {
            id
            title
            status
          }
        }
      }
    }
  }
`);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { node: found } = await orThrowResponse(graphqlRequest(ReviewCalendarQuery, { id: params.space! }, { request }));
  const node = expectNode(found, 'Space');
  if (node.community.slug !== params.community) notFound();
  return {
    space: node,
    locale: resolveLocale({ community: node.community.locale, acceptLanguage: request.headers.get('accept-language') }),
    url: canonical(request, `/c/${node.community.slug}/ideas/${node.id}/calendar`),
  };
}

export const meta: MetaFunction<typeof loader> = ({ loaderData: data }) => {
  if (!data) return [];
  const { t } = formatters(data.locale);
  return pageMeta({ title: `${t('calendar.title')} · ${data.space.name}`, description: data.space.description, url: data.url, locale: data.locale });
};

export default function ReviewCalendarPage() {
  const { space } = useLoaderData<typeof loader>();
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <>
      <SpaceHeading community={space.community} space={space} title={`${t('calendar.title')} · ${space.name}`} />
      {space.reviewRounds.length === 0 ? (
        <p>{t('calendar.none')}</p>
      ) : (
        <ol className="cards">
          {space.reviewRounds.map((round) => (
            <li className="card" key={round.cutoffAt}>
              <h2>
                {round.processed ? t('calendar.past') : t('calendar.upcoming')} · {t('calendar.cutoff', { date: i18n.date(round.cutoffAt) })}
              </h2>
              <p className="meta">
                {t('calendar.decisionDue', { date: i18n.date(round.decisionDueAt) })} · {t('calendar.ideas', { count: i18n.number(round.ideas.length) })}
              </p>
              <ul>
                {round.ideas.map((idea) => (
                  <li key={idea.id}>
                    <Link to={`/c/${space.community.slug}/i/${idea.id}`}>{idea.title}</Link> ({t(`status.${idea.status}`)})
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
