import { AppError, Clock, RequestContext, TransactionRunner } from '@palabre/core';
import { IdeasScheduler, IdeasService, IdeaStatus, IdeaWorkflowService } from '@palabre/ideas';
import type { DemoCommunity, DemoWorld } from './demo-world';

interface DemoIdea {
  key: string;
  by: string;
  title: string;
  body: string;
  tags: string[];
  inCampaign?: boolean;
  supporters: string[];
  /** Status steps with their public rationale, in order. */
  steps?: Array<{ to: IdeaStatus; rationale: string }>;
  mergeInto?: { key: string; rationale: string };
  /** Demo only: proposed this many days ago with too few supports, so the scheduler expires it. */
  expiredAfterDays?: number;
  comments?: Array<{ by: string; body: string }>;
}

interface DemoIdeasSpace {
  campaign: { title: string; brief: string };
  ideas: DemoIdea[];
}

const FRENCH: DemoIdeasSpace = {
  campaign: { title: 'Quel porte-bagages pour le vélo de ville 2027 ?', brief: 'Nous dessinons le **porte-bagages** du prochain vélo de ville. Dites-nous ce que vous transportez et comment.' },
  ideas: [
    { key: 'fr-rack', by: 'lea', title: 'Un porte-bagages avant pour les courses', body: 'Un plateau avant compatible avec un cageot, pour ne plus charger le dos.', tags: ['porte-bagages'], inCampaign: true, supporters: ['hugo', 'ines', 'noah', 'emma'], comments: [{ by: 'marque_velo', body: 'Merci Léa ! Quel poids transportez-vous en général ?' }, { by: 'lea', body: 'Environ 8 kg, un cageot de légumes.' }] },
    { key: 'fr-rack-dup', by: 'jules', title: 'Porte-bagages à l’avant pour les courses', body: 'Comme sur les vélos hollandais.', tags: ['porte-bagages'], inCampaign: true, supporters: ['sarah', 'hugo'], mergeInto: { key: 'fr-rack', rationale: 'Même besoin que l’idée de Léa : nous regroupons les soutiens pour que la discussion se tienne au même endroit.' } },
    { key: 'fr-lights', by: 'hugo', title: 'Éclairage intégré alimenté par la dynamo', body: 'Des feux toujours allumés, sans piles à changer.', tags: ['eclairage'], supporters: ['lea', 'noah', 'mathis', 'sarah', 'leo'], steps: [{ to: IdeaStatus.UNDER_REVIEW, rationale: 'Nous étudions le coût d’une dynamo moyeu sur toute la gamme avec notre fournisseur.' }] },
    { key: 'fr-lock', by: 'ines', title: 'Un antivol de cadre livré avec le vélo', body: 'Un antivol fer à cheval fixé au cadre, clé identique à la batterie.', tags: ['securite'], supporters: ['emma', 'jules', 'leo'], steps: [{ to: IdeaStatus.PLANNED, rationale: 'Prévu pour la gamme 2027 : le fournisseur de serrures peut aligner les clés avec la batterie.' }] },
    { key: 'fr-mud', by: 'noah', title: 'Des garde-boue plus couvrants', body: 'Les actuels laissent passer l’eau sur les chaussures.', tags: ['confort'], supporters: ['camille', 'lea', 'ines'], steps: [{ to: IdeaStatus.PLANNED, rationale: 'Nouveau moule validé avec l’atelier, il couvre 4 cm de plus vers l’avant.' }, { to: IdeaStatus.IN_PROGRESS, rationale: 'Les premiers prototypes sont en test chez dix membres de la communauté.' }] },
    { key: 'fr-bell', by: 'emma', title: 'Une sonnette au son plus doux', body: 'Pour prévenir les piétons sans les faire sursauter.', tags: ['accessoires'], supporters: ['sarah', 'mathis'], steps: [{ to: IdeaStatus.PLANNED, rationale: 'Une sonnette à timbre rond a été choisie après un vote interne de l’équipe.' }, { to: IdeaStatus.IN_PROGRESS, rationale: 'Commande passée auprès du fabricant, livraison prévue ce trimestre.' }, { to: IdeaStatus.SHIPPED, rationale: 'Livrée sur tous les vélos de ville depuis la série de mars : merci Emma !' }] },
    { key: 'fr-carbon', by: 'mathis', title: 'Un cadre en carbone pour le vélo de ville', body: 'Plus léger pour monter les escaliers.', tags: ['cadre'], supporters: ['leo'], steps: [{ to: IdeaStatus.DECLINED, rationale: 'Nous ne le ferons pas : un cadre carbone coûterait deux fois plus cher et résiste mal aux chocs du stationnement en ville.' }] },
    { key: 'fr-color', by: 'sarah', title: 'Une teinte vert sapin au catalogue', body: 'Une couleur sobre et élégante.', tags: ['couleurs'], supporters: [], expiredAfterDays: 70 },
  ],
};

