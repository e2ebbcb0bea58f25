import type { MetaDescriptor } from 'react-router';

/** Title, description, canonical URL and Open Graph tags of a public page. */
export function pageMeta(input: { title: string; description: string; url: string; type?: 'website' | 'article'; locale: string }): MetaDescriptor[] {
  const description = input.description.replace(/\s+/g, ' ').trim().slice(0, 200);
  return [
    { title: `${input.title} · Palabre` },
    { name: 'description', content: description },
    { tagName: 'link', rel: 'canonical', href: input.url },
    { property: 'og:title', content: input.title },
    { property: 'og:description', content: description },
    { property: 'og:url', content: input.url },
    { property: 'og:type', content: input.type ?? 'website' },
    { property: 'og:site_name', content: 'Palabre' },
    { property: 'og:locale', content: input.locale === 'fr' ? 'fr_FR' : 'en_GB' },
  ];
}

/** The public origin of this request (behind a proxy, X-Forwarded-Proto/Host as trusted by the web server). */
export function canonical(request: Request, path: string): string {
  return new URL(path, request.url).toString();
}
