import { intentEn } from './locales/intent-en';
import { intentRo } from './locales/intent-ro';
import type { IntentLocale } from './phrase-table';

/** Every locale the matcher knows; a reply may mix them ("Ok, particip"). */
export const LOCALES: readonly IntentLocale[] = [intentRo, intentEn];
