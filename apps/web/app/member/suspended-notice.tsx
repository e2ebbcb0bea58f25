import { useI18n } from '../lib/i18n/i18n';
import { useMemberT } from '../lib/i18n/member-i18n';

/**
 * Says why the composer and the reply, support and kudos buttons are missing: the API answers the viewer's
 * suspension here (Community.viewerSuspendedUntil) and its viewerCan* fields are false meanwhile.
 */
export function SuspendedNotice({ until }: { until: string }) {
  const t = useMemberT();
  const i18n = useI18n();
  return (
    <p className="panel" role="status">
      {t('suspended.notice', { until: i18n.dateTime(until) })}
    </p>
  );
}
