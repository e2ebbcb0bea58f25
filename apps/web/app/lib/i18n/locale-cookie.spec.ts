import { localeFromCookie, resolveLocale } from './i18n';

describe('localeFromCookie', () => {
  it('reads the member’s chosen language among other cookies, and nothing else', () => {
    expect(localeFromCookie('a=1; palabre_locale=fr; b=2')).toBe('fr');
    expect(localeFromCookie('palabre_locale=en')).toBe('en');
    expect(localeFromCookie('palabre_locale=de')).toBeNull();
    expect(localeFromCookie('xpalabre_locale=fr')).toBeNull();
    expect(localeFromCookie(null)).toBeNull();
  });

  it('wins over the reader’s browser language', () => {
    expect(resolveLocale({ preference: localeFromCookie('palabre_locale=fr'), acceptLanguage: 'en-GB' })).toBe('fr');
  });
});
