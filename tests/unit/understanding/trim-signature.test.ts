import { describe, expect, it } from 'vitest';
import { trimReply } from '../../../shared/understanding/trim';

const trim = (text: string) => trimReply({ text, html: null });

describe('signature delimiter and rules', () => {
  it('cuts everything under "-- " into the signature', () => {
    expect(trim('Particip.\n\n-- \nIon Popescu\nwww.exemplu.ro')).toEqual({
      text: 'Particip.',
      quoted: false,
      signature: 'Ion Popescu\nwww.exemplu.ro',
    });
  });

  it('stops the signature at the quoted original', () => {
    expect(trim('Particip.\n--\nIon\n\nPe 13.01.2020 09:12, X a scris:\n> q')).toEqual({ text: 'Particip.', quoted: true, signature: 'Ion' });
  });

  it('takes a rule under the reply for the start of a signature', () => {
    expect(trim('Particip.\n_______________________\nIon Popescu')).toEqual({ text: 'Particip.', quoted: false, signature: 'Ion Popescu' });
  });

  it('ignores a bare "--" with nothing under it', () => {
    expect(trim('Particip.\n--')).toEqual({ text: 'Particip.', quoted: false, signature: null });
  });
});

describe('phone and app signatures', () => {
  it.each([
    'Trimis de pe iPhone',
    'Trimis de pe iPhone-ul meu',
    'Trimis de pe dispozitivul meu Samsung',
    'Trimis de pe Yahoo Mail pe Android',
    'Obțineți Outlook pentru Android',
    'Obțineți Outlook pentru iOS<https://aka.ms/o0ukef>',
    'Sent from my iPhone',
    'Sent from my Android',
    'Get Outlook for iOS',
    'Get [Outlook for Android](https://aka.ms/ghei36)',
    'Envoyé de mon iPhone',
    'Von meinem iPhone gesendet',
    'Inviato da iPhone',
    'Enviado desde mi iPhone',
    'Verzonden vanaf mijn iPhone',
    'Poslano s mog iPhonea',
    'Išsiųsta iš mano iPhone',
  ])('"%s" is a signature', (line) => {
    expect(trim(`Da, vin.\n\n${line}`)).toEqual({ text: 'Da, vin.', quoted: false, signature: line });
  });

  it('removes the phone line above the quoted original too', () => {
    expect(trim('Da\n\nTrimis de pe iPhone\n\nPe 13 ian. 2020, la 09:12, X <x@y.ro> a scris:\n\n> q')).toEqual({
      text: 'Da',
      quoted: true,
      signature: 'Trimis de pe iPhone',
    });
  });

  it('keeps a sentence that merely starts like one', () => {
    const text = 'Trimis de pe telefon formularul completat nu a mers, îl atașez aici și vă rog să confirmați primirea lui.';
    expect(trim(text).text).toBe(text);
  });
});

describe('closings', () => {
  it('cuts a closing with its name, title and phone', () => {
    expect(trim('Confirm participarea, vom fi 2 persoane.\n\nCu stimă,\nIon Popescu\nDirector\nDirecția Economică\nTel: 0722 123 456')).toEqual({
      text: 'Confirm participarea, vom fi 2 persoane.',
      quoted: false,
      signature: 'Cu stimă,\nIon Popescu\nDirector\nDirecția Economică\nTel: 0722 123 456',
    });
  });

  it.each(['Cu respect,', 'Cu drag,', 'Mulțumesc,', 'Best regards,', 'Kind regards,', 'Thanks,', 'Cu stima,', 'Cu stimă'])(
    '"%s" + name + title is a signature',
    (closing) => {
      expect(trim(`Particip.\n\n${closing}\nIon Popescu\nPrimăria Sectorului 3`).text).toBe('Particip.');
    },
  );

  it('cuts "Cu stimă, Ion Popescu" on one line when a title follows', () => {
    expect(trim('Particip.\n\nCu stimă, Ion Popescu\nConsilier').text).toBe('Particip.');
  });

  it('keeps a closing with only a name: harmless, and easily a one-word answer', () => {
    expect(trim('Confirm participarea.\n\nCu stimă,\nIon Popescu')).toEqual({
      text: 'Confirm participarea.\n\nCu stimă,\nIon Popescu',
      quoted: false,
      signature: null,
    });
    expect(trim('Bună ziua,\nMulțumesc,\nParticipăm\n').text).toBe('Bună ziua,\nMulțumesc,\nParticipăm');
  });

  it('keeps "Mulțumesc" on the first line: it is content', () => {
    expect(trim('Mulțumesc,\nIon Popescu\nDirector').text).toBe('Mulțumesc,\nIon Popescu\nDirector');
    expect(trim('Mulțumesc, vin cu plăcere.').text).toBe('Mulțumesc, vin cu plăcere.');
  });

  it('never cuts prose after a closing', () => {
    const text = 'Particip.\n\nMulțumesc,\nvin și eu cu un coleg\nde la direcție';
    expect(trim(text).text).toBe(text);
  });

  it('keeps a P.S. that follows the signature block', () => {
    const text = 'Particip.\n\nCu stimă,\nIon Popescu\nDirector\nP.S. Venim 3 persoane.';
    expect(trim(text).text).toBe(text);
  });
});

describe('name blocks with contact details, no closing', () => {
  it('cuts a trailing name, title, institution and phone', () => {
    expect(trim('Posibil să ajung.\n\nAndrei Georgescu\nDirector executiv\nAsociația Culturală Banat\ntel. 0723 456 789')).toEqual({
      text: 'Posibil să ajung.',
      quoted: false,
      signature: 'Andrei Georgescu\nDirector executiv\nAsociația Culturală Banat\ntel. 0723 456 789',
    });
  });

  it('keeps a list of attendees introduced by a colon', () => {
    const text = 'Vor participa:\n\nIon Popescu\nMaria Ionescu, tel. 0722 000 000';
    expect(trim(text).text).toBe(text);
  });

  it('keeps a name block without any contact detail', () => {
    const text = 'Particip.\n\nIon Popescu\nDirector';
    expect(trim(text).text).toBe(text);
  });
});
