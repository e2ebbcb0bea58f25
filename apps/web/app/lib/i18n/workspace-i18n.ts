import rosetta from 'rosetta';
import { workspaceEn, type WorkspaceKey } from './workspace-en';
import { workspaceFr } from './workspace-fr';
import { useI18n } from './i18n';

const catalogues = rosetta<Record<WorkspaceKey, string>>({ en: workspaceEn, fr: workspaceFr });

export type WorkspaceTranslate = (key: WorkspaceKey, params?: Record<string, string | number>) => string;

/** The workspace screens' translator for the page's language (their own words, off the public pages' bundle). */
export function useWorkspaceT(): WorkspaceTranslate {
  const { locale } = useI18n();
  return (key, params) => catalogues.t([key], params ?? {}, locale) || workspaceEn[key];
}
