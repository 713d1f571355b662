// STUB — owned by the trimming work (issue 3). Signature is the contract; replace the body.
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

/** Cuts the quoted original and the signature from a reply. */
export function trimReply(input: TrimInput): TrimResult {
  const text = input.text ?? '';
  const lines = text.split(/\r?\n/);
  const out: string[] = [];
  for (const line of lines) {
    if (/^\s*>/.test(line) || /(a scris|wrote):\s*$/.test(line) || /^-{2,}\s*(Original Message|Mesajul original)/i.test(line)) break;
    out.push(line);
  }
  return { text: out.join('\n').trim(), quoted: out.length < lines.length, signature: null };
}
