import { deviceLabelOf, UNKNOWN_DEVICE } from './device-label';

describe('deviceLabelOf', () => {
  it('names the browser and the system of a browser user agent', () => {
    expect(deviceLabelOf('Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0')).toBe('Firefox on Linux');
    expect(deviceLabelOf('Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1')).toBe(
      'Safari on iOS (mobile)',
    );
  });

  it('keeps only the product name of a script (no version, no comment), and nothing of an empty agent', () => {
    expect(deviceLabelOf('curl/8.5.0 (x86_64-pc-linux-gnu) secret-thing')).toBe('curl on Linux');
    expect(deviceLabelOf('my-sync-tool/2.1 (build 7781; user 42)')).toBe('my-sync-tool');
    expect(deviceLabelOf('node')).toBe('node');
    expect(deviceLabelOf(null)).toBe(UNKNOWN_DEVICE);
    expect(deviceLabelOf('  ')).toBe(UNKNOWN_DEVICE);
    expect(deviceLabelOf('(((')).toBe(UNKNOWN_DEVICE);
  });
});
