import { useEffect, useState } from 'react';
import { getSession, useSession } from '../lib/session';
import { sessionReady } from '../lib/session-bootstrap';

/**
 * The signed-in state for member controls: `checking` until the session bootstrap answered, then the member's
 * handle or null. Controls render only in the browser, after the bootstrap; the server render stays public.
 */
export function useViewer(): { checking: boolean; handle: string | null } {
  const session = useSession();
  const [ready, setReady] = useState(getSession().known);
  useEffect(() => {
    void sessionReady().then(() => setReady(true));
  }, []);
  return { checking: !ready || !session.known, handle: session.token ? session.handle : null };
}
