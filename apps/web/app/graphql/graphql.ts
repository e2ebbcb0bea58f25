/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** The badges of the catalogue, each earned at most once per community */
export type BadgeKind =
  | 'CO_CREATOR'
  | 'FIRST_ACCEPTED_ANSWER'
  | 'STEADY_HELPER'
  | 'TEN_ACCEPTED_ANSWERS'
  | 'WELCOMER';

export type IdeaOrder =
  | 'MOST_SUPPORTED'
  | 'NEWEST'
  | 'TRENDING';

/** Where an idea stands; every change is public and explained */
export type IdeaStatus =
  | 'DECLINED'
  | 'EXPIRED'
  | 'IN_PROGRESS'
  | 'MERGED'
  | 'OPEN'
  | 'PLANNED'
  | 'SHIPPED'
  | 'UNDER_REVIEW';

export type IdeasFilter = {
  campaignId?: string | null | undefined;
  /** Without `statuses`: also list SHIPPED, DECLINED and EXPIRED ideas (MERGED ones only when asked by status) */
  includeClosed?: boolean | null | undefined;
  /** Only ideas whose promised update is late */
  overdue?: boolean | null | undefined;
  /** The triage board’s sections: true, only ideas that reached the support threshold or moved past OPEN; false, only OPEN ones still gathering support */
  qualified?: boolean | null | undefined;
  /** One status (kept for older clients; `statuses` takes several) */
  status?: IdeaStatus | null | undefined;
  /** Only ideas in one of these statuses; without it, open ideas (and closed ones too when `includeClosed`) */
  statuses?: Array<IdeaStatus> | null | undefined;
};

export type Locale =
  | 'EN'
  | 'FR';

/** A role in one community; it labels, it never weighs */
export type Role =
  | 'BRAND_STAFF'
  | 'MEMBER'
  | 'MODERATOR'
  | 'OWNER';

export type SearchKind =
  | 'REPLY'
  | 'THREAD';

export type SpaceKind =
  | 'DISCUSSION'
  | 'IDEAS';

export type ThreadKind =
  | 'DISCUSSION'
  | 'QUESTION';

export type ThreadState =
  | 'LOCKED'
  | 'OPEN';

export type ThreadsFilter = {
  kind?: ThreadKind | null | undefined;
  /** Unanswered questions past their expected first response time: the brand team’s queue */
  overdue?: boolean | null | undefined;
  tag?: string | null | undefined;
  /** Questions nobody but their author has replied to yet */
  unanswered?: boolean | null | undefined;
};

export type Visibility =
  | 'PRIVATE'
  | 'PUBLIC';

export type AuthorLabelFragment = { handle: string, affiliation: Role | null };

export type IdeaCardFragment = { id: string, title: string, status: IdeaStatus, supportCount: number, commentCount: number, overdue: boolean, nextUpdateDueAt: string | null, tags: Array<string>, author: { handle: string, affiliation: Role | null } | null };

export type IdeaStatusHistoryFragment = { nextUpdateDueAt: string | null, overdue: boolean, statusHistory: Array<{ at: string, from: IdeaStatus | null, to: IdeaStatus, rationale: string, changedBy: { handle: string, affiliation: Role | null } | null }> };

export type PromiseFiguresPanelFragment = { questionsAsked: number, questionsAnswered: number, medianFirstReplyHours: number | null, answeredWithinCommitmentShare: number | null, overdueIdeas: { count: number } };

export type ReplyItemFragment = { id: string, bodyHtml: string, createdAt: string, updatedAt: string, accepted: boolean, deleted: boolean, hidden: boolean, kudosCount: number, author: { handle: string, affiliation: Role | null } | null, revisions: Array<{ body: string, editedAt: string }> };

export type ThreadListItemFragment = { id: string, title: string, kind: ThreadKind, state: ThreadState, tags: Array<string>, replyCount: number, lastActivityAt: string, acceptedAnswer: { id: string } | null, author: { handle: string, affiliation: Role | null } | null };

export type CommunityPageQueryVariables = Exact<{
  slug: string;
  days: number;
}>;


export type CommunityPageQuery = { community: { id: string, slug: string, name: string, description: string, locale: Locale, memberCount: number, spaces: Array<{ id: string, slug: string, name: string, description: string, kind: SpaceKind, pinnedThreadIds: Array<string>, threads: { edges: Array<{ node: { id: string, title: string } }> } }>, featured: { edges: Array<{ node: { contentId: string, contentType: string, note: string, featuredAt: string } }> }, promises: { questionsAsked: number, questionsAnswered: number, medianFirstReplyHours: number | null, answeredWithinCommitmentShare: number | null, overdueIdeas: { count: number } } | null } };

