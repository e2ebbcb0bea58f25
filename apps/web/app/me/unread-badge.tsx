import { useEffect } from 'react';
import { Link } from 'react-router';
import { useMeT } from '../lib/i18n/me-i18n';
import { useUnreadCount, watchUnread } from './unread-store';

/**
 * The header's link to the inbox with the live unread count (a lazy chunk: loaded once a member is signed in).
 * The count is also said in a polite live region, so a screen reader hears a new notification arrive.
 */
export default function UnreadBadge() {
  const t = useMeT();
  const count = useUnreadCount();
  useEffect(() => watchUnread(), []);
  return (
    <>
      <Link to="/me/notifications" className="unread-link">
        {t('me.badge.label')}
        {count ? (
          <>
            {' '}
            <span className="badge warn" aria-hidden="true">
              {count}
            </span>
            <span className="visually-hidden">{` (${t('me.badge.unread', { count })})`}</span>
          </>
        ) : null}
      </Link>
      <span className="visually-hidden" aria-live="polite">
        {count ? t('me.badge.announce', { count }) : ''}
      </span>
      <Link to="/me/profile">{t('me.nav.label')}</Link>
    </>
  );
}
