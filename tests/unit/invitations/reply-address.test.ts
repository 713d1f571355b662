import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildReplyAddress, parseReplyAddress } from '../../../shared/invitations/reply-address';
import { base32Lower, newReplyToken, REPLY_TOKEN_PATTERN } from '../../../shared/invitations/reply-token';

const slug = fc.array(fc.stringMatching(/^[a-z0-9]{1,6}$/), { minLength: 1, maxLength: 4 }).map((parts) => parts.join('-'));
const token = fc.uint8Array({ minLength: 16, maxLength: 16 }).map(base32Lower);

describe('reply tokens', () => {
  it('are 128 random bits in lower-case base32 (26 characters)', () => {
    const t = newReplyToken();
    expect(t).toMatch(REPLY_TOKEN_PATTERN);
    expect(new Set(Array.from({ length: 200 }, () => newReplyToken())).size).toBe(200);
    expect(base32Lower(new Uint8Array([0xff, 0x00]))).toBe('74aa');
    expect(base32Lower(new TextEncoder().encode('foobar'))).toBe('mzxw6ytboi'); // RFC 4648 test vector, lower case
  });
});

describe('per-guest reply addresses', () => {
  it('builds <local>+<eventId>.<token>@<domain>', () => {
    expect(buildReplyAddress('rsvp@primarie.example.org', 'lll-2020-01', 'abcdefgh23456789abcdefgh23')).toBe('rsvp+lll-2020-01.abcdefgh23456789abcdefgh23@primarie.example.org');
    expect(buildReplyAddress('rsvp@primarie.example.org', 'lll-2020-01', null)).toBe('rsvp+lll-2020-01@primarie.example.org');
  });

  it('round-trips through parseReplyAddress, whatever case the relay hands back', () => {
    fc.assert(
      fc.property(slug, token, fc.stringMatching(/^[a-z][a-z0-9.]{0,10}$/), fc.boolean(), (eventId, t, local, upper) => {
        const built = buildReplyAddress(`${local}@primarie.example.org`, eventId, t);
        const seen = upper ? built.toUpperCase() : built;
        expect(parseReplyAddress(seen)).toEqual({ local, eventId, token: t, domain: 'primarie.example.org' });
      }),
    );
  });

  it('reads display-name, angle and mailto forms, and the event address without a token', () => {
    const a = 'rsvp+lll-2020-01.abcdefgh23456789abcdefgh23@primarie.example.org';
    for (const form of [a, `<${a}>`, `"Primăria" <${a}>`, `mailto:${a}`]) expect(parseReplyAddress(form)?.token).toBe('abcdefgh23456789abcdefgh23');
    expect(parseReplyAddress('rsvp+lll-2020-01@primarie.example.org')).toEqual({ local: 'rsvp', eventId: 'lll-2020-01', token: null, domain: 'primarie.example.org' });
  });

  it('is null for addresses that are not plus addresses of that shape', () => {
    for (const bad of ['rsvp@primarie.example.org', '+lll@x.org', 'rsvp+@x.org', 'rsvp+Bad_Event@x.org', 'rsvp+lll-2020-01.short@x.org', 'rsvp+lll-2020-01.@x.org', 'rsvp+lll@', 'not an address', 'rsvp+a b@x.org']) {
      expect(parseReplyAddress(bad), bad).toBeNull();
    }
  });
});
