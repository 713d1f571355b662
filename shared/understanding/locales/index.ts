import { foldForMatching } from '../text-normalize';
import { de } from './de';
import { el } from './el';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { hr } from './hr';
import { hu } from './hu';
import { it } from './it';
import { lt } from './lt';
import { nl } from './nl';
import { no } from './no';
import { pl } from './pl';
import { pt } from './pt';
import { ro } from './ro';
import { ru } from './ru';
import { sr } from './sr';
import { sv } from './sv';
import type { TrimLocale } from './types';
import { uk } from './uk';
import { zh } from './zh';

export type { TrimLocale } from './types';

/** Every language the trimmer knows; order does not matter. */
export const TRIM_LOCALES: readonly TrimLocale[] = [ro, en, nl, it, hr, lt, de, fr, es, pt, pl, ru, uk, sv, no, zh, hu, sr, el];

export type HeaderLabelKind = 'from' | 'date' | 'to' | 'cc' | 'subject' | 'other';

/** The locale tables merged and folded, ready for O(1) or O(#entries) look-ups. */
export interface TrimTables {
  /** Folded, longest first so "het volgende geschreven" wins over "geschreven". */
  wroteVerbs: readonly string[];
  openers: readonly string[];
  headerLabels: ReadonlyMap<string, HeaderLabelKind>;
  separators: ReadonlySet<string>;
  mobilePrefixes: readonly string[];
  /** `mobilePrefixes` by their first two characters, so a line is compared with a handful, not all. */
  mobilePrefixesByHead: ReadonlyMap<string, readonly string[]>;
  mobilePatterns: readonly RegExp[];
  closings: ReadonlySet<string>;
}

/**
 * The matching key used for every table entry and every inspected line:
 * `foldForMatching` plus typographic apostrophes made plain ("d’origine").
 */
export function foldKey(text: string): string {
  return foldForMatching(text).replace(/[\u2018\u2019\u02bc]/g, "'");
}

const LABEL_KINDS: readonly HeaderLabelKind[] = ['from', 'date', 'to', 'cc', 'subject', 'other'];

/** Merges locale tables; exported so tests can compile a custom set. */
export function compileTrimTables(locales: readonly TrimLocale[]): TrimTables {
  const verbs = new Set<string>();
  const openers = new Set<string>();
  const labels = new Map<string, HeaderLabelKind>();
  const separators = new Set<string>();
  const mobilePrefixes = new Set<string>();
  const mobilePatterns: RegExp[] = [];
  const closings = new Set<string>();
  for (const locale of locales) {
    for (const verb of locale.wroteVerbs) verbs.add(foldKey(verb).trim());
    for (const opener of locale.attributionOpeners) openers.add(foldKey(opener).trim());
    for (const kind of LABEL_KINDS) {
      for (const label of locale.headerLabels[kind] ?? []) {
        const key = foldKey(label).trim();
        // First language wins on a clash; the kinds of shared labels agree anyway.
        if (!labels.has(key)) labels.set(key, kind);
      }
    }
    for (const separator of locale.separators) separators.add(foldKey(separator).trim());
    for (const signature of locale.mobileSignatures) {
      if (typeof signature === 'string') mobilePrefixes.add(foldKey(signature).trimStart());
      else mobilePatterns.push(signature);
    }
    for (const closing of locale.closings) closings.add(foldKey(closing).trim());
  }
  const byLengthDesc = (a: string, b: string): number => b.length - a.length;
  const byHead = new Map<string, string[]>();
  for (const prefix of mobilePrefixes) {
    const head = prefix.slice(0, 2);
    byHead.set(head, [...(byHead.get(head) ?? []), prefix]);
  }
  return {
    wroteVerbs: [...verbs].sort(byLengthDesc),
    openers: [...openers].sort(byLengthDesc),
    headerLabels: labels,
    separators,
    mobilePrefixes: [...mobilePrefixes],
    mobilePrefixesByHead: byHead,
    mobilePatterns,
    closings,
  };
}

/** The tables for all known languages. */
export const TRIM_TABLES: TrimTables = compileTrimTables(TRIM_LOCALES);
