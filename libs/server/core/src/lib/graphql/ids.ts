import { decodeGlobalId, toGlobalId } from '@palabre/contracts';
import { badInput } from './errors';

export { toGlobalId };

/** Decodes a global id of the expected type, or fails with BAD_USER_INPUT naming the argument. */
export function localIdOf(globalId: string, expectedType: string | readonly string[], argument = 'id'): string {
  const decoded = decodeGlobalId(globalId);
  const expected = typeof expectedType === 'string' ? [expectedType] : expectedType;
  if (!decoded || !expected.includes(decoded.typeName)) {
    throw badInput(`${argument} must be the id of a ${expected.join(' or ')}`, { argument });
  }
  return decoded.localId;
}

/** Decodes a global id of any of the given types and tells which one it is. */
export function decodeIdOf(globalId: string, allowedTypes: readonly string[], argument = 'id'): { typeName: string; localId: string } {
  const decoded = decodeGlobalId(globalId);
  if (!decoded || !allowedTypes.includes(decoded.typeName)) {
    throw badInput(`${argument} must be the id of a ${allowedTypes.join(', ')}`, { argument });
  }
  return decoded;
}
