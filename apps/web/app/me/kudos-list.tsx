import { useEffect, useState } from 'react';
import { graphql } from '../graphql-me';
import type { KudosDirection, MyKudosQuery } from '../graphql-me/graphql';
import { graphqlRequest } from '../lib/graphql-client';
import { useI18n } from '../lib/i18n/i18n';
import { useMeT } from '../lib/i18n/me-i18n';
import { subjectPath, subjectType } from './subject-link';

const MyKudos = /* @__PURE__ */ graphql(`
  query MyKudos($communityId: ID!, $direction: KudosDirection!, $after: String) {
    myKudos(communityId: $communityId, direction: $direction, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          contentId
          createdAt
          message
          giver {
            handle
          }
          receiver {
            handle
          }
        }
      }
    }
  }
`);

type Kudos = MyKudosQuery['myKudos']['edges'][number]['node'];
const DIRECTIONS: KudosDirection[] = ['RECEIVED', 'GIVEN'];
const KINDS = ['Thread', 'Reply', 'Idea', 'IdeaComment'] as const;

/** The kudos one received or gave in a community (who, for what, when), newest first, 20 at a time. */
export function KudosList({ communityId, communitySlug }: { communityId: string; communitySlug: string }) {
  const t = useMeT();
  const { dateTime, number } = useI18n();
  const [direction, setDirection] = useState<KudosDirection>('RECEIVED');
  const [items, setItems] = useState<Kudos[] | null>(null);
  const [page, setPage] = useState<{ total: number; next: string | null }>({ total: 0, next: null });
  const [failed, setFailed] = useState(false);

  const load = (after: string | null, into: Kudos[]) =>
    graphqlRequest(MyKudos, { communityId, direction, after }).then(({ myKudos }) => {
      setItems([...into, ...myKudos.edges.map((edge) => edge.node)]);
      setPage({ total: myKudos.totalCount, next: myKudos.pageInfo.hasNextPage ? (myKudos.pageInfo.endCursor ?? null) : null });
    }, () => setFailed(true));

  useEffect(() => {
    setItems(null);
    void load(null, []);
    // A new list for each direction.
  }, [communityId, direction]);

  const what = (kudos: Kudos) => {
    const type = subjectType(kudos.contentId);
    const label = t(`me.kudos.kind.${(KINDS as readonly string[]).includes(type) ? (type as (typeof KINDS)[number]) : 'Thread'}`);
    const path = subjectPath(kudos.contentId, communitySlug);
    return path ? <a href={path}>{label}</a> : label;
  };

  return (
    <>
      <h3>{t('me.kudos.heading')}</h3>
      <div role="group" aria-label={t('me.kudos.heading')} className="composer-tabs">
        {DIRECTIONS.map((value) => (
          <button key={value} type="button" aria-pressed={direction === value} onClick={() => setDirection(value)}>
            {t(`me.kudos.${value}`)}
          </button>
        ))}
      </div>
      {failed ? (
        <p className="form-error">{t('me.error.generic')}</p>
      ) : items === null ? (
        <p>{t('me.loading')}</p>
      ) : items.length === 0 ? (
        <p className="meta">{t('me.kudos.none')}</p>
      ) : (
        <>
          <p className="meta">{t('me.kudos.count', { shown: number(items.length), total: number(page.total) })}</p>
          <ul className="kudos-list">
            {items.map((kudos) => (
              <li key={kudos.id}>
                {direction === 'RECEIVED' ? t('me.kudos.from', { handle: kudos.giver?.handle ?? '—' }) : t('me.kudos.to', { handle: kudos.receiver?.handle ?? '—' })} · {what(kudos)} ·{' '}
                <time dateTime={kudos.createdAt}>{dateTime(kudos.createdAt)}</time>
                {kudos.message ? <q>{kudos.message}</q> : null}
              </li>
            ))}
          </ul>
          {page.next ? (
            <button type="button" onClick={() => void load(page.next, items)}>
              {t('me.kudos.more')}
            </button>
          ) : null}
        </>
      )}
    </>
  );
}
