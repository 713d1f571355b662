import { describe, expect, it } from 'vitest';
import { parseMail } from '../../../shared/understanding/parse-mail';
import { TRIM_LOCALES } from '../../../shared/understanding/locales';
import { acknowledgementText, addressesRecipient, detectAutoReply } from '../../../shared/understanding/robots';
import { foldForMatching } from '../../../shared/understanding/text-normalize';
import { understand } from '../../../shared/understanding/understand';

function mail(headers: string[], body = 'Particip.'): string {
  const defaults = ['From: Ion Popescu <ion.popescu@gmail.com>', 'To: rsvp@invitatii.primariatm.ro', 'Subject: Re: Invitație', 'Date: Wed, 13 Jan 2021 12:31:02 +0200'];
  const names = new Set(headers.map((h) => h.split(':')[0]!.toLowerCase()));
  return [...defaults.filter((h) => !names.has(h.split(':')[0]!.toLowerCase())), ...headers, '', body, ''].join('\r\n');
}

async function reason(headers: string[]): Promise<string | null> {
  return detectAutoReply(await parseMail(mail(headers)));
}

describe('detectAutoReply (RFC 3834 and practice)', () => {
  it('passes a person’s reply', async () => {
    expect(await reason([])).toBeNull();
  });

  it.each([
    ['Auto-Submitted: auto-replied'],
    ['Auto-Submitted: auto-generated'],
    ['X-Autoreply: yes'],
    ['X-Autorespond: away'],
    ['Precedence: bulk'],
    ['Precedence: junk'],
    ['Precedence: list'],
    ['Precedence: auto_reply'],
    ['List-Id: <news.example.org>'],
    ['List-Unsubscribe: <mailto:u@example.org>'],
    ['Return-Path: <>'],
    ['From: MAILER-DAEMON@example.org'],
    ['From: postmaster@example.org'],
    ['From: No-Reply <no-reply@example.org>'],
    ['From: noreply@example.org'],
    ['From: do-not-reply@example.org'],
    ['From: donotreply@example.org'],
  ])('%s is automatic', async (header) => {
    expect(await reason([header])).not.toBeNull();
  });

  it('does not treat Auto-Submitted: no as automatic', async () => {
    expect(await reason(['Auto-Submitted: no'])).toBeNull();
  });

  it('does not treat X-Auto-Response-Suppress alone as automatic (Exchange sets it on human mail)', async () => {
    expect(await reason(['X-Auto-Response-Suppress: All'])).toBeNull();
  });

  it.each([
    'Răspuns automat: Invitație',
    'Raspuns automat: Invitatie',
    'Automatic reply: Invitation',
    'Auto reply: Invitation',
    'Out of Office: Invitation',
    'Absent: Invitație',
    'Autosvar: Invitation',
    'Abwesenheitsnotiz: Einladung',
    'Automatische Antwort: Einladung',
    'Réponse automatique : Invitation',
    'Risposta automatica: Invito',
    'Respuesta automática: Invitación',
    'Automatisch antwoord: Uitnodiging',
    'Automatski odgovor: Pozivnica',
    'Automatinis atsakymas: Kvietimas',
    'Concediu',
    'Sunt în concediu',
    '[Out of office] Invitation',
  ])('subject "%s" is an out-of-office', async (subject) => {
    expect(await reason([`Subject: ${subject}`])).toMatch(/out-of-office/);
  });

  it('keeps a person who mentions a holiday in a reply subject', async () => {
    expect(await reason(['Subject: Re: Invitație – sunt în concediu, nu pot veni'])).toBeNull();
  });

  it('records why (autoReason)', async () => {
    expect(await reason(['Auto-Submitted: auto-replied'])).toBe('Auto-Submitted: auto-replied');
  });
});

describe('addressesRecipient (a person calls a recipient by name; a notice cannot)', () => {
  const lavinia = [{ address: 'rsvp@invitatii.primariatm.ro', name: 'Atelier Local de Învățare' }, { address: 'lavinia.simion@primariatm.ro', name: 'Lavinia Simion' }];
  it('reads the first line for a recipient\'s first name, as a whole word', () => {
    expect(addressesRecipient("Sorry Lavinia, I'm out of the office the whole January.", lavinia)).toBe(true);
    expect(addressesRecipient('\n  Dragă LAVINIA,\nsunt în concediu.', lavinia)).toBe(true);
  });
  it('ignores the name further down, inside another word, and recipients without a name', () => {
    expect(addressesRecipient('Thank you for your message.\nLavinia, I am away.', lavinia)).toBe(false);
    expect(addressesRecipient('Hello Laviniana, I am away.', lavinia)).toBe(false);
    expect(addressesRecipient('Hello Lavinia, I am away.', [{ address: 'x@y.ro', name: null }])).toBe(false);
  });
});

