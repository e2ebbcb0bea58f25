import { useEffect, useSyncExternalStore } from 'react';
import { useRevalidator } from 'react-router';
import { graphql } from '../graphql-member';
import type { IdeaCommentsViewerQuery } from '../graphql-member/graphql';
import { graphqlRequest } from '../lib/graphql-client';
import { nodeOf } from './node-of';
import { OwnPostControls } from './own-post-controls';

/**
 * What the signed-in member may do with each comment of an idea, as the API says (viewerCanEdit, viewerCanDelete).
 * The public page is rendered signed out: this is asked once in the browser and shared by every comment's controls.
 */
const IdeaCommentsViewer = /* @__PURE__ */ graphql(`
  query IdeaCommentsViewer($id: ID!) {
    node(id: $id) {
      ... on Idea {
        __typename
        id
        space {
          community {
            id
          }
        }
        comments(first: 50) {
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
const EditIdeaComment = /* @__PURE__ */ graphql(`
  mutation EditIdeaComment($input: EditIdeaCommentInput!) {
    editIdeaComment(input: $input) {
      id
    }
  }
`);
const DeleteIdeaComment = /* @__PURE__ */ graphql(`
  mutation DeleteIdeaComment($id: ID!) {
    deleteIdeaComment(id: $id)
  }
`);

type Idea = Extract<NonNullable<IdeaCommentsViewerQuery['node']>, { __typename: 'Idea' }>;

const states = new Map<string, Idea | null>();
const listeners = new Set<() => void>();
const inFlight = new Map<string, Promise<void>>();

/** Asks again, once for all the comments that ask at the same time; after a change, always anew. */
function reload(ideaId: string, fresh = false): Promise<void> {
  const running = inFlight.get(ideaId);
  if (running && !fresh) return running;
  const next = graphqlRequest(IdeaCommentsViewer, { id: ideaId })
    .then((data) => {
      states.set(ideaId, nodeOf(data.node, 'Idea'));
      listeners.forEach((listener) => listener());
    })
    .finally(() => inFlight.delete(ideaId));
  inFlight.set(ideaId, next);
  return next;
}

function useIdeaComments(ideaId: string): Idea | null {
  const state = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => states.get(ideaId) ?? null,
    () => null,
  );
  useEffect(() => {
    void reload(ideaId).catch(() => undefined);
  }, [ideaId]);
  return state;
}

/** A comment's controls for its author: edit and delete, when the API says they may. */
export default function CommentActions({ ideaId, commentId }: { ideaId: string; commentId: string }) {
  const idea = useIdeaComments(ideaId);
  const revalidator = useRevalidator();
  const comment = idea?.comments.edges.find((edge) => edge.node.id === commentId)?.node;
  if (!idea || !comment) return null;
  const refresh = () => Promise.all([revalidator.revalidate(), reload(ideaId, true)]);
  return (
    <OwnPostControls
      post={{ id: comment.id, body: comment.body, canEdit: comment.viewerCanEdit, canDelete: comment.viewerCanDelete }}
      communityId={idea.space.community.id}
      label="own.comment.body"
      heading="own.comment.edit"
      save={async (body) => {
        await graphqlRequest(EditIdeaComment, { input: { id: commentId, body } });
        await refresh();
      }}
      remove={async () => {
        await graphqlRequest(DeleteIdeaComment, { id: commentId });
        await refresh();
      }}
    />
  );
}
