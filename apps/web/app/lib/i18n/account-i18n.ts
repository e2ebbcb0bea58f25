import rosetta from 'rosetta';
import { accountEn, type AccountKey } from './account-en';
import { accountFr } from './account-fr';
import { useI18n } from './i18n';

const catalogues = rosetta<Record<AccountKey, string>>({ en: accountEn, fr: accountFr });

export type AccountTranslate = (key: AccountKey, params?: Record<string, string | number>) => string;

/** The account screens' translator for the page's language (the same rosetta as the main catalogue, its own words). */
export function useAccountT(): AccountTranslate {
  const { locale } = useI18n();
  return (key, params) => catalogues.t([key], params ?? {}, locale) || accountEn[key];
}
