import { TransactionRunner } from '@palabre/core';
import { AdviceRepository, AdviceService, ThreadKind } from '@palabre/advice';
import type { DemoCommunity, DemoWorld } from './demo-world';

interface DemoReply {
  by: string;
  body: string;
  accepted?: boolean;
}

interface DemoThread {
  by: string;
  kind: ThreadKind;
  title: string;
  body: string;
  tags: string[];
  replies: DemoReply[];
  /** Asked this many hours ago, so it is already past its expected answer time. */
  overdueByHours?: number;
}

const COMMITMENT = {
  fr: { hours: 48, text: 'L’équipe Vélo Léger répond aux questions ouvertes sous 48 heures (jours ouvrés).' },
  en: { hours: 48, text: 'The Trail Gear team answers open questions within 48 hours.' },
};

const FRENCH: DemoThread[] = [
  {
    by: 'lea',
    kind: ThreadKind.QUESTION,
    title: 'Quelle crème pour entretenir la chaîne sous la pluie ?',
    body: 'Je roule tous les jours, même par temps de pluie. Ma chaîne rouille en une semaine : quelle **crème** ou huile utilisez-vous ?',
    tags: ['entretien', 'chaine'],
    replies: [
      { by: 'hugo', body: 'Une lubrifiante « conditions humides » à base de cire, appliquée chaque dimanche après un **dégraissage** rapide. Ma chaîne tient tout l’hiver.', accepted: true },
      { by: 'marque_velo', body: 'Bonne réponse de Hugo ! Pensez aussi à essuyer la chaîne après chaque sortie sous la pluie. Notre guide : [entretien de la transmission](https://example.com/guide-transmission).' },
    ],
  },
  {
    by: 'ines',
    kind: ThreadKind.QUESTION,
    title: 'Mon dérailleur arrière saute sur les petits pignons',
    body: 'Depuis une chute légère, la chaîne saute quand je passe sur les trois plus petits pignons. Faut-il changer la patte de dérailleur ?',
    tags: ['derailleur'],
    replies: [{ by: 'marque_velo', body: 'Probablement la patte, oui : elle est conçue pour plier à la place du cadre. Un revendeur peut la contrôler ; elle est couverte par la garantie la première année.' }],
  },
  {
    by: 'mathis',
    kind: ThreadKind.DISCUSSION,
    title: 'Vos plus belles sorties de l’automne',
    body: 'Partagez vos itinéraires préférés : je commence avec la boucle des étangs, 42 km sans voiture.',
    tags: ['sorties'],
    replies: [
      { by: 'camille', body: 'La voie verte le long du canal, magnifique au lever du soleil !' },
      { by: 'jules', body: 'Les gorges, mais prévoyez de bons freins pour la descente.' },
    ],
  },
  {
    by: 'noah',
    kind: ThreadKind.QUESTION,
    title: 'Garantie du cadre après une chute ?',
    body: 'Mon cadre a une petite fissure près de la boîte de pédalier après une chute. Est-ce couvert par la garantie ?',
    tags: ['garantie'],
    replies: [],
    overdueByHours: 72,
  },
];

const ENGLISH: DemoThread[] = [
  {
    by: 'emma',
    kind: ThreadKind.QUESTION,
    title: 'Best tyre pressure for gravel rides?',
    body: 'I run 40 mm tyres and weigh 65 kg. What pressure do you use on mixed gravel and tarmac?',
    tags: ['tyres', 'gravel'],
    replies: [
      { by: 'jules', body: 'Around 2.5 bar front and 2.7 rear works for me, a bit lower if it is wet.' },
      { by: 'marque_velo', body: 'Our pressure chart suggests **2.4 / 2.6 bar** for your weight with tubeless 40 mm tyres. Start there and lower by 0.1 until it feels right.', accepted: true },
    ],
  },
  {
    by: 'sarah',
    kind: ThreadKind.QUESTION,
    title: 'Rear hub clicking after the rain',
    body: 'Since last week my rear hub makes a clicking noise when I pedal. Is that the freehub?',
    tags: ['hubs'],
    replies: [{ by: 'leo', body: 'Had the same thing: the freehub pawls needed cleaning and fresh grease. Ten minutes with the right tool.' }],
  },
  {
    by: 'jules',
    kind: ThreadKind.DISCUSSION,
    title: 'Share your commute setup',
    body: 'Lights, bags, mudguards: what does your daily commuter look like?',
    tags: ['commute'],
    replies: [{ by: 'emma', body: 'Dynamo lights and a pannier: never going back.' }],
  },
  {
    by: 'leo',
    kind: ThreadKind.QUESTION,
    title: 'How do I register my warranty?',
    body: 'I bought my bike second-hand. Can I still register it for the warranty, and where?',
    tags: ['warranty'],
    replies: [],
    overdueByHours: 60,
  },
];

async function seedSpace(world: DemoWorld, place: DemoCommunity, threads: DemoThread[], commitment: { hours: number; text: string }): Promise<void> {
  const advice = world.app.get(AdviceService);
  if (await world.app.get(AdviceRepository).spaceHasThreads(place.discussion.id)) return;
  await advice.setResponseCommitment(world.as('camille'), place.discussion.id, commitment.hours, commitment.text);
  for (const demo of threads) {
    const thread = await advice.startThread(world.as(demo.by), place.discussion.id, { kind: demo.kind, title: demo.title, body: demo.body, tags: demo.tags });
    for (const reply of demo.replies) {
      const row = await advice.reply(world.as(reply.by), thread.id, reply.body, null);
      if (reply.accepted) await advice.acceptAnswer(world.as(demo.by), row.id);
    }
    if (demo.overdueByHours) {
      // Demo only: move the question back in time so the brand team's overdue queue is not empty.
      const hours = demo.overdueByHours;
      await world.app.get(TransactionRunner).run((tx) =>
        tx.query(
          `UPDATE threads SET created_at = created_at - make_interval(hours => $2), updated_at = updated_at - make_interval(hours => $2),
                  last_activity_at = last_activity_at - make_interval(hours => $2), expected_first_response_at = expected_first_response_at - make_interval(hours => $2)
            WHERE id = $1`,
          [thread.id, hours],
        ),
      );
    }
  }
}

/** Questions answered by members and by staff, an accepted answer and an overdue question, in French and English. */
export async function seedAdvice(world: DemoWorld): Promise<void> {
  await seedSpace(world, world.fr, FRENCH, COMMITMENT.fr);
  await seedSpace(world, world.en, ENGLISH, COMMITMENT.en);
}
