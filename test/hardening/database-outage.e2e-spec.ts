import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import type { AddressInfo } from 'node:net';
import { Client } from 'pg';
import { RequestContext, startEmbeddedPostgres, type RunningEmbeddedPostgres } from '@palabre/core';
import { MembersService } from '@palabre/members';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { buildConfig, postGraphql } from '../support/harness';
import { freePort } from '../support/ports';
import { graphql } from '../graphql';
import type { CreateCommunityInput } from '../graphql/graphql';

// Starting and stopping a PostgreSQL of its own takes a few seconds on a busy machine.
jest.setTimeout(120_000);


const SIGN_UP = graphql(`mutation DatabaseOutageSignUp($input: SignUpInput!) { signUp(input: $input) }`);
const CREATE = graphql(`mutation DatabaseOutageCreate($input: CreateCommunityInput!) { createCommunity(input: $input) { slug } }`);
const community = (slug: string): CreateCommunityInput => ({ slug, name: `Outage ${slug}`, description: 'Made around an outage', locale: 'EN', visibility: 'PUBLIC' });

/** Fault test: its own PostgreSQL (never the shared one), stopped and restarted under the api. */
describe('PostgreSQL down for a while', () => {
  let dataDir: string;
  let port: number;
  let database: RunningEmbeddedPostgres;
  let app: INestApplication;
  let apiUrl: string;
  let token: string;

  const startDatabase = async () => {
    database = await startEmbeddedPostgres({ dataDir, port, log: () => undefined });
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'palabre-outage-'));
    port = await freePort();
    await startDatabase();
    app = await createApiApp(buildConfig(database.databaseUrl, { SCHEDULER_ENABLED: 'false' }));
    await app.listen(0, '127.0.0.1');
    apiUrl = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
    // The system path: an account made through signUp signs in only once its email is verified.
    const session = await app.get(MembersService).createAccount(RequestContext.system('outage-test'), { email: 'outage@example.org', password: 'correct horse battery', handle: 'outage_ada' });
    token = session.accessToken;
  });

  afterAll(async () => {
    await app?.close().catch(() => undefined);
    await database?.stop().catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers 503 SERVICE_UNAVAILABLE with a retry hint while it is down, writes nothing, and recovers by itself', async () => {
    expect((await postGraphql(apiUrl, CREATE, { input: community('before-outage') }, { token })).errors).toBeUndefined();
    await database.stop();

    const during = await Promise.all([
      postGraphql(apiUrl, graphql(`query DatabaseOutageMe { me { handle } }`), {}, { token }),
      postGraphql(apiUrl, CREATE, { input: community('during-outage') }, { token }),
      postGraphql(apiUrl, graphql(`query DatabaseOutageCommunities { communities(first: 5) { totalCount } }`)),
      postGraphql(apiUrl, SIGN_UP, { input: { email: 'late@example.org', password: 'correct horse battery', handle: 'late_grace' } }),
    ]);
    for (const result of during) {
      expect(result.status).toBe(503);
      expect(result.headers.get('retry-after')).toBe('5');
      expect(result.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
      expect(result.text).not.toMatch(/ECONNREFUSED|Connection terminated|TypeError|at \w+ \(/);
    }

    await startDatabase();
    const deadline = Date.now() + 30_000;
    let after = await postGraphql(apiUrl, graphql(`query DatabaseOutageMe { me { handle } }`), {}, { token });
    while (after.errors && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      after = await postGraphql(apiUrl, graphql(`query DatabaseOutageMe { me { handle } }`), {}, { token });
    }
    expect(after.data).toEqual({ me: { handle: 'outage_ada' } });
    expect((await postGraphql(apiUrl, CREATE, { input: community('after-outage') }, { token })).errors).toBeUndefined();

    const client = new Client({ connectionString: database.databaseUrl });
    await client.connect();
    const slugs = await client.query<{ slug: string }>(`SELECT slug FROM communities ORDER BY slug`);
    const late = await client.query(`SELECT 1 FROM members WHERE handle = 'late_grace'`);
    await client.end();
    expect(slugs.rows.map((row) => row.slug)).toEqual(['after-outage', 'before-outage']);
    expect(late.rowCount).toBe(0);
  });
});
