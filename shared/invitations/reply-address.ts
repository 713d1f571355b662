/** `<local>+<eventId>[.<token>]@<domain>`, parsed. Same shape as the inbound router's `PlusAddress`. */
export interface ReplyAddress {
  local: string;
  eventId: string;
  /** The per-guest token, or null for the event address `<local>+<eventId>@<domain>`. */
  token: string | null;
  domain: string;
}

// An event id is a slug (no dots), so the first dot after "+" starts the token.
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const TOKEN = /^[a-z0-9]{8,64}$/;

/**
 * The per-guest Reply-To of an invitation: `rsvp+lll-2020-01.<token>@primarie.example.org`.
 * Replies to it count for that guest whatever address they are written from.
 */
export function buildReplyAddress(inbox: string, eventId: string, token: string | null): string {
  const at = inbox.lastIndexOf('@');
  if (at <= 0) throw new Error(`not an address: ${inbox}`);
  if (!SLUG.test(eventId)) throw new Error(`not an event id: ${eventId}`);
  if (token !== null && !TOKEN.test(token)) throw new Error('not a reply token');
  return `${inbox.slice(0, at)}+${eventId}${token ? `.${token}` : ''}@${inbox.slice(at + 1)}`.toLowerCase();
}

/**
 * Parses a recipient address (bare, `<…>`, `Name <…>` or `mailto:`) into inbox local
 * part, event id, token and domain; null when it is not a plus address of that form.
 * Case-insensitive: some relays lower- or upper-case local parts. Whether `local@domain`
 * is really one of our inboxes, and whether the token is known, is for the caller.
 */
export function parseReplyAddress(address: string): ReplyAddress | null {
  let value = address.trim();
  const angle = /<([^<>]*)>\s*$/.exec(value);
  if (angle) value = angle[1]!.trim();
  value = value.replace(/^mailto:/i, '').toLowerCase();
  const at = value.lastIndexOf('@');
  if (at <= 0 || at === value.length - 1) return null;
  const localPart = value.slice(0, at);
  const domain = value.slice(at + 1);
  if (/[\s@]/.test(domain) || /\s/.test(localPart)) return null;
  const plus = localPart.indexOf('+');
  if (plus <= 0) return null;
  const local = localPart.slice(0, plus);
  const tag = localPart.slice(plus + 1);
  const dot = tag.indexOf('.');
  const eventId = dot < 0 ? tag : tag.slice(0, dot);
  const token = dot < 0 ? null : tag.slice(dot + 1);
  if (!SLUG.test(eventId)) return null;
  if (token !== null && !TOKEN.test(token)) return null;
  return { local, eventId, token, domain };
}
