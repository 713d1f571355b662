import type { TrimLocale } from './types';

/** French. */
export const fr: TrimLocale = {
  code: 'fr',
  // "Le 4 janv. 2016 19:03, X <x@y> a écrit :"
  wroteVerbs: ['a écrit', 'nous a dit'],
  attributionOpeners: ['le'],
  headerLabels: {
    from: ['de', 'expéditeur'],
    date: ['envoyé', 'date'],
    to: ['à', 'destinataire', 'pour'],
    cc: ['cc'],
    subject: ['objet', 'sujet'],
    other: ['répondre à'],
  },
  separators: ["message d'origine", 'message original', 'message transféré', 'début du message transféré', 'message réexpédié'],
  mobileSignatures: ['envoyé depuis ', 'envoyé de mon ', 'envoyé à partir de ', 'obtenir outlook pour '],
  closings: [
    'cordialement',
    'bien cordialement',
    'très cordialement',
    'bien à vous',
    'salutations',
    'sincères salutations',
    'amitiés',
    'bonne journée',
    'merci',
    'merci beaucoup',
    'à bientôt',
  ],
  outOfOfficeText: [
    'je suis (?:actuellement |)absente?', 'absente? du bureau', 'en conges', 'a mon retour', 'pour toute (?:urgence|demande urgente)', "en cas d'urgence",
    '(?:votre |)(?:message|e-?mail|courriel) ne sera pas (?:transfere|lu)',
  ],
};
