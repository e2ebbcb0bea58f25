import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Each table has one owning lib, and only that lib's SQL names it (ARCHITECTURE.md). Owners come from
 * the migrations: a migration named after a lib (`1764000200000-ideas.ts`) gives that lib the tables it
 * creates; OWNER_OF names the rest. The check reads every lib's source and fails when SQL in it names a
 * table its lib does not own, except for the reads listed in READS_ALLOWED, each with its reason.
 */
const ROOT = join(__dirname, '..', '..', '..', '..');
const MIGRATIONS = join(ROOT, 'apps/api/src/migrations');
const LIBS = join(ROOT, 'libs/server');

/** Tables whose migration does not name their lib. */
const OWNER_OF: Record<string, string> = {
  members: 'members',
  sessions: 'members',
  refresh_tokens: 'members',
  communities: 'communities',
  spaces: 'communities',
  memberships: 'communities',
  invitations: 'communities',
  outbox_events: 'core',
  thread_title_terms: 'advice',
  search_words: 'advice',
  member_mutes: 'members',
  drafts: 'communities',
  // Created by the moderation migration; advice owns them: a thread list's order and search read them in
  // the threads' own statement. Moderation holds the rules (who curates, the pin limit, the audit) and
  // writes through advice's ThreadCurationRepository.
  thread_pins: 'advice',
  thread_duplicates: 'advice',
  // The account-email migration: links and unsubscribe tokens belong to their features, the delivery
  // ledger to core's mail worker.
  account_links: 'members',
  mail_deliveries: 'core',
  unsubscribe_links: 'notifications',
  // Replayable mutations are a GraphQL-level mechanism of core.
  idempotency_keys: 'core',
};

/** Reads (never writes) of tables a lib does not own, each with why it stays for now. */
const READS_ALLOWED: ReadonlyArray<{ lib: string; tables: readonly string[]; why: string }> = [
  {
    lib: '*',
    tables: ['members', 'memberships', 'communities'],
    why: 'the identity tables upstream of every feature, read-only: a handle, a role or a slug is joined in the statement that needs it, because a port would add a round trip to every list and page (issue 21 counts them); writes stay with members and communities, and credentials are never selected outside the members lib (test/foundation/credential-reads.e2e-spec.ts checks that)',
  },
  { lib: 'insights', tables: ['*'], why: 'the read model for brand teams: aggregates over the features it sits downstream of, in one statement each; it writes only its own tables' },
  { lib: 'recognition', tables: ['threads', 'replies', 'ideas', 'idea_comments', 'idea_credits'], why: 'the reconciliation check compares counters with the rows they count (a read-only audit tool)' },
  { lib: 'notifications', tables: ['member_mutes'], why: "the audience of a notification leaves out whoever muted its actor in the same statement that reads followers and preferences (one statement per fan-out)" },
  { lib: 'notifications', tables: ['threads', 'ideas'], why: "the staff-assignment reminder scan joins the assigned content's announced time and open state in one statement per run (a port would cost one round trip per assignment)" },
];

interface Use {
  lib: string;
  table: string;
  write: boolean;
  file: string;
}

function owners(): Map<string, string> {
  const owner = new Map<string, string>();
  for (const file of readdirSync(MIGRATIONS).filter((name) => /^\d+-.+\.ts$/.test(name) && !name.endsWith('.spec.ts'))) {
    const lib = file.replace(/^\d+-/, '').replace(/\.ts$/, '');
    for (const match of readFileSync(join(MIGRATIONS, file), 'utf8').matchAll(/CREATE TABLE (?:IF NOT EXISTS )?([a-z_][a-z0-9_]*)/g)) owner.set(match[1], OWNER_OF[match[1]] ?? lib);
  }
  return owner;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.spec.ts') ? [path] : [];
  });
}

/** Table names in SQL keywords' places, inside the string and template literals of a file. */
function tableUses(lib: string, file: string, known: Map<string, string>): Use[] {
  const uses: Use[] = [];
  const source = readFileSync(file, 'utf8');
  // Mention-scrubbing lists (`X_MENTION_COLUMNS = ['table.column', …]`) become UPDATEs of those tables.
  for (const list of source.matchAll(/_MENTION(?:_JSON)?_COLUMNS\b[^=\n]*=\s*\[([^\]]*)\]/g)) {
    for (const entry of list[1].matchAll(/'([a-z_][a-z0-9_]*)\.[a-z_][a-z0-9_]*'/g)) {
      if (known.has(entry[1])) uses.push({ lib, table: entry[1], write: true, file: relative(ROOT, file) });
    }
  }
  for (const literal of source.matchAll(/`[^`]*`|'[^'\n]*'|"[^"\n]*"/g)) {
    for (const match of literal[0].matchAll(/\b(UPDATE|INSERT\s+INTO|DELETE\s+FROM|TRUNCATE|FROM|JOIN)\s+([a-z_][a-z0-9_]*)\b/g)) {
      if (known.has(match[2])) uses.push({ lib, table: match[2], write: !/^(FROM|JOIN)$/.test(match[1]), file: relative(ROOT, file) });
    }
  }
  return uses;
}

function allowed(use: Use): boolean {
  return !use.write && READS_ALLOWED.some((rule) => (rule.lib === '*' || rule.lib === use.lib) && (rule.tables.includes('*') || rule.tables.includes(use.table)));
}

describe('table ownership', () => {
  const owner = owners();
  const uses = readdirSync(LIBS).flatMap((lib) => sourceFiles(join(LIBS, lib, 'src')).flatMap((file) => tableUses(lib, file, owner)));

  it('knows the owner of every table the migrations create', () => {
    expect([...owner.entries()].filter(([, lib]) => !readdirSync(LIBS).includes(lib)).map(([table, lib]) => `${table} → ${lib}`)).toEqual([]);
  });

  it('finds SQL to check (the parser still reads the code)', () => {
    expect(uses.filter((use) => use.lib === 'advice' && use.table === 'threads' && use.write).length).toBeGreaterThan(0);
    expect(uses.filter((use) => use.lib === 'ideas' && use.table === 'idea_status_changes' && use.write && use.file.includes('personal-data')).length).toBeGreaterThan(0);
  });

  it('lets no lib write a table it does not own, and read one only where listed', () => {
    const foreign = uses.filter((use) => owner.get(use.table) !== use.lib && !allowed(use));
    expect([...new Set(foreign.map((use) => `${use.file}: ${use.write ? 'writes' : 'reads'} ${use.table} (owned by ${owner.get(use.table)})`))]).toEqual([]);
  });
});
