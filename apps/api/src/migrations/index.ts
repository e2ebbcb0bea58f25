import { Foundation1764000000000 } from './1764000000000-foundation';

/** Append-only: every schema change is a new migration added at the end of this list. */
export const migrations = [Foundation1764000000000];
