import { describe, expect, it } from 'vitest';
import { understand } from '../../../shared/understanding/understand';

const mail = (body: string) =>
  Buffer.from(`From: ana@example.ro\r\nTo: rsvp@primarie.example.org\r\nSubject: Re: Invitatie Atelier Local de Invatare\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body}\r\n`);

describe('an out-of-office that declares itself automatic, without robot headers', () => {
  it('is a robot even when it reads like an answer ("Da, voi citi…")', async () => {
    const u = await understand(mail('Mulțumesc pentru mesaj! Sunt plecat din oraș până pe 25 martie și voi răspunde la întoarcere. Da, voi citi toate mesajele, dar cu întârziere.\r\n\r\n(Răspuns automat)'));
    expect(u).toMatchObject({ kind: 'auto', intent: null });
  });

  it('an English one too', async () => {
    const u = await understand(mail('Automatic reply:\r\nI am out of the office until Monday with limited access to e-mail. Yes, I will read your message when I am back.'));
    expect(u).toMatchObject({ kind: 'auto', intent: null });
  });

  it('a person mentioning an automatic reply, or away but answering, stays a reply', async () => {
    expect(await understand(mail('Am primit un răspuns automat de la colega mea, dar eu vin sigur.'))).toMatchObject({ kind: 'reply', intent: 'yes' });
    expect(await understand(mail('Sunt în concediu până luni, dar vin la atelier.'))).toMatchObject({ kind: 'reply', intent: 'yes' });
    // The declaration alone, with nothing an out-of-office says, is not enough.
    expect(await understand(mail('Da, particip.\r\n\r\n(Răspuns automat)'))).toMatchObject({ kind: 'reply', intent: 'yes' });
  });

  it('without any declaration: thanks for "your message", on leave, write elsewhere (set 24)', async () => {
    const notice = 'Bună ziua,\r\n\r\nVă mulțumesc pentru mesaj. Sunt în concediu de maternitate până în septembrie 2022. Pentru proiecte și parteneriate vă rog să scrieți la secretariat@muzeu.example.ro.\r\n\r\nAndreea Cozma';
    expect(await understand(mail(notice))).toMatchObject({ kind: 'auto', intent: null });
    // A person on leave who answers the invitation stays a reply.
    expect(await understand(mail('Vă mulțumesc pentru invitație. Din păcate sunt în concediu de maternitate până în septembrie, așa că nu pot participa.'))).toMatchObject({ kind: 'reply', intent: 'no' });
  });

  it('an English one: away until, not checking email, write elsewhere (set 29)', async () => {
    const notice = "Hi,\r\n\r\nI'm away until 21 February and won't be checking email regularly. For anything urgent regarding Arcadia projects please write to info@arcadia.example.nl.\r\n\r\nKind regards,\r\nTom";
    expect(await understand(mail(notice))).toMatchObject({ kind: 'auto', intent: null });
    expect(await understand(mail("I'm away until 21 February, so I won't be able to attend, sorry."))).toMatchObject({ kind: 'reply', intent: 'no' });
  });

  it('Romanian ones: away from the office or the country, limited access to e-mail (sets 31–32)', async () => {
    expect(await understand(mail('Bună ziua,\r\n\r\nSunt plecat din birou până pe 8 noiembrie, cu acces limitat la e-mail.\r\n\r\nMihai'))).toMatchObject({ kind: 'auto', intent: null });
    expect(await understand(mail('Sunt plecat din țară până pe 15.03.2022 și nu am acces constant la email.'))).toMatchObject({ kind: 'auto', intent: null });
    expect(await understand(mail('Sunt plecat din țară până pe 15.03, așa că nu pot participa. Succes!'))).toMatchObject({ kind: 'reply', intent: 'no' });
    expect(await understand(mail('Sunt plecat din birou până pe 8, dar vin la atelier.'))).toMatchObject({ kind: 'reply', intent: 'yes' });
  });

  it('a declaration opening a line, then the notice (sets 35, 37)', async () => {
    const ro = 'Acesta este un mesaj generat automat.\r\n\r\nSunt în concediu medical până pe 27 ianuarie 2020 și nu îmi pot verifica e-mailul. Mesajul dumneavoastră nu va fi redirecționat.\r\n\r\nElisabeta Roman';
    expect(await understand(mail(ro))).toMatchObject({ kind: 'auto', intent: null });
    const en = "This is an automatic reply. I'm on holiday with limited connectivity until 20 January. I will read your email when I'm back.\r\n\r\nPaolo";
    expect(await understand(mail(en))).toMatchObject({ kind: 'auto', intent: null });
    // Without the declaration, a person on holiday who answers stays a reply.
    expect(await understand(mail("Thank you for your message. I'm on holiday that week, so I can't come, sorry."))).toMatchObject({ kind: 'reply', intent: 'no' });
    expect(await understand(mail("I'm on holiday until the 15th but I will be back for the workshop, count me in."))).toMatchObject({ kind: 'reply', intent: 'yes' });
    // A person on holiday deferring is no notice: those words count only beside a declaration.
    expect(await understand(mail("I'm on holiday with limited internet; I'll confirm when I'm back."))).toMatchObject({ kind: 'reply' });
  });
});
