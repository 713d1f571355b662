import { randomBytes } from 'node:crypto';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';

/** What a token we issue looks like: 26 lower-case base32 characters (130 bits of text, 128 random). */
export const REPLY_TOKEN_PATTERN = /^[a-z2-7]{26}$/;

/** RFC 4648 base32, lower-case and unpadded. */
export function base32Lower(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31];
  return out;
}

/**
 * A new per-guest reply token: 128 bits from the CSPRNG (unguessable, so knowing one
 * guest's address reveals nothing about another's), base32 in lower case because mail
 * systems may lower-case the local part on the way back.
 */
export function newReplyToken(random: (n: number) => Uint8Array = randomBytes): string {
  return base32Lower(random(16));
}
