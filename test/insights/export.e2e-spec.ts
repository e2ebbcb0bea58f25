import { parse } from 'csv-parse/sync';
import { Role, SpaceKind } from '@palabre/contracts';
import { IdeasService, IdeaStatus, IdeaWorkflowService } from '@palabre/ideas';
import { errorCode, startPlatform, type Platform } from '../support/harness';
import { addToCommunity, createCommunity, createMember, createSpace, type TestMember } from '../support/factories';
import { createIdea, setStatus, support, type TestIdea } from '../ideas/ideas-fixtures';
import { as, INSIGHTS_CONFIG, insightsWorld, launchCampaign, type InsightsWorld } from './insights-fixtures';
import { graphql } from '../graphql';
import type { ExportIdeasInput } from '../graphql/graphql';

const EXPORT = graphql(`mutation ExportExport($input: ExportIdeasInput!) { exportIdeas(input: $input) { url expiresAt format } }`);

/** Titles a spreadsheet must not split: commas, quotes, a line break. */
const TRICKY_TITLE = 'Lights, "bright" ones\nfor winter';
const TRICKY_BODY = 'Two lines,\r\nand a "quote".';

describe('insights: export of co-creation input', () => {
  let platform: Platform;
  let world: InsightsWorld;
  let shipped: TestIdea;
  let plain: TestIdea;
  let inCampaign: TestIdea;
  let hidden: TestIdea;
  let inCampaignAt: Date;
  let campaign: { id: string; globalId: string };

  const exportIdeas = (member: TestMember, input: ExportIdeasInput) => platform.gql(EXPORT, { input }, { token: member.token });
  const download = (url: string, token?: string) => fetch(`${platform.apiUrl}${url}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  beforeAll(async () => {
    platform = await startPlatform({ config: INSIGHTS_CONFIG });
    world = await insightsWorld(platform);
    const { staff, m } = world;
    campaign = await launchCampaign(platform, staff, world.ideas, 'Winter riding');
    shipped = await createIdea(platform, m[0], world.ideas, { title: 'Placeholder title for the tricky one', body: 'placeholder', tags: ['lights', 'winter'] });
    // Titles with line breaks are not what the ideas form accepts: the factory writes them directly.
    await platform.db.query(`UPDATE ideas SET title = $2, body = $3 WHERE id = $1`, [shipped.id, TRICKY_TITLE, TRICKY_BODY]);
    platform.clock.advanceHours(1);
    plain = await createIdea(platform, m[1], world.ideas, { title: '=1+2 a formula-looking title', body: 'A plain idea.' });
    platform.clock.advanceHours(1);
    inCampaignAt = platform.clock.now();
    inCampaign = await createIdea(platform, m[2], world.ideas, { title: 'Studded tyres', body: 'For icy roads.', campaignId: campaign.id, tags: ['winter'] });
    hidden = await createIdea(platform, m[3], world.ideas, { title: 'Hidden by moderation', body: 'Spam.' });
    await platform.db.query(`UPDATE ideas SET hidden_at = $2 WHERE id = $1`, [hidden.id, platform.clock.now()]);

    for (const member of [m[1], m[2], m[3], world.staff, world.moderator]) await support(platform, member, shipped);
    await platform.app.get(IdeasService).commentOnIdea(as(m[4]), { ideaId: shipped.id, body: 'Yes please, with a USB charger.', inReplyToId: null });
    for (const status of [IdeaStatus.PLANNED, IdeaStatus.IN_PROGRESS]) await setStatus(platform, staff, shipped, status);
    await platform.app.get(IdeaWorkflowService).changeStatus(as(staff), { ideaId: shipped.id, status: IdeaStatus.SHIPPED, rationale: 'Shipped in the 2026 range, thanks to everyone who helped.', creditMemberIds: [m[5].id] });
    // m[5] accepts the credit; the author (m[0]) was offered it too but has not accepted.
    await platform.app.get(IdeaWorkflowService).acceptCredit(as(m[5]), shipped.id);
  });

  afterAll(async () => {
    await platform?.close();
  });

  it('gives brand staff a CSV that a standard parser reads back exactly', async () => {
    const result = await exportIdeas(world.staff, { communityId: world.community.globalId, format: 'CSV' });
    expect(result.errors).toBeUndefined();
    const link = result.data.exportIdeas;
    expect(link.format).toBe('CSV');
    expect(link.url).toMatch(/^\/insights\/exports\/[A-Za-z0-9_-]{40,}$/);
    expect(new Date(link.expiresAt).getTime()).toBe(platform.clock.now().getTime() + platform.config.DATA_EXPORT_LINK_TTL_MINUTES * 60_000);
    // Only the hash of the link is stored.
    const token = link.url.split('/').pop()!;
    const { rows: stored } = await platform.db.query(`SELECT link_hash FROM idea_exports`);
    expect(stored).toHaveLength(1);
    expect(stored[0].link_hash).not.toContain(token);

    const response = await download(link.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="palabre-ideas-.*\.csv"$/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const text = await response.text();
    const records: Array<Record<string, string>> = parse(text, { columns: true, skip_empty_lines: true });

    expect(records.map((record) => record['title'])).toEqual([TRICKY_TITLE, "'=1+2 a formula-looking title", 'Studded tyres']);
    const row = records[0];
    expect(row).toMatchObject({
      id: shipped.globalId,
      body: TRICKY_BODY,
      tags: 'lights; winter',
      status: 'SHIPPED',
      campaign: '',
      supports_total: '5',
      supports_members: '3',
      supports_staff: '1',
      supports_moderators: '1',
      comments: '1',
      credited: world.m[5].handle,
    });
    expect(row['status_history'].split('\n')).toEqual([
      expect.stringMatching(/ OPEN -> PLANNED: We looked at this/),
      expect.stringMatching(/ PLANNED -> IN_PROGRESS: We looked at this/),
      expect.stringMatching(/ IN_PROGRESS -> SHIPPED: Shipped in the 2026 range, thanks to everyone who helped\.$/),
    ]);
    expect(records[2]['campaign']).toBe('Winter riding');
    // No private data: no email, no supporter identity, no uncredited author.
    for (const member of [world.m[0], world.m[1], world.m[2], world.m[3], world.staff, world.moderator, world.m[5]]) expect(text).not.toContain(member.email);
    for (const supporter of [world.m[1], world.m[2], world.m[3], world.staff, world.moderator]) expect(text).not.toContain(supporter.handle);
    expect(text).not.toContain(world.m[0].handle);
    expect(text).not.toContain('Hidden by moderation');

    // Single use.
    expect((await download(link.url)).status).toBe(404);
    const { rows } = await platform.db.query(`SELECT link_hash, downloaded_at FROM idea_exports`);
    expect(rows[0]).toEqual({ link_hash: null, downloaded_at: platform.clock.now() });
  });

  it('exports one campaign as JSON to its requester', async () => {
    const result = await exportIdeas(world.owner, { communityId: world.community.globalId, spaceId: world.ideas.globalId, campaignId: campaign.globalId, format: 'JSON' });
    expect(result.errors).toBeUndefined();
    const response = await download(result.data.exportIdeas.url, world.owner.token);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const document = (await response.json()) as { ideas: unknown[] };
    expect(document).toMatchObject({ format: 'palabre.ideas-export', community: world.community.globalId, campaign: campaign.globalId });
    expect(document.ideas).toEqual([
      {
        id: inCampaign.globalId,
        title: 'Studded tyres',
        body: 'For icy roads.',
        tags: ['winter'],
        status: 'OPEN',
        space: expect.any(String),
        campaign: 'Winter riding',
        proposedAt: inCampaignAt.toISOString(),
        supports: { total: 0, byAffiliation: { members: 0, staff: 0, moderators: 0 } },
        comments: 0,
        credited: [],
        statusHistory: [],
      },
    ]);
  });

  it('answers FORBIDDEN to members and moderators, NOT_FOUND for a space or campaign of another community, and writes nothing', async () => {
    for (const member of [world.m[0], world.moderator, world.outsider]) {
      expect(errorCode(await exportIdeas(member, { communityId: world.community.globalId, format: 'CSV' }))).toBe('FORBIDDEN');
    }
    const elsewhereOwner = await createMember(platform);
    const elsewhere = await createCommunity(platform, elsewhereOwner);
    const otherSpace = await createSpace(platform, elsewhere, SpaceKind.IDEAS);
    const otherCampaign = await launchCampaign(platform, elsewhereOwner, otherSpace, 'Elsewhere');
    expect(errorCode(await exportIdeas(world.staff, { communityId: world.community.globalId, spaceId: otherSpace.globalId, format: 'CSV' }))).toBe('NOT_FOUND');
    expect(errorCode(await exportIdeas(world.staff, { communityId: world.community.globalId, campaignId: otherCampaign.globalId, format: 'CSV' }))).toBe('NOT_FOUND');
    expect(errorCode(await exportIdeas(world.staff, { communityId: world.community.globalId, spaceId: world.discussion.globalId, format: 'CSV' }))).toBe('NOT_FOUND');
    // A format outside the enum: a deliberately invalid variable, hence the untyped call.
    const xlsx = await platform.gqlRaw(EXPORT.toString(), { input: { communityId: world.community.globalId, format: 'XLSX' } }, { token: world.staff.token });
    expect(errorCode(xlsx)).toBe('BAD_USER_INPUT');
    expect(errorCode(await exportIdeas(world.staff, { communityId: plain.globalId, format: 'CSV' }))).toBe('BAD_USER_INPUT');
    const { rows } = await platform.db.query(`SELECT count(*)::int AS n FROM idea_exports`);
    expect(rows[0].n).toBe(2);
  });

  it('serves a link to its requester only, while it lives and while they are on the brand team', async () => {
    const link = async () => (await exportIdeas(world.staff, { communityId: world.community.globalId, format: 'CSV' })).data.exportIdeas.url as string;

    // Someone else signed in: the link does not exist for them, and stays usable by its owner.
    const first = await link();
    expect((await download(first, world.owner.token)).status).toBe(404);
    expect((await download(first, 'not-a-valid-token')).status).toBe(404);
    expect((await download(first, world.staff.token)).status).toBe(200);

    // Expired.
    const second = await link();
    platform.clock.advance(platform.config.DATA_EXPORT_LINK_TTL_MINUTES * 60_000 + 1);
    expect((await download(second)).status).toBe(404);

    // A made-up link.
    expect((await download('/insights/exports/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')).status).toBe(404);
    expect((await download('/insights/exports/x')).status).toBe(404);

    // The requester left the brand team before using it.
    const third = await link();
    await addToCommunity(platform, world.community, world.staff, Role.MEMBER);
    expect((await download(third)).status).toBe(404);
    await addToCommunity(platform, world.community, world.staff, Role.BRAND_STAFF);
    expect((await download(third)).status).toBe(200);
  });

  it('lets exactly one of many concurrent downloads of a link through', async () => {
    const url = (await exportIdeas(world.staff, { communityId: world.community.globalId, format: 'JSON' })).data.exportIdeas.url as string;
    const statuses = await Promise.all(Array.from({ length: 8 }, () => download(url).then((response) => response.status)));
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 404)).toHaveLength(7);
  });
});