export type HomePageQueryVariables = Exact<{ [key: string]: never; }>;


export type HomePageQuery = { communities: { edges: Array<{ node: { id: string, slug: string, name: string, description: string, locale: Locale, memberCount: number, visibility: Visibility } }> } };

export type IdeaBoardQueryVariables = Exact<{
  spaceId: string;
  filter?: IdeasFilter | null | undefined;
  orderBy: IdeaOrder;
}>;


export type IdeaBoardQuery = { node:
    | { __typename: 'Space', id: string, name: string, description: string, kind: SpaceKind, community: { slug: string, name: string, locale: Locale } }
    | Record<PropertyKey, never>
   | null, ideas: { totalCount: number, edges: Array<{ node: { id: string, title: string, status: IdeaStatus, supportCount: number, commentCount: number, overdue: boolean, nextUpdateDueAt: string | null, tags: Array<string>, author: { handle: string, affiliation: Role | null } | null } }> } };

export type IdeaStatusFeedQueryVariables = Exact<{
  spaceId: string;
}>;


export type IdeaStatusFeedQuery = { node:
    | { __typename: 'Space', id: string, name: string, community: { slug: string, name: string, locale: Locale } }
    | Record<PropertyKey, never>
   | null, ideas: { edges: Array<{ node: { id: string, title: string, statusHistory: Array<{ at: string, to: IdeaStatus, rationale: string, changedBy: { handle: string } | null }> } }> } };

export type IdeaPageQueryVariables = Exact<{
  id: string;
}>;


export type IdeaPageQuery = { node:
    | { __typename: 'Idea', id: string, title: string, body: string, bodyHtml: string, status: IdeaStatus, supportCount: number, commentCount: number, createdAt: string, tags: Array<string>, nextUpdateDueAt: string | null, overdue: boolean, author: { handle: string, affiliation: Role | null } | null, decision: { summary: string, decidedAt: string } | null, space: { id: string, name: string, community: { slug: string, name: string, locale: Locale } }, comments: { edges: Array<{ node: { id: string, bodyHtml: string, createdAt: string, editedAt: string | null, author: { handle: string, affiliation: Role | null } | null } }> }, statusHistory: Array<{ at: string, from: IdeaStatus | null, to: IdeaStatus, rationale: string, changedBy: { handle: string, affiliation: Role | null } | null }> }
    | Record<PropertyKey, never>
   | null };

export type MemberProfilePageQueryVariables = Exact<{
  handle: string;
}>;


export type MemberProfilePageQuery = { memberByHandle: { id: string, handle: string, createdAt: string, publicMemberships: Array<{ joinedAt: string, reputation: number, community: { id: string, slug: string, name: string, locale: Locale }, badges: Array<{ kind: BadgeKind, name: string, description: string, awardedAt: string }>, reciprocity: { answersGiven: number, answersReceived: number, kudosGiven: number, kudosReceived: number, membersHelped: number, helpedBy: number } | null, recentThreads: Array<{ id: string, title: string, createdAt: string }> }> } | null };

export type ReviewCalendarQueryVariables = Exact<{
  id: string;
}>;


export type ReviewCalendarQuery = { node:
    | { __typename: 'Space', id: string, name: string, description: string, community: { slug: string, name: string, locale: Locale }, reviewRounds: Array<{ cutoffAt: string, decisionDueAt: string, processed: boolean, ideas: Array<{ id: string, title: string, status: IdeaStatus }> }> }
    | Record<PropertyKey, never>
   | null };

export type SearchPageQueryVariables = Exact<{
  communityId: string;
  query: string;
}>;


export type SearchPageQuery = { node:
    | { __typename: 'Community', id: string, slug: string, name: string, locale: Locale }
    | Record<PropertyKey, never>
   | null, search: { totalCount: number, edges: Array<{ node: { kind: SearchKind, snippet: string, thread: { id: string, title: string }, reply: { id: string } | null } }> } };

export type SitemapQueryVariables = Exact<{ [key: string]: never; }>;


export type SitemapQuery = { communities: { edges: Array<{ node: { slug: string, visibility: Visibility, spaces: Array<{ id: string, kind: SpaceKind }> } }> } };

export type SitemapThreadsQueryVariables = Exact<{
  spaceId: string;
}>;


