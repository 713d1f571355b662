import type { Language } from '../events/event-schema';

export type GuestColumn = 'email' | 'name' | 'firstName' | 'lastName' | 'organization' | 'language';

/** Lower-case, no diacritics, letters and digits only: "Organizație" → "organizatie", "E-mail" → "email". */
export function foldHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

// Folded spellings seen in Romanian and English lists. "Nume" alone is the full name;
// "Nume" next to "Prenume" is the family name (handled in resolveColumns).
const aliases: Record<GuestColumn, readonly string[]> = {
  email: ['email', 'mail', 'emailaddress', 'adresa', 'adresaemail', 'adresadeemail', 'adresademail', 'posta', 'postaelectronica', 'emailcontact'],
  name: ['name', 'nume', 'fullname', 'numecomplet', 'numesiprenume', 'prenumesinume', 'numeprenume', 'prenumenume', 'persoana', 'persoanadecontact', 'contactperson', 'contact', 'invitat', 'guest'],
  firstName: ['prenume', 'firstname', 'givenname'],
  lastName: ['lastname', 'surname', 'familyname', 'numedefamilie'],
  organization: ['organization', 'organisation', 'organizatie', 'organizatia', 'institutie', 'institutia', 'institution', 'companie', 'compania', 'company', 'firma', 'entitate', 'org', 'affiliation', 'afiliere'],
  language: ['language', 'lang', 'limba', 'limbapreferata', 'preferredlanguage', 'lb'],
};

const lookup = new Map<string, GuestColumn>();
for (const [column, names] of Object.entries(aliases) as [GuestColumn, readonly string[]][]) for (const n of names) lookup.set(n, column);

export interface ColumnMap {
  /** Field index of each recognised column. */
  index: Partial<Record<GuestColumn, number>>;
  /** Headers that mean nothing to us (kept out of the guest, reported once). */
  ignored: string[];
  /** Headers naming a column already taken (the first one wins). */
  repeated: string[];
}

/** Maps a header row to guest columns, in any order, case- and diacritics-insensitive. */
export function resolveColumns(headers: readonly string[]): ColumnMap {
  const map: ColumnMap = { index: {}, ignored: [], repeated: [] };
  headers.forEach((raw, i) => {
    const column = lookup.get(foldHeader(raw));
    if (!column) {
      if (raw.trim() !== '') map.ignored.push(raw.trim());
      return;
    }
    if (map.index[column] !== undefined) map.repeated.push(raw.trim());
    else map.index[column] = i;
  });
  // "Nume" + "Prenume": "Nume" is the family name, not the full name.
  if (map.index.firstName !== undefined && map.index.name !== undefined && map.index.lastName === undefined && foldHeader(headers[map.index.name] ?? '') === 'nume') {
    map.index.lastName = map.index.name;
    delete map.index.name;
  }
  return map;
}

const languageWords: Record<string, Language> = {
  ro: 'ro', rou: 'ro', ron: 'ro', rum: 'ro', romana: 'ro', romanian: 'ro', roumain: 'ro',
  en: 'en', eng: 'en', engleza: 'en', english: 'en', gb: 'en', uk: 'en', us: 'en',
};

/** "RO", "română", "English", "en-GB" → a language; null when unrecognised. */
export function parseLanguage(value: string): Language | null {
  const folded = foldHeader(value.split(/[-_]/)[0] ?? '');
  return languageWords[folded] ?? null;
}
