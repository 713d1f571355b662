import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { composeAck } from '../../../shared/acknowledgements/compose-ack';
import { parseEvent } from '../../../shared/events/parse-event';
import e2021 from '../../../events/lll-2021-01.json';

const event = parseEvent(e2021, 'e');
const base = {
  event,
  from: { address: event.inbox, name: 'Primăria' },
  replyTo: 'rsvp+lll-2021-01@primarie.example.org',
  lang: 'ro' as const,
  text: { headcount: 2, speaker: true, deadline: 'marți, 12 ianuarie 2021', keptStatus: null, keptAt: null, forGuest: null, onBehalfOf: null },
  late: false,
  inReplyTo: '<their@example.com>',
  references: ['<older@example.com>'],
  date: new Date('2021-01-05T10:00:00Z'),
};

describe('composeAck', () => {
  it('says how we read the reply, with computed weekday, link and .ics for a yes', async () => {
    const mail = await composeAck({ ...base, kind: 'confirmed', to: { address: 'p@example.com', name: 'P' }, subject: 'Re: Invitație' });
    const parsed = await simpleParser(mail.raw);
    expect(parsed.text).toContain('Am înregistrat: participați, 2 persoane, doriți să luați cuvântul.');
    expect(parsed.text).toContain('duminică, 17 ianuarie 2021, ora 11:00');
    expect(parsed.text).toContain('parola: 379159');
    expect(parsed.text).toContain('11:10–13:20');
    expect(parsed.references).toEqual(['<older@example.com>', '<their@example.com>']);
    expect(parsed.attachments[0]?.contentType).toBe('text/calendar');
    expect(mail.to).toEqual(['p@example.com']);
  });

  it('never lets CR/LF from a display name or subject reach our headers', async () => {
    const mail = await composeAck({ ...base, kind: 'declined', to: { address: 'p@example.com', name: 'Evil\r\nBcc: victim@example.com' }, subject: 'Hi\r\nBcc: victim@example.com' });
    const head = mail.raw.toString('utf8').split('\r\n\r\n')[0]!;
    expect(head).not.toMatch(/^Bcc:/im);
    expect(mail.to).toEqual(['p@example.com']);
    expect(mail.raw.toString()).not.toContain('379159');
  });
});
