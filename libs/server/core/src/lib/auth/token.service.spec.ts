import type { AppConfig } from '../config/config';
import { TokenService } from './token.service';

const config = { AUTH_SECRET: 'x'.repeat(48), ACCESS_TOKEN_TTL_SECONDS: 900 } as AppConfig;
const actor = { memberId: '00000000-0000-4000-8000-000000000001', sessionId: '00000000-0000-4000-8000-000000000002' };
const at = (seconds: number) => new Date(Date.UTC(2026, 0, 1) + seconds * 1000);

describe('TokenService', () => {
  it('verifies a token once, then answers from memory with the same rules (expiry checked on every use)', () => {
    const tokens = new TokenService(config);
    const token = tokens.issueAccessToken(actor, at(0));
    expect(tokens.verifyAccessToken(token, at(1))).toEqual(actor);
    expect(tokens.verifyAccessToken(token, at(899))).toEqual(actor);
    expect(tokens.verifyAccessToken(token, at(900))).toBeNull();
  });

  it('refuses forged and expired tokens, and does not remember them', () => {
    const tokens = new TokenService(config);
    const other = new TokenService({ ...config, AUTH_SECRET: 'y'.repeat(48) });
    const forged = other.issueAccessToken(actor, at(0));
    expect(tokens.verifyAccessToken(forged, at(1))).toBeNull();
    expect(tokens.verifyAccessToken(forged, at(1))).toBeNull();
    const expired = tokens.issueAccessToken(actor, at(0));
    expect(tokens.verifyAccessToken(expired, at(1000))).toBeNull();
    const token = tokens.issueAccessToken(actor, at(0));
    const [head, claims, signature] = token.split('.');
    expect(tokens.verifyAccessToken(`${head}.${claims}.${signature.slice(0, -2)}AA`, at(1))).toBeNull();
  });

  it('gives each caller its own actor object', () => {
    const tokens = new TokenService(config);
    const token = tokens.issueAccessToken(actor, at(0));
    const first = tokens.verifyAccessToken(token, at(1));
    first!.memberId = 'changed';
    expect(tokens.verifyAccessToken(token, at(2))).toEqual(actor);
  });
});
