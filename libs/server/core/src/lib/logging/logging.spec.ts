import { redactUrl } from './logging';

describe('redactUrl', () => {
  it('hides link tokens in paths and query strings, and nothing else', () => {
    expect(redactUrl('/unsubscribe/AbC_123-xyz')).toBe('/unsubscribe/[redacted]');
    expect(redactUrl('/exports/AbC_123?x=1')).toBe('/exports/[redacted]?x=1');
    expect(redactUrl('/insights/exports/AbC')).toBe('/insights/exports/[redacted]');
    expect(redactUrl('/account/reset-password?token=secret&lang=fr')).toBe('/account/reset-password?token=[redacted]&lang=fr');
    expect(redactUrl('/graphql?query=%7Bme%7D')).toBe('/graphql?query=%7Bme%7D');
    expect(redactUrl('/health/ready')).toBe('/health/ready');
  });
});
