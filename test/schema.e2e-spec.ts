/**
 * schema/schema.graphql is the committed, sorted print of the code-first schema.
 *   npm run schema:check     fails when the code and the file disagree
 *   npm run schema:generate  (UPDATE_SCHEMA=1) rewrites the file
 */
import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { ALL_ERROR_CODES } from '@palabre/contracts';
import { ONLY_GENERIC_CODES } from '@palabre/core';
import { startPlatform, type Platform } from './support/harness';

const SCHEMA_FILE = join(__dirname, '..', 'schema', 'schema.graphql');

/** The lines that differ, for a readable failure (the full text is in the file and in the code). */
function lineDiff(expected: string, actual: string, limit = 40): string {
  const before = new Set(expected.split('\n'));
  const after = new Set(actual.split('\n'));
  const removed = expected.split('\n').filter((line) => !after.has(line)).map((line) => `- ${line}`);
  const added = actual.split('\n').filter((line) => !before.has(line)).map((line) => `+ ${line}`);
  const all = [...removed, ...added];
  return all.slice(0, limit).join('\n') + (all.length > limit ? `\n... ${all.length - limit} more` : '');
}

describe('GraphQL schema file', () => {
  let platform: Platform;

  beforeAll(async () => {
    platform = await startPlatform();
  });

  afterAll(async () => {
    await platform?.close();
  });

  it('matches schema/schema.graphql', () => {
    const { schema } = platform.app.get(GraphQLSchemaHost);
    const printed = `${printSchema(lexicographicSortSchema(schema))}\n`;

    if (process.env['UPDATE_SCHEMA'] === '1') {
      mkdirSync(dirname(SCHEMA_FILE), { recursive: true });
      writeFileSync(SCHEMA_FILE, printed);
      return;
    }

    const committed = existsSync(SCHEMA_FILE) ? readFileSync(SCHEMA_FILE, 'utf8') : '';
    if (committed !== printed) {
      throw new Error(
        `schema/schema.graphql is out of date with the code: run \`npm run schema:generate\` and commit the result.\n` +
          `(- in the file, + from the code)\n${lineDiff(committed, printed)}`,
      );
    }
  });

  it('declares on every mutation the codes it raises, each one from the catalogue (raises())', () => {
    const { schema } = platform.app.get(GraphQLSchemaHost);
    const mutations = Object.values(schema.getMutationType()!.getFields());
    const catalogue = new Set<string>(ALL_ERROR_CODES);
    const problems = mutations.flatMap((field) => {
      const declared = /\. Errors: (.+)$/.exec(field.description ?? '')?.[1];
      if (!declared) return [`${field.name}: no "Errors:" (describe it with raises())`];
      if (declared === ONLY_GENERIC_CODES) return [];
      return declared.split(', ').filter((code) => !catalogue.has(code)).map((code) => `${field.name}: ${code} is not in ALL_ERROR_CODES`);
    });
    expect(problems).toEqual([]);
    expect(mutations.length).toBeGreaterThan(50);
  });
});