const ENGLISH: DemoIdeasSpace = {
  campaign: { title: 'What should the next trail pack carry?', brief: 'We are designing a new **hydration pack**. Tell us what you carry on long rides.' },
  ideas: [
    { key: 'en-pocket', by: 'leo', title: 'A hip pocket you can reach while riding', body: 'For a phone or a bar, without stopping.', tags: ['pack'], inCampaign: true, supporters: ['hugo', 'ines', 'noah'], comments: [{ by: 'marque_velo', body: 'Left or right side, or both?' }, { by: 'leo', body: 'Both, so it works for everyone.' }] },
    { key: 'en-pocket-dup', by: 'sarah', title: 'Reachable hip pockets on the pack', body: 'Snacks within reach.', tags: ['pack'], inCampaign: true, supporters: ['emma', 'hugo'], mergeInto: { key: 'en-pocket', rationale: 'Same need as Leo’s idea: we merge the supports so the discussion happens in one place.' } },
    { key: 'en-tubeless', by: 'hugo', title: 'Tubeless repair kit in the saddle bag', body: 'Plugs and a small pump, sized for the bag.', tags: ['repair'], supporters: ['lea', 'noah', 'mathis', 'jules'], steps: [{ to: IdeaStatus.UNDER_REVIEW, rationale: 'Our product team is checking which plug sizes fit the current saddle bag.' }] },
    { key: 'en-bladder', by: 'ines', title: 'A bladder that opens fully for cleaning', body: 'Slide-top so it can be dried properly.', tags: ['hydration'], supporters: ['emma', 'jules'], steps: [{ to: IdeaStatus.PLANNED, rationale: 'Planned for next season: the supplier already makes a slide-top bladder in our size.' }] },
    { key: 'en-strap', by: 'noah', title: 'A magnetic chest strap buckle', body: 'One-handed, even with gloves.', tags: ['pack'], supporters: ['camille', 'leo'], steps: [{ to: IdeaStatus.PLANNED, rationale: 'We tested three magnetic buckles and picked the one that held under 40 kg.' }, { to: IdeaStatus.IN_PROGRESS, rationale: 'Pre-series packs with the new buckle are being sewn this month.' }] },
    { key: 'en-reflective', by: 'emma', title: 'Reflective piping on the pack', body: 'To be seen on the road back home.', tags: ['safety'], supporters: ['sarah', 'mathis', 'lea'], steps: [{ to: IdeaStatus.PLANNED, rationale: 'Reflective piping adds almost no cost, so it goes on the next batch.' }, { to: IdeaStatus.IN_PROGRESS, rationale: 'The factory is switching the piping on the production line.' }, { to: IdeaStatus.SHIPPED, rationale: 'Every pack sold since April has reflective piping: thank you Emma!' }] },
    { key: 'en-solar', by: 'mathis', title: 'A solar panel on the pack', body: 'To charge a phone on long rides.', tags: ['electronics'], supporters: ['leo'], steps: [{ to: IdeaStatus.DECLINED, rationale: 'We will not do this: panels small enough for a pack give under 2 W in shade and add weight and a fragile part.' }] },
    { key: 'en-camo', by: 'jules', title: 'A camouflage colourway', body: 'For hunting season rides.', tags: ['colours'], supporters: [], expiredAfterDays: 70 },
  ],
};

