/** The `@prefix` being typed right before the cursor, as the API's mention rule sees a handle start. */
export function mentionAt(text: string, cursor: number): { start: number; prefix: string } | null {
  const match = /(^|[^\w@./-])@([A-Za-z0-9_-]{1,30})$/.exec(text.slice(0, cursor));
  return match ? { start: cursor - match[2].length - 1, prefix: match[2] } : null;
}
