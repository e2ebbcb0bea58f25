/** Placeholder until the live module lands: renders the polite live region the live replies will fill. */
export function NewRepliesBar(_: { threadId: string; knownReplyIds: string[] }) {
  return <div aria-live="polite" className="live-region" />;
}
