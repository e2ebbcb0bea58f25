/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment AuthorLabel on Author {\n    handle\n    affiliation\n  }\n": typeof types.AuthorLabelFragmentDoc,
    "\n  fragment IdeaCard on Idea {\n    id\n    title\n    status\n    supportCount\n    commentCount\n    overdue\n    nextUpdateDueAt\n    tags\n    author {\n      ...AuthorLabel\n    }\n  }\n": typeof types.IdeaCardFragmentDoc,
    "\n  fragment IdeaStatusHistory on Idea {\n    nextUpdateDueAt\n    overdue\n    statusHistory {\n      at\n      from\n      to\n      rationale\n      changedBy {\n        ...AuthorLabel\n      }\n    }\n  }\n": typeof types.IdeaStatusHistoryFragmentDoc,
    "\n  fragment PromiseFiguresPanel on PromiseFigures {\n    questionsAsked\n    questionsAnswered\n    medianFirstReplyHours\n    answeredWithinCommitmentShare\n    overdueIdeas {\n      count\n    }\n  }\n": typeof types.PromiseFiguresPanelFragmentDoc,
    "\n  fragment ReplyItem on Reply {\n    id\n    bodyHtml\n    createdAt\n    accepted\n    deleted\n    hidden\n    kudosCount\n    author {\n      ...AuthorLabel\n    }\n  }\n": typeof types.ReplyItemFragmentDoc,
    "\n  fragment ThreadListItem on Thread {\n    id\n    title\n    kind\n    state\n    tags\n    replyCount\n    lastActivityAt\n    acceptedAnswer {\n      id\n    }\n    author {\n      ...AuthorLabel\n    }\n  }\n": typeof types.ThreadListItemFragmentDoc,
    "\n  query CommunityPage($slug: String!, $days: Int!) {\n    community(slug: $slug) {\n      id\n      slug\n      name\n      description\n      locale\n      memberCount\n      spaces {\n        id\n        slug\n        name\n        description\n        kind\n        pinnedThreadIds\n      }\n      featured(first: 10) {\n        edges {\n          node {\n            contentId\n            contentType\n            note\n            featuredAt\n          }\n        }\n      }\n      promises(days: $days) {\n        ...PromiseFiguresPanel\n      }\n    }\n  }\n": typeof types.CommunityPageDocument,
    "\n  query HomePage {\n    communities(first: 50) {\n      edges {\n        node {\n          id\n          slug\n          name\n          description\n          locale\n          memberCount\n          visibility\n        }\n      }\n    }\n  }\n": typeof types.HomePageDocument,
    "\n  query IdeaBoard($spaceId: ID!, $filter: IdeasFilter, $orderBy: IdeaOrder!) {\n    node(id: $spaceId) {\n      ... on Space {\n        __typename\n        id\n        name\n        description\n        kind\n        community {\n          slug\n          name\n          locale\n        }\n      }\n    }\n    ideas(spaceId: $spaceId, filter: $filter, orderBy: $orderBy, first: 50) {\n      totalCount\n      edges {\n        node {\n          ...IdeaCard\n        }\n      }\n    }\n  }\n": typeof types.IdeaBoardDocument,
    "\n  query IdeaStatusFeed($spaceId: ID!) {\n    node(id: $spaceId) {\n      ... on Space {\n        __typename\n        id\n        name\n        community {\n          slug\n          name\n          locale\n        }\n      }\n    }\n    ideas(spaceId: $spaceId, first: 40, orderBy: NEWEST) {\n      edges {\n        node {\n          id\n          title\n          statusHistory {\n            at\n            to\n            rationale\n            changedBy {\n              handle\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.IdeaStatusFeedDocument,
    "\n  query IdeaPage($id: ID!) {\n    node(id: $id) {\n      ... on Idea {\n        __typename\n        id\n        title\n        body\n        bodyHtml\n        status\n        supportCount\n        commentCount\n        createdAt\n        tags\n        author {\n          ...AuthorLabel\n        }\n        decision {\n          summary\n          decidedAt\n        }\n        space {\n          id\n          name\n          community {\n            slug\n            name\n            locale\n          }\n        }\n        ...IdeaStatusHistory\n      }\n    }\n  }\n": typeof types.IdeaPageDocument,
    "\n  query ReviewCalendar($id: ID!) {\n    node(id: $id) {\n      ... on Space {\n        __typename\n        id\n        name\n        description\n        community {\n          slug\n          name\n          locale\n        }\n        reviewRounds {\n          cutoffAt\n          decisionDueAt\n          processed\n          ideas {\n            id\n            title\n            status\n          }\n        }\n      }\n    }\n  }\n": typeof types.ReviewCalendarDocument,
    "\n  query SearchPage($communityId: ID!, $query: String!) {\n    node(id: $communityId) {\n      ... on Community {\n        __typename\n        id\n        slug\n        name\n        locale\n      }\n    }\n    search(input: { communityId: $communityId, query: $query, first: 20 }) {\n      totalCount\n      edges {\n        node {\n          kind\n          snippet\n          thread {\n            id\n            title\n          }\n          reply {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.SearchPageDocument,
    "\n  query Sitemap {\n    communities(first: 50) {\n      edges {\n        node {\n          slug\n          visibility\n          spaces {\n            id\n            kind\n          }\n        }\n      }\n    }\n  }\n": typeof types.SitemapDocument,
    "\n  query SitemapThreads($spaceId: ID!) {\n    node(id: $spaceId) {\n      ... on Space {\n        threads(first: 100, orderBy: NEWEST) {\n          edges {\n            node {\n              id\n              lastActivityAt\n              hidden\n              deleted\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.SitemapThreadsDocument,
    "\n  query SitemapIdeas($spaceId: ID!) {\n    ideas(spaceId: $spaceId, first: 100, orderBy: NEWEST) {\n      edges {\n        node {\n          id\n          updatedAt\n        }\n      }\n    }\n  }\n": typeof types.SitemapIdeasDocument,
    "\n  query SpaceFeed($id: ID!) {\n    node(id: $id) {\n      ... on Space {\n        __typename\n        id\n        name\n        community {\n          slug\n          name\n        }\n        threads(first: 30, orderBy: NEWEST) {\n          edges {\n            node {\n              id\n              title\n              body\n              createdAt\n              updatedAt\n              author {\n                handle\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.SpaceFeedDocument,
    "\n  query SpacePage($id: ID!, $filter: ThreadsFilter, $after: String) {\n    node(id: $id) {\n      ... on Space {\n        __typename\n        id\n        name\n        description\n        kind\n        pinnedThreadIds\n        responseCommitment {\n          hours\n          text\n        }\n        community {\n          slug\n          name\n          locale\n        }\n        threads(first: 20, after: $after, filter: $filter) {\n          edges {\n            node {\n              ...ThreadListItem\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  }\n": typeof types.SpacePageDocument,
    "\n  query ThreadPage($id: ID!, $after: String) {\n    node(id: $id) {\n      ... on Thread {\n        __typename\n        id\n        title\n        body\n        bodyHtml\n        kind\n        state\n        tags\n        deleted\n        hidden\n        createdAt\n        replyCount\n        expectedFirstResponseAt\n        firstResponseAt\n        author {\n          ...AuthorLabel\n        }\n        space {\n          id\n          name\n          community {\n            slug\n            name\n            locale\n          }\n        }\n        replies(first: 30, after: $after) {\n          edges {\n            node {\n              ...ReplyItem\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  }\n": typeof types.ThreadPageDocument,
};
const documents: Documents = {
    "\n  fragment AuthorLabel on Author {\n    handle\n    affiliation\n  }\n": types.AuthorLabelFragmentDoc,
    "\n  fragment IdeaCard on Idea {\n    id\n    title\n    status\n    supportCount\n    commentCount\n    overdue\n    nextUpdateDueAt\n    tags\n    author {\n      ...AuthorLabel\n    }\n  }\n": types.IdeaCardFragmentDoc,
    "\n  fragment IdeaStatusHistory on Idea {\n    nextUpdateDueAt\n    overdue\n    statusHistory {\n      at\n      from\n      to\n      rationale\n      changedBy {\n        ...AuthorLabel\n      }\n    }\n  }\n": types.IdeaStatusHistoryFragmentDoc,
    "\n  fragment PromiseFiguresPanel on PromiseFigures {\n    questionsAsked\n    questionsAnswered\n    medianFirstReplyHours\n    answeredWithinCommitmentShare\n    overdueIdeas {\n      count\n    }\n  }\n": types.PromiseFiguresPanelFragmentDoc,
    "\n  fragment ReplyItem on Reply {\n    id\n    bodyHtml\n    createdAt\n    accepted\n    deleted\n    hidden\n    kudosCount\n    author {\n      ...AuthorLabel\n    }\n  }\n": types.ReplyItemFragmentDoc,
    "\n  fragment ThreadListItem on Thread {\n    id\n    title\n    kind\n    state\n    tags\n    replyCount\n    lastActivityAt\n    acceptedAnswer {\n      id\n    }\n    author {\n      ...AuthorLabel\n    }\n  }\n": types.ThreadListItemFragmentDoc,
    "\n  query CommunityPage($slug: String!, $days: Int!) {\n    community(slug: $slug) {\n      id\n      slug\n      name\n      description\n      locale\n      memberCount\n      spaces {\n        id\n        slug\n        name\n        description\n        kind\n        pinnedThreadIds\n      }\n      featured(first: 10) {\n        edges {\n          node {\n            contentId\n            contentType\n            note\n            featuredAt\n          }\n        }\n      }\n      promises(days: $days) {\n        ...PromiseFiguresPanel\n      }\n    }\n  }\n": types.CommunityPageDocument,
    "\n  query HomePage {\n    communities(first: 50) {\n      edges {\n        node {\n          id\n          slug\n          name\n          description\n          locale\n          memberCount\n          visibility\n        }\n      }\n    }\n  }\n": types.HomePageDocument,
    "\n  query IdeaBoard($spaceId: ID!, $filter: IdeasFilter, $orderBy: IdeaOrder!) {\n    node(id: $spaceId) {\n      ... on Space {\n        __typename\n        id\n        name\n        description\n        kind\n        community {\n          slug\n          name\n          locale\n        }\n      }\n    }\n    ideas(spaceId: $spaceId, filter: $filter, orderBy: $orderBy, first: 50) {\n      totalCount\n      edges {\n        node {\n          ...IdeaCard\n        }\n      }\n    }\n  }\n": types.IdeaBoardDocument,
    "\n  query IdeaStatusFeed($spaceId: ID!) {\n    node(id: $spaceId) {\n      ... on Space {\n        __typename\n        id\n        name\n        community {\n          slug\n          name\n          locale\n        }\n      }\n    }\n    ideas(spaceId: $spaceId, first: 40, orderBy: NEWEST) {\n      edges {\n        node {\n          id\n          title\n          statusHistory {\n            at\n            to\n            rationale\n            changedBy {\n              handle\n            }\n          }\n        }\n      }\n    }\n  }\n": types.IdeaStatusFeedDocument,
    "\n  query IdeaPage($id: ID!) {\n    node(id: $id) {\n      ... on Idea {\n        __typename\n        id\n        title\n        body\n        bodyHtml\n        status\n        supportCount\n        commentCount\n        createdAt\n        tags\n        author {\n          ...AuthorLabel\n        }\n        decision {\n          summary\n          decidedAt\n        }\n        space {\n          id\n          name\n          community {\n            slug\n            name\n            locale\n          }\n        }\n        ...IdeaStatusHistory\n      }\n    }\n  }\n": types.IdeaPageDocument,
    "\n  query ReviewCalendar($id: ID!) {\n    node(id: $id) {\n      ... on Space {\n        __typename\n        id\n        name\n        description\n        community {\n          slug\n          name\n          locale\n        }\n        reviewRounds {\n          cutoffAt\n          decisionDueAt\n          processed\n          ideas {\n            id\n            title\n            status\n          }\n        }\n      }\n    }\n  }\n": types.ReviewCalendarDocument,
    "\n  query SearchPage($communityId: ID!, $query: String!) {\n    node(id: $communityId) {\n      ... on Community {\n        __typename\n        id\n        slug\n        name\n        locale\n      }\n    }\n    search(input: { communityId: $communityId, query: $query, first: 20 }) {\n      totalCount\n      edges {\n        node {\n          kind\n          snippet\n          thread {\n            id\n            title\n          }\n          reply {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.SearchPageDocument,
    "\n  query Sitemap {\n    communities(first: 50) {\n      edges {\n        node {\n          slug\n          visibility\n          spaces {\n            id\n            kind\n          }\n        }\n      }\n    }\n  }\n": types.SitemapDocument,
    "\n  query SitemapThreads($spaceId: ID!) {\n    node(id: $spaceId) {\n      ... on Space {\n        threads(first: 100, orderBy: NEWEST) {\n          edges {\n            node {\n              id\n              lastActivityAt\n              hidden\n              deleted\n            }\n          }\n        }\n      }\n    }\n  }\n": types.SitemapThreadsDocument,
    "\n  query SitemapIdeas($spaceId: ID!) {\n    ideas(spaceId: $spaceId, first: 100, orderBy: NEWEST) {\n      edges {\n        node {\n          id\n          updatedAt\n        }\n      }\n    }\n  }\n": types.SitemapIdeasDocument,
    "\n  query SpaceFeed($id: ID!) {\n    node(id: $id) {\n      ... on Space {\n        __typename\n        id\n        name\n        community {\n          slug\n          name\n        }\n        threads(first: 30, orderBy: NEWEST) {\n          edges {\n            node {\n              id\n              title\n              body\n              createdAt\n              updatedAt\n              author {\n                handle\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.SpaceFeedDocument,
    "\n  query SpacePage($id: ID!, $filter: ThreadsFilter, $after: String) {\n    node(id: $id) {\n      ... on Space {\n        __typename\n        id\n        name\n        description\n        kind\n        pinnedThreadIds\n        responseCommitment {\n          hours\n          text\n        }\n        community {\n          slug\n          name\n          locale\n        }\n        threads(first: 20, after: $after, filter: $filter) {\n          edges {\n            node {\n              ...ThreadListItem\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  }\n": types.SpacePageDocument,
    "\n  query ThreadPage($id: ID!, $after: String) {\n    node(id: $id) {\n      ... on Thread {\n        __typename\n        id\n        title\n        body\n        bodyHtml\n        kind\n        state\n        tags\n        deleted\n        hidden\n        createdAt\n        replyCount\n        expectedFirstResponseAt\n        firstResponseAt\n        author {\n          ...AuthorLabel\n        }\n        space {\n          id\n          name\n          community {\n            slug\n            name\n            locale\n          }\n        }\n        replies(first: 30, after: $after) {\n          edges {\n            node {\n              ...ReplyItem\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  }\n": types.ThreadPageDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuthorLabel on Author {\n    handle\n    affiliation\n  }\n"): typeof import('./graphql').AuthorLabelFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IdeaCard on Idea {\n    id\n    title\n    status\n    supportCount\n    commentCount\n    overdue\n    nextUpdateDueAt\n    tags\n    author {\n      ...AuthorLabel\n    }\n  }\n"): typeof import('./graphql').IdeaCardFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IdeaStatusHistory on Idea {\n    nextUpdateDueAt\n    overdue\n    statusHistory {\n      at\n      from\n      to\n      rationale\n      changedBy {\n        ...AuthorLabel\n      }\n    }\n  }\n"): typeof import('./graphql').IdeaStatusHistoryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PromiseFiguresPanel on PromiseFigures {\n    questionsAsked\n    questionsAnswered\n    medianFirstReplyHours\n    answeredWithinCommitmentShare\n    overdueIdeas {\n      count\n    }\n  }\n"): typeof import('./graphql').PromiseFiguresPanelFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReplyItem on Reply {\n    id\n    bodyHtml\n    createdAt\n    accepted\n    deleted\n    hidden\n    kudosCount\n    author {\n      ...AuthorLabel\n    }\n  }\n"): typeof import('./graphql').ReplyItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ThreadListItem on Thread {\n    id\n    title\n    kind\n    state\n    tags\n    replyCount\n    lastActivityAt\n    acceptedAnswer {\n      id\n    }\n    author {\n      ...AuthorLabel\n    }\n  }\n"): typeof import('./graphql').ThreadListItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityPage($slug: String!, $days: Int!) {\n    community(slug: $slug) {\n      id\n      slug\n      name\n      description\n      locale\n      memberCount\n      spaces {\n        id\n        slug\n        name\n        description\n        kind\n        pinnedThreadIds\n      }\n      featured(first: 10) {\n        edges {\n          node {\n            contentId\n            contentType\n            note\n            featuredAt\n          }\n        }\n      }\n      promises(days: $days) {\n        ...PromiseFiguresPanel\n      }\n    }\n  }\n"): typeof import('./graphql').CommunityPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomePage {\n    communities(first: 50) {\n      edges {\n        node {\n          id\n          slug\n          name\n          description\n          locale\n          memberCount\n          visibility\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').HomePageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdeaBoard($spaceId: ID!, $filter: IdeasFilter, $orderBy: IdeaOrder!) {\n    node(id: $spaceId) {\n      ... on Space {\n        __typename\n        id\n        name\n        description\n        kind\n        community {\n          slug\n          name\n          locale\n        }\n      }\n    }\n    ideas(spaceId: $spaceId, filter: $filter, orderBy: $orderBy, first: 50) {\n      totalCount\n      edges {\n        node {\n          ...IdeaCard\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').IdeaBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdeaStatusFeed($spaceId: ID!) {\n    node(id: $spaceId) {\n      ... on Space {\n        __typename\n        id\n        name\n        community {\n          slug\n          name\n          locale\n        }\n      }\n    }\n    ideas(spaceId: $spaceId, first: 40, orderBy: NEWEST) {\n      edges {\n        node {\n          id\n          title\n          statusHistory {\n            at\n            to\n            rationale\n            changedBy {\n              handle\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').IdeaStatusFeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdeaPage($id: ID!) {\n    node(id: $id) {\n      ... on Idea {\n        __typename\n        id\n        title\n        body\n        bodyHtml\n        status\n        supportCount\n        commentCount\n        createdAt\n        tags\n        author {\n          ...AuthorLabel\n        }\n        decision {\n          summary\n          decidedAt\n        }\n        space {\n          id\n          name\n          community {\n            slug\n            name\n            locale\n          }\n        }\n        ...IdeaStatusHistory\n      }\n    }\n  }\n"): typeof import('./graphql').IdeaPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewCalendar($id: ID!) {\n    node(id: $id) {\n      ... on Space {\n        __typename\n        id\n        name\n        description\n        community {\n          slug\n          name\n          locale\n        }\n        reviewRounds {\n          cutoffAt\n          decisionDueAt\n          processed\n          ideas {\n            id\n            title\n            status\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ReviewCalendarDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchPage($communityId: ID!, $query: String!) {\n    node(id: $communityId) {\n      ... on Community {\n        __typename\n        id\n        slug\n        name\n        locale\n      }\n    }\n    search(input: { communityId: $communityId, query: $query, first: 20 }) {\n      totalCount\n      edges {\n        node {\n          kind\n          snippet\n          thread {\n            id\n            title\n          }\n          reply {\n            id\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SearchPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Sitemap {\n    communities(first: 50) {\n      edges {\n        node {\n          slug\n          visibility\n          spaces {\n            id\n            kind\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SitemapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SitemapThreads($spaceId: ID!) {\n    node(id: $spaceId) {\n      ... on Space {\n        threads(first: 100, orderBy: NEWEST) {\n          edges {\n            node {\n              id\n              lastActivityAt\n              hidden\n              deleted\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SitemapThreadsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SitemapIdeas($spaceId: ID!) {\n    ideas(spaceId: $spaceId, first: 100, orderBy: NEWEST) {\n      edges {\n        node {\n          id\n          updatedAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SitemapIdeasDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpaceFeed($id: ID!) {\n    node(id: $id) {\n      ... on Space {\n        __typename\n        id\n        name\n        community {\n          slug\n          name\n        }\n        threads(first: 30, orderBy: NEWEST) {\n          edges {\n            node {\n              id\n              title\n              body\n              createdAt\n              updatedAt\n              author {\n                handle\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SpaceFeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpacePage($id: ID!, $filter: ThreadsFilter, $after: String) {\n    node(id: $id) {\n      ... on Space {\n        __typename\n        id\n        name\n        description\n        kind\n        pinnedThreadIds\n        responseCommitment {\n          hours\n          text\n        }\n        community {\n          slug\n          name\n          locale\n        }\n        threads(first: 20, after: $after, filter: $filter) {\n          edges {\n            node {\n              ...ThreadListItem\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SpacePageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThreadPage($id: ID!, $after: String) {\n    node(id: $id) {\n      ... on Thread {\n        __typename\n        id\n        title\n        body\n        bodyHtml\n        kind\n        state\n        tags\n        deleted\n        hidden\n        createdAt\n        replyCount\n        expectedFirstResponseAt\n        firstResponseAt\n        author {\n          ...AuthorLabel\n        }\n        space {\n          id\n          name\n          community {\n            slug\n            name\n            locale\n          }\n        }\n        replies(first: 30, after: $after) {\n          edges {\n            node {\n              ...ReplyItem\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ThreadPageDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
