import type { TrimLocale } from './types';

/** Spanish. */
export const es: TrimLocale = {
  code: 'es',
  // "El jueves, 21 de noviembre de 2013, X escribió:"
  wroteVerbs: ['escribió'],
  attributionOpeners: ['el'],
  headerLabels: {
    from: ['de'],
    date: ['enviado', 'enviado el', 'fecha'],
    to: ['para'],
    cc: ['cc'],
    subject: ['asunto'],
    other: ['responder a'],
  },
  separators: ['mensaje original', 'mensaje reenviado', 'inicio del mensaje reenviado'],
  mobileSignatures: ['enviado desde ', 'obtener outlook para '],
  closings: ['saludos', 'un saludo', 'saludos cordiales', 'atentamente', 'cordialmente', 'gracias', 'muchas gracias', 'un abrazo'],
  outOfOfficeText: [
    'estoy fuera de la oficina', 'a mi regreso', 'para (?:asuntos|temas|cuestiones) urgentes',
  ],
};
