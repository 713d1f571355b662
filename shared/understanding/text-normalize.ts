/**
 * Romanian text arrives with the legacy cedilla letters (ş ţ, from ISO-8859-2 and
 * windows-1250 keyboards) as often as with the correct comma-below ones (ș ț).
 * Fold them to comma-below and compose (NFC) before any matching.
 */
export function normalizeRomanian(text: string): string {
  return text
    .replace(/\u015F/g, '\u0219') // ş → ș
    .replace(/\u015E/g, '\u0218') // Ş → Ș
    .replace(/\u0163/g, '\u021B') // ţ → ț
    .replace(/\u0162/g, '\u021A') // Ţ → Ț
    .normalize('NFC');
}

/**
 * A matching key: Romanian-normalised, diacritics removed, lower-case. Only for
 * matching — never for text shown to people.
 */
export function foldForMatching(text: string): string {
  return normalizeRomanian(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}
