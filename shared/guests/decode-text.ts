import iconv from 'iconv-lite';

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'windows-1250';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes a file as Romanian Excel and Word write it: UTF-8 with or without a BOM,
 * UTF-16LE with a BOM ("Unicode text"), or windows-1250 ("CSV (delimitat prin virgulă)"
 * on a Romanian Windows). Bytes that are not valid UTF-8 are taken as windows-1250:
 * cp1250 text with diacritics is almost never valid UTF-8, so the test is reliable.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  try {
    return { text: strictUtf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(Buffer.from(bytes), 'win1250'), encoding: 'windows-1250' };
  }
}
