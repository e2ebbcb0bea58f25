/**
 * Member-written Markdown becomes sanitised HTML through the platform's one renderer (core), so
 * threads, replies, ideas and comments obey the same allowlist. Re-exported for advice's users.
 */
export { renderMarkdown } from '@palabre/core';
