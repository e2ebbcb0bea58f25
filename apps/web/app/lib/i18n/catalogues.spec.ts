import { accountEn } from './account-en';
import { accountFr } from './account-fr';
import { workspaceEn } from './workspace-en';
import { workspaceFr } from './workspace-fr';
import { en } from './en';
import { fr } from './fr';
import { memberEn } from './member-en';
import { memberFr } from './member-fr';
// Member screens (/me/*).
import { meEn } from './me-en';
import { meFr } from './me-fr';
// The brand team's and owners' workspace.
import { brandEn } from './brand-en';
import { brandFr } from './brand-fr';
import { formatters, resolveLocale } from './i18n';

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

// The main catalogue (every page), the account screens' own and the member screens' own (each loaded with its screens only).
describe.each([
  ['main', en as Record<string, string>, fr as Record<string, string>],
  ['account', accountEn as Record<string, string>, accountFr as Record<string, string>],
  ['member', memberEn as Record<string, string>, memberFr as Record<string, string>],
  ['member screens', meEn as Record<string, string>, meFr as Record<string, string>],
  ['workspace', workspaceEn as Record<string, string>, workspaceFr as Record<string, string>],
  ['brand workspace', brandEn as Record<string, string>, brandFr as Record<string, string>],
])('FR/EN %s catalogues', (_name, english, french) => {
  it('have exactly the same keys in both languages', () => {
    const englishKeys = Object.keys(english).sort();
    const frenchKeys = Object.keys(french).sort();
    expect(englishKeys.filter((key) => !frenchKeys.includes(key))).toEqual([]);
    expect(frenchKeys.filter((key) => !englishKeys.includes(key))).toEqual([]);
  });

  it('use the same placeholders in both languages and leave no message empty', () => {
    for (const [key, text] of Object.entries(english)) {
      expect({ key, placeholders: placeholders(french[key]) }).toEqual({ key, placeholders: placeholders(text) });
      expect(french[key].trim()).not.toBe('');
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
