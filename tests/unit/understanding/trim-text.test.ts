import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { trimReply } from '../../../shared/understanding/trim';

const trim = (text: string) => trimReply({ text, html: null });
const INVITATION = 'Vă rugăm să confirmați participarea până la 10 ianuarie.\nCu stimă,\nPrimăria Municipiului';
const quoted = (text: string) => text.replace(/^/gm, '> ');

describe('Romanian attributions', () => {
  it.each([
    ['Gmail', 'În dum., 12 ian. 2020 la 10:15, Ion Popescu <ion@example.ro> a scris:'],
    ['Gmail, no comma', 'În 12 ian. 2020, la 10:15, Ion Popescu <ion@x.ro> a scris:'],
    ['Thunderbird', 'Pe 13.01.2020 09:12, Lavinia Simion a scris:'],
    ['Yahoo', 'Pe luni, 13 ianuarie 2020, 09:12:44 EET, Lavinia Simion <lavinia@primaria.ro> a scris:'],
    ['Apple', 'Pe 13 ian. 2020, la 09:12, Lavinia Simion <lavinia@primaria.ro> a scris:'],
    ['"La data de"', 'La data de 13.01.2020, Lavinia Simion a scris:'],
    ['bare name', 'Lavinia Simion a scris:'],
    ['no diacritics', 'In 12 ian. 2020, la 10:15, Ion Popescu <ion@x.ro> a scris:'],
  ])('%s: "%s" starts the quoted invitation', (_client, attribution) => {
    expect(trim(`Da, vin.\n\n${attribution}\n\n${quoted(INVITATION)}`)).toEqual({ text: 'Da, vin.', quoted: true, signature: null });
    // Clients that don't prefix the original (Outlook Mobile, some webmails).
    expect(trim(`Da, vin.\n\n${attribution}\n${INVITATION}`).text).toBe('Da, vin.');
  });

  it('cuts Yahoo\'s indented original under its indented attribution', () => {
    const text = `Vin cu un coleg.\n\n\n    Pe luni, 13 ianuarie 2020, 09:12:44 EET, Lavinia Simion <lavinia@primaria.ro> a scris:\n\n\n ${INVITATION.replace(/\n/g, '\n ')}`;
    expect(trim(text)).toEqual({ text: 'Vin cu un coleg.', quoted: true, signature: null });
  });

  it('finds a Gmail attribution wrapped over two lines', () => {
    const text = `Da, vin.\n\nÎn dum., 12 ian. 2020 la 10:15, Ion Popescu <ion.popescu@primaria-exemplu.ro>\na scris:\n\n${quoted(INVITATION)}`;
    expect(trim(text).text).toBe('Da, vin.');
  });

  it('finds an attribution wrapped over three lines, the verb split too', () => {
    const text = `Da, vin.\n\nÎn dum., 12 ian. 2020 la 10:15, Direcția Relații Publice <\nrelatii.publice@primaria-exemplu.ro> a\nscris:\n\n${quoted(INVITATION)}`;
    expect(trim(text).text).toBe('Da, vin.');
  });

  it('cuts an Outlook header block run into one line by an HTML client (h581_059)', () => {
    const header = 'De la: Lavinia Simion <lavinia.simion@primariatm.ro> Trimis: miercuri, 6 ianuarie 2021 10:12 Către: Lavinia Simion <lavinia.simion@primariatm.ro> Subiect: Invitație Atelier Local de Învățare';
    expect(trim(`Nu vom putea participa.\n\n${header}\n${INVITATION}`)).toEqual({ text: 'Nu vom putea participa.', quoted: true, signature: null });
    // A sentence naming who it is from, and when, is no header block.
    expect(trim('De la: noi doi vin, trimis: ieri.').text).toBe('De la: noi doi vin, trimis: ieri.');
    // A letter heading names no address and no hour.
    const heading = 'De la: Asociația Vecinătăți Timișoara. Către: Primăria Municipiului Timișoara. Subiect: confirmare participare atelier.';
    expect(trim(`${heading}\nVenim doi.`).text).toBe(`${heading}\nVenim doi.`);
  });

  it('does not swallow the line above an attribution', () => {
    const text = `Vin și eu, ne vedem pe 12.\nPe 13.01.2020 09:12, Lavinia Simion a scris:\n${quoted(INVITATION)}`;
    expect(trim(text).text).toBe('Vin și eu, ne vedem pe 12.');
  });

  it('keeps "a scris" in the person\'s own sentence', () => {
    const text = 'Colegul meu a scris deja raportul, venim amândoi.';
    expect(trim(text)).toEqual({ text, quoted: false, signature: null });
  });
});

