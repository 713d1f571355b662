/**
 * What a mail client writes, per language, around a reply: the line that
 * introduces the quoted original, the header block of the original, the
 * separators, and the signature lines. Plain data, so a translator can extend
 * it without touching the trimmer. Every string is matched case- and
 * diacritic-insensitively (see `foldForMatching`), so "Către" also matches
 * "Catre" and "CĂTRE".
 */
export interface TrimLocale {
  /** BCP 47 language tag, for documentation only. */
  code: string;
  /**
   * The verb that closes an attribution line: "… a scris:", "… wrote:".
   * Matched as a whole word at the end of the line (or before "am/on <date>:").
   */
  wroteVerbs: readonly string[];
  /**
   * First word(s) of an attribution line that starts with the date:
   * "Pe 13.01.2020 09:12, X a scris:", "On Mon, Jan 1, 2020 …". Used to find
   * where an attribution wrapped over several lines begins.
   */
  attributionOpeners: readonly string[];
  /**
   * Field labels of the header block that Outlook, Yahoo, AOL and forwarders
   * put above the original ("De la:", "Trimis:", "Către:", "Subiect:").
   */
  headerLabels: {
    from: readonly string[];
    date: readonly string[];
    to: readonly string[];
    cc: readonly string[];
    subject: readonly string[];
    other?: readonly string[];
  };
  /**
   * The words of a line that starts the original or a forward, without the
   * dashes and the trailing colon around them: "-----Original Message-----"
   * is "original message", "Început mesaj redirecționat:" is "început mesaj
   * redirecționat".
   */
  separators: readonly string[];
  /**
   * Line starts of the one-line signatures that phones and apps append
   * ("Trimis de pe iPhone"). A string is a prefix of the line; a RegExp is
   * tested against the folded line (lower case, no diacritics).
   */
  mobileSignatures: readonly (string | RegExp)[];
  /**
   * Valedictions. A closing followed by a short name block at the end of the
   * reply is cut as signature ("Cu stimă,\nIon Popescu\nDirector").
   */
  closings: readonly string[];
  /**
   * What only an out-of-office notice says, as folded regular-expression source matched on whole
   * words ("sono fuori ufficio", "nach meiner ruckkehr"): two distinct ones make a mail without a
   * robot header a notice (robots.ts). Romanian and English, the service's own languages, are kept
   * with the rest of robots.ts's rules.
   */
  outOfOfficeText?: readonly string[];
}
