import { Inject, Injectable } from '@nestjs/common';
import { registerEnumType } from '@nestjs/graphql';
import { parse as parseCookies } from 'cookie';
import type { NextFunction, Request, Response } from 'express';
import { allowedOriginsOf, APP_CONFIG, AppConfig, isForeignOrigin, publicUrlOf } from '@palabre/core';

/** Where a new refresh token goes. */
export enum SessionMode {
  /** In the payload's refreshToken, for scripts, apps and tests (bearer tokens, as always). */
  TOKEN = 'TOKEN',
  /** In an HttpOnly cookie the page's JavaScript cannot read; the payload's refreshToken is null. */
  COOKIE = 'COOKIE',
}

registerEnumType(SessionMode, {
  name: 'SessionMode',
  description: 'Where signIn and refreshSession put the refresh token',
  valuesMap: {
    TOKEN: { description: 'Returned in AuthPayload.refreshToken (scripts and non-browser clients)' },
    COOKIE: { description: `Set as the HttpOnly, SameSite=Strict cookie "palabre_refresh", sent only to the GraphQL endpoint; AuthPayload.refreshToken is null` },
  },
});

export const REFRESH_COOKIE = 'palabre_refresh';

/**
 * The browser's refresh token lives in a cookie: HttpOnly (no script reads it), SameSite=Strict (no other
 * site's page sends it), Secure when PUBLIC_URL is https, and limited to the GraphQL endpoint's path.
 */
@Injectable()
export class BrowserSessionCookie {
  private readonly path: string;
  private readonly secure: boolean;
  private readonly maxAgeMs: number;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const publicUrl = publicUrlOf(config);
    this.path = new URL('graphql', publicUrl.href.endsWith('/') ? publicUrl.href : `${publicUrl.href}/`).pathname;
    this.secure = publicUrl.protocol === 'https:';
    this.maxAgeMs = config.REFRESH_TOKEN_TTL_DAYS * 86_400_000;
  }

  /** Hands a new refresh token over the way asked: the value for the payload, or null when it went into the cookie. */
  deliver(response: Response, mode: SessionMode, refreshToken: string): string | null {
    if (mode === SessionMode.TOKEN) return refreshToken;
    response.cookie(REFRESH_COOKIE, refreshToken, { httpOnly: true, sameSite: 'strict', secure: this.secure, path: this.path, maxAge: this.maxAgeMs });
    return null;
  }

  read(request: Request): string | null {
    const header = request.headers.cookie;
    if (!header) return null;
    const value = parseCookies(header)[REFRESH_COOKIE];
    return value && value.length <= 200 ? value : null;
  }

  clear(response: Response): void {
    response.clearCookie(REFRESH_COOKIE, { httpOnly: true, sameSite: 'strict', secure: this.secure, path: this.path });
  }
}

/**
 * A request that carries the refresh cookie from a page of a foreign origin is refused before GraphQL sees it
 * (403, FORBIDDEN), on top of SameSite=Strict and Apollo's CSRF prevention: a browser sends `Origin` on every
 * cross-origin request and on every POST. Requests without the cookie, or without Origin (scripts), pass.
 */
export function refuseCookieFromForeignOrigin(config: AppConfig) {
  const allowed = allowedOriginsOf(config);
  return (request: Request, response: Response, next: NextFunction): void => {
    const cookies = request.headers.cookie;
    if (!cookies || !cookies.includes(REFRESH_COOKIE) || !isForeignOrigin(allowed, request.headers.origin)) {
      next();
      return;
    }
    if (parseCookies(cookies)[REFRESH_COOKIE] === undefined) {
      next();
      return;
    }
    response
      .status(403)
      .type('application/json')
      .send(JSON.stringify({ errors: [{ message: 'This request comes from a page of another site; it was refused', extensions: { code: 'FORBIDDEN' } }] }));
  };
}
