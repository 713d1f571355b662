import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../helpers/local-stack';

const INBOX_2020 = 'rsvp+lll-2020-01@primarie.example.org';
const INBOX_2021 = 'rsvp+lll-2021-01@primarie.example.org';
const quoted = '\n\nÎn lun., 13 ian. 2020 la 09:00, Primăria <rsvp@primarie.example.org> a scris:\n> Vă rugăm să confirmați participarea Dumneavoastră până miercuri, 15.01.2020.\n';

let t: TestStack;
beforeAll(async () => {
  t = await startTestStack({ now: '2020-01-13T09:00:00+02:00' });
});
afterAll(async () => t.close());

async function guest(eventId: string, email: string) {
  return t.stack.services.store.getGuest(eventId, email);
}
async function acksTo(address: string) {
  return (await t.outbox()).filter((o) => o.mail.to && !Array.isArray(o.mail.to) && o.mail.to.value[0]?.address === address);
}

describe('the reply flow over SMTP (local stack, same handler as Lambda)', () => {
  it('records "Confirm participarea." as yes and acknowledges it properly, in Romanian', async () => {
    await t.send({ from: 'Ion Popescu <ion.popescu@example.com>', to: INBOX_2020, subject: 'Re: Invitație Local Learning Lab', text: `Confirm participarea.${quoted}`, messageId: '<first-yes@example.com>' });
    expect((await guest('lll-2020-01', 'ion.popescu@example.com'))?.status).toBe('yes');
    const [ack] = await acksTo('ion.popescu@example.com');
    expect(ack).toBeDefined();
    expect(ack!.mail.inReplyTo).toBe('<first-yes@example.com>');
    expect(ack!.mail.references).toContain('<first-yes@example.com>');
    expect(ack!.mail.headers.get('auto-submitted')).toBe('auto-replied');
    expect(ack!.mail.headers.get('x-auto-response-suppress')).toBe('All');
    expect(ack!.mail.subject).toBe('Re: Invitație Local Learning Lab');
    expect(ack!.mail.text).toContain('Am înregistrat: participați');
    expect(ack!.mail.text).toContain('luni, 20 ianuarie 2020');
    expect(ack!.mail.attachments.some((a) => a.contentType.startsWith('text/calendar'))).toBe(true);
  });

  it('counts a message delivered five times at once, with one acknowledgement', async () => {
    const mail = { from: 'dup@example.com', to: INBOX_2020, subject: 'Re: Invitație', text: 'Particip cu plăcere.', messageId: '<dup-1@example.com>' };
    await Promise.all(Array.from({ length: 5 }, () => t.send(mail)));
    expect(await t.stack.services.store.listReplies('lll-2020-01', 'dup@example.com')).toHaveLength(1);
    expect(await acksTo('dup@example.com')).toHaveLength(1);
  });

  it('keeps the newest answer by Date when an older one arrives later', async () => {
    await t.send({ from: 'mind@example.com', to: INBOX_2020, subject: 'Re: Invitație', text: 'Din păcate nu pot participa.', date: new Date('2020-01-13T10:00:00+02:00'), messageId: '<no-10@example.com>' });
    await t.send({ from: 'mind@example.com', to: INBOX_2020, subject: 'Re: Invitație', text: 'Confirm participarea.', date: new Date('2020-01-13T09:00:00+02:00'), messageId: '<yes-09@example.com>' });
    expect((await guest('lll-2020-01', 'mind@example.com'))?.status).toBe('no');
    expect(await t.stack.services.store.listReplies('lll-2020-01', 'mind@example.com')).toHaveLength(2);
    const acks = await acksTo('mind@example.com');
    expect(acks).toHaveLength(2);
    expect(acks[1]!.mail.text).toContain('mai recent');
  });

  it('ignores an out-of-office reply: no acknowledgement, status unchanged', async () => {
    await t.send({ from: 'ooo@example.com', to: INBOX_2020, subject: 'Re: Invitație', text: 'Confirm participarea.', messageId: '<ooo-yes@example.com>' });
    const before = await acksTo('ooo@example.com');
    await t.send({ from: 'ooo@example.com', to: INBOX_2020, subject: 'Răspuns automat: Invitație', text: 'Sunt în concediu până pe 20 ianuarie.', headers: { 'Auto-Submitted': 'auto-replied' }, messageId: '<ooo-1@example.com>' });
    expect((await guest('lll-2020-01', 'ooo@example.com'))?.status).toBe('yes');
    expect(await acksTo('ooo@example.com')).toHaveLength(before.length);
  });

  it('marks a guest hard-bouncing on a 5.1.1 delivery report', async () => {
    await t.send({ from: 'gone@example.com', to: INBOX_2020, subject: 'Re: Invitație', text: 'Vin.', messageId: '<gone-yes@example.com>' });
    const dsn = [
      'From: Mail Delivery Subsystem <mailer-daemon@example.com>',
      `To: ${INBOX_2020}`,
      'Subject: Undelivered Mail Returned to Sender',
      'Message-ID: <dsn-1@example.com>',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
      '',
      '--b1',
      'Content-Type: text/plain',
      '',
      'This is the mail system. Your message could not be delivered.',
      '--b1',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mx.example.com',
      '',
      'Final-Recipient: rfc822; gone@example.com',
      'Action: failed',
      'Status: 5.1.1',
      'Diagnostic-Code: smtp; 550 5.1.1 user unknown',
      '--b1--',
      '',
    ].join('\r\n');
    await t.sendRaw(dsn, { from: '', to: ['rsvp@primarie.example.org'] });
    expect((await guest('lll-2020-01', 'gone@example.com'))?.bounce).toBe('hard');
    expect(await acksTo('mailer-daemon@example.com')).toHaveLength(0);
  });

  it('sends a question to review', async () => {
    await t.send({ from: 'q@example.com', to: INBOX_2020, subject: 'Re: Invitație', text: 'Se poate participa și online?', messageId: '<q-1@example.com>' });
    expect((await guest('lll-2020-01', 'q@example.com'))?.status).toBe('review');
    const [ack] = await acksTo('q@example.com');
    expect(ack!.mail.text).toContain('o persoană din echipa noastră');
  });

  it('answers an English reply in English', async () => {
    await t.send({ from: 'jane@example.org', to: INBOX_2020, subject: 'Re: Invitation', text: "Thank you, I'll be there.", messageId: '<en-1@example.org>' });
    expect((await guest('lll-2020-01', 'jane@example.org'))?.status).toBe('yes');
    const [ack] = await acksTo('jane@example.org');
    expect(ack!.mail.text).toContain('We have recorded: attending');
    expect(ack!.mail.text).toContain('Monday, 20 January 2020');
  });

  it('gives the Zoom link to a yes and never to a no (online event)', async () => {
    await t.send({ from: 'online-yes@example.com', to: INBOX_2021, subject: 'Re: Invitație', text: 'Confirm participarea.', messageId: '<on-yes@example.com>' });
    await t.send({ from: 'online-no@example.com', to: INBOX_2021, subject: 'Re: Invitație', text: 'Nu voi putea participa.', messageId: '<on-no@example.com>' });
    const [yes] = await acksTo('online-yes@example.com');
    const [no] = await acksTo('online-no@example.com');
    expect(yes!.raw).toContain('86164491694');
    expect(yes!.mail.text).toContain('379159');
    expect(no!.raw).not.toContain('86164491694');
    expect(no!.raw).not.toContain('379159');
  });

  it('does not acknowledge or count a sender whose DMARC failed', async () => {
    await t.send({ from: 'spoof@example.com', to: INBOX_2020, subject: 'Re: Invitație', text: 'Confirm participarea.', messageId: '<spoof-1@example.com>', headers: { 'Authentication-Results': 'mx.example.org; spf=fail smtp.mailfrom=example.com; dkim=fail; dmarc=fail header.from=example.com' } });
    expect(await guest('lll-2020-01', 'spoof@example.com')).toBeNull();
    expect(await acksTo('spoof@example.com')).toHaveLength(0);
    expect((await t.stack.services.store.listUnrouted()).some((u) => u.reason.startsWith('unverified'))).toBe(true);
  });

  it('routes mail with no event marker to review and asks to answer the invitation', async () => {
    await t.send({ from: 'lost@example.com', to: 'rsvp@primarie.example.org', subject: 'Participare', text: 'Confirm participarea.', messageId: '<lost-1@example.com>' });
    expect((await t.stack.services.store.listUnrouted()).some((u) => u.from === 'lost@example.com')).toBe(true);
    const [ack] = await acksTo('lost@example.com');
    expect(ack!.mail.text).toContain('răspundeți direct la invitația primită');
  });

  it('rejects mail for domains that are not an inbox at SMTP time', async () => {
    await expect(t.send({ from: 'a@example.com', to: 'someone@elsewhere.example', subject: 'x', text: 'x' })).rejects.toThrow(/550|no inbox/);
  });

  it('never turns a manager writing to the inbox into a walk-in guest', async () => {
    await t.send({ from: 'lavinia.simion@primarie.example.org', to: INBOX_2020, subject: 'Re: [lll-2020-01] Situația confirmărilor', text: 'Mulțumesc, confirm că am primit lista.', messageId: '<mgr-1@primarie.example.org>' });
    expect(await guest('lll-2020-01', 'lavinia.simion@primarie.example.org')).toBeNull();
    expect((await t.stack.services.store.listUnrouted()).some((u) => u.reason.startsWith('message from a manager'))).toBe(true);
    expect(await acksTo('lavinia.simion@primarie.example.org')).toHaveLength(0);
  });

  it('takes an unsubscribe request without touching the answer', async () => {
    await t.send({ from: 'unsub@example.com', to: INBOX_2020, subject: 'Re: Invitație', text: 'Confirm participarea.', messageId: '<unsub-yes@example.com>' });
    await t.send({ from: 'unsub@example.com', to: INBOX_2020, subject: 'unsubscribe lll-2020-01', text: '', messageId: '<unsub-1@example.com>' });
    expect(await guest('lll-2020-01', 'unsub@example.com')).toMatchObject({ status: 'yes', unsubscribed: true });
    expect(await acksTo('unsub@example.com')).toHaveLength(1);
  });

  it('keeps an invited guest record when they answer through the event address', async () => {
    const { newGuest } = await import('../../shared/domain/new-guest');
    await t.stack.services.store.createGuest(newGuest('lll-2020-01', 'invited@example.org', t.clock.now(), { name: 'Invitată Oficial', organization: 'ADETIM' }));
    await t.send({ from: 'invited@example.org', to: INBOX_2020, subject: 'Re: Invitație', text: 'Confirm participarea.', messageId: '<invited-1@example.org>' });
    expect(await guest('lll-2020-01', 'invited@example.org')).toMatchObject({ status: 'yes', walkIn: false, name: 'Invitată Oficial', organization: 'ADETIM' });
  });
});
