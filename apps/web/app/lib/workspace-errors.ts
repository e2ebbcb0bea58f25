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

export function describeWorkspaceError(error: unknown): { key: WorkspaceKey; field: string | null } {
  if (!(error instanceof ApiError)) return { key: 'workspace.error.generic', field: null };
  if (error.code === 'BAD_USER_INPUT' && error.fields.some((field) => field.replace(/^input\./, '') === 'reason')) return { key: 'workspace.error.reasonShort', field: 'reason' };
  return MESSAGES[error.code] ?? { key: 'workspace.error.generic', field: null };
}
