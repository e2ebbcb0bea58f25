import { foldSmallGroups, MIN_GROUP_SIZE, partitionOrNull, shareOf } from './small-groups';

interface Entry {
  key: string | null;
  count: number;
  members: number;
}

const merge = (other: Entry | null, entry: Entry): Entry => ({ key: null, count: (other?.count ?? 0) + entry.count, members: (other?.members ?? 0) + entry.members });

describe('small groups', () => {
  it('keeps groups of five or more members and folds smaller ones into one other entry', () => {
    const { shown, other } = foldSmallGroups<Entry>(
      [
        { key: 'a', count: 40, members: 12 },
        { key: 'b', count: 9, members: 4 },
        { key: 'c', count: 7, members: MIN_GROUP_SIZE },
        { key: 'd', count: 2, members: 1 },
      ],
      merge,
    );
    expect(shown.map((entry) => entry.key)).toEqual(['a', 'c']);
    expect(other).toEqual({ key: null, count: 11, members: 5 });
  });

  it('has no other entry when every group is large enough', () => {
    expect(foldSmallGroups<Entry>([{ key: 'a', count: 5, members: 5 }], merge).other).toBeNull();
  });

  it('withholds a whole partition when one non-empty part is smaller than five members', () => {
    expect(partitionOrNull([{ members: 30 }, { members: 2 }])).toBeNull();
    expect(partitionOrNull([{ members: 30 }, { members: 0 }])).toEqual([{ members: 30 }, { members: 0 }]);
    expect(partitionOrNull([{ members: 5 }, { members: 6 }])).toHaveLength(2);
  });

  it('gives shares only when there is a whole', () => {
    expect(shareOf(1, 4)).toBe(0.25);
    expect(shareOf(0, 0)).toBeNull();
  });
});
