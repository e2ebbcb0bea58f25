import { redactUrl, requestSerializer } from './logging';

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

describe('requestSerializer', () => {
  const request = { id: 'r1', method: 'POST', url: '/unsubscribe/secret', headers: { authorization: 'Bearer x', cookie: 'a=b' }, params: { 0: 'secret' } };

  it('shows only id, method and redacted URL at warn level and above (no headers copied)', () => {
    for (const level of ['warn', 'error', 'fatal', 'silent']) {
      const serializer = requestSerializer(level);
      expect(serializer.wrapSerializers).toBe(false);
      // Nothing a redaction path names is left to redact.
      expect(serializer.redact).toBeUndefined();
      expect(serializer.req({ ...request })).toEqual({ id: 'r1', method: 'POST', url: '/unsubscribe/[redacted]' });
    }
  });

  it('keeps the full request (headers redacted by pino) at info and below', () => {
    const serializer = requestSerializer('info');
    expect(serializer.wrapSerializers).toBe(true);
    expect(serializer.redact).toEqual(['req.headers.authorization', 'req.headers.cookie', 'req.query.token', 'req.params.token']);
    expect(serializer.req({ ...request })).toMatchObject({ url: '/unsubscribe/[redacted]', params: undefined });
  });
});
