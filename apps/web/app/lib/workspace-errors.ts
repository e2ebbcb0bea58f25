import { ApiError } from './graphql-client';
import type { WorkspaceKey } from './i18n/workspace-en';

/** The one table from the API's codes to the workspace catalogues; `field` is where the message goes, null for the whole item. */
const MESSAGES: Record<string, { key: WorkspaceKey; field: string | null }> = {
  BAD_USER_INPUT: { key: 'workspace.error.badInput', field: null },
  CONFLICT: { key: 'workspace.error.claimedByOther', field: null },
  FORBIDDEN: { key: 'workspace.error.forbidden', field: null },
  NOT_FOUND: { key: 'workspace.error.notFound', field: null },
  UNAUTHENTICATED: { key: 'workspace.error.signedOut', field: null },
  TOO_MANY_REQUESTS: { key: 'workspace.error.tooMany', field: null },
};

/**
 * What an error says and where it goes. `conflictField` names the field a CONFLICT is about on this form
 * (a template title already taken); elsewhere a CONFLICT is another moderator's claim.
 */
export function describeWorkspaceError(error: unknown, conflictField: 'title' | null = null): { key: WorkspaceKey; field: string | null } {
  if (!(error instanceof ApiError)) return { key: 'workspace.error.generic', field: null };
  const fields = error.fields.map((field) => field.replace(/^input\./, ''));
  if (error.code === 'BAD_USER_INPUT' && fields.includes('reason')) return { key: 'workspace.error.reasonShort', field: 'reason' };
  if (error.code === 'BAD_USER_INPUT' && fields.includes('title')) return { key: 'workspace.error.titleInvalid', field: 'title' };
  if (error.code === 'CONFLICT' && conflictField) return { key: 'workspace.error.titleTaken', field: conflictField };
  return MESSAGES[error.code] ?? { key: 'workspace.error.generic', field: null };
}