export type SitemapThreadsQuery = { node:
    | { threads: { edges: Array<{ node: { id: string, lastActivityAt: string, hidden: boolean, deleted: boolean } }> } }
    | Record<PropertyKey, never>
   | null };

export type SitemapIdeasQueryVariables = Exact<{
  spaceId: string;
}>;


export type SitemapIdeasQuery = { ideas: { edges: Array<{ node: { id: string, updatedAt: string } }> } };

export type SpaceFeedQueryVariables = Exact<{
  id: string;
}>;


export type SpaceFeedQuery = { node:
    | { __typename: 'Space', id: string, name: string, community: { slug: string, name: string }, threads: { edges: Array<{ node: { id: string, title: string, body: string, createdAt: string, updatedAt: string, author: { handle: string } | null } }> } }
    | Record<PropertyKey, never>
   | null };

export type SpacePageQueryVariables = Exact<{
  id: string;
  filter?: ThreadsFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type SpacePageQuery = { node:
    | { __typename: 'Space', id: string, name: string, description: string, kind: SpaceKind, pinnedThreadIds: Array<string>, responseCommitment: { hours: number, text: string } | null, community: { slug: string, name: string, locale: Locale }, threads: { edges: Array<{ node: { id: string, title: string, kind: ThreadKind, state: ThreadState, tags: Array<string>, replyCount: number, lastActivityAt: string, acceptedAnswer: { id: string } | null, author: { handle: string, affiliation: Role | null } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }
    | Record<PropertyKey, never>
   | null };

export type ThreadPageQueryVariables = Exact<{
  id: string;
  after?: string | null | undefined;
}>;


export type ThreadPageQuery = { node:
    | { __typename: 'Thread', id: string, title: string, body: string, bodyHtml: string, kind: ThreadKind, state: ThreadState, tags: Array<string>, deleted: boolean, hidden: boolean, createdAt: string, replyCount: number, expectedFirstResponseAt: string | null, firstResponseAt: string | null, author: { handle: string, affiliation: Role | null } | null, space: { id: string, name: string, community: { slug: string, name: string, locale: Locale } }, replies: { edges: Array<{ node: { id: string, bodyHtml: string, createdAt: string, updatedAt: string, accepted: boolean, deleted: boolean, hidden: boolean, kudosCount: number, author: { handle: string, affiliation: Role | null } | null, revisions: Array<{ body: string, editedAt: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }
    | Record<PropertyKey, never>
   | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const AuthorLabelFragmentDoc = new TypedDocumentString(`
    fragment AuthorLabel on Author {
  handle
  affiliation
}
    `, {"fragmentName":"AuthorLabel"}) as unknown as TypedDocumentString<AuthorLabelFragment, unknown>;
export const IdeaCardFragmentDoc = new TypedDocumentString(`
    fragment IdeaCard on Idea {
  id
  title
  status
  supportCount
  commentCount
  overdue
  nextUpdateDueAt
  tags
  author {
    ...AuthorLabel
  }
}
    fragment AuthorLabel on Author {
  handle
  affiliation
}`, {"fragmentName":"IdeaCard"}) as unknown as TypedDocumentString<IdeaCardFragment, unknown>;
export const IdeaStatusHistoryFragmentDoc = new TypedDocumentString(`
    fragment IdeaStatusHistory on Idea {
  nextUpdateDueAt
  overdue
  statusHistory {
    at
    from
    to
    rationale
    changedBy {
      ...AuthorLabel
    }
  }
}
    fragment AuthorLabel on Author {
  handle
  affiliation
}`, {"fragmentName":"IdeaStatusHistory"}) as unknown as TypedDocumentString<IdeaStatusHistoryFragment, unknown>;
export const PromiseFiguresPanelFragmentDoc = new TypedDocumentString(`
    fragment PromiseFiguresPanel on PromiseFigures {
  questionsAsked
  questionsAnswered
  medianFirstReplyHours
  answeredWithinCommitmentShare
  overdueIdeas {
    count
  }
}
    `, {"fragmentName":"PromiseFiguresPanel"}) as unknown as TypedDocumentString<PromiseFiguresPanelFragment, unknown>;
export const ReplyItemFragmentDoc = new TypedDocumentString(`
    fragment ReplyItem on Reply {
  id
  bodyHtml
  createdAt
  updatedAt
  accepted
  deleted
  hidden
  kudosCount
  author {
    ...AuthorLabel
  }
  revisions {
    body
    editedAt
  }
}
    fragment AuthorLabel on Author {
  handle
  affiliation
}`, {"fragmentName":"ReplyItem"}) as unknown as TypedDocumentString<ReplyItemFragment, unknown>;
export const ThreadListItemFragmentDoc = new TypedDocumentString(`
    fragment ThreadListItem on Thread {
  id
  title
  kind
  state
  tags
  replyCount
  lastActivityAt
  acceptedAnswer {
    id
  }
  author {
    ...AuthorLabel
  }
}
    fragment AuthorLabel on Author {
  handle
  affiliation
}`, {"fragmentName":"ThreadListItem"}) as unknown as TypedDocumentString<ThreadListItemFragment, unknown>;
export const CommunityPageDocument = new TypedDocumentString(`
    query CommunityPage($slug: String!, $days: Int!) {
  community(slug: $slug) {
    id
    slug
    name
    description
    locale
    memberCount
    spaces {
      id
      slug
      name
      description
      kind
      pinnedThreadIds
      threads(first: 3) {
        edges {
          node {
            id
            title
          }
        }
      }
    }
    featured(first: 10) {
      edges {
        node {
          contentId
          contentType
          note
          featuredAt
        }
      }
    }
    promises(days: $days) {
      ...PromiseFiguresPanel
    }
  }
}
    fragment PromiseFiguresPanel on PromiseFigures {
  questionsAsked
  questionsAnswered
  medianFirstReplyHours
  answeredWithinCommitmentShare
  overdueIdeas {
    count
  }
}`) as unknown as TypedDocumentString<CommunityPageQuery, CommunityPageQueryVariables>;
export const HomePageDocument = new TypedDocumentString(`
    query HomePage {
  communities(first: 50) {
    edges {
      node {
        id
        slug
        name
        description
        locale
        memberCount
        visibility
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HomePageQuery, HomePageQueryVariables>;
export const IdeaBoardDocument = new TypedDocumentString(`
    query IdeaBoard($spaceId: ID!, $filter: IdeasFilter, $orderBy: IdeaOrder!) {
  node(id: $spaceId) {
    ... on Space {
      __typename
      id
      name
      description
      kind
      community {
        slug
        name
        locale
      }
    }
  }
  ideas(spaceId: $spaceId, filter: $filter, orderBy: $orderBy, first: 50) {
    totalCount
    edges {
      node {
        ...IdeaCard
      }
    }
  }
}
    fragment AuthorLabel on Author {
  handle
  affiliation
}
fragment IdeaCard on Idea {
  id
  title
  status
  supportCount
  commentCount
  overdue
  nextUpdateDueAt
  tags
  author {
    ...AuthorLabel
  }
}`) as unknown as TypedDocumentString<IdeaBoardQuery, IdeaBoardQueryVariables>;
export const IdeaStatusFeedDocument = new TypedDocumentString(`
    query IdeaStatusFeed($spaceId: ID!) {
  node(id: $spaceId) {
    ... on Space {
      __typename
      id
      name
      community {
        slug
        name
        locale
      }
    }
  }
  ideas(
    spaceId: $spaceId
    first: 40
    orderBy: NEWEST
    filter: {includeClosed: true}
  ) {
    edges {
      node {
        id
        title
        statusHistory {
          at
          to
          rationale
          changedBy {
            handle
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IdeaStatusFeedQuery, IdeaStatusFeedQueryVariables>;
export const IdeaPageDocument = new TypedDocumentString(`
    query IdeaPage($id: ID!) {
  node(id: $id) {
    ... on Idea {
      __typename
      id
      title
      body
      bodyHtml
      status
      supportCount
      commentCount
      createdAt
      tags
      author {
        ...AuthorLabel
      }
      decision {
        summary
        decidedAt
      }
      space {
        id
        name
        community {
          slug
          name
          locale
        }
      }
      ...IdeaStatusHistory
      comments(first: 50) {
        edges {
          node {
            id
            bodyHtml
            createdAt
            editedAt
            author {
              ...AuthorLabel
            }
          }
        }
      }
    }
  }
}
    fragment AuthorLabel on Author {
  handle
  affiliation
}
fragment IdeaStatusHistory on Idea {
  nextUpdateDueAt
  overdue
  statusHistory {
    at
    from
    to
    rationale
    changedBy {
      ...AuthorLabel
    }
  }
}`) as unknown as TypedDocumentString<IdeaPageQuery, IdeaPageQueryVariables>;
export const MemberProfilePageDocument = new TypedDocumentString(`
    query MemberProfilePage($handle: String!) {
  memberByHandle(handle: $handle) {
    id
    handle
    createdAt
    publicMemberships {
      joinedAt
      reputation
      community {
        id
        slug
        name
        locale
      }
      badges {
        kind
        name
        description
        awardedAt
      }
      reciprocity {
        answersGiven
        answersReceived
        kudosGiven
        kudosReceived
        membersHelped
        helpedBy
      }
      recentThreads(first: 5) {
        id
        title
        createdAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MemberProfilePageQuery, MemberProfilePageQueryVariables>;
export const ReviewCalendarDocument = new TypedDocumentString(`
    query ReviewCalendar($id: ID!) {
  node(id: $id) {
    ... on Space {
      __typename
      id
      name
      description
      community {
        slug
        name
        locale
      }
      reviewRounds {
        cutoffAt
        decisionDueAt
        processed
        ideas {
          id
          title
          status
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewCalendarQuery, ReviewCalendarQueryVariables>;
export const SearchPageDocument = new TypedDocumentString(`
    query SearchPage($communityId: ID!, $query: String!) {
  node(id: $communityId) {
    ... on Community {
      __typename
      id
      slug
      name
      locale
    }
  }
  search(input: {communityId: $communityId, query: $query, first: 20}) {
    totalCount
    edges {
      node {
        kind
        snippet
        thread {
          id
          title
        }
        reply {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchPageQuery, SearchPageQueryVariables>;
export const SitemapDocument = new TypedDocumentString(`
    query Sitemap {
  communities(first: 50) {
    edges {
      node {
        slug
        visibility
        spaces {
          id
          kind
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SitemapQuery, SitemapQueryVariables>;
export const SitemapThreadsDocument = new TypedDocumentString(`
    query SitemapThreads($spaceId: ID!) {
  node(id: $spaceId) {
    ... on Space {
      threads(first: 100, orderBy: NEWEST) {
        edges {
          node {
            id
            lastActivityAt
            hidden
            deleted
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SitemapThreadsQuery, SitemapThreadsQueryVariables>;
export const SitemapIdeasDocument = new TypedDocumentString(`
    query SitemapIdeas($spaceId: ID!) {
  ideas(
    spaceId: $spaceId
    first: 100
    orderBy: NEWEST
    filter: {includeClosed: true}
  ) {
    edges {
      node {
        id
        updatedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SitemapIdeasQuery, SitemapIdeasQueryVariables>;
export const SpaceFeedDocument = new TypedDocumentString(`
    query SpaceFeed($id: ID!) {
  node(id: $id) {
    ... on Space {
      __typename
      id
      name
      community {
        slug
        name
      }
      threads(first: 30, orderBy: NEWEST) {
        edges {
          node {
            id
            title
            body
            createdAt
            updatedAt
            author {
              handle
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SpaceFeedQuery, SpaceFeedQueryVariables>;
export const SpacePageDocument = new TypedDocumentString(`
    query SpacePage($id: ID!, $filter: ThreadsFilter, $after: String) {
  node(id: $id) {
    ... on Space {
      __typename
      id
      name
      description
      kind
      pinnedThreadIds
      responseCommitment {
        hours
        text
      }
      community {
        slug
        name
        locale
      }
      threads(first: 20, after: $after, filter: $filter) {
        edges {
          node {
            ...ThreadListItem
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
}
    fragment AuthorLabel on Author {
  handle
  affiliation
}
fragment ThreadListItem on Thread {
  id
  title
  kind
  state
  tags
  replyCount
  lastActivityAt
  acceptedAnswer {
    id
  }
  author {
    ...AuthorLabel
  }
}`) as unknown as TypedDocumentString<SpacePageQuery, SpacePageQueryVariables>;
export const ThreadPageDocument = new TypedDocumentString(`
    query ThreadPage($id: ID!, $after: String) {
  node(id: $id) {
    ... on Thread {
      __typename
      id
      title
      body
      bodyHtml
      kind
      state
      tags
      deleted
      hidden
      createdAt
      replyCount
      expectedFirstResponseAt
      firstResponseAt
      author {
        ...AuthorLabel
      }
      space {
        id
        name
        community {
          slug
          name
          locale
        }
      }
      replies(first: 30, after: $after) {
        edges {
          node {
            ...ReplyItem
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
}
    fragment AuthorLabel on Author {
  handle
  affiliation
}
fragment ReplyItem on Reply {
  id
  bodyHtml
  createdAt
  updatedAt
  accepted
  deleted
  hidden
  kudosCount
  author {
    ...AuthorLabel
  }
  revisions {
    body
    editedAt
  }
}`) as unknown as TypedDocumentString<ThreadPageQuery, ThreadPageQueryVariables>;