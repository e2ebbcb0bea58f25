import { SEARCH_SYNONYMS, synonymPairs } from './search-synonyms';

describe('search synonyms', () => {
  it('pairs each word of the query with its synonyms in the community’s language, accents folded', () => {
    expect(synonymPairs('EN', 'Rear TYRE colour')).toEqual({ from: ['tyre', 'colour'], to: ['tire', 'color'] });
    expect(synonymPairs('FR', 'la clé du vélo')).toEqual({ from: ['cle', 'velo'], to: ['clef', 'bicyclette'] });
    expect(synonymPairs('FR', 'tyre')).toEqual({ from: [], to: [] });
  });

  it('keeps each word in one group, one word per entry', () => {
    for (const groups of Object.values(SEARCH_SYNONYMS)) {
      const words = groups.flat();
      expect(new Set(words).size).toBe(words.length);
      for (const word of words) expect(word).toMatch(/^[a-z]+$/);
    }
  });
});
