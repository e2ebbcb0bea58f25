import type { AppConfig } from '../config/config';

/** Where people open Palabre (the web client, which proxies /graphql and /realtime on its own origin). */
export const DEFAULT_PUBLIC_URL = 'http://localhost:3000';

export function publicUrlOf(config: AppConfig): URL {
  return new URL(config.PUBLIC_URL ?? DEFAULT_PUBLIC_URL);
}

/** Origins a browser may act from with a member's cookie or open a socket from: PUBLIC_URL's and CORS_ORIGINS. */
export function allowedOriginsOf(config: AppConfig): ReadonlySet<string> {
  const origins = new Set<string>([publicUrlOf(config).origin]);
  for (const origin of config.CORS_ORIGINS) {
    try {
      origins.add(new URL(origin).origin);
    } catch {
      origins.add(origin);
    }
  }
  return origins;
}

/**
 * A browser names the page's origin in `Origin` on every cross-origin request and on same-origin POSTs.
 * No header means a non-browser client (a script, curl), which no page can steer: allowed. "null" (sandboxed
 * frames, file: pages, some redirects) is foreign.
 */
export function isForeignOrigin(allowed: ReadonlySet<string>, origin: string | string[] | undefined): boolean {
  if (origin === undefined) return false;
  const value = Array.isArray(origin) ? origin[0] : origin;
  return !allowed.has(value);
}
