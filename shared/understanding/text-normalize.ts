const NON_ASCII = /[^\u0000-\u007f]/;
const CEDILLA = /[\u015E\u015F\u0162\u0163]/;
const CEDILLAS = /[\u015E\u015F\u0162\u0163]/g;
const COMMA_BELOW: Record<string, string> = {
  '\u015F': '\u0219', // ş → ș
  '\u015E': '\u0218', // Ş → Ș
  '\u0163': '\u021B', // ţ → ț
  '\u0162': '\u021A', // Ţ → Ț
};
const COMBINING = /[\u0300-\u036f]/g;

/**
 * Romanian text arrives with the legacy cedilla letters (ş ţ, from ISO-8859-2 and
 * windows-1250 keyboards) as often as with the correct comma-below ones (ș ț).
 * Fold them to comma-below and compose (NFC) before any matching.
 */
export function normalizeRomanian(text: string): string {
  // Most text is ASCII (English replies, headers, markers): nothing to fold or compose.
  if (!NON_ASCII.test(text)) return text;
  const commaBelow = CEDILLA.test(text) ? text.replace(CEDILLAS, (letter) => COMMA_BELOW[letter]!) : text;
  return commaBelow.normalize('NFC');
}

/**
 * A matching key: diacritics removed (the cedilla and comma-below letters alike), lower-case.
 * Only for matching — never for text shown to people.
 */
export function foldForMatching(text: string): string {
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  // The same reply is folded by many readers in a row (robots, language, model, scopes): ~28
  // calls per message for ~8 distinct texts, and Unicode normalisation is the costly part.
  let folded = recentFolds.get(text);
  if (folded === undefined) {
    if (recentFolds.size >= RECENT_FOLDS) recentFolds.clear();
    // No cedilla fold and no NFC first: NFD splits ş and ș alike into "s" and a mark, and
    // NFD(NFC(x)) is NFD(x), so both would only cost a second pass over the text.
    recentFolds.set(text, (folded = text.normalize('NFD').replace(COMBINING, '').toLowerCase()));
  }
  return folded;
}

const RECENT_FOLDS = 32;
const recentFolds = new Map<string, string>();

const APOSTROPHES = /[\u2018\u2019\u02bc\u0060\u00b4]/g;

/** The matching key used everywhere: folded, with typographic apostrophes made plain. */
export function matchKey(text: string): string {
  return foldForMatching(text).replace(APOSTROPHES, "'");
}
