import * as z from '../zod';
import { normalizeAddress } from '../domain/new-guest';

export type CleanAddress = { ok: true; email: string } | { ok: false; reason: string };

const emailSchema = z.email();

/**
 * Turns what people paste into an address cell into the guest's identity:
 * "Ion Popescu <Ion.Popescu@Primaria.ro>", "mailto:ion@x.ro", " ion @x.ro ",
 * non-breaking spaces from Word. Several addresses in one cell are refused rather
 * than guessed (which of them is the guest?).
 */
export function cleanAddress(cell: string): CleanAddress {
  let value = cell.replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]/g, ' ').trim();
  if (value === '') return { ok: false, reason: 'missing e-mail address' };
  const angle = /<([^<>]+)>\s*$/.exec(value);
  if (angle) value = angle[1]!;
  value = value.replace(/^mailto:/i, '').replace(/[;,]+$/, '');
  if ((value.match(/@/g) ?? []).length > 1) return { ok: false, reason: `more than one address in one cell: "${cell.trim()}"` };
  const email = normalizeAddress(value.replace(/\s+/g, ''));
  if (!emailSchema.safeParse(email).success) return { ok: false, reason: `not a valid e-mail address: "${cell.trim()}"` };
  return { ok: true, email };
}
