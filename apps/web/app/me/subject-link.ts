/**
 * Where a notification leads: its subject's global id decoded (ids stay opaque elsewhere; this only reads the
 * node type) and the community's slug. Threads and ideas have a page; other subjects (a reply, a member) have
 * none the API lets us build from the notification alone (a reply's thread is looked up when opened).
 */
export function subjectPath(subjectId: string | null | undefined, communitySlug: string | null | undefined): string | null {
  if (!subjectId || !communitySlug) return null;
  const type = subjectType(subjectId);
  const slug = encodeURIComponent(communitySlug);
  if (type === 'Thread') return `/c/${slug}/t/${subjectId}`;
  if (type === 'Idea') return `/c/${slug}/i/${subjectId}`;
  return null;
}

/** The node type named by a global id (base64url of `Type:localId`), or '' when it is not one. */
export function subjectType(subjectId: string): string {
  try {
    return atob(subjectId.replace(/-/g, '+').replace(/_/g, '/')).split(':')[0];
  } catch {
    return '';
  }
}
