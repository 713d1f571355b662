import type { TrimLocale } from './types';

/** Greek (Elefsina, ECoC 2023). Accents are folded like Romanian diacritics. */
export const el: TrimLocale = {
  code: 'el',
  // Gmail: "Στις Πέμ, 12 Μαρ 2020 στις 2:03 μ.μ., ο/η X <x@y> έγραψε:"; "Ο χρήστης X έγραψε:"
  wroteVerbs: ['έγραψε'],
  attributionOpeners: ['στις', 'ο χρήστης', 'η χρήστρια'],
  headerLabels: {
    from: ['από'],
    date: ['στάλθηκε', 'ημερομηνία', 'απεστάλη'],
    to: ['προς'],
    cc: ['κοιν.', 'κοιν'],
    subject: ['θέμα'],
  },
  separators: ['αρχικό μήνυμα', 'προωθημένο μήνυμα'],
  mobileSignatures: ['στάλθηκε από το ', 'εστάλη από το ', 'αποστολή από '],
  closings: ['με εκτίμηση', 'με φιλικούς χαιρετισμούς', 'φιλικά', 'χαιρετισμούς', 'ευχαριστώ', 'ευχαριστώ πολύ'],
};
