import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createSecretKey } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { APP_CONFIG, AppConfig } from '../config/config';
import type { Actor } from '../context/request-context';

interface AccessTokenClaims {
  sub: string;
  sid: string;
  typ: 'access';
}

/** Short-lived signed access tokens, verified by the api and the gateway alike. */
@Injectable()
export class TokenService {
  private readonly jwt: JwtService;
  /**
   * Tokens already verified, with what they say and when they expire: a member sends the same token with
   * every request until it expires, and its signature check was ~5% of a signed-in request's CPU. Only the
   * signature check is spared: expiry is checked against the clock on every use, and whether the session is
   * still active (sign-out, revocation) is checked apart, on every request (SessionValidator).
   */
  private readonly verified = new LRUCache<string, { actor: Actor; expiresAt: number }>({ max: 10_000 });

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    // A KeyObject, not the string: given a string, jsonwebtoken first tries (and fails) to parse it as a
    // public key on every verification, which cost more than the signature check itself.
    this.jwt = new JwtService({ secret: createSecretKey(Buffer.from(config.AUTH_SECRET, 'utf8')), signOptions: { algorithm: 'HS256', issuer: 'palabre' }, verifyOptions: { algorithms: ['HS256'], issuer: 'palabre' } });
  }

  issueAccessToken(actor: Actor, now: Date): string {
    const issuedAt = Math.floor(now.getTime() / 1000);
    const claims: AccessTokenClaims & { iat: number; exp: number } = {
      sub: actor.memberId,
      sid: actor.sessionId,
      typ: 'access',
      iat: issuedAt,
      exp: issuedAt + this.config.ACCESS_TOKEN_TTL_SECONDS,
    };
    return this.jwt.sign(claims);
  }

  /** The actor a token speaks for, or null when it is malformed, forged or expired. */
  verifyAccessToken(token: string, now: Date): Actor | null {
    const seconds = Math.floor(now.getTime() / 1000);
    const known = this.verified.get(token);
    // jsonwebtoken refuses a token once clockTimestamp >= exp: the same rule here.
    if (known) return seconds < known.expiresAt ? { ...known.actor } : null;
    try {
      const claims = this.jwt.verify<AccessTokenClaims & { exp: number }>(token, { clockTimestamp: seconds });
      if (claims.typ !== 'access' || typeof claims.sub !== 'string' || typeof claims.sid !== 'string') return null;
      const actor = { memberId: claims.sub, sessionId: claims.sid };
      if (typeof claims.exp === 'number') this.verified.set(token, { actor, expiresAt: claims.exp });
      return { ...actor };
    } catch {
      return null;
    }
  }
}

/** Members registers the implementation: is this session still active (not signed out or revoked)? */
export abstract class SessionValidator {
  abstract isActive(sessionId: string, memberId: string): Promise<boolean>;
}
