/**
 * The browser's session: the access token lives here, in memory only (never in storage, so a script
 * injected into the page cannot read a long-lived credential). The sign-in screens and the refresh
 * through the HttpOnly cookie (accounts issue) will set it; until then every visitor is anonymous.
 */
let accessToken: string | null = null;
const listeners = new Set<(token: string | null) => void>();

export function getAccessToken(): string | null {
  return accessToken;
}

export function setAccessToken(token: string | null): void {
  accessToken = token;
  for (const listener of listeners) listener(token);
}

export function onAccessTokenChange(listener: (token: string | null) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
