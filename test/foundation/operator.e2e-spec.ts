import { connectSocket, errorCode, Platform, startPlatform } from '../support/harness';
import { createMember } from '../support/factories';
import { graphql } from '../graphql';

const METRICS_TOKEN = 'a-metrics-token-for-tests-0123456789';
const ANONYMOUS_READ = graphql(`query OperatorAnonymousRead { communities(first: 1) { edges { node { id } } } }`);

jest.setTimeout(30_000);

async function anonymousFrom(platform: Platform, forwardedFor: string) {
  return platform.gql(ANONYMOUS_READ, undefined, { headers: { 'x-forwarded-for': forwardedFor } });
}

/** What an operator relies on: security headers, the client's real address behind a proxy, private metrics. */
describe('operator basics', () => {
  let platform: Platform;

  beforeAll(async () => {
    platform = await startPlatform({ gateway: true, config: { METRICS_TOKEN, RATE_LIMIT_POINTS: '3' } });
  });
  afterAll(() => platform.close());

  it('sends security headers and no X-Powered-By on every response of the api and the gateway', async () => {
    const responses = [
      await fetch(`${platform.apiUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) }),
      await fetch(`${platform.apiUrl}/health/ready`),
      await fetch(`${platform.apiUrl}/no-such-page`),
      await fetch(`${platform.gatewayUrl}/health/live`),
      await fetch(`${platform.gatewayUrl}/realtime/?EIO=4&transport=polling`),
    ];
    for (const response of responses) {
      expect(response.headers.get('x-powered-by')).toBeNull();
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
      expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      // Plain http here: no HSTS (it is sent when PUBLIC_URL is https).
      expect(response.headers.get('strict-transport-security')).toBeNull();
      await response.arrayBuffer();
    }
  });

  it('keys rate limits on the client address a trusted proxy (loopback by default) forwards', async () => {
    for (let request = 0; request < 3; request += 1) expect(errorCode(await anonymousFrom(platform, '203.0.113.7'))).toBeUndefined();
    expect(errorCode(await anonymousFrom(platform, '203.0.113.7'))).toBe('TOO_MANY_REQUESTS');
    // Another client behind the same proxy keeps its own budget.
    expect(errorCode(await anonymousFrom(platform, '203.0.113.8'))).toBeUndefined();
  });

  it('serves /metrics only with the bearer token of METRICS_TOKEN', async () => {
    expect((await fetch(`${platform.apiUrl}/metrics`)).status).toBe(401);
    expect((await fetch(`${platform.apiUrl}/metrics`, { headers: { authorization: 'Bearer not-the-token-at-all-no' } })).status).toBe(401);
    const allowed = await fetch(`${platform.apiUrl}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(allowed.status).toBe(200);
    expect(await allowed.text()).toMatch(/^palabre_process_cpu_seconds_total/m);
    expect((await fetch(`${platform.gatewayUrl}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).status).toBe(200);
  });

  describe('realtime connections from browsers', () => {
    it('refuses a WebSocket upgrade from a foreign Origin, accepts the site and clients without Origin', async () => {
      const { token } = await createMember(platform);
      const foreign = await connectSocket(platform.gatewayUrl!, token, { extraHeaders: { origin: 'https://evil.example' } }).catch((error: unknown) => error);
      expect(foreign).toBeInstanceOf(Error);
      const site = await connectSocket(platform.gatewayUrl!, token, { extraHeaders: { origin: 'http://localhost:3000' } });
      expect(site.connected).toBe(true);
      site.disconnect();
      const script = await connectSocket(platform.gatewayUrl!, token);
      expect(script.connected).toBe(true);
      script.disconnect();
    });

    it('refuses a polling handshake from a foreign Origin', async () => {
      const handshake = (origin?: string) => fetch(`${platform.gatewayUrl}/realtime/?EIO=4&transport=polling`, { headers: origin ? { origin } : {} });
      const foreign = await handshake('https://evil.example');
      expect(foreign.status).toBe(403);
      await foreign.arrayBuffer();
      const site = await handshake('http://localhost:3000');
      expect(site.status).toBe(200);
      expect(site.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
      await site.arrayBuffer();
      const script = await handshake();
      expect(script.status).toBe(200);
      await script.arrayBuffer();
    });
  });
});

describe('operator basics with TRUST_PROXY=false and no METRICS_TOKEN', () => {
  let platform: Platform;

  beforeAll(async () => {
    platform = await startPlatform({ config: { TRUST_PROXY: 'false', RATE_LIMIT_POINTS: '3' } });
  });
  afterAll(() => platform.close());

  it('ignores X-Forwarded-For: every client counts as the connecting address', async () => {
    for (let request = 0; request < 3; request += 1) expect(errorCode(await anonymousFrom(platform, `198.51.100.${request}`))).toBeUndefined();
    expect(errorCode(await anonymousFrom(platform, '198.51.100.99'))).toBe('TOO_MANY_REQUESTS');
  });

  it('does not serve /metrics at all', async () => {
    expect((await fetch(`${platform.apiUrl}/metrics`)).status).toBe(404);
  });
});

describe('the GraphQL explorer', () => {
  const openInBrowser = (apiUrl: string) => fetch(`${apiUrl}/graphql`, { headers: { accept: 'text/html,application/xhtml+xml' } });

  it('is served in development from the api itself, naming no external host', async () => {
    const platform = await startPlatform({ config: { NODE_ENV: 'development' } });
    try {
      const response = await openInBrowser(platform.apiUrl);
      const html = await response.text();
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/text\/html/);
      expect(html).toContain('GraphQL explorer');
      expect(html).not.toMatch(/https?:\/\//);
      expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=/);
      expect(response.headers.get('content-security-policy')).toMatch(/script-src 'nonce-[^']+'; .*connect-src 'self'/);
      // The page's own requests are ordinary JSON posts.
      expect((await platform.gql(graphql(`query OperatorTypename { __typename }`))).data).toEqual({ __typename: 'Query' });
    } finally {
      await platform.close();
    }
  });

  it('is not served in production nor in tests', async () => {
    for (const NODE_ENV of ['production', 'test']) {
      const platform = await startPlatform({ config: { NODE_ENV } });
      try {
        const response = await openInBrowser(platform.apiUrl);
        const body = await response.text();
        expect(response.headers.get('content-type') ?? '').not.toMatch(/text\/html/);
        expect(body).not.toContain('explorer');
      } finally {
        await platform.close();
      }
    }
  });
});
