/** Groups smaller than this many distinct members are never shown on their own. */
export const MIN_GROUP_SIZE = 5;

export interface Grouped {
  /** Distinct members behind the figure (supporters, authors, reporters...). */
  members: number;
}

/**
 * An open-ended breakdown (per campaign, per tag): entries resting on fewer than MIN_GROUP_SIZE
 * members are folded into one `other` entry, so no small group is broken down on its own.
 * `merge` adds an entry into the running `other` (counts add up; members of the folded groups
 * are given as an upper bound by the caller and are never shown).
 */
export function foldSmallGroups<T extends Grouped>(entries: readonly T[], merge: (other: T | null, entry: T) => T, min = MIN_GROUP_SIZE): { shown: T[]; other: T | null } {
  const shown: T[] = [];
  let other: T | null = null;
  for (const entry of entries) {
    if (entry.members >= min) shown.push(entry);
    else other = merge(other, entry);
  }
  return { shown, other };
}

/**
 * A partition of one total (answered by staff / by members, reports by outcome): shown only when
 * every non-empty part rests on at least MIN_GROUP_SIZE members. Folding one small part into
 * "other" would still reveal it by subtraction from the total, so the whole breakdown is withheld.
 */
export function partitionOrNull<T extends Grouped>(parts: readonly T[], min = MIN_GROUP_SIZE): T[] | null {
  return parts.every((part) => part.members === 0 || part.members >= min) ? [...parts] : null;
}

/** part / whole, or null when there is nothing to divide. */
export const shareOf = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);
