import { useState } from 'react';
import { useMemberT } from '../lib/i18n/member-i18n';
import { describeMemberError } from './member-errors';

/** A button's action: one at a time, and the API's refusal as a message next to it (role=alert). */
export function useAction() {
  const t = useMemberT();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (action: () => Promise<unknown>) => {
    setPending(true);
    setError(null);
    try {
      await action();
    } catch (caught) {
      setError(t(describeMemberError(caught).key));
    } finally {
      setPending(false);
    }
  };
  return { pending, error, run };
}
