import iconv from 'iconv-lite';

/*
 * Romanian mail still arrives read through the wrong code page, in two classic ways:
 *  - UTF-8 bytes under a one-byte label (`charset=iso-8859-2`, 8bit): "BunÄ\u0083 ziua",
 *    "BunĂŁ ziua" after a gateway re-encoded it;
 *  - ISO-8859-2 / windows-1250 bytes read as Latin-1 / windows-1252 (an old webmail's default):
 *    "Nu ºtiu dacã aº putea participa, înscrieþi-mã" for "Nu știu dacă aș putea participa, înscrieți-mă".
 * Both are undone here, before trimming and reading, so what a person sees is repaired too.
 */

/** The one-byte code pages UTF-8 is most often read through, in the order tried. */
const LEGACY = ['iso-8859-2', 'windows-1250', 'windows-1252', 'latin1'] as const;

let utf8Shape: RegExp | null = null;

/**
 * A character a UTF-8 lead byte (0xC2–0xF4) reads as in one of those code pages, followed by
 * one a continuation byte (0x80–0xBF) reads as: the mark of UTF-8 read one byte at a time.
 */
function utf8ReadAsLegacy(): RegExp {
  if (utf8Shape) return utf8Shape;
  const charsOf = (from: number, to: number): string => {
    const bytes = Buffer.alloc(to - from + 1);
    for (let b = from; b <= to; b++) bytes[b - from] = b;
    const chars = new Set<string>();
    for (const page of LEGACY) for (const char of iconv.decode(bytes, page)) if (char !== '\uFFFD') chars.add(char);
    return [...chars].map((char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
  };
  utf8Shape = new RegExp(`[${charsOf(0xc2, 0xf4)}][${charsOf(0x80, 0xbf)}]`);
  return utf8Shape;
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The text's bytes in `page`, when every character has one there. */
function bytesIn(text: string, page: string): Buffer | null {
  const bytes = iconv.encode(text, page);
  return iconv.decode(bytes, page) === text ? bytes : null;
}

function asUtf8(bytes: Buffer): string | null {
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    return null;
  }
}

// ș ț Ș Ț ă Ă of ISO-8859-2 / windows-1250 as Latin-1 shows them (0xBA 0xFE 0xAA 0xDE 0xE3 0xC3).
const LATIN1_ROMANIAN: Record<string, string> = { º: 'ș', þ: 'ț', ª: 'Ș', Þ: 'Ț', ã: 'ă', Ã: 'Ă' };
// "ºtiu", "aº", "Timiºoara", "înscrieþi": the marks only count touching a letter, and not as
// the ordinal of "nº 5", "1º".
// The mark first, its neighbours after: a scan for four characters, not a look-behind at every position.
const LATIN1_ROMANIAN_SHAPE = /[ºªþÞ](?:(?<=\p{L}.)(?<![nN].)|(?=\p{L}))/u;
const LATIN1_ROMANIAN_CHARS = /[ºþªÞãÃ]/g;

/**
 * Undoes a body read through the wrong code page: UTF-8 decoded one byte at a time (tried
 * against the common one-byte pages; kept only when the bytes are valid UTF-8 with at least one
 * multi-byte letter, which legacy text practically never is), then Romanian ISO-8859-2 text shown
 * as Latin-1 ("ºtiu", "înscrieþi"). Text showing neither shape is returned as is.
 */
export function repairMisreadCharset(text: string): string {
  let out = text;
  if (utf8ReadAsLegacy().test(out)) {
    for (const page of LEGACY) {
      const bytes = bytesIn(out, page);
      const decoded = bytes && asUtf8(bytes);
      if (decoded && decoded !== out) {
        out = decoded;
        break;
      }
    }
  }
  if (LATIN1_ROMANIAN_SHAPE.test(out)) out = out.replace(LATIN1_ROMANIAN_CHARS, (char) => LATIN1_ROMANIAN[char]!);
  return out;
}
