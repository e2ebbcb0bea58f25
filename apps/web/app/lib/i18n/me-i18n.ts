import { useMemo } from 'react';
import rosetta from 'rosetta';
import { useI18n } from './i18n';
import { meEn, type MeKey } from './me-en';
import { meFr } from './me-fr';

const catalogues = rosetta<Record<MeKey, string>>({ en: meEn, fr: meFr });

export type MeTranslate = (key: MeKey, params?: Record<string, string | number>) => string;

/** The member screens' translator for the page's language (their own words, loaded with those screens only). */
export function useMeT(): MeTranslate {
  const { locale } = useI18n();
  // Stable per language, so screens may depend on it in hooks.
  return useMemo<MeTranslate>(() => (key, params) => catalogues.t([key], params ?? {}, locale) || meEn[key], [locale]);
}
