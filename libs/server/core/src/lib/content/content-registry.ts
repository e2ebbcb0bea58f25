import { Injectable } from '@nestjs/common';
import { decodeGlobalId } from '@palabre/contracts';
import type { Db } from '../database/transaction-runner';

/** Kinds of member-written content that kudos, reports and moderation can point at. */
export type ContentKind = 'THREAD' | 'REPLY' | 'IDEA' | 'IDEA_COMMENT';

/** What cross-cutting features need to know about one piece of content. */
export interface ContentRef {
  kind: ContentKind;
  /** GraphQL type name of the content (e.g. 'Thread'), the prefix of its global id. */
  typeName: string;
  id: string;
  communityId: string;
  spaceId: string;
  authorId: string | null;
  /** The thread of a reply, or the idea of a comment; the content itself otherwise. */
  parentId: string;
  hiddenAt: Date | null;
  removedAt: Date | null;
  lockedAt: Date | null;
  createdAt: Date;
}

export interface ModerationStateChange {
  hiddenAt?: Date | null;
  removedAt?: Date | null;
  lockedAt?: Date | null;
}

/**
 * A feature that owns content (advice, ideas) registers one provider per content type, so
 * recognition, moderation and privacy can work on content without importing its owner.
 */
export interface ContentProvider {
  kind: ContentKind;
  typeName: string;
  /** Rows in any order; missing ids are simply absent. */
  findByIds(db: Db, ids: readonly string[]): Promise<ContentRef[]>;
  /** Applies a moderation state (hide, remove, lock); content that cannot be locked ignores lockedAt. */
  setModerationState(tx: Db, id: string, change: ModerationStateChange): Promise<void>;
  /** Adds `delta` to the content's kudos counter, in the caller's transaction. */
  adjustKudosCount(tx: Db, id: string, delta: number): Promise<void>;
}

@Injectable()
export class ContentRegistry {
  private readonly byType = new Map<string, ContentProvider>();

  register(provider: ContentProvider): void {
    this.byType.set(provider.typeName, provider);
  }

  providers(): ContentProvider[] {
    return [...this.byType.values()];
  }

  providerFor(typeName: string): ContentProvider | undefined {
    return this.byType.get(typeName);
  }

  /** Resolves a global content id; null when it is not content or does not exist. */
  async find(db: Db, globalId: string): Promise<{ ref: ContentRef; provider: ContentProvider } | null> {
    const decoded = decodeGlobalId(globalId);
    const provider = decoded ? this.byType.get(decoded.typeName) : undefined;
    if (!decoded || !provider) return null;
    const [ref] = await provider.findByIds(db, [decoded.localId]);
    return ref ? { ref, provider } : null;
  }
}
