import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { graphql } from '../graphql-me';
import type { MyNotificationsQuery } from '../graphql-me/graphql';
import { graphqlRequest } from '../lib/graphql-client';
import { useI18n } from '../lib/i18n/i18n';
import { useMeT } from '../lib/i18n/me-i18n';
import { MeScreen, meMeta, useMeData } from './me-screen';
import { onNotificationArrived, refreshUnread } from './unread-store';

const MyNotifications = /* @__PURE__ */ graphql(`
  query MyNotifications($after: String, $unread: Boolean) {
    notifications(first: 20, after: $after, filter: { unread: $unread }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          kind
          summary
          read
          reason
          createdAt
          deferredUntil
          url
          actor {
            handle
          }
          community {
            name
          }
        }
      }
    }
  }
`);

const MarkNotificationsRead = /* @__PURE__ */ graphql(`
  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input)
  }
`);

type Item = MyNotificationsQuery['notifications']['edges'][number]['node'];

export const meta = meMeta;

/** Journey 6: the inbox, newest first, live (a notification delivered at once reloads the first page), mark one or all read. */
export default function NotificationsPage() {
  const t = useMeT();
  const { dateTime } = useI18n();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const load = useCallback(() => graphqlRequest(MyNotifications, { unread: unreadOnly || undefined }).then((data) => data.notifications), [unreadOnly]);
  const { data, setData, reload, notice, setNotice, fail } = useMeData(load);
  const [extra, setExtra] = useState<Item[]>([]);
  useEffect(() => {
    if (data) void reload().then(() => setExtra([]));
    // When the filter changes (the first load is useMeData's).
  }, [unreadOnly]);
  useEffect(() => onNotificationArrived(() => void reload()), [reload]);

  async function markRead(ids: string[] | null) {
    try {
      const result = await graphqlRequest(MarkNotificationsRead, { input: ids ? { ids } : { all: true } });
      setNotice({ text: ids ? t('me.notifications.marked') : t('me.notifications.markedAll', { count: result.markNotificationsRead }), ok: true });
      await reload();
      setExtra([]);
      void refreshUnread();
    } catch (error) {
      fail(error);
    }
  }

  async function more() {
    if (!data?.pageInfo.endCursor) return;
    try {
      const next = await graphqlRequest(MyNotifications, { after: data.pageInfo.endCursor, unread: unreadOnly || undefined });
      setExtra((items) => [...items, ...next.notifications.edges.map((edge) => edge.node)]);
      setData({ ...data, pageInfo: next.notifications.pageInfo });
    } catch (error) {
      fail(error);
    }
  }

  return (
    <MeScreen title="me.notifications.title" notice={notice} loaded={Boolean(data)}>
      {() => {
        const items = [...(data?.edges.map((edge) => edge.node) ?? []), ...extra];
        return (
          <>
            <p>{t('me.notifications.intro')}</p>
            <div className="me-actions">
              <label>
                <input type="checkbox" checked={unreadOnly} onChange={(event) => setUnreadOnly(event.currentTarget.checked)} /> {t('me.notifications.unreadOnly')}
              </label>
              {items.some((item) => !item.read) && (
                <button type="button" onClick={() => void markRead(null)}>
                  {t('me.notifications.markAllRead')}
                </button>
              )}
            </div>
            {items.length === 0 ? (
              <p>{t('me.notifications.empty')}</p>
            ) : (
              <ul className="cards notifications">
                {items.map((item) => {
                  // The API builds each link from the notification's subject (a reply leads to its place on the thread page).
                  const path = item.url;
                  return (
                    <li key={item.id} className={item.read ? 'card' : 'card unread'}>
                      <p className="notification-summary">
                        {!item.read && <span className="badge warn">{t('me.notifications.unread')}</span>} {path ? <Link to={path}>{item.summary}</Link> : item.summary}
                      </p>
                      <p className="meta">
                        <span>{dateTime(item.createdAt)}</span>
                        {item.actor && <span>· {t('me.notifications.by', { handle: item.actor.handle })}</span>}
                        {item.community && <span>· {item.community.name}</span>}
                        <span>· {t(item.reason === 'CONCERNED' ? 'me.notifications.concerned' : 'me.notifications.following')}</span>
                        {item.deferredUntil && <span>· {t('me.notifications.deferred', { date: dateTime(item.deferredUntil) })}</span>}
                      </p>
                      {!item.read && (
                        <button type="button" className="link-button" aria-label={`${t('me.notifications.markRead')}: ${item.summary}`} onClick={() => void markRead([item.id])}>
                          {t('me.notifications.markRead')}
                        </button>
                      )}
                    </li>
                  );
                })}
              </ul>
            )}
            {data?.pageInfo.hasNextPage && (
              <button type="button" onClick={() => void more()}>
                {t('me.notifications.more')}
              </button>
            )}
          </>
        );
      }}
    </MeScreen>
  );
}
