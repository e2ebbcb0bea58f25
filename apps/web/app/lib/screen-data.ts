import { useCallback, useEffect, useState } from 'react';
import { getSession, setSession } from './session';
import { sessionReady } from './session-bootstrap';

/** An outcome said in a screen's live region. */
export interface Notice {
  text: string;
  ok: boolean;
}

/**
 * Loads a screen's data once the session is known (the member and workspace screens render in the browser only:
 * the access token lives in memory). `fail` turns an error into a notice, and ends a session the API refused.
 * `t` and `describe` must be stable (a catalogue hook's function, a module-level describer).
 */
export function useScreenData<T, K extends string>(load: () => Promise<T>, t: (key: K) => string, describe: (error: unknown) => { key: K }, signedOutKey: K) {
  const [data, setData] = useState<T | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const fail = useCallback(
    (error: unknown) => {
      const { key } = describe(error);
      if (key === signedOutKey) setSession(null);
      setNotice({ text: t(key), ok: false });
    },
    [t, describe, signedOutKey],
  );
  const reload = useCallback(() => load().then(setData, fail), [load, fail]);
  useEffect(() => {
    void sessionReady().then(() => (getSession().token ? reload() : undefined));
    // Once, when the screen opens.
  }, []);
  return { data, setData, reload, notice, setNotice, fail };
}
