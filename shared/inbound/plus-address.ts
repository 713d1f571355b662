/** `<local>+<eventId>[.<token>]@<domain>`, parsed. */
export interface PlusAddress {
  local: string;
  eventId: string;
  token: string | null;
  domain: string;
}

const PLUS = /^([^+@\s]+)\+([a-z0-9]+(?:-[a-z0-9]+)*)(?:\.([a-z0-9]{8,64}))?@([^@\s]+)$/i;

/** Parses an event (and optional per-guest token) plus address; null when it is not one. */
export function parsePlusAddress(address: string): PlusAddress | null {
  const m = PLUS.exec(address.trim());
  if (!m) return null;
  return { local: m[1]!.toLowerCase(), eventId: m[2]!.toLowerCase(), token: m[3]?.toLowerCase() ?? null, domain: m[4]!.toLowerCase() };
}

/** Builds `<local>+<eventId>[.<token>]@<domain>` from an inbox. */
export function plusAddress(inbox: string, eventId: string, token?: string | null): string {
  const [local, domain] = inbox.split('@');
  return `${local}+${eventId}${token ? `.${token}` : ''}@${domain}`;
}
