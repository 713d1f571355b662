import { htmlToReplyText } from './trim-html';
import { trimPlainText } from './trim-text';

export interface TrimInput {
  /** The text/plain body, if any (already decoded to a JS string). */
  text: string | null;
  /** The text/html body, if any. */
  html: string | null;
}

export interface TrimResult {
  /** What the person wrote: quoted original and signature removed. */
  text: string;
  /** True when a quoted original was found and cut. */
  quoted: boolean;
  /** The signature block that was cut, if any. */
  signature: string | null;
}

/**
 * Cuts the quoted original and the signature from a reply, leaving what the
 * person wrote. Uses the text part when there is one; otherwise cuts the HTML
 * at the mail clients' quote and signature markers (Gmail, Outlook, Apple Mail,
 * Thunderbird, Yahoo) and converts the rest to text keeping its lines. Either
 * way the text then goes through the line rules (attributions in 16 languages,
 * header blocks, separators, quote blocks, signatures). Output is
 * Romanian-normalised (ş ţ → ș ț, NFC). Runs in time linear in the input.
 */
export function trimReply(input: TrimInput): TrimResult {
  const plain = input.text !== null && input.text.trim() !== '' ? input.text : null;
  if (plain === null && input.html !== null && input.html.trim() !== '') {
    const html = htmlToReplyText(input.html);
    const trimmed = trimPlainText(html.text);
    return { ...trimmed, quoted: html.quoted || trimmed.quoted };
  }
  const trimmed = trimPlainText(plain ?? '');
  // Yahoo's text part may hold the quoted original first and the reply under it ("ok for me, I
  // come" after the quoted signature), where its HTML part has the reply on top: a text part
  // that was all quote yields to the HTML.
  if (trimmed.text.trim() === '' && trimmed.quoted && input.html !== null && input.html.trim() !== '') {
    const html = htmlToReplyText(input.html);
    const fromHtml = trimPlainText(html.text);
    if (fromHtml.text.trim() !== '') return { ...fromHtml, quoted: true };
  }
  return trimmed;
}
