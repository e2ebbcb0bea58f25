import type { INestApplication } from '@nestjs/common';
import { Locale, Role, SpaceKind, Visibility } from '@palabre/contracts';
import { Clock, RequestContext, TransactionRunner } from '@palabre/core';
import { MembersService } from '@palabre/members';
import { CommunitiesRepository, CommunitiesService, CommunityRow, SpaceRow } from '@palabre/communities';

export const DEMO_PASSWORD = 'palabre-demo-2026';

export interface DemoCommunity {
  community: CommunityRow;
  discussion: SpaceRow;
  ideas: SpaceRow;
}

/** What every feature's demo seeder receives: the people and places of the demo community. */
export interface DemoWorld {
  app: INestApplication;
  /** Member ids by handle. */
  members: Record<string, string>;
  fr: DemoCommunity;
  en: DemoCommunity;
  /** A request context acting as the member with this handle. */
  as(handle: string): RequestContext;
}

export const DEMO_MEMBERS = ['camille', 'mathis', 'lea', 'hugo', 'ines', 'noah', 'emma', 'jules', 'sarah', 'leo', 'marque_velo', 'modo_anna'];
export const STAFF_HANDLE = 'marque_velo';
export const MODERATOR_HANDLE = 'modo_anna';
export const DEMO_MEMBERSHIP_AGE_DAYS = 60;

async function ensureMember(app: INestApplication, handle: string): Promise<string> {
  const members = app.get(MembersService);
  const existing = await members.findByHandle(handle);
  if (existing) return existing.id;
  const session = await members.createAccount(RequestContext.system('seed'), { handle, email: `${handle}@demo.palabre.local`, password: DEMO_PASSWORD });
  return session.member.id;
}

async function ensureCommunity(
  app: INestApplication,
  owner: RequestContext,
  values: { slug: string; name: string; description: string; locale: Locale; visibility: Visibility },
  spaces: Array<{ slug: string; name: string; description: string; kind: SpaceKind }>,
): Promise<{ community: CommunityRow; spaces: SpaceRow[] }> {
  const communities = app.get(CommunitiesService);
  const repo = app.get(CommunitiesRepository);
  const community = (await repo.findBySlug(values.slug)) ?? (await communities.createCommunity(owner, values));
  const existing = await repo.spacesOfCommunities([community.id]);
  const result: SpaceRow[] = [];
  for (const space of spaces) {
    result.push(existing.find((row) => row.slug === space.slug) ?? (await communities.createSpace(owner, community.id, space)));
  }
  return { community, spaces: result };
}

/** Builds (idempotently) the people, communities and spaces every demo seeder builds on. */
export async function buildDemoWorld(app: INestApplication): Promise<DemoWorld> {
  const members: Record<string, string> = {};
  for (const handle of DEMO_MEMBERS) members[handle] = await ensureMember(app, handle);
  const as = (handle: string) => RequestContext.forMember(members[handle]);
  const communities = app.get(CommunitiesService);

  const fr = await ensureCommunity(
    app,
    as('camille'),
    { slug: 'atelier-velo', name: 'L’Atelier Vélo', description: 'Entraide et idées des cyclistes de la marque Vélo Léger.', locale: Locale.FR, visibility: Visibility.PUBLIC },
    [
      { slug: 'entraide', name: 'Entraide', description: 'Posez vos questions, partagez vos astuces.', kind: SpaceKind.DISCUSSION },
      { slug: 'idees', name: 'Boîte à idées', description: 'Proposez et soutenez les idées pour nos vélos.', kind: SpaceKind.IDEAS },
    ],
  );
  const en = await ensureCommunity(
    app,
    as('camille'),
    { slug: 'trail-gear', name: 'Trail Gear Community', description: 'Riders helping riders, and shaping the next Trail Gear products.', locale: Locale.EN, visibility: Visibility.PUBLIC },
    [
      { slug: 'help', name: 'Help & advice', description: 'Questions and answers about your gear.', kind: SpaceKind.DISCUSSION },
      { slug: 'ideas', name: 'Ideas', description: 'Propose and support product ideas.', kind: SpaceKind.IDEAS },
    ],
  );

  for (const { community } of [fr, en]) {
    for (const handle of DEMO_MEMBERS) {
      if (handle !== 'camille') await communities.joinCommunity(as(handle), community.id);
    }
    await communities.setMemberRole(as('camille'), community.id, members[STAFF_HANDLE], Role.BRAND_STAFF);
    await communities.setMemberRole(as('camille'), community.id, members[MODERATOR_HANDLE], Role.MODERATOR);
    // Someone trying the demo signs in as a seeded member: the new-member limits must not stop them posting.
    const longAgo = new Date(app.get(Clock).now().getTime() - DEMO_MEMBERSHIP_AGE_DAYS * 86_400_000);
    await app.get(TransactionRunner).run((tx) => app.get(CommunitiesRepository).backdateJoins(tx, community.id, Object.values(members), longAgo));
  }

  return {
    app,
    members,
    as,
    fr: { community: fr.community, discussion: fr.spaces[0], ideas: fr.spaces[1] },
    en: { community: en.community, discussion: en.spaces[0], ideas: en.spaces[1] },
  };
}
