/**
 * Opaque global ids: base64url("Type:localId"). Clients must treat them as opaque;
 * the server decodes them to find the type for `node(id:)`.
 */
export function toGlobalId(typeName: string, localId: string): string {
  return Buffer.from(`${typeName}:${localId}`, 'utf8').toString('base64url');
}

export interface DecodedGlobalId {
  typeName: string;
  localId: string;
}

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Returns null for anything that is not a well-formed global id with a UUID local part. */
export function decodeGlobalId(globalId: string): DecodedGlobalId | null {
  if (typeof globalId !== 'string' || globalId.length === 0 || globalId.length > 200) return null;
  if (!/^[A-Za-z0-9_-]+$/.test(globalId)) return null;
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const separator = decoded.indexOf(':');
  if (separator <= 0) return null;
  const typeName = decoded.slice(0, separator);
  const localId = decoded.slice(separator + 1);
  if (!/^[A-Za-z]+$/.test(typeName) || !UUID_PATTERN.test(localId)) return null;
  return { typeName, localId: localId.toLowerCase() };
}
