import { describe, expect, it } from 'vitest';
import { MailParseError } from '../../../shared/errors';
import { ownWordsSubject } from '../../../shared/understanding/subject';
import { understand } from '../../../shared/understanding/understand';

const CRLF = '\r\n';
function mail(headers: string[], body: string): string {
  return [...headers, 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: 8bit', '', body, ''].join(CRLF);
}
const base = [
  'Return-Path: <ion.popescu@gmail.com>',
  'Authentication-Results: amazonses.com; spf=pass smtp.mailfrom=ion.popescu@gmail.com; dkim=fail header.i=@gmail.com; dkim=pass header.i=@gmail.com; dmarc=none header.from=gmail.com',
  'Authentication-Results: relay.example.net; spf=fail',
  'From: "Ion Popescu" <Ion.Popescu@Gmail.COM>',
  'Reply-To: ion@asociatie.ro',
  'To: Atelier <RSVP@invitatii.primariatm.ro>, other@example.org',
  'Cc: Maria <maria@example.org>',
  'Subject: Re: Invitație: Atelier Local de Învățare',
  'Date: Wed, 13 Jan 2021 12:31:02 +0200',
  'Message-ID: <abc@mail.gmail.com>',
  'In-Reply-To: <invite-1@invitatii.primariatm.ro>',
  'References: <root@x> <invite-1@invitatii.primariatm.ro>',
];

describe('understand', () => {
  it('extracts the envelope facts', async () => {
    const u = await understand(mail(base, 'Particip.'));
    expect(u.facts).toEqual({
      messageId: '<abc@mail.gmail.com>',
      inReplyTo: ['<invite-1@invitatii.primariatm.ro>'],
      references: ['<root@x>', '<invite-1@invitatii.primariatm.ro>'],
      from: { address: 'ion.popescu@gmail.com', name: 'Ion Popescu' },
      replyTo: { address: 'ion@asociatie.ro', name: null },
      to: [
        { address: 'rsvp@invitatii.primariatm.ro', name: 'Atelier' },
        { address: 'other@example.org', name: null },
      ],
      cc: [{ address: 'maria@example.org', name: 'Maria' }],
      subject: 'Re: Invitație: Atelier Local de Învățare',
      date: '2021-01-13T10:31:02.000Z',
      // The topmost header is ours; one passing DKIM signature is enough.
      auth: { spf: 'pass', dkim: 'pass', dmarc: 'none' },
    });
  });

  it('leaves facts empty rather than inventing them', async () => {
    const u = await understand(mail(['From: a@b.ro', 'Subject: x', 'Date: not a date'], 'Da'));
    expect(u.facts).toMatchObject({ messageId: null, inReplyTo: [], references: [], date: null, auth: null, replyTo: null, cc: [] });
  });

  it('answers a reply end to end', async () => {
    const u = await understand(mail(base, 'Bună ziua,\n\nVom participa două persoane și aș dori să iau cuvântul.\n\nCu stimă,\nIon'));
    expect(u).toMatchObject({ kind: 'reply', intent: 'yes', headcount: 2, speaker: true, bounced: null, language: 'ro', calendar: null, autoReason: null });
    expect(u.evidence).toBe('Vom participa');
    expect(u.confidence).toBeGreaterThan(0.8);
  });

  it('names the substitute when someone attends in the sender’s place, and does not count the sender', async () => {
    // A named colleague coming is the organisation's yes, for the colleague alone, even after
    // the sender's own refusal; unnamed, the reply stays for a person.
    const cases: [string, string, 'yes' | 'unknown'][] = [
      ['Bună ziua,\n\nColegul meu Ion Pop va participa în locul meu, eu fiind în concediu.\n\nCu stimă,\nDana', 'Ion Pop', 'yes'],
      ['Hi Lavinia,\n\nMy colleague John Smith will attend in my place, as I am travelling that week.\n\nBest,\nEmma', 'John Smith', 'yes'],
      ['Eu nu pot ajunge, dar va participa colega mea, Ioana Marin.', 'Ioana Marin', 'yes'],
      ["I'm travelling that week, so my deputy, Anna Black, will attend instead of me.", 'Anna Black', 'yes'],
      ['Nu pot, dar va participa dl. director Ion Popescu.', 'Ion Popescu', 'yes'],
      ['Sunt bolnav, mă va înlocui colega mea.', 'colega mea', 'unknown'],
    ];
    for (const [body, name, intent] of cases) {
      const u = await understand(mail(base, body));
      expect(u, body).toMatchObject({ kind: 'reply', intent, headcount: intent === 'yes' ? 1 : null, onBehalfOf: name });
    }
  });

  it('keeps PARTSTAT unless the sender’s own words say the confident opposite', async () => {
    const reply = (partstat: string, comment: string): string =>
      [
        'From: a@b.ro', 'Subject: Acceptat: Atelier', 'MIME-Version: 1.0', 'Content-Type: text/calendar; method=REPLY; charset=utf-8', '',
        'BEGIN:VCALENDAR', 'METHOD:REPLY', 'VERSION:2.0', 'BEGIN:VEVENT', `ATTENDEE;PARTSTAT=${partstat}:mailto:a@b.ro`, `COMMENT:${comment}`, 'UID:1', 'END:VEVENT', 'END:VCALENDAR', '',
      ].join(CRLF);
    const cases: [string, string, string][] = [
      // Words that take the button back: a yes or no is for a person, a doubt is the answer (h274_074).
      ['ACCEPTED', 'Am apăsat din greșeală pe Accept – de fapt nu pot ajunge.', 'unknown'],
      ['DECLINED', 'Vin totuși', 'unknown'],
      ['ACCEPTED', 'Am acceptat în calendar\\, dar de fapt nu știu încă dacă pot ajunge.', 'maybe'],
      ['ACCEPTED', 'Nu știu încă dacă pot ajunge.', 'yes'],
      ['TENTATIVE', 'I will definitely be there - pressed the wrong button\\, sorry!', 'maybe'],
      ['ACCEPTED', 'Sunt în concediu până pe 15.', 'yes'],
      // The calendar answer wins over words that contradict it without taking the button back.
      ['ACCEPTED', 'Din păcate nu pot participa\\, dar vă rog să-mi trimiteți materialele.', 'yes'],
      ['DECLINED', 'I will attend.', 'no'],
      ['ACCEPTED', 'Nu pot ajunge la 10\\, vin la 11.', 'yes'],
      // Declined, a colleague sent instead: the sender's no and another's yes, for a person (h265_074).
      ['DECLINED', 'Nu pot\\, dar va participa colega mea Ioana Marin.', 'unknown'],
      ['DECLINED', 'Sorry, my colleague Kate will attend instead.', 'unknown'],
      // A colleague who only might come leaves the decline as it is.
      ['DECLINED', 'Poate vine colega mea în locul meu.', 'no'],
      ['TENTATIVE', 'Vin sigur.', 'maybe'],
    ];
    const partstatIntent: Record<string, string> = { ACCEPTED: 'yes', DECLINED: 'no', TENTATIVE: 'maybe' };
    for (const [partstat, comment, intent] of cases) {
      const u = await understand(reply(partstat, comment));
      expect(u, comment).toMatchObject({ kind: 'calendar', intent });
      if (intent !== partstatIntent[partstat]) expect(u.evidence).toMatch(new RegExp(`^PARTSTAT=${partstat} / `));
    }
  });

  it('throws MailParseError only for what is not a mail', async () => {
    await expect(understand('')).rejects.toBeInstanceOf(MailParseError);
    await expect(understand(Buffer.from([0x00, 0xff, 0x13, 0x88, 0x00, 0x01, 0x7f, 0x80, 0x0a, 0x0d]))).rejects.toBeInstanceOf(MailParseError);
    await expect(understand('just some text\nwithout headers')).rejects.toBeInstanceOf(MailParseError);
    await expect(understand('Subject: only a header\r\n\r\n')).resolves.toMatchObject({ kind: 'reply', intent: 'unknown' });
  });

  it('reads the subject only when it is the sender’s own words', async () => {
    const fresh = await understand(mail(['From: a@b.ro', 'Subject: Confirmare participare'], 'Bună ziua,'));
    expect(fresh.intent).toBe('yes');
    const reply = await understand(mail(['From: a@b.ro', 'Subject: Re: Confirmare participare'], 'Bună ziua,'));
    expect(reply.intent).toBe('unknown');
    const copied = await understand(mail(['From: a@b.ro', 'Subject: Confirmați participarea la atelier'], ''), { ownSubjects: ['Confirmați participarea la atelier'] });
    expect(copied.intent).toBe('unknown');
  });

  it('reads the words a reply adds around a subject it knows (ours, or the one its quote shows)', async () => {
    const ours = 'Invitație: Atelier Local de Învățare';
    const quote = '\n\n-----Original Message-----\nFrom: Lavinia Simion <lavinia@primariatm.ro>\nSent: Tuesday, January 5, 2021 10:22 AM\nSubject: Invitație: Atelier Local de Învățare\n\nVă invităm…';
    // Known from the quoted header block: no list of our subjects needed.
    const declined = await understand(mail(['From: a@b.ro', `Subject: RE: ${ours} - NU pot participa`], `Mulțumesc.${quote}`));
    expect(declined).toMatchObject({ intent: 'no', evidence: 'NU pot participa' });
    const prepended = await understand(mail(['From: a@b.ro', `Subject: Re: Confirm participarea - ${ours}`], `Ion Popescu${quote}`), { ownSubjects: [ours] });
    expect(prepended.intent).toBe('yes');
    // Our subject alone, or an unknown subject, says nothing; the body's answer comes first.
    expect((await understand(mail(['From: a@b.ro', `Subject: RE: ${ours}`], `Mulțumesc.${quote}`))).intent).toBe('unknown');
    expect((await understand(mail(['From: a@b.ro', 'Subject: Re: Atelier - nu pot'], 'Mulțumesc.'))).intent).toBe('unknown');
    expect((await understand(mail(['From: a@b.ro', `Subject: RE: ${ours} - NU pot participa`], `Particip.${quote}`))).intent).toBe('yes');
    // Above a quote that shows no subject (Gmail's "X a scris:"), a body that answers nothing leaves the words after the
    // subject's last dash to answer (h549_052); a body that answers keeps its answer.
    const gmailQuote = `\n\nÎn mar., 5 ian. 2021 la 10:22, Lavinia Simion <lavinia@primariatm.ro> a scris:\n> Vă invităm la atelierul local de învățare.\n> ${'Vă rugăm să confirmați participarea până la 12 ianuarie. '.repeat(5)}`;
    expect((await understand(mail(['From: a@b.ro', 'Subject: Re: Invitatie atelier - 17.01.2021 - NU pot participa'], `Vă trimit totuși în scris câteva observații, în atașament.${gmailQuote}`))).intent).toBe('no');
    expect((await understand(mail(['From: a@b.ro', 'Subject: Re: Invitatie atelier - 17.01.2021 - NU pot participa'], `Particip, până la urmă.${gmailQuote}`))).intent).toBe('yes');
    // Their earlier answer quoted back to them is nothing new.
    expect(ownWordsSubject(`RE: RE: ${ours} - NU pot participa`, [ours, `RE: ${ours} - NU pot participa`])).toBeNull();
  });

  it('gives no intent to robots', async () => {
    const u = await understand(mail([...base, 'Auto-Submitted: auto-replied'], 'Particip.'));
    expect(u).toMatchObject({ kind: 'auto', intent: null, headcount: null, speaker: null, autoReason: 'Auto-Submitted: auto-replied' });
  });

  it('lets a bounce win over an auto-reply', async () => {
    const u = await understand(
      mail(['From: MAILER-DAEMON@mx.example.org', 'Subject: Mail delivery failed: returning message to sender', 'Auto-Submitted: auto-replied', 'X-Failed-Recipients: gone@example.org'], 'A message that you sent could not be delivered.'),
    );
    expect(u).toMatchObject({ kind: 'bounce', intent: null, bounced: 'gone@example.org', bounceType: 'hard' });
  });

  it('lets the calendar answer win over the text, and still counts heads in the comment', async () => {
    const ics = ['BEGIN:VCALENDAR', 'METHOD:REPLY', 'VERSION:2.0', 'PRODID:x', 'BEGIN:VEVENT', 'UID:1', 'DTSTAMP:20210113T103102Z', 'ATTENDEE;PARTSTAT=ACCEPTED:mailto:a@b.ro', 'COMMENT:Venim 3 persoane.', 'END:VEVENT', 'END:VCALENDAR'].join(CRLF);
    const raw = ['From: a@b.ro', 'Subject: Acceptat: Invitație', 'MIME-Version: 1.0', 'Content-Type: multipart/alternative; boundary="x"', '', '--x', 'Content-Type: text/plain; charset=utf-8', '', 'Nu știu încă.', '--x', 'Content-Type: text/calendar; charset=utf-8; method=REPLY', '', ics, '--x--', ''].join(CRLF);
    const u = await understand(raw);
    expect(u).toMatchObject({ kind: 'calendar', intent: 'yes', headcount: 3, evidence: 'PARTSTAT=ACCEPTED' });
    expect(u.calendar).toMatchObject({ partstat: 'ACCEPTED', attendee: 'a@b.ro', comment: 'Venim 3 persoane.' });
  });

  it('decodes legacy charsets and cedilla letters', async () => {
    const raw = Buffer.concat([
      Buffer.from(['From: a@b.ro', 'Subject: Re: Invitatie', 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=iso-8859-2', 'Content-Transfer-Encoding: 8bit', '', ''].join(CRLF)),
      // "Nu voi putea fi prezentă, îmi pare rău" with ţ/ş cedillas, as ISO-8859-2 bytes.
      Buffer.from([0x4e, 0x75, 0x20, 0x76, 0x6f, 0x69, 0x20, 0x70, 0x75, 0x74, 0x65, 0x61, 0x20, 0x66, 0x69, 0x20, 0x70, 0x72, 0x65, 0x7a, 0x65, 0x6e, 0x74, 0xe3, 0x2c, 0x20, 0xee, 0x6d, 0x69, 0x20, 0x70, 0x61, 0x72, 0x65, 0x20, 0x72, 0xe3, 0x75, 0x2e, 0x0d, 0x0a]),
    ]);
    const u = await understand(raw);
    expect(u.text).toBe('Nu voi putea fi prezentă, îmi pare rău.');
    expect(u.intent).toBe('no');
  });
});

describe('ownWordsSubject', () => {
  const own = ['Invitație: Atelier Local de Învățare'];
  it.each([
    ['Confirmare participare', 'Confirmare participare'],
    ['Re: Confirmare participare', null],
    ['AW: Invitație', null],
    ['Răspuns: Invitație', null],
    ['Fwd: Invitatie', null],
    ['Acceptat: Invitație: Atelier Local de Învățare', null],
    ['Invitație: Atelier Local de Învățare', null],
    ['Invitatie: Atelier Local de Invatare', null],
    ['Confirmare participare – Invitație: Atelier Local de Învățare', 'Confirmare participare –'],
    // A reply keeps what its sender added around a subject we know.
    ['RE: Invitație: Atelier Local de Învățare - NU pot participa', '- NU pot participa'],
    ['Re: AW: DA - Invitatie: ATELIER local de invatare', 'DA -'],
    ['Re: Invitație: Atelier - vin', null],
    ['', null],
  ])('%s → %s', (subject, words) => {
    expect(ownWordsSubject(subject, own)).toBe(words);
  });
});