describe('acknowledgementText (helpdesks without robot headers)', () => {
  const ack = async (headers: string[], body: string): Promise<string | null> => acknowledgementText(await parseMail(mail(headers, body)), body);

  it('needs a ticket number or a helpdesk header beside one acknowledging phrase', async () => {
    const body = "We've received your request and will look into it.";
    expect(await ack(['Subject: [#48211] Re: Invitație'], body)).toMatch(/acknowledgement text/);
    expect(await ack(['Subject: [Ticket #4521] Invitation'], body)).toMatch(/ticket #4521/);
    expect(await ack(['X-Freshdesk-Ticket-ID: 48211'], body)).toMatch(/x-freshdesk-ticket-id/);
    expect(await ack([], body)).toBeNull();
  });

  it('takes two distinct phrases without any ticket', async () => {
    expect(await ack([], 'This is an automated message. Please do not reply to this email.')).toMatch(/acknowledgement text/);
    expect(await ack([], 'Acesta este un mesaj generat automat. Vă rugăm să nu răspundeți la acest e-mail.')).toMatch(/acknowledgement text/);
  });

  it('leaves a person alone: one phrase, or a ticket number with nothing acknowledged', async () => {
    expect(await ack([], 'Solicitarea dumneavoastră a fost înregistrată și transmisă conducerii.')).toBeNull();
    expect(await ack(['Subject: Re: [#4521] Invitație'], 'Mulțumesc, am notat.')).toBeNull();
  });
});

describe('out-of-office notices written only in words (no robot header)', () => {
  it('reads a vacation reply whose own words refuse ("away on annual leave") as a notice (set 67)', async () => {
    const body = "Hello, I'm currently away on annual leave and will return on 26 October. I will reply to your email when I'm back. If your matter is urgent please contact info@cultureexchange.org.uk.\r\n\r\nHelen";
    const read = await understand(mail(['From: Helen Turner <helen.turner@yahoo.co.uk>', 'Subject: Away until 26 October'], body));
    expect(read.kind).toBe('auto');
    expect(read.intent).toBeNull();
  });

  it('reads an office closed for a period, in Romanian, as a notice (set 83)', async () => {
    const body = 'Bună ziua,\r\n\r\nVă mulțumim pentru mesaj. Biroul nostru este închis în perioada 4-10 ianuarie 2021. Vom răspunde solicitării dumneavoastră după această dată.\r\n\r\nEchipa Contabilis';
    const read = await understand(mail(['From: Contabilis <office@contabilis.ro>', 'Subject: Re: Invitație'], body));
    expect(read.kind).toBe('auto');
  });

  it('reads "I will come back on 11 January … your mail will not be forwarded" as a notice, not a yes (set 86)', async () => {
    const body = 'Dear Sender,\r\n\r\nI am away from the office for the Christmas holidays and I will come back on 11 January. Your mail will not be forwarded. I will answer after my return.\r\n\r\nGiovanni Russo';
    const read = await understand(mail(['From: Giovanni Russo <g.russo@comune.example.it>'], body));
    expect(read.kind).toBe('auto');
    expect(read.intent).toBeNull();
  });

  it.each([
    ['Italian', "Gentile mittente,\r\n\r\nsono fuori ufficio fino all'11 gennaio con accesso limitato alla posta. Al mio rientro risponderò al suo messaggio.\r\n\r\nGiovanni Russo"],
    ['German', 'Sehr geehrte Damen und Herren,\r\n\r\nich bin bis zum 11. Januar nicht im Büro. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an info@example.de.'],
    ['Dutch', 'Beste,\r\n\r\nIk ben afwezig tot en met 10 januari. Voor dringende zaken kunt u contact opnemen met info@example.nl.'],
    ['Lithuanian', 'Laba diena,\r\n\r\nšiuo metu esu atostogose iki sausio 11 d. Skubiais klausimais kreipkitės info@example.lt.'],
  ])('reads a partner\'s notice in %s, without a robot header or English, as a notice', async (_language, body) => {
    const read = await understand(mail(['From: Partner <partner@example.eu>', 'Subject: Re: Invitation'], body));
    expect(read.kind).toBe('auto');
  });

  it('reads a notice that declares itself automatic and "vă răspund când mă întorc" as a notice (set 88)', async () => {
    const body = 'Acesta este un răspuns automat. Sunt plecată la fiica mea în Italia până pe 12 ianuarie și citesc rar mesajele. Vă răspund când mă întorc.\r\nVictoria';
    const read = await understand(mail(['From: Victoria Dragan <victoria.dragan@yahoo.com>'], body));
    expect(read.kind).toBe('auto');
  });

  it('reads "Thanks for your email. I\'m away until … and will reply when I\'m back" as a notice (set 92)', async () => {
    const body = "Hi,\r\n\r\nThanks for your email. I'm away until Thursday 7 January and will reply when I'm back. If it's urgent, call +353 87 204 1198.\r\n\r\nSarah";
    const read = await understand(mail(['From: Sarah Byrne <sarah.byrne@example.ie>'], body));
    expect(read.kind).toBe('auto');
  });

  it('reads a school secretariat closed for the holiday, "mesaj generat automat, vă rugăm…", as a notice (set 98)', async () => {
    const body = 'Vă mulțumim pentru mesaj.\r\n\r\nSecretariatul liceului este închis în perioada vacanței de iarnă (23.12.2019 – 12.01.2020). Mesajul dumneavoastră va fi citit după reluarea activității.\r\n\r\nAcesta este un mesaj generat automat, vă rugăm să nu răspundeți.';
    const read = await understand(mail(['From: Secretariat <secretariat@liceu.example.ro>'], body));
    expect(read.kind).toBe('auto');
  });

  it.each([
    ['"răspund la emailuri doar sporadic" (set 107)', 'Bună ziua! Sunt plecată din țară până pe 22 ianuarie și răspund la emailuri doar sporadic. Mulțumesc pentru înțelegere! Laura Tănase, EventLab'],
    ['"nu îmi verific mailul. Revin după ce mă întorc" (set 109)', 'Bună, sunt plecată în vacanță până pe 20 ianuarie și nu îmi verific mailul. Revin după ce mă întorc. Paula'],
  ])('reads an iPhone notice without headers, %s, as a notice', async (_case, body) => {
    const read = await understand(mail(['From: Laura <laura@example.ro>', 'Subject: Re: Invitație'], body));
    expect(read.kind).toBe('auto');
  });

  it('leaves a person on holiday who answers a person', async () => {
    for (const [body, intent] of [
      ['Sunt plecată în vacanță până pe 20, dar vin la atelier!', 'yes'],
      ['Sunt plecată în vacanță și nu îmi verific mailul, deci nu pot participa.', 'no'],
    ] as const) {
      const read = await understand(mail(['From: Ana <ana@example.ro>', 'Subject: Re: Invitație'], body));
      expect(read.kind, body).toBe('reply');
      expect(read.intent, body).toBe(intent);
    }
  });

  it('keeps the locales\' notice phrases folded, as the text they are matched on (a translator\'s "Büro" would never match)', () => {
    const phrases = TRIM_LOCALES.flatMap((locale) => locale.outOfOfficeText ?? []);
    expect(phrases.length).toBeGreaterThan(20);
    for (const phrase of phrases) expect(foldForMatching(phrase)).toBe(phrase);
  });

  it('leaves a partner who answers in English beside one word of their own language a person', async () => {
    const read = await understand(mail(['From: Partner <partner@example.eu>', 'Subject: Re: Invitation'], 'Dear Lavinia, I will be there. Fuori ufficio until Monday, but count me in.'));
    expect(read.kind).toBe('reply');
    expect(read.intent).toBe('yes');
  });

  it('leaves a person on leave who answers: their refusal is counted', async () => {
    const read = await understand(mail([], "I'm on annual leave until the 20th, so I can't attend, sorry."));
    expect(read.kind).toBe('reply');
    expect(read.intent).toBe('no');
  });
});
