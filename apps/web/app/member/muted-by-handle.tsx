import { useEffect, useState, type ReactNode } from 'react';
import { graphql } from '../graphql-member';
import { graphqlRequest } from '../lib/graphql-client';
import { FoldedPost } from './muting';

const MutedHandles = /* @__PURE__ */ graphql(`
  query MutedHandles {
    mutedMembers {
      member {
        handle
      }
    }
  }
`);

/** Read again after this long: a mute or unmute elsewhere shows on the next page. */
const FRESH_MS = 5000;
let cached: { at: number; handles: Promise<Set<string>> } | null = null;

/** Who the member muted, asked once for all the posts of a page (they mount together). */
function mutedHandles(): Promise<Set<string>> {
  if (!cached || Date.now() - cached.at > FRESH_MS) {
    const handles = graphqlRequest(MutedHandles, {}).then((data) => new Set(data.mutedMembers.map((entry) => entry.member.handle)));
    cached = { at: Date.now(), handles };
    handles.catch(() => (cached = null));
  }
  return cached.handles;
}

/** An idea's or a comment's body, folded away when its author is muted by the member (shown as is until known). */
export default function MutedHandleGate({ postId, handle, children }: { postId: string; handle: string | null | undefined; children: ReactNode }) {
  const [muted, setMuted] = useState(false);
  useEffect(() => {
    let current = true;
    if (handle) void mutedHandles().then((handles) => current && setMuted(handles.has(handle)), () => undefined);
    return () => {
      current = false;
    };
  }, [handle]);
  return muted ? <FoldedPost postId={postId}>{children}</FoldedPost> : <>{children}</>;
}
