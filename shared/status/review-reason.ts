import type { Language } from '../events/event-schema';

/**
 * Why a guest needs a person, stored as a stable code with an optional detail
 * (`<code>` or `<code>: <detail>`), so each reader words it in its own language.
 */
export type ReviewCode = 'unclear' | 'on-behalf' | 'unverified';

/** Builds the stored form. */
export function reviewReason(code: ReviewCode, detail?: string | null): string {
  return detail ? `${code}: ${detail}` : code;
}

const words: Record<Language, Record<ReviewCode, string>> = {
  ro: { unclear: 'răspuns neclar', 'on-behalf': 'răspunde în numele altcuiva', unverified: 'expeditor neverificat' },
  en: { unclear: 'unclear reply', 'on-behalf': 'answers on behalf of someone else', unverified: 'unverified sender' },
};

/** The reason in words, e.g. "răspuns neclar: Se poate participa online?". Unknown forms pass through. */
export function describeReviewReason(reason: string | null, lang: Language): string | null {
  if (reason === null) return null;
  const colon = reason.indexOf(': ');
  const code = (colon < 0 ? reason : reason.slice(0, colon)) as ReviewCode;
  const word = words[lang][code];
  if (!word) return reason;
  return colon < 0 ? word : `${word}: ${reason.slice(colon + 2)}`;
}
