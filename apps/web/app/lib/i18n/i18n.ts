import rosetta from 'rosetta';
import { createContext, useContext } from 'react';
import { en, type MessageKey } from './en';
import { fr } from './fr';

export type AppLocale = 'en' | 'fr';
export const LOCALES: readonly AppLocale[] = ['en', 'fr'];

// rosetta (≈300 bytes gzip) only interpolates {{name}}; plural-free messages keep it that small.
const catalogues = rosetta<Record<MessageKey, string>>({ en, fr });

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** A translator bound to one locale: stateless, so concurrent server renders never share a language. */
export function translator(locale: AppLocale): Translate {
  // The key goes in an array: rosetta reads a dotted string as a path into nested tables, ours are flat.
  return (key, params) => catalogues.t([key], params ?? {}, locale) || en[key];
}

/** The cookie that carries the member's chosen language, so the server renders their language (set by /me/settings). */
export const LOCALE_COOKIE = 'palabre_locale';

/** The member's chosen language from the request's cookies, or null when they never chose here. */
export function localeFromCookie(cookieHeader: string | null | undefined): AppLocale | null {
  const match = new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=(en|fr)(?:;|$)`).exec(cookieHeader ?? '');
  return match ? (match[1] as AppLocale) : null;
}

/**
 * The member's preference first (once sign-in lands), else the community's locale, else the best
 * match of Accept-Language, else English.
 */
export function resolveLocale(input: { preference?: string | null; community?: string | null; acceptLanguage?: string | null }): AppLocale {
  for (const candidate of [input.preference, input.community]) {
    const locale = candidate?.toLowerCase();
    if (locale === 'en' || locale === 'fr') return locale;
  }
  const ranked = (input.acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((param) => /^q=([\d.]+)$/.exec(param.trim())?.[1]).find(Boolean);
      return { language: tag.toLowerCase().split('-')[0], q: q === undefined ? 1 : Number(q) };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const entry of ranked) if (entry.language === 'en' || entry.language === 'fr') return entry.language;
  return 'en';
}

export interface Formatters {
  locale: AppLocale;
  t: Translate;
  date: (iso: string) => string;
  dateTime: (iso: string) => string;
  number: (value: number) => string;
  percent: (share: number) => string;
}

const formattersByLocale = new Map<AppLocale, Formatters>();

/**
 * Dates and numbers through Intl for the page's locale, in UTC so server and browser render the same text.
 * One set per locale, made once: they hold no state, and making the Intl objects on every server render
 * was a sizeable part of a page's CPU (bench: thread-page-ssr).
 */
export function formatters(locale: AppLocale): Formatters {
  let made = formattersByLocale.get(locale);
  if (!made) {
    made = makeFormatters(locale);
    if (LOCALES.includes(locale)) formattersByLocale.set(locale, made);
  }
  return made;
}

function makeFormatters(locale: AppLocale): Formatters {
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
  const number = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  return {
    locale,
    t: translator(locale),
    date: (iso) => date.format(new Date(iso)),
    dateTime: (iso) => `${dateTime.format(new Date(iso))} UTC`,
    number: (value) => number.format(value),
    percent: (share) => percent.format(share),
  };
}

export const I18nContext = createContext<Formatters>(formatters('en'));

export function useI18n(): Formatters {
  return useContext(I18nContext);
}
