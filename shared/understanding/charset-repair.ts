import iconv from 'iconv-lite';

/*
 * Romanian mail still arrives read through the wrong code page, in two classic ways:
 *  - UTF-8 bytes under a one-byte label (`charset=iso-8859-2`, 8bit): "BunÄ\u0083 ziua",
 *    "BunĂŁ ziua" after a gateway re-encoded it;
 *  - ISO-8859-2 / windows-1250 bytes read as Latin-1 / windows-1252 (an old webmail's default):
 *    "Nu ºtiu dacã aº putea participa, înscrieþi-mã" for "Nu știu dacă aș putea participa, înscrieți-mă".
 * Both are undone here, before trimming and reading, so what a person sees is repaired too.
 */

/** The one-byte code pages UTF-8 is most often read through, in the order tried (ISO-8859-16 last: "BunĂŁ ziua" can be
 * read back only there when the text holds its ș, h480_061). */
const LEGACY = ['iso-8859-2', 'windows-1250', 'windows-1252', 'latin1', 'iso-8859-16'] as const;

interface CodePage {
  name: (typeof LEGACY)[number];
  /** What each byte 0x80–0xFF reads as there, back to the byte. */
  byteOf: Map<string, number>;
}

let pages: CodePage[] | null = null;
let candidate: RegExp | null = null;

function codePages(): CodePage[] {
  if (pages) return pages;
  const high = Buffer.alloc(0x80);
  for (let b = 0; b < 0x80; b++) high[b] = 0x80 + b;
  pages = LEGACY.map((name) => {
    const byteOf = new Map<string, number>();
    [...iconv.decode(high, name)].forEach((char, b) => {
      if (char !== '\uFFFD') byteOf.set(char, 0x80 + b);
    });
    return { name, byteOf };
  });
  return pages;
}

/**
 * A character some of those pages read a UTF-8 lead byte (0xC2–0xF4) as, then one some read a
 * continuation byte (0x80–0xBF) as: where a misread sequence may start. Romanian read rightly
 * ("ă" then a letter) has almost none, so the regex engine's scan passes over it.
 */
function leadCandidates(): RegExp {
  if (candidate) return candidate;
  const leads = new Set<string>();
  const continuations = new Set<string>();
  for (const { byteOf } of codePages()) {
    for (const [char, byte] of byteOf) {
      if (byte >= 0xc2 && byte <= 0xf4) leads.add(char);
      else if (byte <= 0xbf) continuations.add(char);
    }
  }
  const escaped = (chars: Set<string>): string => [...chars].map((char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
  candidate = new RegExp(`[${escaped(leads)}](?=[${escaped(continuations)}])`, 'g');
  return candidate;
}

/** Whether at `at` the text reads, in `page`, as one whole UTF-8 multi-byte sequence. */
function sequenceAt(text: string, at: number, page: CodePage): boolean {
  const lead = page.byteOf.get(text[at]!);
  if (lead === undefined || lead < 0xc2 || lead > 0xf4) return false;
  const length = lead >= 0xf0 ? 3 : lead >= 0xe0 ? 2 : 1;
  for (let k = 1; k <= length; k++) {
    const byte = page.byteOf.get(text[at + k] ?? '');
    if (byte === undefined || byte > 0xbf) return false;
  }
  return true;
}

/** The first page in which some place of the text reads as a UTF-8 sequence (the mark of UTF-8 read one byte at a time). */
function misreadPage(text: string): CodePage | null {
  const leads = leadCandidates();
  leads.lastIndex = 0;
  for (let match = leads.exec(text); match; match = leads.exec(text)) {
    for (const page of codePages()) if (sequenceAt(text, match.index, page)) return page;
  }
  return null;
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
// the ordinal of "nº 5", "1º". The mark first, its neighbours after: a scan for four
// characters, not a look-behind at every position.
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
  // Text that is all ASCII, or Romanian read rightly ("ă" then a space), has no such place.
  const found = misreadPage(out);
  if (found) {
    // The page the first such place was found in first: it is most likely the one misread through.
    for (const page of [found.name, ...LEGACY.filter((name) => name !== found.name)]) {
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
