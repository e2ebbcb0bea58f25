import { ConfigError, loadConfig } from './config';

const SECRET = 'a-secret-of-at-least-thirty-two-characters';

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    const config = loadConfig({ AUTH_SECRET: SECRET });
    expect(config).toMatchObject({ DATA_DIR: '.data', EMBEDDED_PG_PORT: 54329, WEB_PORT: 3000, API_PORT: 3100, GATEWAY_PORT: 3101 });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.REDIS_URL).toBeUndefined();
  });

  it('stops with a message naming each bad variable and what is expected', () => {
    let error: unknown;
    try {
      loadConfig({ AUTH_SECRET: 'short', API_PORT: 'eighty', DATABASE_URL: 'mysql://localhost/db' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect(message).toMatch(/AUTH_SECRET: must be at least 32 characters/);
    expect(message).toMatch(/API_PORT: .*\(got "eighty"\)/);
    expect(message).toMatch(/DATABASE_URL: must be a URL starting with postgres:\/\/ or postgresql:\/\//);
    // Secrets are never echoed back.
    expect(message).not.toContain('"short"');
  });

  it('requires AUTH_SECRET', () => {
    expect(() => loadConfig({})).toThrow(/AUTH_SECRET: .*it is not set/);
  });

  it('reads TRUST_PROXY as Express expects it, defaulting to loopback', () => {
    expect(loadConfig({ AUTH_SECRET: SECRET }).TRUST_PROXY).toBe('loopback');
    expect(loadConfig({ AUTH_SECRET: SECRET, TRUST_PROXY: 'false' }).TRUST_PROXY).toBe(false);
    expect(loadConfig({ AUTH_SECRET: SECRET, TRUST_PROXY: 'true' }).TRUST_PROXY).toBe(true);
    expect(loadConfig({ AUTH_SECRET: SECRET, TRUST_PROXY: '2' }).TRUST_PROXY).toBe(2);
    expect(loadConfig({ AUTH_SECRET: SECRET, TRUST_PROXY: 'loopback, 10.0.0.0/8' }).TRUST_PROXY).toBe('loopback, 10.0.0.0/8');
  });

  it('keeps /metrics closed unless METRICS_TOKEN is set, and never echoes a short token back', () => {
    expect(loadConfig({ AUTH_SECRET: SECRET }).METRICS_TOKEN).toBeUndefined();
    expect(loadConfig({ AUTH_SECRET: SECRET, METRICS_TOKEN: '' }).METRICS_TOKEN).toBeUndefined();
    expect(() => loadConfig({ AUTH_SECRET: SECRET, METRICS_TOKEN: 'short-one' })).toThrow(/METRICS_TOKEN: must be at least 16 characters \(got "\*\*\*"\)/);
  });
});
