import { Locale } from '@palabre/contracts';

/** Bump when a clause changes meaning; exports record the version they were made under. */
export const DATA_CHARTER_VERSION = '2026-12-03';

interface Clause {
  id: string;
  title: Record<Locale, string>;
  text: Record<Locale, string>;
}

/**
 * What Palabre stores, why and for how long, in French and English. Every inventory entry a
 * feature declares points at one of these ids (a test checks it).
 */
export const DATA_CHARTER: readonly Clause[] = [
  {
    id: 'account',
    title: { EN: 'Your account', FR: 'Votre compte' },
    text: {
      EN: 'We store a pseudonym, an email address and a password hash, and nothing else about who you are. Your email is visible to you only; your pseudonym is shown next to what you write. Both are kept while your account exists.',
      FR: 'Nous conservons un pseudonyme, une adresse e-mail et une empreinte de mot de passe, rien d’autre sur votre identité. Votre e-mail n’est visible que par vous ; votre pseudonyme accompagne ce que vous écrivez. Ils sont conservés tant que votre compte existe.',
    },
  },
  {
    id: 'security',
    title: { EN: 'Sessions and security', FR: 'Sessions et sécurité' },
    text: {
      EN: 'To keep you signed in and detect stolen sessions, we record when each session started and was last used, with its IP address and browser. Addresses and browsers are erased after 30 days by default; rate-limit counters expire within minutes.',
      FR: 'Pour vous garder connecté et détecter les sessions volées, nous enregistrons le début et la dernière utilisation de chaque session, avec son adresse IP et son navigateur. Adresses et navigateurs sont effacés après 30 jours par défaut ; les compteurs anti-abus expirent en quelques minutes.',
    },
  },
  {
    id: 'memberships',
    title: { EN: 'Communities and roles', FR: 'Communautés et rôles' },
    text: {
      EN: 'We record the communities you join, your role in each and the invitations you send or receive, so private communities stay private and staff are labelled. Roles label people; they never weigh votes.',
      FR: 'Nous enregistrons les communautés que vous rejoignez, votre rôle dans chacune et les invitations envoyées ou reçues, pour que les communautés privées le restent et que l’équipe soit identifiée. Les rôles identifient ; ils ne pèsent jamais sur les votes.',
    },
  },
  {
    id: 'contributions',
    title: { EN: 'What you write', FR: 'Ce que vous écrivez' },
    text: {
      EN: 'Threads, replies, ideas and comments are kept while your account exists. When you leave, you choose: keep them under an anonymous label ("former member #n") so conversations still make sense, or delete them. Images you attach are stored without their metadata (no camera, place or date), follow their post (hidden, deleted or erased with it), and an image you upload but never post is deleted after a day.',
      FR: 'Fils, réponses, idées et commentaires sont conservés tant que votre compte existe. Quand vous partez, vous choisissez : les garder sous un libellé anonyme (« ancien membre n° n ») pour que les conversations gardent leur sens, ou les supprimer. Les images que vous joignez sont enregistrées sans leurs métadonnées (ni appareil, ni lieu, ni date), suivent leur message (masquées, supprimées ou effacées avec lui), et une image téléversée mais jamais publiée est supprimée au bout d’un jour.',
    },
  },
  {
    id: 'reactions',
    title: { EN: 'Supports, votes and kudos', FR: 'Soutiens, votes et remerciements' },
    text: {
      EN: 'Each support, vote or kudos you give counts exactly once and is stored with your account; they are removed when you leave, and counters are corrected.',
      FR: 'Chaque soutien, vote ou remerciement compte exactement une fois et est rattaché à votre compte ; ils sont supprimés à votre départ et les compteurs corrigés.',
    },
  },
  {
    id: 'moderation',
    title: { EN: 'Reports and moderation', FR: 'Signalements et modération' },
    text: {
      EN: 'Reports you file and moderation actions about you are kept to protect the community and to let you contest a decision. Reporters are never revealed to the person reported.',
      FR: 'Les signalements que vous déposez et les actions de modération vous concernant sont conservés pour protéger la communauté et vous permettre de contester une décision. L’auteur d’un signalement n’est jamais révélé à la personne signalée.',
    },
  },
  {
    id: 'notifications',
    title: { EN: 'Notifications and preferences', FR: 'Notifications et préférences' },
    text: {
      EN: 'We store what you follow, your notification preferences and the notifications sent to you. Delivered notifications and read receipts are erased after 180 days by default.',
      FR: 'Nous conservons ce que vous suivez, vos préférences de notification et les notifications envoyées. Les notifications distribuées et les accusés de lecture sont effacés après 180 jours par défaut.',
    },
  },
  {
    id: 'consents',
    title: { EN: 'Consents', FR: 'Consentements' },
    text: {
      EN: 'Each consent you give or withdraw is recorded with its date, so we can prove we only contact you as you asked. Withdrawing is as easy as giving.',
      FR: 'Chaque consentement donné ou retiré est enregistré avec sa date, pour prouver que nous ne vous contactons que comme vous l’avez demandé. Retirer est aussi simple que donner.',
    },
  },
  {
    id: 'export',
    title: { EN: 'Taking your data with you', FR: 'Emporter vos données' },
    text: {
      EN: 'You can ask for a JSON archive of everything about you at any time. It contains your data only (other people appear by pseudonym where needed), is downloadable through a single-use link, and is deleted after 7 days by default.',
      FR: 'Vous pouvez demander à tout moment une archive JSON de tout ce qui vous concerne. Elle ne contient que vos données (les autres n’apparaissent que par pseudonyme quand c’est nécessaire), se télécharge par un lien à usage unique et est supprimée après 7 jours par défaut.',
    },
  },
  {
    id: 'erasure',
    title: { EN: 'Leaving', FR: 'Partir' },
    text: {
      EN: 'Deleting your account takes effect after a grace period (7 days by default) during which you can cancel. Then your email, pseudonym, sessions, preferences and reactions are erased for good; nothing of your identity remains in search, exports, notifications or events.',
      FR: 'La suppression de votre compte prend effet après un délai de grâce (7 jours par défaut) pendant lequel vous pouvez annuler. Ensuite votre e-mail, votre pseudonyme, vos sessions, vos préférences et vos réactions sont effacés définitivement ; rien de votre identité ne subsiste dans la recherche, les exports, les notifications ou les événements.',
    },
  },
  {
    id: 'retention',
    title: { EN: 'Retention', FR: 'Durées de conservation' },
    text: {
      EN: 'A scheduled job erases data past its retention period every few minutes. Durations are listed for each kind of data in your data inventory.',
      FR: 'Une tâche planifiée efface toutes les quelques minutes les données dont la durée de conservation est dépassée. Les durées figurent pour chaque type de donnée dans votre inventaire.',
    },
  },
];

export const CHARTER_CLAUSE_IDS: ReadonlySet<string> = new Set(DATA_CHARTER.map((clause) => clause.id));

export function charterIn(locale: Locale): { version: string; locale: Locale; clauses: Array<{ id: string; title: string; text: string }> } {
  return { version: DATA_CHARTER_VERSION, locale, clauses: DATA_CHARTER.map((clause) => ({ id: clause.id, title: clause.title[locale], text: clause.text[locale] })) };
}
