/** The badges a member can earn in a community, each at most once. Defined in code, not data. */
export enum BadgeKind {
  FIRST_ACCEPTED_ANSWER = 'FIRST_ACCEPTED_ANSWER',
  TEN_ACCEPTED_ANSWERS = 'TEN_ACCEPTED_ANSWERS',
  CO_CREATOR = 'CO_CREATOR',
  WELCOMER = 'WELCOMER',
  STEADY_HELPER = 'STEADY_HELPER',
}

export interface BadgeDefinition {
  kind: BadgeKind;
  name: string;
  description: string;
}

export const BADGE_CATALOGUE: Readonly<Record<BadgeKind, BadgeDefinition>> = {
  [BadgeKind.FIRST_ACCEPTED_ANSWER]: { kind: BadgeKind.FIRST_ACCEPTED_ANSWER, name: 'First accepted answer', description: 'One of your replies was accepted as the answer to a question' },
  [BadgeKind.TEN_ACCEPTED_ANSWERS]: { kind: BadgeKind.TEN_ACCEPTED_ANSWERS, name: 'Ten accepted answers', description: 'Ten of your replies were accepted as answers' },
  [BadgeKind.CO_CREATOR]: { kind: BadgeKind.CO_CREATOR, name: 'Co-creator', description: 'You accepted credit for a shipped idea' },
  [BadgeKind.WELCOMER]: { kind: BadgeKind.WELCOMER, name: 'Welcomer', description: "You gave the first reply to a newcomer's first question" },
  [BadgeKind.STEADY_HELPER]: { kind: BadgeKind.STEADY_HELPER, name: 'Steady helper', description: 'Your answers were accepted in four different weeks' },
};

export const STEADY_HELPER_WEEKS = 4;

/** Badges earned by a helper's accepted answers, given how many and in how many distinct weeks. */
export function answerBadges(acceptedAnswers: number, distinctWeeks: number): BadgeKind[] {
  const earned: BadgeKind[] = [];
  if (acceptedAnswers >= 1) earned.push(BadgeKind.FIRST_ACCEPTED_ANSWER);
  if (acceptedAnswers >= 10) earned.push(BadgeKind.TEN_ACCEPTED_ANSWERS);
  if (distinctWeeks >= STEADY_HELPER_WEEKS) earned.push(BadgeKind.STEADY_HELPER);
  return earned;
}
