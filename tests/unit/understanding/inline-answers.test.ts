import { describe, expect, it } from 'vitest';
import { colouredText, readInlineAnswers } from '../../../shared/understanding/inline-answers';

const QUOTE = '<div style="border-top:solid #E1E1E1 1.0pt"><b>De la:</b> Lavinia</div><p>Vă rugăm să confirmați participarea.</p>';

describe('colouredText', () => {
  it('reads text in a hue, not black, grey, a near-black default or links', () => {
    const html =
      '<p style="color:#000000">negru</p><p style="color:#1F497D">albastru închis de Outlook</p><p style="color:gray">gri</p>' +
      '<p style="color:#C00000"><b>&gt;&gt; Particip.</b></p><p><font color="blue">Vin cu un coleg.</font></p>' +
      '<p style="color:red"><a href="mailto:x@y.ro">x@y.ro</a></p><p style="background-color:yellow">galben</p><span style="color: rgb(255, 0, 0)">roșu</span>';
    expect(colouredText(html)).toBe('>> Particip.\nVin cu un coleg.\nroșu');
  });
});

describe('readInlineAnswers', () => {
  const html = `<p>Răspunsul meu este mai jos, cu roșu.</p>${QUOTE}<p style="color:#C00000">Particip, împreună cu un coleg.</p>`;

  it('reads the coloured answer when the sender points to it, capped at 0.7', () => {
    const found = readInlineAnswers('Răspunsul meu este mai jos, cu roșu.', html);
    expect(found?.decided).toMatchObject({ intent: 'yes', confidence: 0.7 });
    expect(found?.decided.evidence).toMatch(/in the quote/);
  });

  it('reads nothing without the pointer, or when the coloured text answers nothing', () => {
    expect(readInlineAnswers('Am primit invitația, mulțumesc.', html)).toBeNull();
    expect(readInlineAnswers('See my answers below.', `${QUOTE}<p style="color:red">Întrebare: unde parchez?</p>`)).toBeNull();
    expect(readInlineAnswers('See my answers below.', QUOTE)).toBeNull();
  });
});
