import type { MessageLocale } from '@palabre/core';

type Payload = Record<string, unknown>;

const text = (p: Payload, key: string): string | null => (typeof p[key] === 'string' && p[key] !== '' ? (p[key] as string) : null);
const quote = (value: string | null) => (value ? `« ${value.length > 120 ? `${value.slice(0, 119)}…` : value} »` : '');
const withDetail = (base: string, detail: string | null) => (detail ? `${base} : ${detail}` : base);

const STATUS_FR: Record<string, string> = {
  UNDER_REVIEW: 'en cours d’étude',
  PLANNED: 'prévue',
  IN_PROGRESS: 'en cours',
  SHIPPED: 'livrée',
  DECLINED: 'déclinée',
  OPEN: 'ouverte',
  MERGED: 'fusionnée',
};

const MODERATED_FR: Record<string, string> = {
  'content.hidden': 'Votre contenu a été masqué par la modération',
  'content.removed': 'Votre contenu a été retiré par la modération',
  'content.locked': 'Votre contenu a été verrouillé par la modération',
  'content.restored': 'Votre contenu a été rétabli',
  'content.unlocked': 'Votre contenu a été déverrouillé',
  'content.featured': 'Votre contenu a été mis en avant',
};

/**
 * The French wording of a notification, rebuilt from its kind and payload (the stored summary is the
 * English one, written when the event happened). Null when there is no French wording for this kind.
 */
function french(kind: string, reason: string, p: Payload): string | null {
  switch (kind) {
    case 'thread.created':
      return `Nouvelle discussion ${quote(text(p, 'title'))}`.trim();
    case 'idea.proposed':
    case 'idea.created':
      return `Nouvelle idée ${quote(text(p, 'title'))}`.trim();
    case 'reply.created':
      return reason === 'CONCERNED' ? 'Nouvelle réponse à ce que vous avez écrit' : 'Nouvelle réponse dans une discussion que vous suivez';
    case 'answer.accepted':
      return 'Une réponse a été acceptée';
    case 'idea.status_changed': {
      const status = text(p, 'status') ?? text(p, 'to') ?? text(p, 'newStatus');
      return status && STATUS_FR[status] ? `Une idée que vous suivez est maintenant ${STATUS_FR[status]}` : 'Une idée que vous suivez a changé de statut';
    }
    case 'idea.merged':
      return 'Une idée que vous suivez a été fusionnée dans une autre';
    case 'idea.commented':
    case 'idea.comment_added':
    case 'idea.comment_created':
    case 'comment.created':
      return 'Nouveau commentaire sur une idée que vous suivez';
    case 'thread.closed_as_duplicate':
      return 'Une discussion que vous suivez a été fermée comme doublon : suivez l’originale pour rester informé';
    case 'kudos.given':
      return withDetail('Vous avez reçu des remerciements', text(p, 'message') ? quote(text(p, 'message')) : null);
    case 'credit.offered':
    case 'idea.credit_offered':
      return 'On vous propose d’être crédité pour une idée';
    case 'badge.awarded':
      return `Vous avez obtenu le badge ${text(p, 'badge') ?? ''}`.trim();
    default:
      return MODERATED_FR[kind] ? withDetail(MODERATED_FR[kind], text(p, 'reason') ?? text(p, 'note')) : null;
  }
}

/** A notification's summary in the member's language: French rebuilt from the payload, else the stored (English) one. */
export function summaryIn(locale: MessageLocale, row: { kind: string; reason: string; summary: string; payload: Payload }): string {
  return locale === 'FR' ? (french(row.kind, row.reason, row.payload ?? {}) ?? row.summary) : row.summary;
}
