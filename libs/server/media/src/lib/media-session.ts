import { Inject, Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { parse as parseCookies } from 'cookie';
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'express';
import { Actor, APP_CONFIG, AppConfig, Clock, publicUrlOf, SessionValidator, TokenService } from '@palabre/core';

export const MEDIA_COOKIE = 'palabre_media';
/** A day; the session behind it is checked on every image, so signing out or a revocation ends it at once. */
const MEDIA_SESSION_SECONDS = 24 * 3600;

/**
 * `<img>` cannot send a bearer token, so private images are read with a cookie: HttpOnly, SameSite=Lax
 * (images embedded by our own pages only), limited to /media, signed (HMAC of AUTH_SECRET) and bound to
 * the member's session, which must still be active when an image is asked for.
 */
@Injectable()
export class MediaSessions {
  private readonly secure: boolean;
  private sessionValidator: SessionValidator | null | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tokens: TokenService,
    private readonly clock: Clock,
    private readonly moduleRef: ModuleRef,
  ) {
    this.secure = publicUrlOf(config).protocol === 'https:';
  }

  /** The member behind a valid, active bearer token (Authorization header), or null. */
  async bearerActor(authorization: string | undefined): Promise<Actor | null> {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
    const actor = token ? this.tokens.verifyAccessToken(token, this.clock.now()) : null;
    return actor && (await this.isActive(actor)) ? actor : null;
  }

  open(response: Response, actor: Actor): void {
    const expires = Math.floor(this.clock.now().getTime() / 1000) + MEDIA_SESSION_SECONDS;
    const payload = `${actor.memberId}.${actor.sessionId}.${expires}`;
    response.cookie(MEDIA_COOKIE, `${payload}.${this.sign(payload)}`, { httpOnly: true, sameSite: 'lax', secure: this.secure, path: '/media', maxAge: MEDIA_SESSION_SECONDS * 1000 });
  }

  close(response: Response): void {
    response.clearCookie(MEDIA_COOKIE, { httpOnly: true, sameSite: 'lax', secure: this.secure, path: '/media' });
  }

  /** Who reads an image: the media cookie's member, or a bearer token's (scripts, tests); null when anonymous. */
  async viewerOf(request: Request): Promise<string | null> {
    const bearer = await this.bearerActor(request.headers.authorization);
    if (bearer) return bearer.memberId;
    const value = request.headers.cookie ? parseCookies(request.headers.cookie)[MEDIA_COOKIE] : undefined;
    const parts = value && value.length <= 300 ? value.split('.') : [];
    if (parts.length !== 4) return null;
    const [memberId, sessionId, expires, signature] = parts;
    const expected = Buffer.from(this.sign(`${memberId}.${sessionId}.${expires}`));
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    if (Number(expires) * 1000 <= this.clock.now().getTime()) return null;
    return (await this.isActive({ memberId, sessionId })) ? memberId : null;
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.config.AUTH_SECRET).update(`media-session:${payload}`).digest('base64url');
  }

  private async isActive(actor: Actor): Promise<boolean> {
    if (this.sessionValidator === undefined) {
      try {
        this.sessionValidator = this.moduleRef.get(SessionValidator, { strict: false });
      } catch {
        this.sessionValidator = null;
      }
    }
    return this.sessionValidator ? this.sessionValidator.isActive(actor.sessionId, actor.memberId) : true;
  }
}