describe('attributions in other languages', () => {
  it.each([
    ['en', 'On Mon, Jan 13, 2020 at 9:12 AM Lavinia Simion <lavinia@primaria.ro> wrote:'],
    ['en, Gmail wrapped', 'On Mon, Jan 13, 2020 at 9:12 AM Lavinia Simion <lavinia.simion@primaria.ro>\nwrote:'],
    ['nl', 'Op ma 13 jan. 2020 om 09:12 schreef Lavinia <l@x.nl>:'],
    ['nl, Apple', 'Op 13 jan. 2020 om 09:12 heeft Lavinia <l@x.nl> het volgende geschreven:'],
    ['it', 'Il giorno lun 13 gen 2020 alle ore 09:12 Lavinia <l@x.it> ha scritto:'],
    ['hr, Gmail', 'pon, 13. sij 2020. u 09:12 Lavinia <l@x.hr> napisao/la je:'],
    ['hr, Thunderbird', 'Dana 13.01.2020 u 09:12, Lavinia je napisala:'],
    ['lt', '2020-01-13, pr, 09:12 Lavinia <l@x.lt> rašė:'],
    ['de', 'Am Mo., 13. Jan. 2020 um 09:12 Uhr schrieb Lavinia <l@x.de>:'],
    ['de, name first', 'Lavinia <l@x.de> schrieb am Mo., 13. Jan. 2020 um 09:12:'],
    ['fr', 'Le lun. 13 janv. 2020 à 09:12, Lavinia <l@x.fr> a écrit :'],
    ['es', 'El lun., 13 ene. 2020 a las 9:12, Lavinia (<l@x.es>) escribió:'],
  ])('%s', (_language, attribution) => {
    expect(trim(`Answer.\n\n${attribution}\n\n${quoted(INVITATION)}`)).toEqual({ text: 'Answer.', quoted: true, signature: null });
  });
});

describe('Outlook header blocks and separators', () => {
  const ro = 'De la: Lavinia Simion <lavinia@primaria.ro>\nTrimis: luni, 13 ianuarie 2020 09:12\nCătre: Ion <ion@x.ro>\nSubiect: Invitație eveniment';
  const en = 'From: Lavinia Simion <lavinia@primaria.ro>\nSent: Monday, January 13, 2020 9:12 AM\nTo: Ion <ion@x.ro>\nCc: Maria <m@x.ro>\nSubject: Invitation';

  it.each([
    ['RO block', ro],
    ['RO block under a rule', `________________________________\n${ro}`],
    ['EN block', en],
    ['EN block under a rule', `________________________________\n${en}`],
    ['EN block, bold labels', en.replace(/^(\w+):/gm, '*$1:*')],
    ['-----Original Message-----', `-----Original Message-----\n${en}`],
    ['Mesajul original', `-------- Mesajul original --------\nSubiect: Invitație\nData: 13.01.2020 09:12\nDe la: Lavinia`],
    ['Forwarded Message', `-------- Forwarded Message --------\nSubject: Invitation\nDate: Mon, 13 Jan 2020\nFrom: Lavinia`],
    ['Gmail forward', `---------- Forwarded message ---------\nFrom: Lavinia <l@x.ro>\nDate: Mon, Jan 13, 2020 at 9:12 AM`],
    ['Apple forward', 'Begin forwarded message:'],
    ['Apple forward, RO', 'Început mesaj redirecționat:'],
  ])('%s starts the original', (_name, header) => {
    expect(trim(`Confirm participarea.\n\n${header}\n\n${INVITATION}`)).toEqual({
      text: 'Confirm participarea.',
      quoted: true,
      signature: null,
    });
  });

  it('does not take a lone "From:" line for a header block', () => {
    const text = 'From: the city hall we will be two.\nMaria';
    expect(trim(text).text).toBe(text);
  });
});

