import type { LoaderFunctionArgs } from 'react-router';

export function loader({ request }: LoaderFunctionArgs) {
  const sitemap = new URL('/sitemap.xml', request.url).toString();
  // Search result pages and the API are not content to index.
  const body = ['User-agent: *', 'Disallow: /graphql', 'Disallow: /realtime', 'Disallow: /*/search', 'Allow: /', `Sitemap: ${sitemap}`, ''].join('\n');
  return new Response(body, { headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'public, max-age=3600' } });
}
