import type { TrimLocale } from './types';

/** Hungarian (Veszprém, ECoC 2023; Hungarian-speaking partners in Timiș). */
export const hu: TrimLocale = {
  code: 'hu',
  // Gmail: "X <x@y> ezt írta (időpont: 2020. márc. 12., Cs 14:03):"; Thunderbird: "2020.03.12. 14:03 keltezéssel, X írta:"
  wroteVerbs: ['ezt írta', 'írta'],
  attributionOpeners: [],
  headerLabels: {
    from: ['feladó', 'küldő'],
    date: ['elküldve', 'küldve', 'dátum'],
    to: ['címzett'],
    cc: ['másolat', 'másolatot kap'],
    subject: ['tárgy'],
  },
  separators: ['eredeti üzenet', 'továbbított üzenet', 'továbbított levél'],
  mobileSignatures: ['az iphone-omról küldve', 'iphone-ról küldve', 'küldve az iphone-omról', 'elküldve az iphone-omról', 'küldve a '],
  closings: ['üdvözlettel', 'tisztelettel', 'baráti üdvözlettel', 'szívélyes üdvözlettel', 'üdv', 'köszönöm', 'köszönettel'],
  outOfOfficeText: [
    'szabadsagon vagyok', 'irodan kivul', 'surgos (?:esetben|ugyekben)', 'visszaterese?m utan',
  ],
};