describe('bottom-posting and inline answers', () => {
  it('keeps the answer below an attributed quote (Thunderbird bottom-post)', () => {
    expect(trim(`Pe 13.01.2020 09:12, Lavinia Simion a scris:\n${quoted(INVITATION)}\n\nConfirm, vin.\n`)).toEqual({
      text: 'Confirm, vin.',
      quoted: true,
      signature: null,
    });
  });

  it('keeps inline answers and drops every quoted line of the thread', () => {
    const text = 'Pe 13.01.2020 09:12, Lavinia Simion a scris:\n> Participați?\nDa.\n> Câte persoane?\nDouă.\n';
    expect(trim(text).text).toBe('Da.\nDouă.');
  });

  it('drops a quote that holds an attribution even without one above it', () => {
    const text = `Vin.\n> Pe 13.01.2020 09:12, Lavinia a scris:\n>\n${quoted(INVITATION)}`;
    expect(trim(text)).toEqual({ text: 'Vin.', quoted: true, signature: null });
  });

  it('drops a quoted header block (Hotmail)', () => {
    const text = 'Hello\n\n> Subject: Test\n> From: bob@x.org\n> To: a@b.c\n> Date: Mon, 2 Apr 2012 17:44:22 +0400\n>\n> Hi';
    expect(trim(text)).toEqual({ text: 'Hello', quoted: true, signature: null });
  });

  it('drops an anonymous quote that trails the reply', () => {
    expect(trim(`Nu pot.\n\n${quoted(INVITATION)}`)).toEqual({ text: 'Nu pot.', quoted: true, signature: null });
  });

  it('keeps an anonymous citation the person answers below', () => {
    const text = '> Veniți cu însoțitor?\n\nNu, vin singur.';
    expect(trim(text)).toEqual({ text, quoted: false, signature: null });
  });

  it('keeps a message that is only a quote, as there is nothing else', () => {
    expect(trim('> Doar un citat.').text).toBe('> Doar un citat.');
  });

  it('returns nothing for an empty reply above an attributed quote', () => {
    expect(trim(`Pe 13.01.2020 09:12, Lavinia Simion a scris:\n${quoted(INVITATION)}`)).toEqual({ text: '', quoted: true, signature: null });
  });
});

describe('the quoted invitation never leaks', () => {
  it.each([
    ['Gmail', `În lun., 13 ian. 2020 la 09:12, Lavinia <l@x.ro> a scris:\n\n${quoted(INVITATION)}`],
    ['Outlook', `________________________________\nDe la: Lavinia\nTrimis: luni, 13 ianuarie 2020 09:12\nCătre: Ion\nSubiect: Invitație\n\n${INVITATION}`],
    ['Outlook Mobile', `On Mon, Jan 13, 2020 at 9:12 AM +0200, "Lavinia" <l@x.ro> wrote:\n\n${INVITATION}`],
    ['forward', `---------- Mesaj redirecționat ---------\nDe la: Lavinia <l@x.ro>\nDate: luni, 13 ian. 2020\nSubject: Invitație\n\n${INVITATION}`],
  ])('%s, empty reply', (_client, body) => {
    const result = trim(body);
    expect(result.text).not.toContain('confirmați');
    expect(result.quoted).toBe(true);
  });
});

