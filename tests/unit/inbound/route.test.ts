import { describe, expect, it } from 'vitest';
import { parseEvent } from '../../../shared/events/parse-event';
import { routeMessage, type RouteLookups } from '../../../shared/inbound/route';
import type { MailFacts } from '../../../shared/understanding/types';
import e2020 from '../../../events/lll-2020-01.json';
import e2021 from '../../../events/lll-2021-01.json';

const events = [parseEvent(e2020, 'a'), parseEvent(e2021, 'b')];
const facts = (over: Partial<MailFacts> = {}): MailFacts => ({ messageId: '<m@x>', inReplyTo: [], references: [], from: { address: 'p@example.com', name: null }, replyTo: null, to: [], cc: [], subject: 'Re: Invitație', date: null, auth: null, ...over });
const lookups = (over: Partial<RouteLookups> = {}): RouteLookups => ({ events, resolveToken: async () => null, findSent: async () => null, ...over });
const at = new Date('2020-01-13T09:00:00+02:00');

describe('routeMessage', () => {
  it('prefers a valid per-guest token address', async () => {
    const r = await routeMessage(['rsvp+lll-2020-01.abcdefghijkl@primarie.example.org'], facts(), lookups({ resolveToken: async () => ({ eventId: 'lll-2020-01', email: 'guest@example.com' }) }), at);
    expect(r).toMatchObject({ eventId: 'lll-2020-01', via: 'token', tokenGuest: 'guest@example.com' });
  });

  it('falls back to the event plus address when the token is unknown', async () => {
    expect(await routeMessage(['rsvp+lll-2020-01.abcdefghijkl@primarie.example.org'], facts(), lookups(), at)).toMatchObject({ eventId: 'lll-2020-01', via: 'plus' });
  });

  it('ignores a plus address on another domain', async () => {
    expect((await routeMessage(['rsvp+lll-2020-01@evil.example'], facts(), lookups(), at)).eventId).toBeNull();
  });

  it('follows the thread to a message we sent', async () => {
    const r = await routeMessage(['rsvp@primarie.example.org'], facts({ inReplyTo: ['<ours@x>'] }), lookups({ findSent: async (ids) => (ids.includes('<ours@x>') ? { messageId: '<ours@x>', eventId: 'lll-2021-01', purpose: 'invitation', sentAt: '' } : null) }), at);
    expect(r).toMatchObject({ eventId: 'lll-2021-01', via: 'thread' });
  });

  it('reads a subject tag', async () => {
    expect(await routeMessage(['rsvp@primarie.example.org'], facts({ subject: 'Re: [lll-2021-01] Invitație' }), lookups(), at)).toMatchObject({ eventId: 'lll-2021-01', via: 'subject' });
  });

  it('uses the only open event, and refuses to guess between two', async () => {
    expect(await routeMessage(['rsvp@primarie.example.org'], facts(), lookups(), new Date('2020-06-01T00:00:00Z'))).toMatchObject({ eventId: 'lll-2021-01', via: 'only-open' });
    expect((await routeMessage(['rsvp@primarie.example.org'], facts(), lookups(), at)).eventId).toBeNull();
  });
});
