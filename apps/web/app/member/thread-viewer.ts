import { useEffect, useSyncExternalStore } from 'react';
import { graphql } from '../graphql-member';
import type { ThreadViewerQuery } from '../graphql-member/graphql';
import { graphqlRequest } from '../lib/graphql-client';
import { nodeOf } from './node-of';

/**
 * The signed-in member's state on a thread (their role, whether they follow it, gave kudos…), and what the API lets them do there.
 * The public page is rendered signed out; this is asked in the browser once the session is known, and shared
 * by the thread's controls and each reply's through a small store.
 */
const ThreadViewer = /* @__PURE__ */ graphql(`
  query ThreadViewer($id: ID!) {
    me {
      id
    }
    isFollowing(targetId: $id)
    # Who the viewer muted, once for the page (per post it would exceed the query cost limit with 100 replies).
    mutedMembers {
      member {
        id
      }
    }
    node(id: $id) {
      ... on Thread {
        __typename
        id
        title
        body
        kind
        state
        deleted
        viewerGaveKudos
        author {
          id
        }
        revisions {
          title
          body
          editedAt
        }
        space {
          id
          community {
            id
            name
            viewerRole
          }
        }
        replies(first: 100) {
          edges {
            node {
              id
              viewerGaveKudos
              author {
                id
              }
            }
          }
        }
      }
    }
  }
`);

// What the API lets the viewer do on the thread and on each reply (and the Markdown to edit): asked beside
// ThreadViewer, whose cost with these fields for 100 replies would pass the API's query cost limit.
const ThreadReplyPermissions = /* @__PURE__ */ graphql(`
  query ThreadReplyPermissions($id: ID!) {
    node(id: $id) {
      ... on Thread {
        __typename
        id
        viewerCanEdit
        viewerCanDelete
        viewerCanModerate
        viewerCanGiveKudos
        viewerCanMuteAuthor
        viewerCanReply
        # Read by the same statement as the fields above (the write gate's per-request loader).
        space {
          community {
            viewerSuspendedUntil
          }
        }
        replies(first: 100) {
          edges {
            node {
              id
              body
              viewerCanEdit
              viewerCanDelete
            }
          }
        }
      }
    }
  }
`);

// What else the API lets the viewer do on each reply: a third small request, as each field asked for 100 replies
// costs about 500 and the two above are already near the API's query cost limit (5,000).
const ThreadReplyActions = /* @__PURE__ */ graphql(`
  query ThreadReplyActions($id: ID!) {
    node(id: $id) {
      ... on Thread {
        __typename
        replies(first: 100) {
          edges {
            node {
              id
              viewerCanAccept
              viewerCanGiveKudos
              viewerCanMuteAuthor
            }
          }
        }
      }
    }
  }
`);

type Thread = Extract<NonNullable<ThreadViewerQuery['node']>, { __typename: 'Thread' }>;
export interface ThreadViewerState {
  meId: string;
  following: boolean;
  thread: Thread;
  /** What the API lets the viewer do on the thread itself: edit and delete it (its author), moderate it, thank it. */
  canEdit: boolean;
  canGiveKudos: boolean;
  canDelete: boolean;
  canModerate: boolean;
  /** The API takes the viewer's reply here (a member, the thread neither locked nor deleted, not suspended). */
  canReply: boolean;
  /** When the viewer's suspension in this community ends (no answer box meanwhile); null when not suspended. */
  suspendedUntil: string | null;
  /** Per reply: the viewer's kudos, and what the API lets them do (with the Markdown to edit). */
  replies: Map<string, ReplyViewerState>;
  /** Who wrote the thread and each reply (by post id), and whether the viewer muted them. */
  authors: Map<string, PostAuthor>;
}

export interface ReplyViewerState {
  viewerGaveKudos: boolean;
  body: string;
  canEdit: boolean;
  canDelete: boolean;
  /** Accept it as the answer, or take that back (the question's author or a moderator, as the API says). */
  canAccept: boolean;
  canGiveKudos: boolean;
}

export interface PostAuthor {
  id: string;
  /** The API lets the viewer mute them (not themselves). */
  canMute: boolean;
  muted: boolean;
}

