import type { TrimLocale } from './types';

/** Romanian: Gmail, Outlook, Yahoo, Thunderbird and Apple Mail as set to Romanian. */
export const ro: TrimLocale = {
  code: 'ro',
  // "În dum., 12 ian. 2020 la 10:15, Ion Popescu <ion@example.ro> a scris:"
  wroteVerbs: ['a scris'],
  // "Pe 13.01.2020 09:12, …", "În 12 ian. 2020, …", "La data de 13.01.2020, …"
  attributionOpeners: ['în', 'pe', 'la data de', 'la'],
  headerLabels: {
    from: ['de la', 'de', 'expeditor'],
    date: ['trimis', 'trimis la', 'trimis pe', 'data', 'dată'],
    to: ['către', 'destinatar', 'pentru'],
    cc: ['cc', 'bcc'],
    subject: ['subiect', 'subiectul'],
    other: ['răspuns către', 'răspunde la', 'răspuns la'],
  },
  separators: [
    'mesajul original',
    'mesaj original',
    'mesaj redirecționat',
    'mesajul redirecționat',
    'mesaj transmis',
    'început mesaj redirecționat',
    'începutul mesajului redirecționat',
    'început de mesaj redirecționat',
  ],
  mobileSignatures: [
    'trimis de pe ', // "Trimis de pe iPhone", "Trimis de pe dispozitivul meu Samsung"
    'trimis din ',
    'trimis cu ',
    'trimis prin ',
    'trimis folosind ',
    'obțineți outlook pentru ',
    'obține outlook pentru ',
    'descărcați outlook pentru ',
  ],
  closings: [
    'cu stimă',
    'cu respect',
    'cu deosebit respect',
    'cu deosebită stimă',
    'cu deosebită considerație',
    'cu considerație',
    'cu drag',
    'cu bine',
    'cu prietenie',
    'toate cele bune',
    'numai bine',
    'o zi bună',
    'o zi frumoasă',
    'o săptămână bună',
    'mulțumesc',
    'mulțumesc frumos',
    'mulțumesc mult',
    'vă mulțumesc',
    'mulțumim',
    'vă mulțumim',
    'salutări',
    'salutări cordiale',
    'cordial',
    'pe curând',
  ],
};