const POLICY = { supportBudget: 10, updateEveryDays: 30, supportThreshold: 5, thresholdWindowDays: 60, reviewCadenceDays: 14 };

/** The seed posts faster than the anti-flood limit allows one member: wait as told, then retry. */
async function patiently<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'TOO_MANY_REQUESTS' || attempt >= 4) throw error;
      const seconds = Number((error.extensions as { retryAfterSeconds?: number }).retryAfterSeconds ?? 5);
      await new Promise((done) => setTimeout(done, seconds * 1000));
    }
  }
}

async function seedSpace(world: DemoWorld, place: DemoCommunity, demo: DemoIdeasSpace): Promise<void> {
  const db = world.app.get(TransactionRunner);
  const existing: unknown[] = await db.reader.query(`SELECT 1 FROM ideas WHERE space_id = $1 LIMIT 1`, [place.ideas.id]);
  if (existing.length > 0) return;
  const ideas = world.app.get(IdeasService);
  const workflow = world.app.get(IdeaWorkflowService);
  const as = (handle: string): RequestContext => world.as(handle);
  const staff = 'marque_velo';
  const day = 86_400_000;

  await ideas.setIdeaPolicy(as('camille'), place.ideas.id, POLICY);
  const now = world.app.get(Clock).now().getTime();
  const campaign = await ideas.launchCampaign(as(staff), {
    spaceId: place.ideas.id,
    title: demo.campaign.title,
    brief: demo.campaign.brief,
    submissionsCloseAt: new Date(now + 21 * day),
    supportClosesAt: new Date(now + 30 * day),
  });

  const ids = new Map<string, string>();
  for (const idea of demo.ideas) {
    const row = await patiently(() =>
      ideas.proposeIdea(as(idea.by), { spaceId: place.ideas.id, campaignId: idea.inCampaign ? campaign.id : null, title: idea.title, body: idea.body, tags: idea.tags }),
    );
    ids.set(idea.key, row.id);
    for (const comment of idea.comments ?? []) await patiently(() => ideas.commentOnIdea(as(comment.by), { ideaId: row.id, body: comment.body, inReplyToId: null }));
    if (idea.expiredAfterDays) {
      // Demo only: move the proposal back in time so the scheduler expires it.
      await db.run((tx) => tx.query(`UPDATE ideas SET created_at = created_at - make_interval(days => $2) WHERE id = $1`, [row.id, idea.expiredAfterDays]));
    }
  }
  for (const idea of demo.ideas) {
    for (const supporter of idea.supporters) await workflow.supportIdea(as(supporter), ids.get(idea.key)!);
  }
  for (const idea of demo.ideas) {
    const id = ids.get(idea.key)!;
    for (const step of idea.steps ?? []) {
      await workflow.changeStatus(as(staff), { ideaId: id, status: step.to, rationale: step.rationale, creditMemberIds: [] });
    }
    if (idea.steps?.at(-1)?.to === IdeaStatus.SHIPPED) await workflow.acceptCredit(as(idea.by), id);
    if (idea.mergeInto) await workflow.mergeIdea(as('modo_anna'), { ideaId: id, intoIdeaId: ids.get(idea.mergeInto.key)!, rationale: idea.mergeInto.rationale });
  }
  await world.app.get(IdeasScheduler).runDueTransitions();
}

/** A campaign, ideas in every status with real rationales, a merge and a shipped idea with accepted credit, in French and English. */
export async function seedIdeas(world: DemoWorld): Promise<void> {
  await seedSpace(world, world.fr, FRENCH);
  await seedSpace(world, world.en, ENGLISH);
}
