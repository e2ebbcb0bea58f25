import { en } from './en';
import { fr } from './fr';
import { formatters, resolveLocale } from './i18n';

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

describe('FR/EN catalogues', () => {
  it('have exactly the same keys in both languages', () => {
    const english = Object.keys(en).sort();
    const french = Object.keys(fr).sort();
    expect(english.filter((key) => !french.includes(key))).toEqual([]);
    expect(french.filter((key) => !english.includes(key))).toEqual([]);
  });

  it('use the same placeholders in both languages and leave no message empty', () => {
    for (const [key, text] of Object.entries(en)) {
      expect({ key, placeholders: placeholders(fr[key as keyof typeof en]) }).toEqual({ key, placeholders: placeholders(text) });
      expect(fr[key as keyof typeof en].trim()).not.toBe('');
    }
  });
});

describe('resolveLocale', () => {
  it('prefers the member, then the community, then Accept-Language', () => {
    expect(resolveLocale({ preference: 'FR', community: 'EN', acceptLanguage: 'en' })).toBe('fr');
    expect(resolveLocale({ community: 'FR', acceptLanguage: 'en-GB' })).toBe('fr');
    expect(resolveLocale({ acceptLanguage: 'de-DE, fr;q=0.8, en;q=0.5' })).toBe('fr');
    expect(resolveLocale({ acceptLanguage: 'de' })).toBe('en');
  });
});

describe('formatters', () => {
  it('format dates, numbers and messages for the locale', () => {
    const french = formatters('fr');
    expect(french.number(1234.5)).toBe('1\u202f234,5');
    expect(french.date('2026-03-05T10:00:00Z')).toBe('5 mars 2026');
    expect(french.t('thread.replies', { count: 3 })).toBe('3 réponses');
    expect(formatters('en').date('2026-03-05T10:00:00Z')).toBe('Mar 5, 2026');
  });
});
