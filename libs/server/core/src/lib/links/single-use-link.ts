import { createHash, randomBytes } from 'node:crypto';
import type { TokenService } from '../auth/token.service';

/**
 * Single-use download links (data exports, co-creation exports): the token is the capability,
 * shown once; only its SHA-256 is stored, so a database leak does not leak working links.
 */
export const newSingleUseToken = (): string => randomBytes(32).toString('base64url');

export const hashSingleUseToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** Cheap shape check before any lookup (a base64url token of a sensible length). */
export const isSingleUseTokenShaped = (token: string): boolean => /^[A-Za-z0-9_-]{20,100}$/.test(token);

/**
 * Who presents a link: null without a bearer (a plain browser download); the member behind a valid
 * bearer; 'unknown-caller' for a bearer that proves nobody (the link then is not theirs).
 */
export function linkCallerOf(tokens: TokenService, authorization: string | undefined, now: Date): string | null {
  const match = authorization ? /^Bearer\s+(\S+)$/i.exec(authorization) : null;
  if (!match) return null;
  return tokens.verifyAccessToken(match[1], now)?.memberId ?? 'unknown-caller';
}
