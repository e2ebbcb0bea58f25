import { lazy, Suspense, useEffect } from 'react';
import { Link, useNavigate } from 'react-router';
import { useI18n } from '../lib/i18n/i18n';
import { useSession } from '../lib/session';

// The bootstrap (its GraphQL documents, the refresh timer) loads after first paint, outside the public pages' first-load JS.
const bootstrap = () => import('../lib/session-bootstrap');
// The live unread count and the link to the member's space: a lazy chunk, loaded once signed in.
const UnreadBadge = lazy(() => import('../me/unread-badge'));

/** The header's account corner: "Sign in" / "Sign up", or the member's handle with their sessions and "Sign out". */
export function AccountNav() {
  const { t } = useI18n();
  const session = useSession();
  const navigate = useNavigate();
  // After hydration, once: the refresh cookie is HttpOnly, so only a request to /graphql tells whether we are signed in.
  useEffect(() => void bootstrap().then((module) => module.startSession()), []);
  if (session.handle) {
    return (
      <>
        <span className="account-handle">{session.handle}</span>
        <Suspense fallback={null}>
          <UnreadBadge />
        </Suspense>
        <Link to="/account/sessions">{t('nav.sessions')}</Link>
        <button type="button" className="link-button" onClick={() => void bootstrap().then((module) => module.signOut()).then(() => navigate('/account/sign-in'))}>
          {t('nav.signOut')}
        </button>
      </>
    );
  }
  return (
    <>
      <Link to="/account/sign-in">{t('nav.signIn')}</Link>
      <Link to="/account/sign-up">{t('nav.signUp')}</Link>
    </>
  );
}
