import type { TrimLocale } from './types';

/** Portuguese. */
export const pt: TrimLocale = {
  code: 'pt',
  // "Em 2 de fevereiro de 2015 10:58, X <x@y> escreveu:"
  wroteVerbs: ['escreveu'],
  attributionOpeners: ['em', 'no dia'],
  headerLabels: {
    from: ['de'],
    date: ['enviada em', 'enviado em', 'enviado', 'data'],
    to: ['para'],
    cc: ['cc'],
    subject: ['assunto'],
  },
  separators: ['mensagem original', 'mensagem encaminhada', 'início da mensagem reencaminhada', 'início da mensagem encaminhada'],
  mobileSignatures: ['enviado do meu ', 'enviado do ', 'enviado a partir do ', 'obter o outlook para '],
  closings: ['atenciosamente', 'cumprimentos', 'melhores cumprimentos', 'obrigado', 'obrigada', 'abraço', 'abraços', 'um abraço'],
  outOfOfficeText: [
    'estou fora do escritorio', 'de ferias ate', '(?:ao|no) meu regresso',
  ],
};
