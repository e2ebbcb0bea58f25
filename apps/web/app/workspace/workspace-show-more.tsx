import { useWorkspaceT } from '../lib/i18n/workspace-i18n';
import type { WorkspaceKey } from '../lib/i18n/workspace-en';
import { ShowMore } from '../lib/show-more';

/** "Show more" in the workspace's words: `label` names what comes, the live region says how many came. */
export function WorkspaceShowMore({ next, fetchMore, label }: { next: string | null; fetchMore: (after: string) => Promise<number>; label: WorkspaceKey }) {
  const t = useWorkspaceT();
  return <ShowMore next={next} fetchMore={fetchMore} label={t(label)} arrived={(count) => t('workspace.more.arrived', { count })} failed={t('workspace.more.failed')} />;
}
