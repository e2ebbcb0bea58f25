import { type RouteConfig, index, route } from '@react-router/dev/routes';

/** The URL map, read at a glance: public pages first, then the documents for crawlers and feed readers. */
export default [
  index('routes/home.tsx'),
  route('c/:community', 'routes/community.tsx'),
  route('c/:community/s/:space', 'routes/space.tsx'),
  route('c/:community/ideas/:space', 'routes/idea-board.tsx'),
  route('c/:community/ideas/:space/calendar', 'routes/review-calendar.tsx'),
  route('c/:community/ideas/:space/roadmap', 'member/routes/roadmap.tsx'),
  route('c/:community/s/:space/feed.xml', 'routes/space-feed.ts'),
  route('c/:community/ideas/:space/feed.xml', 'routes/idea-status-feed.ts'),
  route('c/:community/t/:thread', 'routes/thread.tsx'),
  // Member screens: the public shell is rendered on the server, the form after the session bootstrap.
  route('c/:community/s/:space/ask', 'member/routes/ask.tsx'),
  route('c/:community/ideas/:space/propose', 'member/routes/propose.tsx'),
  route('c/:community/i/:idea', 'routes/idea.tsx'),
  route('c/:community/search', 'routes/search.tsx'),
  route('members/:handle', 'routes/member-profile.tsx'),
  // Account screens: rendered in the browser after the session bootstrap, each its own chunk (no public page loads them).
  route('account/sign-in', 'routes/account/sign-in.tsx'),
  route('account/sign-up', 'routes/account/sign-up.tsx'),
  route('account/verify-email', 'routes/account/verify-email.tsx'),
  route('account/confirm-email', 'routes/account/confirm-email.tsx'),
  route('account/forgot-password', 'routes/account/forgot-password.tsx'),
  route('account/reset-password', 'routes/account/reset-password.tsx'),
  route('account/sessions', 'routes/account/sessions.tsx'),
  // The member's own screens (journeys 6–9): rendered in the browser after the session bootstrap, lazy chunks.
  route('me', 'me/index.ts'),
  route('me/notifications', 'me/notifications.tsx'),
  route('me/settings', 'me/settings.tsx'),
  route('me/consents', 'me/consents.tsx'),
  route('me/data', 'me/data.tsx'),
  route('me/profile', 'me/profile.tsx'),
  route('me/email', 'me/email.tsx'),
  route('me/password', 'me/password.tsx'),
  // Workspaces of moderators and brand teams: rendered in the browser after the session bootstrap; the API decides who may use them.
  route('c/:community/workspace/moderation', 'workspace/moderation-queue.tsx'),
  route('c/:community/workspace/appeals', 'workspace/appeals.tsx'),
  route('c/:community/workspace/audit', 'workspace/audit-log.tsx'),
  route('c/:community/workspace/members/:member', 'workspace/member-history.tsx'),
  // The brand team's workspace (issue 17): lazy screens rendered after the session bootstrap; the API decides who may act.
  route('c/:community/brand/ideas', 'brand/triage.tsx'),
  route('c/:community/brand/insights', 'brand/insights.tsx'),
  route('c/:community/brand/follow-up', 'brand/follow-up.tsx'),
  route('c/:community/settings', 'brand/settings.tsx'),
  route('robots.txt', 'routes/robots.ts'),
  route('sitemap.xml', 'routes/sitemap.ts'),
] satisfies RouteConfig;
