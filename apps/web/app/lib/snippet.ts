/** A search snippet as text parts: the API escapes the text and wraps matches in <mark>; we render text nodes, never HTML. */
export interface SnippetPart {
  text: string;
  match: boolean;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

function unescape(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity] ?? entity);
}

export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const pattern = /<mark>(.*?)<\/mark>/gs;
  let last = 0;
  for (const found of snippet.matchAll(pattern)) {
    if (found.index > last) parts.push({ text: unescape(snippet.slice(last, found.index).replace(/<[^>]*>/g, '')), match: false });
    parts.push({ text: unescape(found[1].replace(/<[^>]*>/g, '')), match: true });
    last = found.index + found[0].length;
  }
  if (last < snippet.length) parts.push({ text: unescape(snippet.slice(last).replace(/<[^>]*>/g, '')), match: false });
  return parts.filter((part) => part.text !== '');
}
