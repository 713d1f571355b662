import { describe, expect, it } from 'vitest';
import { findCalendarReply, partstatToIntent } from '../../../shared/understanding/calendar';
import type { MailPart } from '../../../shared/understanding/parse-mail';

function ics(lines: string[]): string {
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', ...lines, 'END:VCALENDAR', ''].join('\r\n');
}
function part(text: string, params: Record<string, string> = {}, contentType = 'text/calendar', filename: string | null = null): MailPart {
  return { contentType, params, filename, content: Buffer.from(text, 'utf8') };
}
const event = (attendee: string, extra: string[] = []) => ['BEGIN:VEVENT', 'UID:u-1', attendee, ...extra, 'DTSTAMP:20210113T103102Z', 'END:VEVENT'];

describe('findCalendarReply (iMIP, RFC 6047)', () => {
  it('reads PARTSTAT, attendee (MAILTO: any case, lower-cased), UID and COMMENT', () => {
    const reply = findCalendarReply([part(ics(['METHOD:REPLY', ...event('ATTENDEE;PARTSTAT=DECLINED;CN=Ion:MAILTO:Ion.Popescu@Gmail.com', ['COMMENT:Nu pot\\, sunt plecat.'])]))]);
    expect(reply).toEqual({ method: 'REPLY', partstat: 'DECLINED', attendee: 'ion.popescu@gmail.com', uid: 'u-1', comment: 'Nu pot, sunt plecat.' });
  });

  it('takes METHOD from the Content-Type parameter when the body has none', () => {
    const reply = findCalendarReply([part(ics(event('ATTENDEE;PARTSTAT=ACCEPTED:mailto:a@b.ro')), { method: 'REPLY' })]);
    expect(reply?.partstat).toBe('ACCEPTED');
  });

  it('reads a part labelled 7bit whose text is still quoted-printable (h412_065)', () => {
    const qp = ics(['METHOD:REPLY', ...event('ATTENDEE;CUTYPE=3DINDIVIDUAL;PARTSTAT=3DACCEPTED;CN=3D=\r\nVictor S=C3=A2rbu:mailto:victor.sarbu@gmail.com')]);
    const reply = findCalendarReply([part(qp, { method: 'REPLY' })]);
    expect(reply?.partstat).toBe('ACCEPTED');
    expect(reply?.attendee).toBe('victor.sarbu@gmail.com');
  });

  it('reads an attached .ics (application/ics)', () => {
    const reply = findCalendarReply([part(ics(['METHOD:REPLY', ...event('ATTENDEE;PARTSTAT=TENTATIVE:mailto:a@b.ro')]), {}, 'application/ics', 'invite.ics')]);
    expect(reply?.partstat).toBe('TENTATIVE');
  });

  it('ignores a forwarded invitation (METHOD:REQUEST)', () => {
    expect(findCalendarReply([part(ics(['METHOD:REQUEST', ...event('ATTENDEE;PARTSTAT=NEEDS-ACTION:mailto:a@b.ro')]), { method: 'REQUEST' })])).toBeNull();
  });

  it('picks the sender among several attendees', () => {
    const text = ics(['METHOD:REPLY', 'BEGIN:VEVENT', 'UID:u', 'ATTENDEE;PARTSTAT=DECLINED:mailto:other@b.ro', 'ATTENDEE;PARTSTAT=ACCEPTED:mailto:me@b.ro', 'DTSTAMP:20210113T103102Z', 'END:VEVENT']);
    expect(findCalendarReply([part(text)], 'me@b.ro')?.partstat).toBe('ACCEPTED');
  });

  it('still reads a calendar ical.js refuses', () => {
    const broken = 'BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\nATTENDEE;PARTSTAT=ACCEPTED:MAILTO:x@y.ro\r\nUID:1\r\nEND:VCALENDAR\r\n';
    expect(findCalendarReply([part(broken)])).toMatchObject({ partstat: 'ACCEPTED', attendee: 'x@y.ro' });
  });

  it('maps PARTSTAT to intent', () => {
    expect(['ACCEPTED', 'DECLINED', 'TENTATIVE', 'NEEDS-ACTION', 'DELEGATED', 'accepted'].map(partstatToIntent)).toEqual(['yes', 'no', 'maybe', 'unknown', 'unknown', 'yes']);
  });
});
