import { useSyncExternalStore } from 'react';

/**
 * The browser's session: the access token lives here, in memory only (never in storage, so a script
 * injected into the page cannot read a long-lived credential). The refresh token is the HttpOnly cookie
 * `palabre_refresh`, which only /graphql sees; lib/session-bootstrap.ts trades it for an access token.
 */
export interface SessionState {
  /** False until the first refresh answered: the header waits before offering "Sign in". */
  known: boolean;
  token: string | null;
  handle: string | null;
}

let state: SessionState = { known: false, token: null, handle: null };
const listeners = new Set<() => void>();
const SIGNED_OUT: SessionState = { known: false, token: null, handle: null };

export function getSession(): SessionState {
  return state;
}

export function setSession(next: { token: string; handle: string } | null): void {
  state = next ? { known: true, ...next } : { known: true, token: null, handle: null };
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The session for components; the server render always sees an unknown, signed-out session. */
export function useSession(): SessionState {
  return useSyncExternalStore(subscribe, getSession, () => SIGNED_OUT);
}

export function getAccessToken(): string | null {
  return state.token;
}

export function onAccessTokenChange(listener: (token: string | null) => void): () => void {
  let last = state.token;
  return subscribe(() => {
    if (state.token !== last) listener((last = state.token));
  });
}
