/** Atom 1.0 documents for feed readers: follow a space or idea statuses without giving an email. */
export interface AtomEntry {
  id: string;
  title: string;
  url: string;
  updated: string;
  author?: string | null;
  summary: string;
}

const escapeXml = (text: string) => text.replace(/[<>&'"]/g, (char) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[char]!);

export function atomFeed(feed: { id: string; title: string; url: string; selfUrl: string; entries: AtomEntry[] }): string {
  const updated = feed.entries.reduce((latest, entry) => (entry.updated > latest ? entry.updated : latest), '1970-01-01T00:00:00.000Z');
  const entries = feed.entries
    .map(
      (entry) => `  <entry>
    <id>${escapeXml(entry.id)}</id>
    <title>${escapeXml(entry.title)}</title>
    <link href="${escapeXml(entry.url)}"/>
    <updated>${escapeXml(entry.updated)}</updated>
    <author><name>${escapeXml(entry.author ?? 'Palabre')}</name></author>
    <summary>${escapeXml(entry.summary)}</summary>
  </entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${escapeXml(feed.id)}</id>
  <title>${escapeXml(feed.title)}</title>
  <link href="${escapeXml(feed.url)}"/>
  <link rel="self" href="${escapeXml(feed.selfUrl)}"/>
  <updated>${updated}</updated>
${entries}
</feed>
`;
}

export function xmlResponse(body: string, type = 'application/atom+xml'): Response {
  return new Response(body, { headers: { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'public, max-age=300' } });
}
