import Bowser from 'bowser';

export const UNKNOWN_DEVICE = 'Unknown device';
const MAX_LABEL = 80;

/**
 * "Firefox on Linux", "Safari on iOS (mobile)": enough for a member to recognise a session, derived from the
 * user agent with bowser (maintained, MIT, no native code). Only this label is stored, never the user agent.
 * Scripts and clients that no parser knows get "Unknown device", or their product name ("curl").
 */
export function deviceLabelOf(userAgent: string | null | undefined): string {
  const agent = (userAgent ?? '').slice(0, 512).trim();
  if (!agent) return UNKNOWN_DEVICE;
  const parsed = Bowser.parse(agent);
  const browser = parsed.browser.name?.trim();
  const system = parsed.os.name?.trim();
  const kind = parsed.platform.type === 'mobile' || parsed.platform.type === 'tablet' ? ` (${parsed.platform.type})` : '';
  if (browser && system) return `${browser} on ${system}${kind}`.slice(0, MAX_LABEL);
  if (browser || system) return `${browser || system}${kind}`.slice(0, MAX_LABEL);
  // A product token such as "curl/8.5.0" or "node": its name only, never versions or comments.
  const product = /^([A-Za-z][A-Za-z0-9._-]{0,30})(?:\/|$)/.exec(agent)?.[1];
  return product ? product : UNKNOWN_DEVICE;
}
