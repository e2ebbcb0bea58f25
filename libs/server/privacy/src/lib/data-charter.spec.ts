import { Locale } from '@palabre/contracts';
import { charterIn, DATA_CHARTER } from './data-charter';

describe('data charter', () => {
  it('has unique clause ids, each with a title and a text in French and English', () => {
    expect(new Set(DATA_CHARTER.map((clause) => clause.id)).size).toBe(DATA_CHARTER.length);
    for (const clause of DATA_CHARTER) {
      for (const locale of [Locale.EN, Locale.FR]) {
        expect(clause.title[locale].length).toBeGreaterThan(3);
        expect(clause.text[locale].length).toBeGreaterThan(40);
      }
    }
  });

  it('renders one language at a time, with its version', () => {
    const fr = charterIn(Locale.FR);
    expect(fr.locale).toBe(Locale.FR);
    expect(fr.clauses.find((clause) => clause.id === 'erasure')?.title).toBe('Partir');
  });
});
