import rosetta from 'rosetta';
import { memberEn, type MemberKey } from './member-en';
import { memberFr } from './member-fr';
import { useI18n } from './i18n';

const catalogues = rosetta<Record<MemberKey, string>>({ en: memberEn, fr: memberFr });

export type MemberTranslate = (key: MemberKey, params?: Record<string, string | number>) => string;

/** The member screens' translator (asking, answering, ideas): loaded with those screens only, never by a signed-out first load. */
export function useMemberT(): MemberTranslate {
  const { locale } = useI18n();
  return (key, params) => catalogues.t([key], params ?? {}, locale) || memberEn[key];
}