describe('normalisation', () => {
  it('folds cedilla ş ţ to comma-below ș ț in the result', () => {
    expect(trim('Mulţumesc, particip şi eu.').text).toBe('Mulțumesc, particip și eu.');
  });

  it('matches attributions written with cedillas', () => {
    expect(trim('Vin.\n\nÎn 12 ian. 2020, Ion a scris:\n> Vă rugăm să confirmaţi').text).toBe('Vin.');
  });

  it('reads CRLF and CR line endings', () => {
    expect(trim('Da.\r\n\r\nPe 13.01.2020 09:12, X a scris:\r\n> q\r\n').text).toBe('Da.');
    expect(trim('Da.\r\rPe 13.01.2020 09:12, X a scris:\r> q').text).toBe('Da.');
  });

  it('leaves code between ``` fences alone', () => {
    const text = 'Uite:\n```\n> not a quote\n-- \n```\nGata.';
    expect(trim(text).text).toBe(text);
  });

  it('returns an empty result for no text and no HTML', () => {
    expect(trimReply({ text: null, html: null })).toEqual({ text: '', quoted: false, signature: null });
    expect(trimReply({ text: '  \n ', html: null })).toEqual({ text: '', quoted: false, signature: null });
  });
});

describe('invariants', () => {
  it('only ever removes lines: every output line is an input line, in order', () => {
    const line = fc.oneof(
      fc.constantFrom('> q', '', '-- ', 'Cu stimă,', 'Ion Popescu', 'Tel 0722 000 000', 'Pe 13.01.2020 09:12, X a scris:', 'De la: X', 'Trimis: luni', 'Sent from my iPhone', '_____'),
      fc.string({ maxLength: 30 }).map((s) => s.replace(/[\r\n]/g, ' ')),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
        const input = lines.join('\n');
        const output = trim(input).text;
        if (output === '') return;
        const source = input.split('\n').map((l) => l.normalize('NFC'));
        let at = 0;
        for (const out of output.split('\n')) {
          const same = (line: string | undefined) => line?.replace(/\u015F/g, 'ș').replace(/\u0163/g, 'ț').trimEnd() === out.trimEnd();
          while (at < source.length && !same(source[at])) at++;
          expect(at).toBeLessThan(source.length);
          at++;
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('an attribution is not widened over a sentence the person ended (h133_023)', () => {
  it('keeps "am primit, venim doi … Ne vedem joi." above the name and a bare "X a scris:"', () => {
    const text = `Salut Lavinia,\n\nam primit, venim doi de la D22 - eu şi Paul. Ne vedem joi.\n\nAdrian\n\nLavinia Simion <lavinia.simion@primariatm.ro> a scris:\n${quoted(INVITATION)}`;
    expect(trim(text).text).toBe('Salut Lavinia,\n\nam primit, venim doi de la D22 - eu și Paul. Ne vedem joi.\n\nAdrian');
  });
  it('still joins an attribution Gmail wrapped over a blank line', () => {
    const text = `One 1\n\nOn Thu, 31 Mar 2016 at 11:16 Some One\n\n<\nmailto:Some One <some.one@foo.bar>\n> wrote:\n${quoted(INVITATION)}`;
    expect(trim(text).text).toBe('One 1');
  });
});

describe('a quote with only the sender\'s name under it trails the reply (h231_022)', () => {
  const reply = 'Bună ziua,\n\nRedirecționez mai jos răspunsul colegei mele Andreea Vlad. Eu nu pot fi prezent.';
  it('drops the quoted answer and keeps the name', () => {
    const text = `${reply}\n\n> Da, pot să particip la atelierul din 17. Andreea\n\nȘtefan Ciobanu\n\n________________________________\nDe la: Lavinia Simion <lavinia.simion@primariatm.ro>\nTrimis: duminică, 10 ianuarie 2021 12:03\nSubiect: Invitație\n\n${INVITATION}`;
    expect(trim(text).text).toBe(`${reply}\n\nȘtefan Ciobanu`);
  });
  it('keeps a citation the person answers below it', () => {
    const text = `${reply}\n\n> Puteți veni și cu un coleg?\n\nDa, vine și colegul meu.\n\nȘtefan Ciobanu`;
    expect(trim(text).text).toBe(`${reply}\n\n> Puteți veni și cu un coleg?\n\nDa, vine și colegul meu.\n\nȘtefan Ciobanu`);
  });
});
