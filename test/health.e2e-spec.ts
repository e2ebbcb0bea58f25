import { startPlatform, type Platform } from './support/harness';
import { graphql } from './graphql';

describe('platform boot', () => {
  let platform: Platform;

  beforeAll(async () => {
    platform = await startPlatform({ gateway: true });
  });

  afterAll(async () => {
    await platform?.close();
  });

  it('answers liveness and readiness on the api and the gateway', async () => {
    for (const base of [platform.apiUrl, platform.gatewayUrl]) {
      expect((await fetch(`${base}/health/live`)).status).toBe(200);
      expect((await fetch(`${base}/health/ready`)).status).toBe(200);
    }
  });

  it('serves GraphQL over a JSON POST and reports its SQL statement count', async () => {
    const result = await platform.gql(graphql(`query HealthTypename { __typename }`));
    expect(result.status).toBe(200);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ __typename: 'Query' });
    expect(Number.isInteger(result.sqlStatements)).toBe(true);
  });

  it('runs the migrations on the spec database', async () => {
    const { rows } = await platform.db.query<{ count: string }>('SELECT count(*) FROM migrations');
    expect(Number(rows[0]?.count)).toBeGreaterThan(0);
  });

  it('refuses a socket without a token at the handshake', async () => {
    await expect(platform.connectSocket()).rejects.toBeInstanceOf(Error);
  });
});
