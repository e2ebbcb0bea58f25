import { createContext, useContext } from 'react';

/** The CSP nonce of this response (server only; browsers hide it from the DOM, so the client reads ""). */
export const NonceContext = createContext<string | undefined>(undefined);

export function useNonce(): string | undefined {
  return useContext(NonceContext);
}
