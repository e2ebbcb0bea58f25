import { createHash } from 'node:crypto';

const digestOf = (key: string) => createHash('sha256').update(key).digest('hex');

/** The pg-boss job id of a message: derived from its idempotency key, so enqueuing it twice inserts one job. */
export function mailJobId(idempotencyKey: string): string {
  const hex = digestOf(`mail-job:${idempotencyKey}`);
  // A version-5-shaped UUID (pg-boss ids are uuid).
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A deterministic Message-ID: a resend after an unknown outcome carries the same one, so mail clients fold the two. */
export function mailMessageId(idempotencyKey: string, from: string): string {
  const domain = /@([A-Za-z0-9.-]+)>?\s*$/.exec(from)?.[1] ?? 'palabre.local';
  return `<${digestOf(`message:${idempotencyKey}`).slice(0, 40)}@${domain}>`;
}
