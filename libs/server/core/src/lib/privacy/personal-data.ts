import { Injectable } from '@nestjs/common';
import type { Db } from '../database/transaction-runner';

/** What happens to a leaving member's content: kept under an anonymous label, or removed. */
export type ContentChoice = 'ANONYMISE' | 'DELETE';

/** One kind of personal data a feature stores, as shown to the member and checked by tests. */
export interface DataInventoryEntry {
  category: string;
  /** Readable names of the fields (e.g. 'email', 'IP address'). */
  fields: string[];
  purpose: string;
  /** Id of the data charter clause that covers this data. */
  charterClause: string;
  /** How long it is kept; null while the account exists. */
  retentionDays: number | null;
  /** Who can see it (e.g. 'you only', 'members of the community'). */
  visibleTo: string;
  /** Storage behind this entry, as `table.column`; the completeness test requires every personal column here. */
  columns: string[];
}

/**
 * Each feature that stores personal data registers one provider, so privacy can list,
 * export, erase and purge that data without importing the feature.
 */
export interface PersonalDataProvider {
  feature: string;
  inventory: DataInventoryEntry[];
  /** Everything this feature holds about the member; other people appear by handle at most. */
  export(db: Db, memberId: string): Promise<Record<string, unknown>>;
  /**
   * Removes the member's personal data in the caller's transaction. Content is kept (authored by the
   * tombstone, shown as `label`) with ANONYMISE, removed with DELETE; counters stay equal to rows.
   */
  erase(tx: Db, memberId: string, choice: ContentChoice, label: string): Promise<void>;
  /**
   * Replaces mentions of an erased member (`@handle` as a whole word) in the text this feature stores,
   * rendered copies included, with `label`; `pattern` is mentionPattern(handle), a PostgreSQL regex.
   */
  scrubMentions?(tx: Db, pattern: string, label: string): Promise<void>;
  /**
   * The `table.column`s scrubMentions rewrites (every column of this feature where people write free text,
   * rendered copies included); a test requires each text column of the database to be here or declared free of it.
   */
  mentionColumns?: readonly string[];
  /** Reasons the member cannot ask to leave yet (e.g. last owner of a community); empty when none. */
  blockers?(db: Db, memberId: string): Promise<string[]>;
  /** Retention: drops or blanks what is older than this feature keeps it (times come from `now`). */
  purgeExpired?(tx: Db, now: Date): Promise<void>;
  /**
   * Erasure runs providers in ascending order (default 100): content first, the account
   * (which becomes the anonymous tombstone) last.
   */
  eraseOrder?: number;
}

/**
 * PostgreSQL regex (for `~*` and `regexp_replace(..., 'gi')`) matching `@handle` as a whole word: not inside
 * an email address or a longer handle (handles are letters, digits, `_` and `-`); in rendered HTML, the whole
 * mention link (`<a href="/members/handle" class="mention">@handle</a>`).
 */
export function mentionPattern(handle: string): string {
  const escaped = handle.replace(/[\\^$.*+?()[\]{}|-]/g, '\\$&');
  // A rendered mention (linkMentions) goes whole, link and all, so no copy keeps the handle in its href.
  return `<a href="/members/${escaped}" class="mention">@${escaped}</a>|(?<![[:alnum:]_.-])@${escaped}(?![[:alnum:]_-])`;
}

/** Splits `table.column`, refusing anything but plain identifiers (they go into SQL as names). */
function tableColumn(qualified: string): [string, string] {
  const match = /^([a-z_][a-z0-9_]*)\.([a-z_][a-z0-9_]*)$/.exec(qualified);
  if (!match) throw new Error(`Not a table.column: ${qualified}`);
  return [match[1]!, match[2]!];
}

/**
 * Rewrites whole-word mentions (`pattern`, from mentionPattern) to `label` in each `table.column`, in the
 * caller's transaction. Called by a feature's repository with the columns of its own tables only.
 */
export async function scrubMentionsIn(tx: Db, columns: readonly string[], pattern: string, label: string): Promise<void> {
  for (const qualified of columns) {
    const [table, column] = tableColumn(qualified);
    await tx.query(`UPDATE ${table} SET ${column} = regexp_replace(${column}, $1, $2, 'gi') WHERE ${column} ~* $1`, [pattern, label]);
  }
}

/**
 * The same for jsonb columns (rendered payloads): the text of the JSON is rewritten, with a label that
 * cannot break it (the pattern never matches a quote or a backslash).
 */
export async function scrubMentionsInJson(tx: Db, columns: readonly string[], pattern: string, label: string): Promise<void> {
  const safeLabel = JSON.stringify(label).slice(1, -1);
  for (const qualified of columns) {
    const [table, column] = tableColumn(qualified);
    await tx.query(`UPDATE ${table} SET ${column} = regexp_replace(${column}::text, $1, $2, 'gi')::jsonb WHERE ${column}::text ~* $1`, [pattern, safeLabel]);
  }
}

@Injectable()
export class PersonalDataRegistry {
  private readonly byFeature = new Map<string, PersonalDataProvider>();

  register(provider: PersonalDataProvider): void {
    if (this.byFeature.has(provider.feature)) throw new Error(`A personal-data provider is already registered for "${provider.feature}"`);
    this.byFeature.set(provider.feature, provider);
  }

  /** Providers in erasure order. */
  providers(): PersonalDataProvider[] {
    return [...this.byFeature.values()].sort((a, b) => (a.eraseOrder ?? 100) - (b.eraseOrder ?? 100) || a.feature.localeCompare(b.feature));
  }

  inventory(): Array<DataInventoryEntry & { feature: string }> {
    return this.providers().flatMap((provider) => provider.inventory.map((entry) => ({ ...entry, feature: provider.feature })));
  }

  /** Every `table.column` some provider scrubs mentions of erased members from. */
  mentionColumns(): Set<string> {
    return new Set(this.providers().flatMap((provider) => provider.mentionColumns ?? []));
  }

  /** Every `table.column` some provider declares. */
  declaredColumns(): Set<string> {
    return new Set(this.inventory().flatMap((entry) => entry.columns));
  }
}

/** Members registers the implementation: does this password open this account? (privacy asks before erasing) */
export abstract class CredentialVerifier {
  abstract verifyPassword(memberId: string, password: string): Promise<boolean>;
}
