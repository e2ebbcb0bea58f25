import { useEffect, useRef } from 'react';
import { isRouteErrorResponse, Link, Links, Meta, Outlet, Scripts, ScrollRestoration, useMatches, useLocation, useRouteError, useRouteLoaderData, type LoaderFunctionArgs } from 'react-router';
import { formatters, I18nContext, localeFromCookie, resolveLocale, type AppLocale } from './lib/i18n/i18n';
import type { MessageKey } from './lib/i18n/en';
import { useNonce } from './lib/nonce';
import { AccountNav } from './components/account-nav';
import stylesheet from './styles.css?url';

export const links = () => [
  { rel: 'stylesheet', href: stylesheet },
  { rel: 'icon', href: 'data:,' },
];

export function loader({ request }: LoaderFunctionArgs) {
  // The member's chosen language (cookie palabre_locale, set from /me/settings) wins everywhere.
  const preference = localeFromCookie(request.headers.get('cookie'));
  return { locale: resolveLocale({ preference, acceptLanguage: request.headers.get('accept-language') }), preference };
}

/** The page's language: the member's choice, else the deepest route that knows it (a community's locale), else Accept-Language. */
function usePageLocale(): AppLocale {
  const matches = useMatches();
  const preference = (matches[0]?.loaderData as { preference?: AppLocale | null } | undefined)?.preference;
  if (preference) return preference;
  for (let index = matches.length - 1; index >= 0; index -= 1) {
    const data = matches[index].loaderData as { locale?: AppLocale } | undefined;
    if (data?.locale) return data.locale;
  }
  return 'en';
}

export function Layout({ children }: { children: React.ReactNode }) {
  const nonce = useNonce();
  const locale = usePageLocale();
  const i18n = formatters(locale);
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <Meta />
        <Links />
      </head>
      <body>
        <I18nContext.Provider value={i18n}>
          <a className="skip-link" href="#main">
            {i18n.t('nav.skip')}
          </a>
          <header className="site-header">
            <div className="header-bar">
              <nav aria-label={i18n.t('nav.main')}>
                <Link to="/" className="brand">
                  {i18n.t('app.name')}
                </Link>
                <Link to="/">{i18n.t('nav.communities')}</Link>
              </nav>
              <nav aria-label={i18n.t('nav.account')} className="account-nav">
                <AccountNav />
              </nav>
            </div>
          </header>
          <main id="main" tabIndex={-1}>
            {children}
          </main>
          <footer className="site-footer">
            <p>{i18n.t('footer.robots')}</p>
          </footer>
        </I18nContext.Provider>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  useFocusOnNavigation();
  return <Outlet />;
}

/** After a client-side navigation, focus moves to the new page's content (as a full page load would reset it), so keyboard and screen reader users start there. */
function useFocusOnNavigation() {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById('main')?.focus();
  }, [pathname]);
}

/** Error codes with a message of their own in the catalogues (`error.<CODE>`); anything else reads as a generic failure. */
const KNOWN_CODES = new Set(['NOT_FOUND', 'FORMER_MEMBER', 'TOO_MANY_REQUESTS', 'UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'INTERNAL_SERVER_ERROR']);

export function ErrorBoundary() {
  const error = useRouteError();
  const root = useRouteLoaderData<typeof loader>('root');
  const i18n = formatters(root?.locale ?? 'en');
  const given = isRouteErrorResponse(error) ? (error.data as { code?: string } | undefined)?.code : undefined;
  const code = given && KNOWN_CODES.has(given) ? given : isRouteErrorResponse(error) && error.status === 404 ? 'NOT_FOUND' : 'INTERNAL_SERVER_ERROR';
  if (!isRouteErrorResponse(error) && import.meta.env.SSR) console.error(error);
  return <ErrorMessage code={code} t={i18n.t} />;
}

function ErrorMessage({ code, t }: { code: string; t: (key: MessageKey) => string }) {
  return (
    <section className="error-page">
      <title>{`${t('error.title')} · Palabre`}</title>
      <h1>{t('error.title')}</h1>
      <p>{t(`error.${code}` as MessageKey)}</p>
      <p>
        <Link to="/">{t('error.home')}</Link>
      </p>
    </section>
  );
}
