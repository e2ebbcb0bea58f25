import { type RouteConfig, index, route } from '@react-router/dev/routes';

/** The URL map, read at a glance: public pages first, then the documents for crawlers and feed readers. */
export default [
  index('routes/home.tsx'),
  route('c/:community', 'routes/community.tsx'),
  route('c/:community/s/:space', 'routes/space.tsx'),
  route('c/:community/ideas/:space', 'routes/idea-board.tsx'),
  route('c/:community/ideas/:space/calendar', 'routes/review-calendar.tsx'),
  route('c/:community/s/:space/feed.xml', 'routes/space-feed.ts'),
  route('c/:community/ideas/:space/feed.xml', 'routes/idea-status-feed.ts'),
  route('c/:community/t/:thread', 'routes/thread.tsx'),
  route('c/:community/i/:idea', 'routes/idea.tsx'),
  route('c/:community/search', 'routes/search.tsx'),
  route('robots.txt', 'routes/robots.ts'),
  route('sitemap.xml', 'routes/sitemap.ts'),
] satisfies RouteConfig;