const states = new Map<string, ThreadViewerState | null>();
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

const inFlight = new Map<string, Promise<void>>();
const queued = new Map<string, Promise<void>>();

/**
 * Asks again. A request already running may have left before the caller's change (a follow, a kudos), so one more
 * is queued after it; callers arriving meanwhile share that queued one (the thread's and each reply's controls
 * mount together).
 */
export function reloadThreadViewer(threadId: string): Promise<void> {
  const running = inFlight.get(threadId);
  if (!running) {
    const next = load(threadId).finally(() => inFlight.delete(threadId));
    inFlight.set(threadId, next);
    return next;
  }
  let waiting = queued.get(threadId);
  if (!waiting) {
    waiting = running
      .catch(() => undefined)
      .then(() => {
        queued.delete(threadId);
        return reloadThreadViewer(threadId);
      });
    queued.set(threadId, waiting);
  }
  return waiting;
}

/** A reply shown since the state was read (e.g. after "show new replies"): the state is read again. */
export function useKnownReply(threadId: string, replyId: string, state: ThreadViewerState | null): void {
  const known = !state || state.replies.has(replyId);
  useEffect(() => {
    if (!known) void reloadThreadViewer(threadId).catch(() => undefined);
  }, [known, threadId]);
}

async function load(threadId: string): Promise<void> {
  const [data, permissions, actions] = await Promise.all([
    graphqlRequest(ThreadViewer, { id: threadId }),
    graphqlRequest(ThreadReplyPermissions, { id: threadId }),
    graphqlRequest(ThreadReplyActions, { id: threadId }),
  ]);
  const thread = nodeOf(data.node, 'Thread');
  const allowed = nodeOf(permissions.node, 'Thread');
  const own = new Map(allowed?.replies.edges.map(({ node }) => [node.id, node]) ?? []);
  const acts = new Map(nodeOf(actions.node, 'Thread')?.replies.edges.map(({ node }) => [node.id, node]) ?? []);
  const mayMute = new Map([...(allowed ? [[allowed.id, allowed.viewerCanMuteAuthor] as const] : []), ...[...acts.values()].map((node) => [node.id, node.viewerCanMuteAuthor] as const)]);
  const muted = new Set(data.mutedMembers.map((entry) => entry.member.id));
  states.set(
    threadId,
    thread && {
      meId: data.me.id,
      following: data.isFollowing,
      thread,
      canEdit: allowed?.viewerCanEdit ?? false,
      canDelete: allowed?.viewerCanDelete ?? false,
      canModerate: allowed?.viewerCanModerate ?? false,
      canGiveKudos: allowed?.viewerCanGiveKudos ?? false,
      canReply: allowed?.viewerCanReply ?? false,
      suspendedUntil: allowed?.space.community.viewerSuspendedUntil ?? null,
      replies: new Map(
        thread.replies.edges.map(({ node }) => [
          node.id,
          {
            viewerGaveKudos: node.viewerGaveKudos,
            body: own.get(node.id)?.body ?? '',
            canEdit: own.get(node.id)?.viewerCanEdit ?? false,
            canDelete: own.get(node.id)?.viewerCanDelete ?? false,
            canAccept: acts.get(node.id)?.viewerCanAccept ?? false,
            canGiveKudos: acts.get(node.id)?.viewerCanGiveKudos ?? false,
          },
        ]),
      ),
      authors: new Map(
        [{ id: thread.id, author: thread.author }, ...thread.replies.edges.map(({ node }) => node)].flatMap((post) =>
          post.author ? [[post.id, { id: post.author.id, canMute: mayMute.get(post.id) ?? false, muted: muted.has(post.author.id) }] as const] : [],
        ),
      ),
    },
  );
  notify();
}

/** The viewer's state of a thread; null until loaded (or when it is not visible). */
export function useThreadViewer(threadId: string): ThreadViewerState | null {
  const state = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => states.get(threadId) ?? null,
    () => null,
  );
  // Read again whenever a thread page shows it (the member may have acted elsewhere meanwhile); the thread's
  // controls and each reply's mount together and share one request.
  useEffect(() => {
    void reloadThreadViewer(threadId).catch(() => undefined);
  }, [threadId]);
  return state;
}
