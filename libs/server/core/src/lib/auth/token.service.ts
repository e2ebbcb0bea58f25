import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createSecretKey } from 'node:crypto';
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
    try {
      const claims = this.jwt.verify<AccessTokenClaims & { exp: number }>(token, { clockTimestamp: Math.floor(now.getTime() / 1000) });
      if (claims.typ !== 'access' || typeof claims.sub !== 'string' || typeof claims.sid !== 'string') return null;
      return { memberId: claims.sub, sessionId: claims.sid };
    } catch {
      return null;
    }
  }
}

/** Members registers the implementation: is this session still active (not signed out or revoked)? */
export abstract class SessionValidator {
  abstract isActive(sessionId: string, memberId: string): Promise<boolean>;
}
