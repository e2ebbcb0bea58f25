import { graphql } from '../graphql-account';
import { graphqlRequest } from './graphql-client';
import { getSession, setSession } from './session';
import { keepMediaSession } from './uploads';

const RefreshSession = /* @__PURE__ */ graphql(`
  mutation RefreshSession {
    refreshSession {
      accessToken
      member {
        handle
      }
    }
  }
`);

const SignOut = /* @__PURE__ */ graphql(`
  mutation SignOut {
    signOut
  }
`);

let timer: ReturnType<typeof setTimeout> | undefined;
let started: Promise<void> | undefined;
// Counts sign-ins in this page: a refresh that fails after a sign-in it started before (the first refresh of a page
// racing the verification link's or the sign-in form's answer) must not sign the member out again.
let signIns = 0;

/** Seconds until the JWT expires (its `exp` claim); a token we cannot read is refreshed after 4 minutes. */
function secondsLeft(token: string): number {
  try {
    const claims = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))) as { exp?: number };
    if (claims.exp) return claims.exp - Date.now() / 1000;
  } catch {
    // not a JWT: fall through
  }
  return 240;
}

/** Keeps the session: stores the token and refreshes it a minute before it expires. */
export function signedIn(payload: { accessToken: string; member: { handle: string } }): void {
  signIns += 1;
  setSession({ token: payload.accessToken, handle: payload.member.handle });
  clearTimeout(timer);
  timer = setTimeout(() => void refresh(), Math.max(10, secondsLeft(payload.accessToken) - 60) * 1000);
}

/**
 * Trades the refresh cookie (rotated by the API) for an access token; no cookie or an ended session
 * means signed out. One refresh at a time: the API revokes a session whose refresh token is used twice.
 */
function refresh(): Promise<void> {
  const run = () => {
    const signInsBefore = signIns;
    return graphqlRequest(RefreshSession, {}).then(
      (data) => signedIn(data.refreshSession),
      () => {
        if (signIns === signInsBefore) setSession(null);
      },
    );
  };
  // Tabs of this site share the cookie: two refreshes at once would present the same token twice and end the
  // session. A Web Lock makes them take turns, so each sends the cookie the previous one just rotated.
  return typeof navigator !== 'undefined' && navigator.locks ? navigator.locks.request('palabre-refresh', run) : run();
}

/** Called once after hydration: learns whether this browser is signed in. */
export function startSession(): Promise<void> {
  // <img> tags of private communities' photos read the media cookie, which follows the access token.
  keepMediaSession();
  started ??= refresh();
  return started;
}

/** Resolves once the first refresh answered (account screens wait for it before asking for `me`). */
export function sessionReady(): Promise<void> {
  return getSession().known ? Promise.resolve() : startSession();
}

export async function signOut(): Promise<void> {
  clearTimeout(timer);
  await graphqlRequest(SignOut, {}).catch(() => undefined);
  setSession(null);
}
