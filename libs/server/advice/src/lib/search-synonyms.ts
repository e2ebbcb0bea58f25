/**
 * Words that mean the same thing in one language, matched alike by search: British and American spellings,
 * French variants (accents need no entry: the text search configurations fold them). One word per entry
 * (ts_rewrite replaces one lexeme); a word may sit in one group only. Add groups freely: no migration needed.
 */
export const SEARCH_SYNONYMS: Readonly<Record<'EN' | 'FR', ReadonlyArray<readonly string[]>>> = {
  EN: [
    ['tyre', 'tire'],
    ['tyres', 'tires'],
    ['colour', 'color'],
    ['colours', 'colors'],
    ['grey', 'gray'],
    ['aluminium', 'aluminum'],
    ['centre', 'center'],
    ['metre', 'meter'],
    ['litre', 'liter'],
    ['fibre', 'fiber'],
    ['favourite', 'favorite'],
    ['behaviour', 'behavior'],
    ['catalogue', 'catalog'],
    ['licence', 'license'],
    ['mould', 'mold'],
    ['jewellery', 'jewelry'],
    ['organise', 'organize'],
    ['customise', 'customize'],
    ['pedalling', 'pedaling'],
    ['travelling', 'traveling'],
    ['cancelled', 'canceled'],
  ],
  FR: [
    ['clef', 'cle'],
    ['cuillere', 'cuiller'],
    ['ognon', 'oignon'],
    ['charriot', 'chariot'],
    ['relai', 'relais'],
    ['paie', 'paye'],
    ['velo', 'bicyclette'],
    ['pneu', 'pneumatique'],
    ['courriel', 'email', 'mail'],
  ],
};

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Pairs (a word of the query, one of its synonyms) for palabre_search_query, words folded like the search configurations do. */
export function synonymPairs(locale: string, query: string): { from: string[]; to: string[] } {
  const groups = SEARCH_SYNONYMS[locale === 'FR' ? 'FR' : 'EN'];
  const words = new Set(fold(query).match(/\p{L}+/gu) ?? []);
  const from: string[] = [];
  const to: string[] = [];
  for (const word of words) {
    for (const synonym of groups.find((group) => group.includes(word))?.filter((other) => other !== word) ?? []) {
      from.push(word);
      to.push(synonym);
    }
  }
  return { from, to };
}
