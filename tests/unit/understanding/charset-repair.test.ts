import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { repairMisreadCharset } from '../../../shared/understanding/charset-repair';

const ro = 'Bună ziua, Nu ştiu dacă aş putea participa, înscrieţi-mă. Timişoara, Ţara, Ştefan.';
const repaired = 'Bună ziua, Nu știu dacă aș putea participa, înscrieți-mă. Timișoara, Țara, Ștefan.';
/** `text` written in `written`, then read as `read`. */
const misread = (text: string, written: string, read: string): string => iconv.decode(iconv.encode(text, written), read);

describe('repairMisreadCharset', () => {
  it('reads UTF-8 decoded one byte at a time as UTF-8 again', () => {
    const utf8 = 'Bună ziua, știu că vin – „da”';
    // windows-1250 has no character for 0x83 (the second byte of "ă"): that reading loses it.
    for (const page of ['iso-8859-2', 'windows-1252', 'latin1']) {
      expect(repairMisreadCharset(misread(utf8, 'utf8', page)), page).toBe(utf8);
    }
  });

  it('reads Romanian ISO-8859-2 / windows-1250 shown as Latin-1 ("ºtiu", "înscrieþi") with its letters', () => {
    expect(repairMisreadCharset(misread(ro, 'iso-8859-2', 'latin1'))).toBe(repaired);
    expect(repairMisreadCharset(misread(ro, 'windows-1250', 'windows-1252'))).toBe(repaired);
  });

  it('undoes both at once: ISO-8859-2 shown as Latin-1, re-encoded as UTF-8, read as ISO-8859-2', () => {
    const twice = misread(misread(ro, 'iso-8859-2', 'latin1'), 'utf8', 'iso-8859-2');
    expect(twice).toContain('BunĂŁ');
    expect(repairMisreadCharset(twice)).toBe(repaired);
  });

  it('undoes both when the second reading was ISO-8859-16 and the text holds its comma-below letters (h480_061)', () => {
    const comma = 'Bună ziua, confirm participarea. Aș dori să iau cuvântul la final dacă se poate.';
    const twice = misread(misread(comma, 'iso-8859-16', 'latin1'), 'utf8', 'iso-8859-16');
    expect(twice).toContain('AÂș dori sĂŁ');
    expect(repairMisreadCharset(twice)).toBe(comma);
  });

  it('leaves text read rightly as it is', () => {
    for (const text of [
      'Bună ziua, ăş îţ Ăş — legit',
      'Perfect, vin. Ăîș',
      'Não posso ir, obrigado. São Paulo',
      'Room nº 5, 1º andar',
      'Grüße aus München, à bientôt',
      ro,
    ]) {
      expect(repairMisreadCharset(text)).toBe(text);
    }
  });
});
