import ICAL from 'ical.js';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { parseEvent } from '../../../shared/events/parse-event';
import { composeInvitation } from '../../../shared/invitations/compose-invitation';
import { composeReminder } from '../../../shared/invitations/compose-reminder';
import { parseReplyAddress } from '../../../shared/invitations/reply-address';
import event2020 from '../../../events/lll-2020-01.json';
import event2021 from '../../../events/lll-2021-01.json';

const token = 'abcdefgh23456789abcdefgh23';
const date = new Date('2020-01-08T08:00:00Z');

/** The `text/calendar; method=REQUEST` alternative, decoded by mailparser and parsed with ical.js. */
async function calendarOf(raw: Buffer) {
  expect(raw.toString('utf8')).toContain('Content-Type: text/calendar; charset=utf-8; method=REQUEST');
  const part = (await simpleParser(raw)).attachments.find((a) => a.contentType === 'text/calendar');
  if (!part) throw new Error('no text/calendar part');
  return new ICAL.Component(ICAL.parse(part.content.toString('utf8')));
}

describe('composeInvitation', () => {
  it('writes a Romanian invitation with the computed weekday, per-guest Reply-To and headers', async () => {
    const event = parseEvent(event2020, 'lll-2020-01.json');
    const mail = await composeInvitation(event, { email: 'ion@x.ro', name: 'Ion Popescu', language: null, token }, date);
    const parsed = await simpleParser(mail.raw);
    expect(mail.purpose).toBe('invitation');
    expect(mail.to).toEqual(['ion@x.ro']);
    expect(parsed.from?.value).toEqual([{ address: 'rsvp@primarie.example.org', name: 'Municipiul Timișoara – ECoC-SME' }]);
    const replyTo = parsed.replyTo?.value[0]?.address ?? '';
    expect(replyTo).toBe(`rsvp+lll-2020-01.${token}@primarie.example.org`);
    expect(parseReplyAddress(replyTo)).toMatchObject({ eventId: 'lll-2020-01', token });
    expect(parsed.headers.get('auto-submitted')).toBe('auto-generated');
    expect(parsed.headerLines.find((h) => h.key === 'list-unsubscribe')?.line.replace(/\s+/g, ' ')).toBe('List-Unsubscribe: <mailto:rsvp+lll-2020-01@primarie.example.org?subject=unsubscribe%20lll-2020-01>');
    expect(parsed.subject).toBe('Invitație: Atelierul Local de Învățare (Local Learning Lab) – a treia sesiune');
    expect(parsed.date?.toISOString()).toBe(date.toISOString());
    expect(parsed.text).toContain('Când: luni, 20 ianuarie 2020, ora 10:00–13:00');
    expect(parsed.text).toContain('până miercuri, 15 ianuarie 2020');
    expect(parsed.html).toContain('luni, 20 ianuarie 2020');
    expect(parsed.attachments.map((a) => a.contentType).sort()).toEqual(['application/ics', 'text/calendar']);
  });

  it('carries an iCalendar REQUEST: ORGANIZER the inbox, ATTENDEE the guest asked to answer', async () => {
    const event = parseEvent(event2020, 'lll-2020-01.json');
    const mail = await composeInvitation(event, { email: 'ion@x.ro', name: 'Ion Popescu', language: null, token }, date);
    const cal = await calendarOf(mail.raw);
    expect(cal.getFirstPropertyValue('method')).toBe('REQUEST');
    const vevent = cal.getFirstSubcomponent('vevent')!;
    expect(String(vevent.getFirstPropertyValue('organizer')).toLowerCase()).toBe('mailto:rsvp@primarie.example.org');
    const attendee = vevent.getFirstProperty('attendee')!;
    expect(String(attendee.getFirstValue()).toLowerCase()).toBe('mailto:ion@x.ro');
    expect(attendee.getParameter('rsvp')).toBe('TRUE');
    expect(attendee.getParameter('partstat')).toBe('NEEDS-ACTION');
  });

  it("writes in the guest's language, escapes HTML and includes the online details", async () => {
    const event = parseEvent(event2021, 'lll-2021-01.json');
    const mail = await composeInvitation(event, { email: 'jane@x.org', name: 'Jane <script>', language: 'en', token }, date);
    const parsed = await simpleParser(mail.raw);
    expect(parsed.subject).toBe('Invitation: Local Learning Lab – online consultation on the action plan');
    expect(parsed.text).toContain('When: Sunday, 17 January 2021, 11:00–13:30');
    expect(parsed.text).toContain('Please reply by: Tuesday, 12 January 2021');
    expect(parsed.text).toContain('https://zoom.example.com/j/86164491694');
    expect(parsed.text).toContain('If you would like to speak');
    expect(parsed.html).toContain('Dear Jane &lt;script&gt;,');
    expect(parsed.html).not.toContain('<script>');
  });
});

describe('composeReminder', () => {
  it('says "Reamintire" with the deadline, and asks a maybe guest to decide', async () => {
    const event = parseEvent(event2020, 'lll-2020-01.json');
    const pending = await simpleParser((await composeReminder(event, { email: 'a@x.ro', name: null, language: 'ro', token, status: 'pending' }, date)).raw);
    expect(pending.subject).toBe('Reamintire: Atelierul Local de Învățare (Local Learning Lab) – a treia sesiune – vă rugăm să răspundeți până miercuri, 15 ianuarie 2020');
    expect(pending.text).toContain('Nu am primit încă răspunsul dumneavoastră');
    expect(pending.replyTo?.value[0]?.address).toBe(`rsvp+lll-2020-01.${token}@primarie.example.org`);
    const maybe = await simpleParser((await composeReminder(event, { email: 'a@x.ro', name: 'Ana', language: 'en', token, status: 'maybe' }, date)).raw);
    expect(maybe.subject).toMatch(/^Reminder: .* – please reply by Wednesday, 15 January 2020$/);
    expect(maybe.text).toContain('not yet sure');
  });
});
