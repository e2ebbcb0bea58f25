import { useMemo } from 'react';
import rosetta from 'rosetta';
import { brandEn, type BrandKey } from './brand-en';
import { brandFr } from './brand-fr';
import { useI18n } from './i18n';

const catalogues = rosetta<Record<BrandKey, string>>({ en: brandEn, fr: brandFr });

export type BrandTranslate = (key: BrandKey, params?: Record<string, string | number>) => string;

/** The brand workspace's translator (its own words, loaded with those screens only). */
export function useBrandT(): BrandTranslate {
  const { locale } = useI18n();
  return useMemo<BrandTranslate>(() => (key, params) => catalogues.t([key], params ?? {}, locale) || brandEn[key], [locale]);
}
