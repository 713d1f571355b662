import { describe, expect, it } from 'vitest';
import { detectBounce } from '../../../shared/understanding/bounce';
import { parseMail } from '../../../shared/understanding/parse-mail';

function report(fields: string, from = 'MAILER-DAEMON@mx.example.org'): string {
  return [
    `From: ${from}`,
    'To: rsvp@invitatii.primariatm.ro',
    'Subject: Undelivered Mail Returned to Sender',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
    '',
    '--b',
    'Content-Type: text/plain',
    '',
    'Delivery failed.',
    '--b',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx.example.org',
    '',
    fields,
    '--b--',
    '',
  ].join('\r\n');
}

async function bounceOf(raw: string) {
  return detectBounce(await parseMail(raw));
}

describe('detectBounce: RFC 3464 delivery-status reports', () => {
  it('reads Final-Recipient and a permanent status', async () => {
    expect(await bounceOf(report('Final-Recipient: rfc822; Gone@Example.org\r\nAction: failed\r\nStatus: 5.1.1'))).toEqual({ address: 'gone@example.org', type: 'hard' });
  });

  it('a 4.x.x status is soft', async () => {
    expect(await bounceOf(report('Final-Recipient: rfc822; full@example.org\r\nAction: delayed\r\nStatus: 4.2.2'))).toEqual({ address: 'full@example.org', type: 'soft' });
  });

  it('falls back to Original-Recipient', async () => {
    expect(await bounceOf(report('Original-Recipient: rfc822;old@example.org\r\nAction: failed\r\nStatus: 5.0.0'))).toEqual({ address: 'old@example.org', type: 'hard' });
  });

  it('unfolds a folded field', async () => {
    expect(await bounceOf(report('Final-Recipient: rfc822;\r\n  folded@example.org\r\nAction: failed\r\nStatus: 5.1.1'))).toEqual({ address: 'folded@example.org', type: 'hard' });
  });

  it('reports success notices apart', async () => {
    expect(await bounceOf(report('Final-Recipient: rfc822; ok@example.org\r\nAction: delivered\r\nStatus: 2.0.0'))).toEqual({ delivered: true, action: 'delivered' });
  });
});

describe('detectBounce: non-standard notices', () => {
  const text = (from: string, subject: string, body: string, extra: string[] = []) =>
    [`From: ${from}`, 'To: rsvp@invitatii.primariatm.ro', `Subject: ${subject}`, ...extra, '', body, ''].join('\r\n');

  it('qmail', async () => {
    const raw = text('MAILER-DAEMON@mail.example.org', 'failure notice', "Hi. This is the qmail-send program at mail.example.org.\r\nI'm afraid I wasn't able to deliver your message to the following addresses.\r\nThis is a permanent error; I've given up. Sorry it didn't work out.\r\n\r\n<nobody@example.net>:\r\nRemote host said: 550 5.1.1 User unknown\r\n");
    expect(await bounceOf(raw)).toEqual({ address: 'nobody@example.net', type: 'hard' });
  });

  it('Exchange NDR text', async () => {
    const raw = text('postmaster@contoso.com', 'Undeliverable: Invitation', 'Delivery has failed to these recipients or groups:\r\n\r\nJohn Doe (john.doe@contoso.com)\r\nThe e-mail address you entered couldn\'t be found.\r\n\r\n#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##');
    expect(await bounceOf(raw)).toEqual({ address: 'john.doe@contoso.com', type: 'hard' });
  });

  it('Gmail "Address not found"', async () => {
    const raw = text('Mail Delivery Subsystem <mailer-daemon@googlemail.com>', 'Delivery Status Notification (Failure)', "** Address not found **\r\n\r\nYour message wasn't delivered to typo@gmail.com because the address couldn't be found.");
    expect(await bounceOf(raw)).toEqual({ address: 'typo@gmail.com', type: 'hard' });
  });

  it('Exim, with and without X-Failed-Recipients', async () => {
    const body = 'This message was created automatically by mail delivery software.\r\n\r\nA message that you sent could not be delivered to one or more of its\r\nrecipients. This is a permanent error. The following address(es) failed:\r\n\r\n  gone@example.ro\r\n    550 No Such User Here';
    expect(await bounceOf(text('Mailer-Daemon@host.example.ro', 'Mail delivery failed: returning message to sender', body))).toEqual({ address: 'gone@example.ro', type: 'hard' });
    expect(await bounceOf(text('Mailer-Daemon@host.example.ro', 'Mail delivery failed', body, ['X-Failed-Recipients: other@example.ro']))).toEqual({ address: 'other@example.ro', type: 'hard' });
  });

  it('a temporary failure in the text is soft', async () => {
    const raw = text('MAILER-DAEMON@mx.example.org', 'Undelivered Mail Returned to Sender', "<full@example.org>: host mx.example.org said: 452 4.2.2 Mailbox full, will retry");
    expect(await bounceOf(raw)).toEqual({ address: 'full@example.org', type: 'soft' });
  });

  it('ignores a person writing from an ordinary address', async () => {
    expect(await bounceOf(text('Ion <ion@example.ro>', 'Re: Invitație', 'Address not found? Vă rog retrimiteți.'))).toBeNull();
  });

  it('ignores postmaster writing a normal letter', async () => {
    expect(await bounceOf(text('postmaster@example.ro', 'Re: Invitație', 'Bună ziua, particip.'))).toBeNull();
  });
});
