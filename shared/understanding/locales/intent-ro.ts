import type { IntentLocale } from '../phrase-table';
import { detailsRo } from './details-ro';

/**
 * Romanian answers to an invitation. Folded form: no diacritics (ă â → a, î → i, ș ş → s,
 * ț ţ → t), lower-case. Syntax in `phrase-table.ts`. A negated `yes` phrase ("nu voi
 * participa") is a refusal without being listed in `no`.
 */
export const intentRo: IntentLocale = {
  language: 'ro',
  yes: [
    // "Vă transmit că din partea ADR Vest participă subsemnata" (h587_023): the sender in the third person, after the verb.
    '(participa|va participa|vine|va veni|va fi prezenta|va fi prezent|se va conecta|se conecteaza) (si |)(subsemnata|subsemnatul)',
    // "Fundația 9 va participa. Eu sunt confirmată, iar colegul …" (h595_077).
    '^(eu |noi |)(sunt|suntem) (confirmat|confirmata|confirmati|confirmate)$',
    // "Ok, bifat. Eu + 1 (Ilinca de la galerie)." (h591_067): the sender and one more.
    '^(eu|io) (+|plus) (1|2|3|unu|una|doi|doua|trei)$',
    // "Merg eu din partea Direcției, Bogdan nu poate." (h597_044).
    '^(merg|ma duc) eu (din partea|in locul|pentru|la)',
    // "Din partea Filarmonicii Banatul vom fi noi doi, eu și maestrul Gheorghe Costin" (h600_041).
    '(vom fi|o sa fim|venim|participam|vom participa|vom veni) (noi doi|noi doua|noi trei|amandoi|amandoua|toti trei|toate trei)',
    // "Din partea Universității de Vest confirm 4 participanți: …" (h600_060).
    '(confirm|confirmam|va confirm|va confirmam) (un numar de |)# (participanti|participante|persoane|reprezentanti|reprezentante|colegi|colege)',
    // "Răspunsul meu este da!" (h591_061).
    '(raspunsul meu|raspunsul nostru) (este|e) (da|afirmativ|pozitiv)',
    // "Deci rămânem 2 persoane." (h610_040): the party as it stands.
    '^(deci |asa ca |)(ramanem|raman) # (persoane|oameni|participanti)$',
    // "Eu confirm oricum pentru mine." (h609_035).
    '(eu |)(confirm|confirmam) (oricum |totusi |)(pentru mine|pentru noi)$',
    // "Nu mai pot după 12, dar la 11 intru." (h609_031).
    '^(la|de la) (ora |)# (intru|ma conectez|sunt acolo|sunt prezent|sunt prezenta)$',
    // "Revin: Tudor nu mai poate, va fi doar subsemnata." (h592_031).
    '(va fi|vom fi|o sa fie) (doar |numai |)(subsemnata|subsemnatul)',
    // "Nu ezit să vin, tema ne interesează direct" (h585_003).
    'nu (ezit|ezitam|stau pe ganduri|stam pe ganduri) (sa|nicio clipa sa) (vin|venim|particip|participam|confirm|confirmam)',
    // "La ședința din decembrie nu m-am putut conecta … Miercuri vin, dar fără prezentare" (h585_041).
    '^(luni|marti|miercuri|joi|vineri) (vin|venim|intru|intram|ma conectez|ne conectam|particip|participam)$',
    // "Confirm și vă rog să mă treceți pe lista de vorbitori" (h585_057).
    '^(confirm|confirmam) si (va|te) rog',
    // "Înregistrați-mă vă rog pentru sesiunea din 20 ianuarie" (h584_061).
    '^(inregistrati-ma|inscrieti-ma|treceti-ma|notati-ma|inregistreaza-ma|inscrie-ma|trece-ma|noteaza-ma|inregistrati-ne|inscrieti-ne|treceti-ne|notati-ne) (va rog |te rog |)(pentru|la|pe lista|si pe mine)',
    // "Eu confirm. Colega mea Ana încă nu știe dacă poate" (h579_007).
    '^(eu|noi) (confirm|confirmam)$',
    // "…, dar participarea v-o confirm" (h579_085): the object first.
    '(participarea|prezenta) (v-o|ti-o|vi-o|v-o si) (confirm|confirmam)$',
    // "Nu mai e nevoie să îmi retrimiteți linkul, îl am. Intru miercuri." (h573_029).
    '^intru (si eu |)(miercuri|luni|marti|joi|vineri|pe zoom|la intalnire|la sedinta|la atelier)',
    // "Cosmin nu mai poate veni, am rămas doar eu și Mirela" (h566_080): the party left, the sender in it.
    '(am ramas|ramanem|raman|ramane) (doar |numai |)(eu si|eu cu|noi doi|noi doua|noi trei)',
    // "…, așa că vom fi doar eu și Vlad" (h593_029).
    '(vom fi|o sa fim|venim|vom veni|participam|vom participa) (doar|numai) (eu si|eu cu|noi doi|noi doua|noi trei)',
    // "N-am cum să lipsesc, tema mă interesează direct" (h567_002); not "n-am cum să lipsesc de la serviciu".
    '(n-am|nu am|n-avem|nu avem) cum sa (lipsesc|lipsim)$',
    // "Vom participa din partea firmei, nu stiu inca exact cati, probabil 2-3 persoane" (h563_056): the sender's plural, not a colleague.
    '(vom|voi) participa din partea (firmei|institutiei|asociatiei|organizatiei|fundatiei|companiei|universitatii|facultatii|scolii|primariei|muzeului|teatrului)',
    // "Cum să nu vin? Am fost la toate cele 7 ateliere, nu-l ratez nici pe al optulea." (h561_023): a rhetorical question, then the yes.
    'nu-l ratez (nici pe (al optulea|acesta|asta|ultimul)|pe acesta|pe asta|)', 'nu o ratez (nici pe asta|nici pe aceasta|)',
    // "Nu cred că am ratat vreun atelier până acum și nici pe ăsta nu-l ratez" (h289_057).
    'nici pe (asta|acesta|el|aceasta|ultimul) nu-l (ratez|pierd)',
    // "Lavinia, sunt prezent și eu miercuri." (h562_009).
    'sunt (prezent|prezenta) si eu',
    // "Regret că n-am putut participa data trecută; de data aceasta vin negreșit" (h555_073).
    '(de data asta|de data aceasta|de aceasta data|de asta data) (vin|venim|particip|participam|ma conectez|ne conectam)',
    // "Te rog să treci de la noi de la Direcția Economică 2 persoane: eu și șefa" (h552_044).
    '(te|va) rog sa (ne |)(treci|treceti|notezi|notati|inscrii|inscrieti|pui|puneti) ... ... # (persoane|participanti|oameni)',
    // "Nu o să pot fi în prima parte, dar intru după 12" (h551_027): coming, late.
    '^(dar |insa |)(intru|intram|ma conectez|ne conectam) (si eu |)(dupa|abia dupa|pe la|abia pe la) #',
    // "Din păcate mâine nu pot, dar miercuri la Zoom sunt prezentă" (h549_015); "Pe 20 sunt acolo negreșit" (h549_070);
    // "Sunt conectat și aștept" on the day (h549_060).
    '^(sunt|suntem) (prezent|prezenta|prezenti|prezente)$', '(luni|marti|miercuri|joi|vineri|pe zoom|la zoom|online|fizic|acolo) (sunt|suntem) (prezent|prezenta|prezenti|prezente)$',
    // Not a habit: "la orice atelier de-al vostru eu sunt prezentă. Numai că miercurea asta sunt în Viena" (h387_041).
    '(sunt|voi fi|vom fi|suntem) acolo (negresit|sigur|fara gres|cu siguranta|neaparat)',
    '(sunt|suntem) (conectat|conectata|conectati|conectate) si (astept|asteptam)',
    // "Îmi pare rău, nu pot fi cu voi miercuri" (h548_029): negated, a refusal.
    '(pot|putem|voi|vom|o sa|vreau sa|vrem sa) fi cu (voi|dumneavoastra|dvs|tine)$', '(pot|putem|voi|vom|o sa) fi cu (voi|dumneavoastra|dvs|tine) (luni|marti|miercuri|joi|vineri|pe|la|atunci|acolo)',
    // A double negative: "Nu se poate să nu particip. Sunt." (h537_019).
    // At the clause's end: "nu se poate să nu particip acolo" (at the council's meeting) is another engagement.
    'nu se poate sa nu (particip|vin|fiu prezent|fiu prezenta|fiu acolo|intru|ma conectez|participam|venim)$',
    // A double negative: "Desigur că nu refuz o asemenea invitație" (h531_034).
    // Not "nu pot refuza invitația prefectului": only such an invitation, or yours.
    '(nu|n-as|nu as|nu am cum sa|cum sa) (refuz|refuzam|pot refuza|putem refuza|refuza) (o asemenea|o astfel de|asa o) (invitatie|ocazie)', '(nu|n-as|nu as|nu am cum sa|cum sa) (refuz|refuzam|pot refuza|putem refuza|refuza) invitatia (dumneavoastra|dvs|voastra)',
    // The facilitator, ready: "Perfect, sunt pregătit pentru moderare" (h527_047).
    '(sunt|suntem) (pregatit|pregatita|pregatiti|pregatite) (pentru moderare|sa moderez|sa moderam|de moderare)',
    // "confirm că moderez" (h521_053).
    '(confirm|va confirm|iti confirm) ca (moderez|voi modera|o sa moderez)',
    // "Nu e ca și cum n-aș veni! Sigur că vin" (h519_007); "Nu, nu cred că o să pot lipsi" (h519_062).
    'nu e ca si cum (n-as|nu as) (veni|participa|intra)', 'nu cred ca (o sa pot|voi putea|pot|o sa putem|vom putea|putem) lipsi',
    // "Eu nu pot fi pe 17" (h513_004), "nu pot fi acolo": negated, a refusal of the day.
    '(pot|putem|voi putea|vom putea|o sa pot|o sa putem) fi (acolo|pe #|pe (luni|marti|miercuri|joi|vineri))',
    // "Cum să nu vin?!": a rhetorical question that says yes; its "nu vin" is no refusal.
    'cum (sa|as putea sa) nu (vin|venim|particip|participam|ma conectez|ne conectam|fiu prezent|fiu prezenta|fim prezenti)',
    // "Nu știu de ce n-aș veni" (h507_001); "Nu pot decât să vă confirm prezența!" (h507_018).
    'nu stiu de ce (n-as|nu as|n-am) (veni|participa|intra)', 'nu (pot|putem) decat sa (va |)(confirm|confirmam) (prezenta|participarea)',
    // "vă confirm că o să mă conectez" (h505_015); "Doar eu din partea asociației" (h504_037); "Revin …: doar eu, colegul s-a
    // răzgândit" (h504_010).
    '(confirm|va confirm) ca (o sa|voi) (ma conectez|ma conecta|vin|veni|particip|participa)', '^(doar|numai) eu (din partea|de la|pentru)', '^(doar|numai) eu$',
    // "Nu pot să spun că nu vin :) Ne vedem pe Zoom" (h501_024). Not "nu pot lipsi", most often said of one's own event.
    'nu (pot|putem) (sa |)(spun|spunem|spune) ca nu (vin|venim|particip|participam)',
    // "Eu mă conectez din partea Direcției Comunicare" (h494_048).
    '^(eu |noi |)(ma conectez|ne conectam) (din partea|de la|pentru|in numele)',
    // "intrăm doar noi două, eu și Daniela, ca observatori" (h492_059).
    '(intram|venim|participam|ne conectam) (doar |numai |)noi (doi|doua|trei|patru|#)',
    // "Sunt prezent luni." (h488_037); "Pe mine mă poți trece pe listă pentru luni" (h488_049).
    '^sunt (prezent|prezenta) (luni|marti|miercuri|joi|vineri|pe #)', '(pe mine |)ma (poti|puteti) trece pe lista',
    // "Confirm 👍 eu + 1" (h486_026): the party after a bare "confirm".
    '^(confirm|confirmam) (eu|noi) (+|plus) #',
    // "Colegul Andrei … va susține intervenția noastră, iar eu voi fi alături de el" (h486_005).
    '(voi fi|o sa fiu|vom fi|o sa fim) (si eu |si noi |)(alaturi de|langa|impreuna cu) (el|ea|ei|ele|dansul|dansa|dumnealui|dumneaei)',
    // "Nu am nicio obiecție să particip și nu voi lipsi" (h477_059).
    '(nu am|n-am|nu avem|n-avem) (nicio|nici o) (obiectie|problema) (sa particip|sa vin|sa venim|sa participam|sa ma conectez|sa ne conectam)',
    // "Rămânem doar doi, eu și dl. Adrian Suciu" (h474_055): the party that still comes, after one drops out.
    '^(ramanem|vom ramane) (doar|numai|tot) #$', '^(ramanem|vom ramane) (doar |numai |tot |)# (persoane|participanti)',
    // "Anca nu poate, dar eu și Matei intrăm." (h471_061).
    '^(dar |insa |)eu si ... (intram|ne conectam|venim|participam|vom intra|vom veni|vom participa)$',
    // "voi urmări întâlnirea ca jurnalist, fără intervenții" (h463_011).
    '(voi|vom) urmari (intalnirea|discutia|discutiile|sesiunea|atelierul|dezbaterea|dezbaterile)',
    // "La prânz nu rămân, mă scuzați, dar la atelier sunt acolo de la 10" (h459_033).
    '(la atelier|la intalnire|la sesiune|la eveniment|la dezbatere) (sunt|voi fi|o sa fiu|vom fi|suntem) (acolo|prezent|prezenta|prezenti)',
    // "Vom fi o echipă de trei (eu, Ilinca, Matei)" (h456_054, a model yes).
    '^(vom fi|venim) o echipa de #',
    // "Revin: vine cu mine si o prietena, tot artist vizual, Ioana" (h452_032).
    '^(vine|va veni|vin|vor veni) cu mine (si |)(o|un|doi|doua) (prieten|prietena|prieteni|prietene|coleg|colega|colegi|colege)',
    // "vă rog să mă treceți pe mine pe lista participanților" (h454_076).
    '(ma|ne) (treceti|puneti|adaugati|inscrieti) pe (mine|noi) (pe|in) lista (participantilor|de participanti|de prezenta)',
    // "Suntem 2 + 1 (vine și un partener din Arad, dacă e ok)" (h450_042); "Confirm (sunt unul dintre cei trei anunțați de Oana)" (h451_061).
    '^suntem # + #', '^suntem # plus #',
    '(sunt|suntem) (unul|una|unii|doi|doua) dintre (cei|cele) # (anuntati|anuntate|confirmati|confirmate|mentionati|mentionate|inscrisi|inscrise|trecuti|trecute)',
    // "fiindcă atelierul e online, îmi voi face loc" (h446_038): room made in the sender's day.
    '(imi voi|ne vom) face (loc|timp)$', '(o sa|am sa) (imi|ne) (fac|facem) (loc|timp)$', '(o sa-mi|am sa-mi) fac (loc|timp)$', '(o sa ne|am sa ne) facem (loc|timp)$',
    // "Doar intru să aud ce se discută" (h447_065): coming to listen.
    '^(doar |numai |)(intru|intram) (sa aud|sa ascult|ca sa aud|ca sa ascult|sa ascultam|ca sa ascultam)',
    // "Va multumesc pentru invitatie, ma conectez ca observator" (h394_067, a model yes until the model retrained on set 421):
    // the verb opening its clause, apart from the role after it.
    '^(ma conectez|ne conectam|ma voi conecta|ne vom conecta)',
    // A count corrected: "Irina nu mai poate, deci suntem doar doi (eu și Paul)" (h419_094).
    // Only after "deci": "suntem doar doi în firmă" is the size of a team that cannot come (h100_061).
    '(deci|asa ca) (suntem|vom fi|venim) (doar|numai) #',
    // "Confirm și din partea mea. Nu intervin, am transmis deja observațiile prin Andrei." (h420_078).
    '^(confirm|va confirm) (si |)din partea mea',
    // Someone coming with the sender, who comes then: "Revin, vine si sotia cu mine, deci doua persoane" (h409_042);
    // "Cu mine vine și Raluca Toma de la comunicare".
    // "Revin: vine doar o colegă cu mine, deci 2 persoane" (h431_058).
    '(vine|va veni|vin|vor veni|va participa|vor participa|se conecteaza|se va conecta) (si |doar |numai |)(sotia|sotul|partenerul|partenera|fiica|fiul|sora|fratele|mama|tata|o colega|un coleg|colegul meu|colega mea|colegii mei|colegele mele) (cu mine|impreuna cu mine|alaturi de mine)',
    '^cu mine (vine|va veni|vin|vor veni|se conecteaza|se va conecta|va participa|vor participa)',
    // A late yes: "Știu că termenul era vineri, sper că nu e prea târziu să confirm participarea" (h408_067).
    'nu (e|este) (prea |)tarziu (sa|ca sa) (va |)(confirm|confirmam|anunt) (participarea|prezenta|ca (vin|venim|particip|participam))',
    // "La sesiunea fizică … nu reușesc să ajung, dar pe Zoom intru sigur pe 17" (h405_003).
    '(pe zoom|online|de acasa) (intru|ma conectez|particip|vin|sunt) (sigur|cu siguranta|negresit)',
    // "Suntem chiar lângă, așa că vom trece cu siguranță" (h406_050); "Diana a trimis deja confirmarea pentru noi 3" (h406_043).
    '(vom|voi|o sa) trece (sigur|cu siguranta|negresit)', '(a trimis|a transmis|a dat) deja (si |)confirmarea (pentru|noastra)',
    // "Deși colegii … sunt la comitetul de monitorizare, eu mă pot conecta totuși pentru prima oră" (h401_065).
    '(ma|ne) (pot|putem) conecta totusi',
    // "dar la 11 sunt conectat și îmi spun punctul de vedere" (h399_013).
    '^la (ora |)# (sunt|voi fi) (conectat|conectata|conectati|prezent|prezenta|acolo)',
    // "Bineinteles ca ma conectez" (h399_010); "S-a eliberat programul, intru totuși miercuri" (h399_042); "el nu poate, dar
    // intrăm eu și Diana din echipă" (h399_068).
    '(bineinteles|desigur|sigur|evident) ca (ma conectez|intru|vin|particip)', '^(intru|ma conectez) totusi', '(intram|intru|ne conectam) eu si',
    // "Domnul director adjunct nu mai poate veni, rămân doar eu" (h417_078); "Ne puteți trece cu 3 persoane din partea …" (h417_008).
    '^(raman|ramanem) (doar|numai) (eu|noi)$', '(ne|ma) (puteti|poti) (trece|nota|inscrie|pune) (si |)cu # (persoane|participanti|colegi|colege|reprezentanti)',
    // "Mâine la 11 sunt pe Zoom. Nu cred că iau cuvântul." (h395_085, a model yes until the model retrained on set 418).
    // Only a day and an hour with it: "Sunt pe Zoom miercuri toată ziua cu un client, nu pot participa" is another meeting.
    '^(maine|poimaine|luni|miercuri|) (la #|la ora #) (sunt|voi fi|o sa fiu|vom fi|suntem) pe (zoom|teams)$',
    // Coming late is coming: "Întârzii aproximativ 30 de minute, vă rog să mă așteptați cu lista de prezență" (h413_036).
    '^(intarzii|intarziem|o sa intarzii|o sa intarziem|voi intarzia|vom intarzia) (aproximativ |cam |vreo |cu |cu vreo |cu aproximativ |)(#|cateva|putin) (de |)(minute|min)',
    // Without "că": "Nu știu încă dacă voi vorbi, dar sigur mă conectez să ascult" (h414_059).
    '(sigur|cu siguranta|negresit) (ma conectez|intru|ne conectam|intram)',
    // "Nu văd niciun motiv să lipsesc, așa că mă puteți trece pe listă" (h414_001).
    'nu (vad|vedem) (niciun|vreun|nici un) motiv (sa|pentru care sa) (lipsesc|lipsim|nu vin|nu venim|nu particip|nu participam)',
    // "am primit linkul multumesc frumos, intru si eu miercuri la 11" (h400_020).
    // Opening its clause: "Nu intru și eu" is no yes (sets 53–55).
    '^(intru|ma conectez|ma alatur) si eu', '^eu (intru|ma conectez)$',
    // "Noi suntem 2 sigur, poate vine și al treilea coleg" (h441_053); "sunt in." (h440_011).
    '(noi |)suntem (#|doi|doua|trei|patru|cinci) (sigur|cu siguranta)', '^(sunt|suntem) in$',
    // The party before its list: "Suntem patru: eu, Alex, Maria și Ștefania" (h432_027, a model yes until the model retrained).
    '^suntem (#|doi|doua|trei|patru|cinci|sase)$',
    // "Nu știu dacă am timp de cele 5 minute, dar prezent voi fi sigur" (h429_002); "deci mâine sunt prezentă sigur" (h430_047).
    '(prezent|prezenta|prezenti|prezente) (voi|vom) fi (sigur|cu siguranta|negresit)', '(sunt|suntem|voi fi|vom fi) (prezent|prezenta|prezenti|prezente) (sigur|cu siguranta|negresit)',
    // Presenting together says both come: "Colegul Ilie și cu mine vom prezenta pe scurt proiectul Amfiteatru" (h429_004).
    'si cu mine (vom|o sa) (prezenta|prezentam|sustine|sustinem|vorbi|vorbim)',
    // "Revin: filmarea s-a mutat, deci intru sigur miercuri la 11" (h425_017).
    '^(intru|ma conectez|intram|ne conectam) (sigur|cu siguranta|negresit)', '(deci|asa ca) (intru|ma conectez|intram|ne conectam) (sigur|cu siguranta|negresit)',
    // The day, then coming at an hour: "Mâine vin pe la 10:30, mai târziu un pic" (h396_024).
    '^(maine|poimaine|luni|miercuri) (vin|venim|ajung|ajungem) (pe la|la ora|in jur de|cam pe la|pe la ora)',
    // An earlier no taken back: "Până la urmă pot! Scuze pentru mesajul de ieri" (h390_058).
    '^(pana la urma|in cele din urma|in final) (pot|putem|reusesc|reusim)( sa vin| sa venim| veni| participa| sa particip| sa participam|)$',
    // "Mă conectez sigur." (h386_084).
    '^(eu |)ma conectez (sigur|cu siguranta|negresit)$',
    // "Sunt în concediu până pe 15, dar pe 17 mă conectez sigur" (h577_091): the day, then a sure coming.
    '^(pe #|luni|marti|miercuri|joi|vineri|in ziua aceea) (ma conectez|ne conectam|intru|intram|vin|venim) (sigur|cu siguranta|negresit)',
    // "Intrăm patru pe Zoom de la Arts District: eu, Raluca, Mihnea și Sorina" (h576_084): the sender's plural with a count.
    '^(intram|ne conectam) (doi|doua|trei|patru|cinci|sase|#) (pe zoom|pe teams|pe link|online|la intalnire|la atelier|de la|din partea)',
    // "Eu mă conectez pentru partea de SIDU" (h385_006): the sender connects, for the part that concerns them.
    '^(eu |)ma (voi |)conectez (pentru|la) (partea|sesiunea|discutia|prezentarea) (de|despre|cu|legata de|legat de)',
    // "Eu și Cosmin de la Direcția Comunicare ne conectăm" (h379_031): the sender and a colleague from their office.
    '^eu si ... (de la|din) ... (ne conectam|ne vom conecta|venim|vom veni|participam|vom participa|vom fi prezenti|intram)',
    // "Participarea este confirmată." (h376_031): the state said for the sender.
    '^(participarea|prezenta) (mea |noastra |)(este|e) confirmata$',
    // "mă conectez doar online de pe telefon, sunt pe șantier" (h359_053): how, not whether.
    '^(ma|ne) (conectez|conectam|voi conecta|vom conecta) (doar|numai) (online|de pe telefon|de pe mobil|pe zoom|audio|de acasa|de la birou|din masina)',
    // "Salut, ok, conectez la 11" (h256_091): the pronoun dropped.
    '^(ma |ne |)(conectez|conectam) la (ora |)#',
    // No punctuation, the hour said: "Buna ziua vin la 10 multumesc frumos" (h248_023).
    '(vin|venim) la (ora |orele |)#',
    // "Ok, trec eu pe acolo" (h225_026): dropping by.
    '^(ok |bine |da |)(trec|trecem) (eu |noi |si eu |si noi |)pe acolo',
    // "eu + 2 prieteni de la asociația de tineret, e ok?" (h223_020), "eu + 1 coleg de la asociație" (h436_066): the party written as a sum.
    '^(eu|io|noi) + (#|un|o) (prieten|prietena|prieteni|prietene|coleg|colega|colegi|colege|persoana|persoane|oameni|membri|voluntari)',
    // The part one comes for: "…, doar la prima oră".
    '^(dar |)(doar|numai) (la |in |pentru |)(prima|ultima) (ora|parte|jumatate|sesiune)',
    // "confirm doar pentru mine. Colegul Sebastian nu mai poate, deci doar eu" (h199_009).
    '^(va |)(confirm|confirmam) (doar|numai) (pentru|pt) mine',
    // The answer after a button pressed by mistake: "…, de fapt vin" (h189_016).
    '^de fapt (vin|venim|particip|participam|ma conectez|ne conectam|voi veni|vom veni|voi participa|vom participa|voi fi prezent(|a)|vom fi prezenti)',
    // Part of the time: "Nu pot fi prezent toată durata, intru doar între 11 și 12" (h190_033).
    '^intru (doar |numai |)(intre|de la|pe la|pentru) #',
    // "Cred că pot, mi-am eliberat dimineața. Mă trec pe listă" (h186_092): putting oneself on the list, the morning freed.
    '^(ma|ne) (trec|trecem|pun|punem|inscriu|inscriem) (si |)pe lista', '(mi-am|ne-am) (eliberat|liberat|facut liber|facut loc in) (dimineata|ziua|agenda|programul|calendarul)',
    // "Ne conectăm de la Hub: Victor Bălan și Irina Sârbu" (h182_061).
    '^ne conectam (de la|din|impreuna|amandoi|amandoua|toti|toate|eu si)',
    // The device named: "o să intru cu laptopul din atelier" (h162_018).
    '(o sa intru|voi intra|intru|ma conectez|o sa ma conectez|ma voi conecta) (cu|de pe|de la|din) (laptopul|telefonul|tableta|calculatorul|pc-ul|mobilul)',
    // Joining at a time: "Pot, mă conectez pe la 11:20 și rămân până la final" (h156_043).
    '^(ma|ne) (conectez|conectam) (pe la|la ora|de la ora|dupa ora|in jur de|pe la ora|la) #',
    // "În orice caz, mă conectez duminică, pe 17, și discutăm atunci" (h89_067): the day named.
    '(ma|ne) (conectez|conectam) (luni|marti|miercuri|joi|vineri|sambata|duminica|maine)',
    // "nu am de gând să lipsesc", "Nu mă pot abține să nu vin" (h156_008, h156_032): double negatives that accept.
    'nu (am|avem) de gand sa (lipsesc|lipsim|ratez|ratam)', 'nu (intentionez|intentionam|planuiesc|planuim) sa (lipsesc|lipsim|ratez|ratam)',
    // "Bineînțeles că intru, doar n-o să lipsesc tocmai acum :))" (h352_007).
    "(n-o sa|nu o sa|nu voi|n-am sa|nu am sa|n-o sa ma vedeti sa) (lipsesc|lipsim|ratez|ratam)",
    'nu (ma|ne) (pot|putem) abtine (sa nu|de la a nu) (vin|venim|particip|participam|ma conectez|ne conectam)',
    // A count corrected, said with where from: "suntem 4 de la Direcția Comunicare, nu 3" (h157_050).
    '^(suntem|vom fi) # de la',
    // A count corrected: "Vă anunț că suntem în final 2 persoane, nu 4" (h157_008).
    '(suntem|vom fi|o sa fim) (in final|pana la urma|deci|totusi) # (persoane|participanti|participante|colegi|colege|oameni)',
    // A double negative: "ne-am gândit că n-ar fi rău să venim toți patru" (h156_015).
    '(n-ar|nu ar) (fi|strica) (rau|deloc rau|o idee rea) (sa|daca) (venim|vin|participam|particip|ne conectam|ma conectez)',
    // "Sigur, contează pe mine" (h152_024).
    '(conteaza|contati|puteti conta|poti conta) pe (mine|noi)',
    // "Vă rog să mă înregistrați pentru participarea online": registered for the sender's own attendance.
    '(va rog sa|va rugam sa|puteti sa) (ma|ne) (inregistrati|inscrieti|notati|treceti) (pentru|la) (participarea|participare|prezenta) (online|fizica|la sala|in sala|pe zoom|)',
    // "Mă puteți trece și pe mine și pe soțul meu … Vom intra amândoi" (h178_060): put on the list, asked without a mark.
    '^(ma|ne) puteti (trece|inscrie|nota|adauga|pune) (si |)(pe mine|pe noi|pe lista)',
    '^(vom intra|intram|o sa intram) (amandoi|amandoua|toti|toate|impreuna)',
    // Time set aside for the day: "Îmi rezerv timp pentru miercuri, mulțumesc" (h210_018).
    '^(imi|ne) (rezerv|rezervam|blochez|blocam|pastrez|pastram|liberez|eliberez|eliberam) (timp|timpul|dimineata|ziua|ora|agenda|calendarul) (pentru|de) (miercuri|luni|marti|joi|vineri|eveniment|intalnire|atelier|sesiune|workshop)',
    // The sender among who represents: "Biblioteca Județeană va fi reprezentată de mine și de directorul adjunct" (h208_045).
    '(va fi|vor fi|vom fi|este|e|o sa fie) (reprezentat|reprezentata|reprezentati|reprezentate) de (mine|subsemnata|subsemnatul|catre mine)',
    // "Colega mea … v-a confirmat deja participarea. Vă rog să mă adăugați și pe mine pe lista participanților" (h207_039).
    '(va rog sa|va rugam sa|puteti sa|rog sa) (ma|ne) (adaugati|treceti|inscrieti|notati|puneti|includeti|trece|adauga|inscrie|nota) (si pe mine |si pe noi |si |)(pe lista|in lista|pe listele) (participantilor|de participanti|de prezenta|celor care participa)',
    // "O să intrăm pe Zoom eu și asociatul meu, Vlad Iancu" (h203_097): the way in named, the sender among who joins.
    '^(o sa intram|vom intra|intram|o sa intru|voi intra|intru) pe (zoom|teams|meet|link|linkul|link-ul|platforma) (eu si|amandoi|amandoua|impreuna|toti|toate|si eu)',
    // A follow-up's count: "Revin: vine și colega mea Ramona, deci suntem două" (h176_063).
    // The total after an addition: "Revin cu o completare: vine și o voluntară, Medeea Ciuc, deci trei persoane în total" (h393_071).
    '^deci (suntem |vom fi |venim |)# (persoane|participanti|participante|oameni) (in total|cu totul)',
    '^deci (suntem|vom fi|venim) #$', '^deci (suntem|vom fi|venim) # (pana la urma|in final|in total|de fapt|cu totul)$',
    // "nu venim 2, ci 3" (h271_008): the count the "ci" puts in place of the one denied.
    '^ci (doar |numai |)# (persoane|oameni|colegi|colege|)$',
    // "revin cu numele: … Suntem doar 3 până la urmă" (h266_053): the count settled.
    '^(suntem|vom fi|venim) (doar|numai) # (pana la urma|in final|in total|de fapt)',
    // "Nici nu se pune problema să lipsesc": a missing ruled out is a yes.
    '(nici |)nu se pune (nici |)problema (sa|ca sa) (lipsesc|lipsim|nu vin|nu venim|nu particip|nu participam)',
    // The rhetorical "Sigur că vin, cum să lipsesc :)" (h121_039): a missing ruled out.
    '(cum|de ce) (sa|as putea sa|am putea sa|ai crede ca) (lipsesc|lipsim|ratez|ratam|lipsim noi|lipsesc eu)',
    // "Luni la 10 sunt acolo.", "sunt pe Zoom miercuri.": being there, said plainly at the end of the clause.
    '(sunt|suntem) acolo$', '^(sunt|suntem) (si eu |si noi |)pe (zoom|teams|meet|link) (luni|marti|miercuri|joi|vineri|)$',
    // "am terminat montajul, deci vin luni": a conclusion opening the clause.
    '^(deci|asa ca|asadar|prin urmare) (vin|venim|particip|participam|ajung|ajungem|ma conectez|ne conectam)',
    // "Ne conectăm doi colegi: …"; "bifează-mă și pe mine", "Ne treceți și pe noi:".
    // Not only opening the clause: "Din partea Art Encounters ne conectăm patru persoane" (h342_054).
    '(ne conectam|ne vom conecta|o sa ne conectam) (#|doi|doua|trei) (colegi|colege|persoane|reprezentanti|oameni|participanti)', '(bifeaza|bifati)-(ma|ne)', '^(ma|ne) (treceti|notati|bifati|puneti|adaugati) si pe (mine|noi)',
    // "Vă rugăm să rețineți participarea mea".
    '(retineti|notati|consemnati|inregistrati) (si |)(participarea|prezenta) (mea|noastra)',
    // "Vă rog să înregistrați participarea din partea Inspectoratului …: subsemnata și …".
    '(retineti|notati|consemnati|inregistrati) (si |)(participarea|prezenta) din partea',
    // "… merg eu din partea cinematografului. Deci confirm: o persoană": the conclusion confirming.
    '^(deci|asa ca|asadar|prin urmare) (va |)(confirm|confirmam)$',
    // "vă rog să-mi rețineți participarea la atelier"; an office writing of itself: "AJOFM confirmă participarea online a unei persoane".
    '(sa-mi|sa ne|imi|ne) (retineti|notati|consemnati|inregistrati) (si |)(participarea|prezenta)',
    'confirma (participarea|prezenta) (online |fizica |la fata locului |)(a|unei|unui|#)',
    // A double negative that accepts: "nu pot să nu vin" (longer than the neutral "nu pot să nu").
    'nu (pot|putem) sa nu (vin|venim|particip|participam|ajung|ajungem|fiu prezent*|fim prezent*|iau parte|luam parte)',
    // An elder's effort to come: "voi face efortul de a fi prezent".
    '(voi|vom|o sa) face (tot |)efortul (de a|sa) (fi prezent*|veni|participa|ajunge|vin|venim|particip|participam|ajung|ajungem|fiu prezent*|fim prezent*)',
    // Transylvanian "mă bag și eu": I'm in.
    '(ma|ne) bag(|am) (si eu|si noi|)',
    'particip', 'participam', 'particip si eu', 'participam si noi',
    // Double negatives that accept: "Nu văd de ce n-aș participa", "Nu pot să refuz o asemenea invitație".
    '(nu (vad|vedem)|nu e cazul sa (ma intreb|ne intrebam)) de ce (n-as|nu as|n-am|nu am|nu) (putea |)(participa|veni|fi prezent(|a|i)|ajunge|fi acolo)',
    'nu (pot|putem) (sa |)(refuz|refuzam|ratez|ratam|spun nu|zic nu|lipsesc|lipsim)', 'nu (am|avem) cum sa (refuz|refuzam|ratez|ratam|lipsesc|lipsim)',
    // A change of mind: "Update: pot totuși participa, am scăpat de cealaltă ședință" (h265_026).
    '(pot|putem) totusi (sa |)(participa|particip|participam|veni|vin|venim|ajunge|ajung|ajungem)',
    // A double negative: "nu cred ca o sa lipsesc, e pe lista mea" (h265_009).
    'nu (cred|prea cred) ca (o sa|voi|vom) (lipsesc|lipsim|lipsi|ratez|ratam|rata)',
    // "Nu cred ca pot sa lipsesc, e prea important subiectul" (h367_004).
    'nu (cred|prea cred) ca (pot|putem|as putea|am putea) (sa |)(lipsesc|lipsim|lipsi|ratez|ratam|rata)',
    '(voi|vom|o sa) participa', 'o sa particip', 'o sa participam', '(pot|putem) participa', '(voi|vom) putea participa',
    '(doresc|dorim|vreau|vrem) sa (particip|participam)', '(ca|cum ca) (vin|venim)',
    // "Confirm" answers only alone or with what it confirms: "vă confirm adresa" is not a yes.
    '^(va |)(confirm|confirmam)$', '(confirm|confirmam) (si eu|si noi|cu placere|cu drag|pentru|si pentru|in numele|totodata)',
    '(confirm|confirmam) (participarea|prezenta|participare)', '(confirm|confirmam) ... (participarea|prezenta)',
    // The neighbour key on a phone, at the word's end where typoTargets do not look: "confirn participare luni" (h106_075).
    '(confirn|confirnam) (participarea|prezenta|participare)',
    // Confirming for the sender's side, the names after a colon: "Confirm din partea Departamentului de Formare: eu și Mihaela Stoian".
    '^(va |)(confirm|confirmam) din partea ...$',
    'am confirmat (deja |)(participarea|prezenta)', '(participare|participarea|prezenta) (confirmata|confirm)',
    '(participam|vin|venim) din partea (noastra|institutiei|asociatiei|firmei|organizatiei|universitatii|primariei)',
    '^(sigur|desigur|bineinteles|evident) ca da', 'nu (voi |o sa |)(lipsi|lipsesc|rata|ratez)', 'nu (il|o) (ratez|ratam|voi rata|vom rata|o sa ratez|o sa ratam)', 'n-(il|o) (ratez|ratam)', 'nu as lipsi',
    // "eu intru sigur, sunt și moderatoare" (h268_040): joining the online meeting, for sure.
    '^(eu |noi |)(intru|intram) (sigur|cu siguranta|negresit)',
    // "Merg cu Mihai, el a confirmat deja pentru amândoi" (h277_025): going, with whom.
    '^merg (si eu |)(cu|impreuna cu|la atelier|la intalnire|acolo)',
    '^eu (sigur |insa |totusi |)(vin|particip)', '(eu|noi) (insa |totusi |)(vin|venim)$',
    // A foreign writer's Romanian: "eu participa la zoom in 17" (h110_086).
    '^eu participa (la|pe|online|prin|in|#)',
    // An institution answering in the third person: "Administrația … nu poate da curs invitației" (h110_067).
    '(poate|va putea|vor putea) da curs invitatiei',
    // Who is left after a change: "colega mea nu mai poate veni … Așa că voi fi doar eu" (h104_021).
    '^(asa ca |deci |asadar |acum |)(voi fi|o sa fiu|va fi|vom fi) (doar|numai) eu$',
    'confirmarea (participarii|prezentei)', 'confirmare (participare|participarii|prezenta)', 'transmit confirmarea',
    '(voi|vom|o sa) fi prezent(|a|i|e)', 'o sa fiu prezent(|a)', 'sa fiu prezent(|a)', 'sa fim prezent(i|e)',
    '(pot|putem|voi putea|vom putea) fi prezent(|a|i|e)', '^prezent(|a|i|e)$', '^(sunt|suntem) prezent(|a|i|e)$',
    // Being at the meeting named: "nu voi putea fi la întâlnirea din 17" (h106_017).
    // "Voi fi eu la întâlnire; colega mea … încearcă să se conecteze" (h577_009): the sender named beside a companion.
    '(voi|vom|o sa|pot|putem|voi putea|vom putea) fi (eu |noi |)la (intalnire|intalnirea|atelier|atelierul|eveniment|evenimentul|sesiune|sesiunea|reuniune|reuniunea|workshop|workshopul)',
    'o sa fiu la (intalnire|intalnirea|atelier|atelierul|eveniment|evenimentul|sesiune|sesiunea)',
    // "Salut, eu o să fiu. Dacă apuc să mă conectez de la început, altfel intru mai târziu." (h371_060): the bare future of "to be".
    '^(eu |noi |)(o sa fiu|o sa fim|voi fi|vom fi)$',
    // "Am reușit să instalez … Voi fi și eu acolo miercuri" (h424_007).
    '(voi|vom|o sa) fi (si eu |si noi |)(acolo|de fata)',
    // "Super, mersi! Ne auzim pe 17 atunci." (h423_065): the call's day, not a sign-off.
    '^ne auzim (pe #|pe zoom|la (intalnire|atelier|sedinta|sesiune))', 'o sa fiu acolo', '(fi|fiu|fim) alaturi de (dumneavoastra|dumneavoastre|dvs|voi)',
    '^vin', 'vin (si eu|cu drag|cu placere|sigur)', '^(vin|venim) din partea',
    // "Se poate doar online, nu? Confirm oricum" (h329_006); "Sunt acolo pe Zoom" (h330_093).
    '^(confirm|va confirm|confirmam|vin|venim|particip|participam) (oricum|in orice caz|indiferent)$', '^(sunt|suntem) acolo pe (zoom|teams|meet|link)$',
    // "trec și eu pe la 11, după ședință. Rămân până la final" (h327_058).
    '^trec (si eu |si noi |)pe la (#|ora #|voi)', '^(raman|ramanem) pana la (final|sfarsit|capat)$',
    // A reply to a reminder: "Confirm încă o dată, mulțumesc pentru reminder" (h322_060).
    '^(va |)(confirm|confirmam) (inca o data|din nou|si acum)',
    // A follow-up adding a companion: "Revin pentru a vă anunța că mă va însoți și colega mea, prof. Adina Moț" (h322_078).
    '(ma|ne) (va|vor|o sa) (insoti|insoteasca) (si |)(colega|colegul|colegii|colegele|sotul|sotia|fiul|fiica|un|o|dl|dna|domnul|doamna|prof|directorul|directoarea)',
    // "Din partea CCIAT vin eu și încă doi colegi" (h298_042): the sender named after the verb, others with them.
    'vin eu (si|impreuna cu|cu|alaturi de)',
    // "merg eu în locul Mariei miercuri" (h559_025): the sender going in a colleague's place.
    '(merg|ma duc) eu in locul', '(merg|ma duc|voi merge) (eu |)in locul (lui|ei|colegei|colegului|doamnei|domnului|dnei|dlui|d-nei|d-lui|sefei|sefului|directorului|directoarei)',
    // The answer as a conclusion: "sunt în oraș, deci vin".
    '(deci|asa ca|asadar|prin urmare) (sigur |)(vin|venim|particip|participam|pot veni|putem veni)$',
    // ... with the hour it starts from: "am făcut schimb de ore cu o colegă, deci vin de la ora 10" (h73_047).
    '(deci|asa ca|asadar|prin urmare) (sigur |)(vin|venim|particip|participam|pot veni|putem veni) (de la|pe la|in jur de|incepand cu|dupa) (ora |orele |)#',
    // "Ok, sunt și eu miercuri pe zoom" (h71_069); "mă conectez din birou".
    '(sunt|suntem) si (eu|noi) (luni|marti|miercuri|joi|vineri|) (pe zoom|pe teams|pe link|prezent|prezenta|prezenti|prezente)',
    '(ma|ne) (conectez|conectam) (din birou|de la serviciu|de la munca|de la scoala|de pe laptop|de pe telefon)',
    // "Ne conectăm de pe laptopuri separate" (h135_015), "ne conectăm separat".
    'ne conectam (separat|de pe (laptopuri|calculatoare|conturi|dispozitive) (separate|diferite))',
    // The delegate named after "în schimb": "Nu mai pot veni … Vine în schimb Alex, colegul meu" (h134_071) — see substitute.
    // "nu voi mai fi doi, ci doar eu" (h136_035): the sender still comes.
    'ci doar eu',
    // After a question about the schedule: "La ce oră se termină? Oricum vin, doar să știu cât să-mi las liber".
    '(oricum|in orice caz|indiferent) (vin|venim|particip|participam)$',
    // "Dacă se termină până la 12:30 pot sta, altfel intru doar la prima parte. Oricum mă conectez." (h367_006).
    '(oricum|in orice caz|indiferent) (ma conectez|ne conectam|intru|intram|ajung|ajungem)$',
    // A late join after another meeting: "Nu pot ajunge de la ora 11, am o altă întâlnire până la 11:30. Mă conectez după aceea." (h367_030).
    '^(ma conectez|ne conectam|intru|intram|vin|venim|ajung|ajungem) (imediat |)(dupa aceea|dupa aceasta|dupa asta)$',
    // After a morning duty: "Nu pot lipsi de la serviciu până la 12, apoi vin".
    '(apoi|dupa aceea|dupa care|pe urma|iar apoi|si apoi) (vin|venim|ajung|ajungem|particip|participam|intru|ma conectez|ne conectam)',
    // The verb after the occasion: "La atelierul din 18 vin", "Pe 18 particip". No gap, so a "nu" cannot hide inside.
    '(la|pe) (atelier*|eveniment*|sesiun*|intalnir*|workshop*) (din|de pe|de|de la|) (#|luni|marti|miercuri|joi|vineri|sambata|duminica|) (vin|venim|particip|participam)$',
    '^pe # (noiembrie|decembrie|ianuarie|februarie|martie|aprilie|mai|iunie|iulie|august|septembrie|octombrie|) (vin|venim|particip|participam)$', 'sigur vin', 'venim', '(voi|vom|o sa) veni', 'o sa (vin|venim)',
    '(pot|putem|voi putea|vom putea) (veni|ajunge)',
    // The infinitive misspelled with a doubled "i" (typed in a hurry or by a Serbian speaker): "sigur voi venii, eu si presedinta".
    '(voi|vom|o sa) venii',
    '(voi|vom|o sa) ajunge', 'o sa (ajung|ajungem)',
    // Online attendance: the event is on Zoom, so connecting is attending.
    '(ma voi|ne vom|o sa ma|o sa ne) conecta', '(ma|ne) (conectez|conectam) (si eu|si noi|online|pe zoom|pe teams|prin zoom|de acasa|de la birou|la (intalnire|eveniment|atelier|sesiune))',
    // The day said: "Mă conectez pe 17, dar nu cred că o să vorbesc" (h112_067).
    '(ma|ne) (conectez|conectam) (pe|in|luni|marti|miercuri|joi|vineri|sambata) (#|luni|marti|miercuri|joi|vineri|sambata)',
    '(voi|vom) fi (conectat(|a|i|e)|online)',
    // The pronoun before the bare verb: "eu mă conectez, dar doar ca să urmăresc", "Eu da! Dana nu poate".
    '^(eu|noi) (ma|ne) (conectez|conectam)$', '^(eu|noi) (sigur |)da$',
    // Bringing people along says the sender comes too.
    '^(eu |)(aduc|aducem|voi aduce|vom aduce|o sa aduc|o sa aducem) (si |cu mine |)(#|un|o) (coleg*|student*|elev*|prieten*|persoan*|reprezentant*|voluntar*|invitat*|colaborator*|membr*|masteran*|doctoran*|cursant*|participant*|insotitor*)',
    '(voi|vom) lua parte', 'iau parte', 'luam parte',
    // With the modal, so that "nu voi putea lua parte la întâlnire" is a refusal.
    '(voi|vom|o sa) putea lua parte', '(pot|putem) (sa |)(lua|iau|luam) parte',
    // "Dau curs invitației"; negated ("nu voi putea da curs invitației") it is a refusal.
    '(dau|dam|voi da|vom da|o sa dau|pot da|putem da|voi putea da|vom putea da) curs invitatiei', '^confirmat(|a)$', '^confirmat (pentru|si|cu placere)',
    '^da', '^da da', '^desigur$', '^bineinteles$', '^sigur$', '^cu (mare |)(placere|drag)$', '^absolut$',
    // A yes drawn as the conclusion: "cred că mailul meu s-a pierdut :) Deci da, sunt prezent miercuri".
    '^(deci|asadar) da$',
    'accept', 'acceptam', 'accept (invitatia|cu placere)',
    'ma alatur', 'ne alaturam', 'ne vedem', 'ne vedem (acolo|la eveniment|atunci)',
    // An online meeting's "see you": "Ne auzim duminică la 11 pe Zoom!".
    'ne auzim (duminica|luni|marti|miercuri|joi|vineri|sambata|maine|atunci|pe zoom|pe teams|la #) (la # |)(pe zoom|pe teams|)',
    '(puteti|poti) (conta|sa contati) pe (mine|noi|prezenta mea|prezenta noastra)', 'contati pe (mine|noi)',
    // Hybrid event: "contează-mă online", "o să fiu online", "merg și eu".
    // Not "vin fizic": negated ("nu vin fizic, doar online") it would read as a refusal.
    '(conteaza|numara|socoteste|contati|numarati|socotiti)-(ma|ne)', 'o sa (fiu|fim) (conectat(|a|i|e)|online|pe zoom)',
    '(voi|vom) fi pe zoom', '(merg|mergem) si (eu|noi)',
    // "Confirm ✅ 2 pers". (Not a bare "2 persoane online": a phrase opening on a number is tried at every word.)
    '^(confirm|confirmam) # (persoane|pers|participanti)',
    '(va rog sa|puteti sa) (ma|ne) (inscrieti|treceti pe lista|adaugati pe lista)', 'ma inscriu', 'ne inscriem',
    // The familiar "te rog": "Lavinia, te rog să mă treci și pe mine pe listă. Mulțumesc!" (h619_003); the list bare, at the end.
    '(te rog|va rog|te rugam|va rugam) (sa |)(ma|ne) (treci|treceti|adaugi|adaugati|pui|puneti|notezi|notati|inscrii|inscrieti) (si |)(pe mine |pe noi |)(pe lista|in lista)$',
    // Formal: "vă comunic participarea mea la …".
    '(va |)(comunic|comunicam) (participarea|prezenta)', '(va |)(anunt|anuntam) (participarea|prezenta) (mea|noastra)',
    'inscrieti-ma', 'rezervati-mi un loc', 'numarati-(ma|ne)', '(treceti|notati|puneti)-(ma|ne) (si |)(pe lista|si pe mine|si pe noi)',
    // Stating how many will come answers the invitation.
    'vom fi (#|# persoane|eu)', '^(participanti|participante|participantii|lista participantilor)$',
    // A corrected count: "vom fi de fapt trei persoane, nu două".
    'vom fi (de fapt|in total|acum|totusi) (#|# persoane)',
    // A second mail summing up the party: "mai vine cu noi și Tudor … Deci suntem 3 în total".
    '^(deci|asa ca|asadar|prin urmare|acum) (suntem|vom fi|o sa fim) (#|# persoane) (in total|cu totul|de tot)',
    // "Vă scriu pentru a confirma prezența la atelierul de miercuri".
    '^(va |)scriu (pentru a|ca sa|spre a) (va |)(confirma|confirm) (prezenta|participarea)',
    // "O să fim 4 persoane de la asociație", "De la noi vin 3 persoane (eu, Diana și Marius)".
    'o sa fim (#|# persoane|eu)', '(de la noi|din partea noastra) (vin|venim|vom fi|o sa fim|participa|participam|vom participa|vor participa|vor veni) #',
    // "Va participa o persoană din partea noastră, încă nu știu cine": the organisation comes, maybe the sender.
    '(va participa|vine|va veni|participa) (o persoana|unul dintre noi|una dintre noi|un reprezentant|o reprezentanta) (din partea noastra|de la noi)', '(unul|una) dintre noi (va participa|vine|va veni|participa|se conecteaza|se va conecta)',
    // A count lowered in a second mail: "vom fi doar două persoane"; a party counted: "Suntem 4 de la noi".
    '(vom fi|o sa fim) (doar|numai) (#|# persoane)', '(noi |)suntem (#|# persoane) (de la noi|din partea noastra)',
    // Names under it: "Vom fi de la noi: Loredana Pop, Ciprian Pop și Ștefan Vasiu" (h228_071).
    '^(vom fi|o sa fim) (de la noi|din partea noastra)$',
    // The count asked for, said alone in its clause: "Suntem 3 persoane, toate cu bicicleta".
    '^(noi |)suntem # (persoane|participanti|participante)$',
    // A calendar-style subject written as own words.
    '^(acceptat|accept)$',
    // Partial attendance is attendance: "pot sta doar prima oră", "intru de la 11".
    '(pot|putem) (sta|ramane|veni|participa|fi prezent(|a|i|e)|ajunge|intra) (doar|numai|pana|cel putin)', '(voi|vom|o sa) (sta|ramane) (doar|numai|pana)',
    // Joining late, from an hour on: "Mă pot conecta după 12 dacă mai are sens" (at the clause's start: "nu mă pot conecta după 12" is no refusal).
    '^(eu |noi |)(ma|ne) (pot|putem) conecta (doar |numai |abia |)(dupa|de la|incepand cu|incepand de la) (ora |)#',
    'o sa stau (doar|numai|pana)',
    // Arriving late presumes coming: "ajung pe la 10:30, e ok?".
    '^(eu |)(ajung|ajungem) (si eu |si noi |)(pe la|in jur de|dupa|mai tarziu|cu (putina |o mica |)intarziere|putin mai tarziu|abia)', 'stau (doar|numai) (prima|primele|pana|la prima|o ora|jumatate)', '^intru (si eu |)(de la|pe la|in jur de|din|de acasa|online)',
    // "De data aceasta mă conectez doar eu din partea Camerei": the sender alone, this time.
    '(ma conectez|intru|particip) (doar|numai) eu',
    // The sender named after the verb: "Mă conectez eu din partea Bega. Tudor" (h85_061).
    '^(ma conectez|intru|particip|vin) eu (din partea|pentru|in numele|in locul)', '^(ma conectez|intru|particip) eu$',
    // The format chosen for a hybrid event, as a whole clause: "Online pentru mine, vă rog".
    '^(online|pe zoom|zoom|fizic|in sala|la muzeu|la fata locului) pentru (mine|noi) (va rog|multumesc|)$', '^pentru (mine|noi) (online|pe zoom|zoom|fizic|in sala|la fata locului) (va rog|multumesc|)$',
    // Informal attendance: "intru pe link", "mă conectez", "sunt pe listă", "n-aș rata".
    'intru (si eu |)pe (link|linkul|zoom|teams|apel|sesiune|meet)', '^(ma|ne) (conectez|conectam)$',
    // The part said: "… dar mă conectez cel puțin la prima parte" (h231_025).
    '^(ma|ne) (conectez|conectam) (cel putin|macar|sigur|oricum) (la|pentru|in) (prima|a doua|ultima) (parte|ora|jumatate|sesiune)',
    // "Cu drag vin." (h238_012): the manner first.
    '^cu (drag|placere|bucurie|mare placere|mare drag) (vin|venim|particip|participam|voi veni|vom veni|voi participa|vom participa)',
    // The part attended said: "La partea de prezentare de la 11 nu ajung, dar intru la discuții pe la 12" (h240_029).
    '(intru|ma conectez|vin|ajung) (si eu |)(la|pe la) (discutii|discutie|sesiunea de discutii|partea a doua|a doua parte|dezbatere|dezbateri)',
    // After a companion asked for: "Dacă nu, vin singură. Oricum confirm" (h234_080).
    '^(oricum|in orice caz|indiferent) (confirm|va confirm|confirmam|vin|venim|particip|participam)$', '(si|iar|apoi) (ma|ne) (conectez|conectam)$', '(sunt|suntem) (si eu |si noi |deja |)pe lista',
    // Joining online said with certainty or gladly: "Am curs până la 12:30 — dar intru sigur", "Intru cu plăcere."
    '^intru (si eu |)(sigur|cu placere|cu drag|negresit|bineinteles|desigur)',
    // "N-am nimic împotrivă, intru și eu": joining the others online, as a whole clause.
    '^(intru si eu|intram si noi)$',
    // A request to be listed: "ne puteți trece pe listă: Florin și Maria Oancea".
    '(ma|ne) (puteti|ati putea) (trece|adauga|inscrie|nota) (si |)pe lista',
    // A count confirmed as the clause's opening: "Confirm 2 persoane: eu și colegul meu".
    '^(confirm|confirmam|va confirm|va confirmam) # (persoane|participanti|participante|reprezentanti|locuri)',
    // Standing in for someone who cannot come: "Voi intra eu în locul doamnei decan" ("în locul meu" is the reverse, in `substitute`).
    '(voi|vom|o sa) (intra|participa|veni|fi prezent|fi prezenta|merge) (eu |noi |)in locul (doamnei|domnului|ei|lui|dansei|dansului|colegei|colegului|sefei|sefului|directorului|directoarei|decanului|rectorului)',
    'n-as (rata|lipsi)', 'nu as rata', '(o sa fiu|o sa fim|voi fi|vom fi) (si eu |si noi |)pe (zoom|teams|link|apel|meet)',
    // A reply to a reminder or a change: "am confirmat deja", "confirmarea rămâne valabilă",
    // "noua oră e ok pentru mine". Negated ("nu îmi mențin confirmarea") they refuse.
    '(am|v-am|noi am) (deja |)confirmat (deja|anterior|mai devreme|inca de)', 'deja am confirmat',
    'confirmarea (mea |noastra |)(ramane|se mentine|este|e) (valabila|in picioare|in continuare valabila)', 'confirmarea (mea |noastra |)(ramane|se mentine)$',
    '(ramane|se mentine) (valabila |in picioare |)confirmarea', '(imi|ne) (mentin|mentinem) (confirmarea|participarea)', '(mentin|mentinem) (confirmarea|participarea)',
    '(participarea|prezenta) (mea |noastra |)(ramane|se mentine) (valabila|confirmata|in picioare)',
    // "Julien nu mai poate veni luni, dar eu rămân confirmată" (h122_012).
    '(raman|ramanem|ramai) (in continuare |)(confirmat|confirmata|confirmati|confirmate|pe lista|inscris|inscrisa|inscrisi)',
    // After the organiser's answer: "Mulțumesc mult! Atunci vin luni la 10" (h125_048).
    '^(atunci|deci|asadar|in cazul acesta|in acest caz|in cazul asta) (vin|venim|particip|participam|ma conectez|ne conectam)',
    '(noua|noul) (ora|data|locatie|sala|adresa|program|interval|orar) (e|este|imi|ne|mi|ni) (ok|in regula|bun|buna|convine|potrivit|potrivita|perfect|perfecta)',
    // "ok pt mine, l-am trecut in calendar": the answer itself, at the start of its clause.
    '^(e |este |)(ok|okay|in regula) (pt|pentru) (mine|noi)$',
    // "Nu văd de ce nu :)" as the whole answer ("I don't see why not"); inside a longer clause
    // ("nu văd de ce nu aș participa") the neutral double negative below masks it.
    '^(nu vad|nu vedem) de ce nu$',
    // A phone note: "Ok vin.", "Da particip".
    '^(ok|okay|bine|da|perfect|super|sigur) (vin|venim|particip|participam)$',
    // "Pot să vă confirm că vin": the frame "confirm că" must not swallow the answer after it.
    '(va |)(confirm|confirmam) ca (vin|venim|particip|participam)',
    // Closing a clause: "Acum însă sunt în Timișoara și vin" (h627_016).
    '(si|deci|asa ca|asadar) (vin|venim)$',
    // The meeting named first: "Dar la întâlnirea de pe 17 vin eu, cu siguranță" (h621_011).
    '(la|pe) (intalnire|intalnirea|atelier|atelierul|sesiune|sesiunea|eveniment|evenimentul|workshop|workshopul) (de pe # |din # |pe # |de luni |de marti |de miercuri |de joi |de vineri |)(vin|venim) (eu|noi|sigur|si eu|si noi|cu siguranta)',
    // "confirm că mă conectez eu în locul lui Alexandru Dobre" (h611_055).
    '(va |)(confirm|confirmam) ca (ma conectez|ne conectam|intru|intram|ma alatur|ne alaturam|voi fi (prezent|prezenta|acolo)|vom fi (prezenti|prezente|acolo))',
    // A phone reply leaving out "că" (an emoji between): "Confirm 👍 vin cu bicla".
    '^(confirm|confirmam) (vin|venim|particip|participam)',
    // "Vom onora invitația"; negated ("nu vom putea onora invitația") it is a refusal.
    '(pot|putem|voi|vom|o sa|voi putea|vom putea) onora (invitatia|invitatie)',
    // Gladly online: "Mă conectez cu plăcere."
    '(ma|ne) (conectez|conectam) (cu placere|cu drag|negresit|bineinteles)',
    // The online form settles it: "dar fiind pe Zoom intru fără probleme".
    '(intru|intram|ma conectez|ne conectam|vin|venim|particip|participam|ajung|ajungem) fara (probleme|nicio problema|nici o problema)',
    // "vă rog să mă treceți printre participanți".
    '(ma|ne) treceti (si |)printre (participanti|invitati|cei prezenti)',
    // Informal online yes: "Ok, intru. Dar doar ca spectator"; a party counted: "Noi suntem doi din partea asociației: eu și…".
    '^intru$', '(noi |)suntem (#|# persoane) din partea',
    // The team's online yes, stressed: "sigur că intrăm!" (a clause of its own; "intrăm în sală" goes on).
    '^intram$', '^(sigur ca|sigur|bineinteles ca|bineinteles|desigur ca|desigur|evident ca|evident) (intru|intram)$',
    // Both online, each from their own laptop: "Ne conectăm amândoi, eu și colega Mihaela".
    '(ne conectam|ne vom conecta|o sa ne conectam) (amandoi|amandoua|toti|toate|(toti|toate|cate) (#|doi|doua|trei|patru))',
    // "Noi suntem 3 … dar ne conectăm fiecare de pe laptopul lui": each from their own device.
    '(ne conectam|ne vom conecta|o sa ne conectam) fiecare (de pe|de la|din|separat)',
    // The party counted after the verb: "Din partea asociației Zora ne conectăm doi: eu și Nenad", "venim trei".
    '(ne conectam|ne vom conecta|venim|vom veni|participam|vom participa) (doi|doua|trei|patru|#)$',
    // "Deci da, sunt acolo luni": being there on the invitation's day.
    '^(da |deci |deci da |)(sunt|suntem) acolo (luni|marti|miercuri|joi|vineri|maine|atunci|pe #)$',
    // "De data aceasta reușesc": this time it works out (the negated form is a no).
    '^de data (asta|aceasta) (reusesc|reusim|pot|putem|ajung|ajungem|vin|venim)$',
  ],
  wish: [
    // "Aș intra doar să ascult, dacă se poate" (h549_013).
    // It ends before "doar să ascult", which the speaking phrases read (a span overlapping theirs would hide it).
    '^(as|am) intra',
    // "Eu aș prefera să mă conectez online, dacă se transmite. Altfel voi încerca să ajung fizic" (h519_036): a preference, not a yes.
    '(as|am) prefera sa (ma conectez|ne conectam|particip|participam|vin|venim|intru|intram)',
    // "Mai pot participa? Dacă da, aș intra cu plăcere" (h513_036).
    '(as|am) intra (si eu |si noi |)(cu placere|cu drag|bucuros|bucuroasa|bucurosi)',
    // "Mai pot participa? Dacă da, aș vrea să mă conectez și eu." (h473_018): the wish, longer than the yes inside it.
    '(as vrea|as dori|vreau|doresc|imi doresc|mi-ar placea) sa (ma|ne) (conectez|conectam) (si eu|si noi|)',
    // "exact de asta vreau să fiu acolo miercuri" (h429_025).
    '(vreau|vrem|doresc|dorim) (neaparat |)sa (fiu|fim) (acolo|prezent|prezenta|prezenti|prezente)',
    '(as|am) (dori|vrea) (foarte mult |)sa (particip|participam|vin|venim|fiu prezent(|a)|fim prezent(i|e)|ajung|ajungem|iau parte|luam parte)',
    '(mi-ar|ne-ar) placea (foarte mult |mult |)sa (particip|participam|vin|venim|fiu prezent(|a)|ajung|iau parte)',
    '(as|am) fi (bucuros|bucuroasa|bucurosi|incantat|incantata) sa (particip|participam|vin|venim|fiu prezent(|a)|iau parte)',
    // The conditional itself: "aș veni cu mare drag, dar …".
    '(as|am) (veni|participa|lua parte|ajunge|fi prezent(|a|i|e))',
    // Online: "M-aș conecta și eu pe 17, dacă se poate".
    '(m-as|ne-am) conecta',
    // A plan in the past tense, usually undone by what follows: "Aveam de gând să vin, dar am primit un control".
    '(aveam|avusesem) (de gand|in plan|in gand|intentia) sa (vin|venim|particip|participam|ajung|ajungem|ma conectez|ne conectam|fiu prezent(|a)|fim prezenti)',
    '(planuiam|intentionam|voiam|vroiam|doream|urma) sa (vin|venim|particip|participam|ajung|ajungem|ma conectez|ne conectam|fiu prezent(|a)|fim prezenti)',
  ],
  no: [
    // "Banca nu participa la astfel de consultari publice, conform politicii interne." (h609_054).
    'nu (participa|participam) la (astfel de|asemenea|acest tip de|acest gen de) (consultari|evenimente|intalniri|ateliere|dezbateri|activitati)',
    // "Cu siguranta voi fi prezenta... la urmatorul atelier. Pentru acesta nu am timp." (h591_056).
    '^(pentru|la) (acesta|aceasta|asta|el|ea|atelierul acesta|atelierul asta|sesiunea aceasta|sesiunea asta|intalnirea aceasta|intalnirea asta) nu (am|avem|o sa am|o sa avem|voi avea|vom avea) timp$',
    // "Mă bucur să particip. … La final: scuze, … am o operație programată exact miercuri. Retrag confirmarea." (h585_038).
    '^(deci |asa ca |prin urmare |asadar |)(imi retrag|retrag|retragem|ne retragem|anulez|anulam) (confirmarea|participarea|inscrierea)',
    // "nu cred că are sens să vin iar să vorbim despre aceleași lucruri … Pas." (h585_042).
    'nu cred ca (are|mai are) (sens|rost) sa (vin|venim|particip|participam)', '^pas$',
    // "Mulțumesc, dar vom trece de data aceasta — suntem în sesiune" (h579_045): passing this time.
    // Not "Vom trece de data aceasta cu toată echipa pe la atelier" (dropping by): without "peste", only at the clause's end.
    '(vom|voi|o sa) (trece|sari|sarim) peste (de data asta|de data aceasta|de aceasta data|de asta data)', '(vom|voi|o sa) (trece|sari|sarim) (de data asta|de data aceasta|de aceasta data|de asta data)$',
    '^(trecem|trec) (de data asta|de data aceasta|de aceasta data)$',
    // "Din păcate, niciunul dintre colegi nu este în oraș pe 20 ianuarie" (h567_043): the body's refusal ("Vin eu. Niciunul dintre
    // colegi …" then holds a yes and a no: a person reads it).
    '(niciunul|nici unul|niciuna|nici una|nimeni) (dintre|din) (colegi|colege|noi|echipa|echipa noastra) (nu este|nu e|nu va fi|nu poate|nu va putea|nu vor putea|nu sunt)',
    // "Din păcate, data nu mi se potrivește, sunt la târgul de la Berlin" (h570_060).
    '(data|ora|ziua|perioada) nu (mi|ne) se potriveste', '(data|ora|ziua) nu (imi|ne) convine',
    // "Păcat că eu sunt în Cluj atunci" (h567_066); "niciunul dintre colegi nu este în oraș pe 20 ianuarie" (h567_043); "nu e cazul să
    // mă includeți, nu am activitate în sectorul cultural" (h567_050); "m-am mutat la Cluj, așa că nu cred că voi mai ajunge" (h566_085).
    'pacat ca (eu |noi |)(sunt|suntem|voi fi|vom fi) (in|la|plecat|plecata|plecati) ... atunci$',
    'nu (e|este) cazul sa (ma|ne) (includeti|invitati|treceti|mai invitati|mai includeti)$',
    'nu cred ca (voi|vom) mai (ajunge|putea veni|veni|participa|putea participa)',
    // "nicio persoană din cadrul instituției nu este disponibilă la data propusă" (h565_021); "Reprezentantul instituției noastre nu poate
    // participa din motive de serviciu" (h565_046): the body's own refusal.
    '(nicio persoana|niciun reprezentant|nimeni) (din cadrul|din partea|de la) ... ... nu (este|e|va fi|poate fi) (disponibila|disponibil|prezent|prezenta)',
    '(reprezentantul|reprezentanta|reprezentantii) (institutiei|organizatiei|firmei|asociatiei|fundatiei|primariei) (noastre |)nu (poate|va putea|pot|vor putea) (participa|fi prezent|fi prezenta|ajunge)',
    // "Așa că de data asta sunt cu voi doar cu gândul." (h561_011): a refusal written as a joke.
    '(sunt|voi fi|vom fi|suntem) (alaturi de voi|cu voi) (doar|numai) (cu gandul|in gand)', '(doar|numai) cu gandul (la voi|alaturi de voi|cu voi)',
    // "De data asta nu pot nici eu, am o operație programată" (h549_049).
    'nu (pot|putem) (nici eu|nici noi)$', '(nici eu|nici noi) nu (pot|putem)$',
    // "luni dimineața sunt singur în cafenea și nu pot pleca" (h535_039).
    // Only alone at work, not a time limit ("mai devreme de ora 10 nu pot pleca").
    '(singur|singura|singuri) ... si nu (pot|putem) pleca$',
    // "Nici nu cred că pot intra, sunt pe drum în ziua aia" (h531_016); at the clause's end, so "nu pot intra pe link" stays a problem told.
    // At the clause's start too: "colegii care nu pot intra" (h110_031) are others.
    // "… deci nu voi putea intra" (h538_047).
    // "… deci până la urmă nu pot intra" (h609_011).
    '^(deci |asa ca |si |prin urmare |)(pana la urma |in final |)(eu |)(nu|nici nu) (cred ca |)(pot|o sa pot|voi putea|vom putea|putem) (intra|sa intru|sa intram)$',
    // "Nu am pe nimeni pe care să trimit în locul meu" (h522_048); "Nu vom avea un reprezentant disponibil luni" (h521_024).
    '(nu am|n-am|nu avem|n-avem) pe nimeni pe care (sa |)(il |o |)(trimit|trimitem|deleg|delegam)', '(nu vom avea|nu avem|nu o sa avem) (un |niciun |nici un |)(reprezentant|delegat|om|coleg) disponibil',
    // "Daca era la primarie veneam" (h519_076): the imperfect contrary to fact; "nu mă mai chinui cu încă o întâlnire" (h519_050).
    'daca era (la primarie|fizic|in persoana|fata in fata|la sediu|in sala) (veneam|participam|as fi venit)', 'nu (ma|ne) mai (chinui|chinuim|complic|obosesc) cu (inca o|o alta|alta) (intalnire|sedinta|sesiune)',
    // "nu mai poate participa nimeni din partea asociației" (h513_026).
    'nu (mai |)(poate|va putea|o sa poata|are cum sa) (participa|veni|ajunge|intra|sa participe|sa vina) nimeni din partea',
    // "Aș veni cu mare drag, dacă nu ar fi fix în ziua în care plec la Berlin" (h513_030): the condition contrary to fact refuses.
    '(daca|de) (nu ar|n-ar) fi (fost |)(fix |tocmai |chiar |exact |)(in ziua|ziua|data|faptul ca|din cauza|deplasarea|concediul|suprapunerea)',
    '(daca|de) (nu |n-)(as|am) fi (fost |)(plecat|plecata|plecati|plecate|in concediu|bolnav|bolnava|in deplasare|internat|internata|prins|prinsa|ocupat|ocupata)',
    // "Da, doar că nu în ziua aceea - luni 20 suntem toată echipa la Arad" (h507_002); "nu pot onora întâlnirea" (h507_005);
    // "nu cred că pot face față încă unui Zoom săptămâna asta" (h507_078).
    '^(doar|numai) ca nu (in ziua aceea|in ziua respectiva|atunci|de data asta|de data aceasta|luni|miercuri|pe #)$', 'nu (pot|putem|voi putea|vom putea) onora (invitatia|intalnirea|prezenta|participarea)',
    'nu cred ca (pot|putem|o sa pot|voi putea) face fata (inca unui|unui alt|inca unei|unei alte) (zoom|webinar|eveniment|atelier|sedinte|intalniri)',
    // "Nu pot fi live, dar aș vrea s-o urmăresc ulterior" (h501_040); "echipa noastră nu va participa" (h501_060); "Nu avem persoane
    // disponibile pentru această dată" (h501_067).
    'nu (pot|putem|voi putea|vom putea) (fi|participa|intra|urmari) (live|in direct|sincron)', '(echipa|institutia|firma|asociatia|organizatia|directia) noastra nu (va participa|poate participa|va putea participa|va fi prezenta)',
    'nu (avem|are) (persoane|pe nimeni|oameni|colegi) (disponibile|disponibili|disponibil|liberi)',
    // "Asociația Új Ház nu poate participa de această dată" (h496_016): the organisation speaking of itself.
    '^(asociatia|fundatia|firma|compania|institutia|organizatia|camera|universitatea|facultatea|centrul|clubul|teatrul|muzeul|biblioteca|directia|serviciul|societatea|federatia|uniunea) ... nu (poate|va putea|o sa poata) (participa|fi prezenta|fi reprezentata|trimite pe nimeni)',
    // "De data asta ne abținem" (h495_048); "luni 20 nu este posibil pentru mine" (h495_052); "Nu e cazul să mă așteptați" (h495_067);
    // "La 11 am filmare, deci nu" (h495_029).
    '(ne abtinem|ma abtin) (de data asta|de data aceasta)', '(de data asta|de data aceasta) (ne abtinem|ma abtin)', 'nu (este|e) posibil pentru (mine|noi)$',
    'nu e cazul sa (ma|ne) (asteptati|asteptam)$', '^(deci|asa ca|prin urmare) nu$',
    // A yes taken back at once: "Confirm. De fapt nu - tocmai mi-a intrat o ședință" (h615_034).
    '^de fapt nu$',
    // "vă mulțumesc, dar la vârsta mea nu mai ies iarna" (h348_063; once read only by the model).
    'nu mai ies (iarna|din casa|seara|pe frig|nicaieri)',
    // "nimeni din echipă nu poate fi miercuri la 11" (h631_032).
    'nimeni (din echipa|din echipa noastra|de la noi|dintre noi|din departament|din birou) nu (poate|va putea|o sa poata) (fi|veni|participa|ajunge|intra)',
    // "De data aceasta vom lăsa locul altor colegi din sector" (h390_017).
    '(vom|voi|o sa) (lasa|ceda|oferi) (locul|locurile) (altor|altora|celorlalti|altcuiva)',
    // Another time, not this one: "Mulțumesc, dar vom trece altă dată" (h627_077).
    '^(vom|voi|o sa) (trece|veni|participa|fi) (pe la voi |)(alta data|data viitoare|cu alta ocazie)$',
    // A yes said only to be taken back: "Cu siguranță voi fi acolo! … aș vrea să spun asta, dar 20 ianuarie plec la Berlin" (h621_079).
    // Only the whole clause, before its "but": not "Aș vrea să spun asta și în ședință: …".
    '(as vrea|mi-ar placea|as fi vrut|mi-ar fi placut|tare as vrea) sa (spun|pot spune|zic|pot zice) (asta|asa|acest lucru)$',
    // This one set against another: "voi participa la atelierul celălalt …, nu la acesta" (h621_067).
    '^nu (si |)la (acesta|aceasta|asta|acela de acum|cel de acum)$',
    // "PS: Am uitat că miercuri dimineață sunt la medic. Anulați, vă rog." (h615_071).
    '^(va rog sa |)(anulati|anulati-mi|anulati-ne)( (participarea|confirmarea|inscrierea)( mea| noastra|)|)$',
    // "Nu am timp miercuri" (h486_059).
    'nu (am|avem|o sa am|voi avea) timp (luni|marti|miercuri|joi|vineri|atunci|in ziua aceea|in ziua respectiva|pe #|de data asta|de data aceasta)',
    // "Revin, nu mai pot deloc miercuri" (h476_043); "Pentru noi ziua de luni nu este deloc potrivită" (h477_048).
    'nu (mai |)(pot|putem) deloc', '(ziua de |)(luni|marti|miercuri|joi|vineri) nu (este|e) (deloc |chiar |prea |)(potrivita|buna|convenabila|ok)',
    // "Pentru luni însă nu mai prind, sunt în concediu" (h471_065): "catch" for making it, at the clause's end.
    'nu (mai |)(il |o |)prind$',
    // "nu am reușit să-mi fac timp de data aceasta" (h467_053): said before the event, "this time" makes it this one's answer.
    '(nu am|n-am) (reusit|putut) sa(-mi| imi| ne|-ne|) (fac|facem|gasesc|gasim) timp (de data (aceasta|asta)|pentru (aceasta|asta|atelier|intalnire|sesiune|eveniment))',
    // "Luni 20 nu, dar vă rog să mă anunțați de următoarea sesiune" (h459_004).
    '^(luni|marti|miercuri|joi|vineri|sambata|duminica) (# |)nu$',
    // "așa că din partea Direcției Dezvoltare nu va participa nimeni de data asta" (h453_009): longer than the office's coming it negates.
    // Not "nimeni altcineva" (nobody else, beside one already said).
    'din partea ... nu (va|vor|o sa) (putea |)(participa|veni|ajunge|fi prezent) nimeni$', 'din partea ... nu (va|vor|o sa) (putea |)(participa|veni|ajunge|fi prezent) nimeni de data (asta|aceasta)',
    // "Eu nu, colegii da" (h450_060): the sender's own "not me".
    '^eu nu$',
    // "Respingem politicos de data asta – suntem în inventar" (h450_044).
    '(respingem|refuzam|declinam|refuz|declin) (politicos|cu regret|cu parere de rau)',
    // "Vă rog să anulați confirmarea mea de săptămâna trecută, a apărut o deplasare" (h447_073).
    '(va rog sa |va rugam sa |)(anulati|stergeti|retrageti) confirmarea (mea|noastra)',
    // "Mi-ar plăcea mult, dar mă tem că nu" (h435_020).
    '^ma tem ca nu$',
    // "am aflat azi că miercuri am audit și nu mai pot intra" (h429_083).
    'nu mai (pot|putem) (sa |)(intra|intru|intram)$',
    // Nobody sent in the place of the one confirmed: "Nu vom putea trimite alt reprezentant" (h429_053).
    'nu (vom|voi|putem|pot|o sa putem) (putea |)trimite (alt|un alt|niciun|nici un|alti|alte|pe altcineva|pe nimeni) (reprezentant|reprezentanta|delegat|delegata|coleg|colega|inlocuitor|inlocuitoare|persoana|)',
    // "Pentru 17 ianuarie nu reușim, avem în aceeași zi Adunarea Generală" (h414_005); "Din păcate la discuție nu pot fi" (h414_056).
    'nu (reusim|reusesc)$', 'la (discutie|intalnire|atelier|sedinta|eveniment|sesiune) nu (pot|putem|voi putea|vom putea) (fi|ajunge|veni|participa)',
    // Relayed for the head: "Domnul președinte … m-a rugat să vă comunic că nu va putea participa" (h399_012).
    '(m-a rugat|ne-a rugat|m-a insarcinat) sa va (comunic|comunicam|transmit|transmitem|anunt|anuntam|spun) ca nu (va putea|poate|va|o sa poata) (participa|veni|ajunge|fi prezent|fi prezenta)',
    // The wish undone by a counterfactual: "Sigur că aș veni cu mare drag... dacă n-aș fi pe un vas în Delta Dunării" (h399_036).
    '^daca (n-as|nu as|n-am|nu am) fi (pe|in|la|plecat|plecata|bolnav|bolnava|ocupat|ocupata|prins|prinsa|deja)',
    // Sarcasm that leaves the floor to others: "Bravo coordonare. Vă las pe alții să comenteze planul de data asta" (h399_009).
    '(va las|las|o sa las|ii las) pe (altii|ceilalti|altcineva|colegi) sa (comenteze|vorbeasca|participe|mearga|vina) ... (de data asta|de data aceasta|acum)',
    // "Deci nimeni de la noi de data asta" (h393_046).
    '^(deci |asa ca |asadar |)nimeni (de la noi|din partea noastra|din echipa noastra|din echipa|de la asociatie|de la firma|din birou)',
    // "la noi în birou nu poate nimeni să vină miercuri" (h387_060): nobody of the sender's office.
    'nu (poate|va putea|o sa poata) nimeni sa (vina|participe|ajunga|se conecteze)',
    // "Da. Ah, acum am văzut că e online. Atunci nu, nu am laptop cu cameră" (h381_044): the answer taken back, on its own.
    '^(atunci|deci|in cazul asta|in cazul acesta) nu$',
    // "Super invitație, păcat că e exact când sunt la Cluj 😞" (h352_036): the date falls on the sender's absence.
    '(pacat|ce pacat|pacat insa) ca (e|este|va fi|cade|pica) (exact |tocmai |fix |chiar |)(cand|in ziua in care|atunci cand|in perioada in care) (sunt|voi fi|o sa fiu|suntem|vom fi|plec|plecam)',
    // "anul acesta nu ne mai implicăm în proiect" (h352_040): the organisation has left the project.
    '(nu ne mai implicam|nu mai suntem implicati|nu mai facem parte|nu mai participam) (in|din|la) (proiect|acest proiect|proiectul|program|acest program|programul)',
    // Reflexive "to show up": "nu mă pot prezenta, sunt la serviciu" (h316_005); not "nu pot prezenta" (a talk).
    'nu (ma|ne) (pot|putem|voi putea|vom putea) prezenta',
    // "Eu sunt în Germania până în martie, deci fără mine de data asta :)" (h304_040).
    'fara mine (de data asta|de data aceasta|de aceasta data|data asta|acum|la aceasta sesiune|la asta)',
    // "… am deja o altă obligație profesională asumată, așa că vă rog să mă scuzați de data aceasta" (h249_002).
    '(va rog|va rugam) sa (ma|ne) (scuzati|iertati) (de data aceasta|de aceasta data|de data asta|pentru aceasta data)',
    // An organisation's standing refusal: "Compania noastră nu participă momentan la consultări publice de acest tip" (h249_063).
    '(compania|firma|asociatia|institutia|organizatia|fundatia|societatea) (noastra |)nu (participa|va participa|poate participa|va putea participa)',
    // "Nu mai sunt interesat, vă rog să mă scoateți de pe listă" (h242_057).
    'nu (mai |)(sunt|suntem) interesat(|a|i|e)$', '^(va rog |va rugam |)(sa |)(ma|ne) (scoateti|stergeti|eliminati) de pe lista$',
    // "Forumul nu va putea fi reprezentat" (the English h238_060).
    'nu (va|vom|vor|putem|poate|va putea|vom putea|vor putea) (mai |)fi (reprezentat|reprezentata|reprezentati|reprezentate)',
    // "Mulțumim, dar nu ne mai implicăm în proiecte de acest tip anul acesta" (h234_093).
    'nu (ne|ma) mai (implicam|implic|angajam|angajez) in (proiecte|proiectele|astfel de|asemenea|activitati|consultari|initiative|evenimente)',
    // A refusal on principle: "asociația noastră a decis să nu mai participe la consultări de acest tip" (h232_005).
    '(am|a|au|s-a|s-au|ne-am) (decis|hotarat|luat decizia) (sa|ca) (nu|de a nu) (mai |)(participe|participam|particip|participa|venim|vina|venim|mergem|ne implicam)',
    // "Din păcate, în această perioadă nu putem aloca resurse pentru participare" (h214_013).
    'nu (putem|pot|vom putea|voi putea) aloca (resurse|timp|oameni|personal|pe nimeni) (pentru|catre) (participare|participarea|acest eveniment|eveniment|atelier|intalnire)',
    // Reported by the assistant: "Am vorbit cu doamna Vlăduț și mi-a spus că nu poate participa" (h201_057).
    '(mi-a|ne-a) (spus|zis|comunicat|transmis) ca nu (poate|va putea|o sa poata|va) (participa|veni|ajunge|fi prezent(|a))',
    // "Sunt pe platou toată săptămâna aceea, deci cel mai probabil nu" (h198_042).
    '(cel mai probabil|foarte probabil|mai mult ca sigur) nu$',
    // Nobody of a department free: "niciunul dintre cei 3 colegi din departamentul de proiecte nu este disponibil" (h193_033).
    '(niciunul|niciuna|nici unul|nici una) (dintre|din) ... ... nu (este|e|va fi|poate fi|o sa fie) (disponibil|disponibila|liber|libera|prezent|prezenta)',
    // "n-o să pot, am examen în ziua aia" (h190_031).
    "n-o sa (pot|putem|ajung|ajungem|vin|venim|reusesc|reusim)",
    // An institution's no by its delegation: "Inspectoratul … nu va desemna reprezentant la această activitate" (h180_078).
    'nu (va|vom|vor|o sa) (desemna|delega|trimite) (niciun |un |alt |)(reprezentant|delegat)',
    // The head's absence announced with its reason between: "Vă informăm că doamna director adjunct Anca Moldovan se află în deplasare în perioada 11-20 ianuarie și nu va putea participa" (h101_087).
    '(va comunicam|va informam|va anuntam|va aducem la cunostinta|va transmitem|va transmit) (ca|faptul ca) (domnul|doamna|dl|dna|d-na|d-l) ... ... ... ... nu (va putea|poate|o sa poata) (participa|fi prezent(|a)|lua parte)',
    // "Mulțumesc pentru invitație, dar nu ne mai ocupăm de acest domeniu" (h281_063): out of the field.
    'nu (ne|ma) mai (ocupam|ocup|ocupa) de (acest|acel|acesta|asta|aceasta|domeniul|domeniu|astfel de|acest gen de)',
    // "deci de data asta nu mă puteți număra" (h159_065).
    'nu (ma|ne) (puteti|poti|veti putea) (numara|socoti|trece|pune) (pe lista |)(de data asta|de data aceasta|acum|la aceasta|la asta|)',
    // The sender's staff as a whole: "personalul nostru nu poate participa la întâlnire" (h148_032).
    '(personalul|colectivul|echipa|conducerea) (nostru|noastra|institutiei|spitalului|unitatii) nu (poate|va putea|o sa poata|mai poate) (participa|fi prezent(|a)|lua parte)',
    // "Nu cred ca reusesc de data asta, scuze" (h136_036).
    'nu cred (ca|sa) (reusesc|reusim|pot|putem|ajung|ajungem) (sa vin |sa venim |sa ajung |sa ajungem |)de data (asta|aceasta)',
    // "Am decis să nu participăm la atelierele din acest an" (h119_058, in Romanian).
    '(am|ne-am|s-a) (hotarat|decis|gandit) (ca |)sa nu (participam|particip|venim|vin|ne conectam|ma conectez|luam parte|iau parte)',
    // Stepping back from such work: "nu mă mai implic în astfel de activități, sunt la pensie".
    'nu (ma|ne) mai (implic|implicam) in (astfel de|asemenea|aceste|acest gen de) (activitati|actiuni|proiecte|evenimente|initiative)',
    // Nobody to send: "suntem în plină pregătire a festivalului și nu avem pe cine trimite luni".
    '(nu|n-) (avem|am|are) pe cine (sa |)(trimite|trimitem|trimit|delega|delegam|deleg)',
    // An institution's impersonal refusal: "din partea Inspectoratului Școlar Județean Timiș nu se poate participa la data menționată".
    'din partea ... nu se (poate|va putea|o sa poata) (participa|asigura participarea|asigura prezenta)',
    // Passing on it this time: "de data asta trec" (not "trec pe link", the online yes).
    '^(de data asta|de data aceasta|de aceasta data|de asta data) trec$',
    // The head's office for the head invited: "Doamna director nu va putea participa …", "Domnul prefect nu poate participa, agenda …".
    '^(domnul|doamna|dl|dna|d-l|d-na) (director|directoare|directoarea|primar|primarul|prefect|subprefect|rector|prorector|decan|presedinte|presedinta|manager|inspector general|inspector scolar general|sef|sefa|comisar|comisar sef|secretar general) (nu|nu mai) (va putea|poate|o sa poata) (participa|fi prezent(|a)|lua parte)',
    // The head named too: "Domnul director Vasile Hodoș nu poate participa din cauza unei deplasări" (h222_079).
    '^(domnul|doamna|dl|dna|d-l|d-na) (director|directoare|directoarea|primar|primarul|prefect|subprefect|rector|prorector|decan|presedinte|presedinta|manager|sef|sefa|secretar general) ... (nu|nu mai) (va putea|poate|o sa poata) (participa|fi prezent(|a)|lua parte)',
    // "Vă aducem la cunoștință că domnul prefect nu va putea da curs invitației dumneavoastră".
    '(va comunic|va comunicam|va informez|va informam|va aducem la cunostinta|va facem cunoscut|va anunt|va anuntam) (ca|faptul ca) (domnul|doamna|dl|dna|d-l|d-na) (director|directoare|directoarea|primar|prefect|subprefect|rector|prorector|decan|presedinte|presedinta|manager|inspector general|inspector scolar general|sef|sefa|comisar|comisar sef|secretar general) (nu|nu mai) (va putea|poate|o sa poata) (participa|fi prezent(|a)|lua parte|da curs invitatiei|onora invitatia)',
    // A registry's letter: "vă comunicăm că Direcția Poliția Locală Timișoara nu va participa la întâlnire".
    '(va comunicam|va informam|va aducem la cunostinta|va facem cunoscut) (ca|faptul ca) (directia|institutia|primaria|inspectoratul|politia|consiliul|universitatea|facultatea|muzeul|agentia|prefectura|serviciul|biroul|compartimentul|asociatia|fundatia|scoala|liceul|colegiul|camera|oficiul|centrul|societatea|firma|compania) ... ... nu (va|vor|vom) (participa|fi prezent*|lua parte)',
    // A formal letter: "Vă comunicăm că Oficiul Registrului Comerțului … nu poate participa la întâlnire".
    '(va comunicam|va informam|va aducem la cunostinta|va facem cunoscut) (ca|faptul ca) ... ... ... nu (poate|pot|putem|va putea|vor putea|vom putea) (participa|fi prezent*|lua parte)',
    // "agenda conducerii nu permite participarea"; "considerăm că nu este potrivit ca PwC să participe".
    'nu (ne |imi |ii |le |mi |)(mai |)permite participarea', '(nu este|nu e|nu ar fi|n-ar fi) (potrivit|oportun|indicat) (sa|ca) ... (particip|participam|participe|participa)',
    // "niciun coleg de-al nostru nu este disponibil miercuri dimineața": nobody from the organisation.
    '(niciun|nici un) (coleg|reprezentant|membru|angajat) ... nu (este|e|va fi) disponibil',
    // Taking back an earlier yes: "din păcate trebuie să anulez, … Vă rog să-mi dați locul altcuiva".
    '(trebuie sa|sunt nevoit sa|sunt nevoita sa|va trebui sa) anulez$',
    '(dati|oferiti|acordati) locul (meu |)(altcuiva|altei persoane|unei alte persoane)',
    // After the deadline: "Nu mai e cazul, am aflat prea târziu"; online only, and not then: "La ora 11 nu pot fi online (am vernisaj)".
    '^nu mai (e|este) cazul$', 'nu (pot|putem|voi putea|vom putea) (fi|sta|intra) (online|conectat(|a|i|e)|pe zoom|pe teams|pe link)',
    // "am ore până la 18:00 și nu am cum să mă învoiesc": no leave from work, no coming.
    'nu (am|avem) cum sa (ma|ne) (invoiesc|invoim|eliberez|eliberam)', 'nu (ma|ne) (pot|putem) (invoi|elibera)', 'nu (pot|putem) sa (ma|ne) (invoiesc|invoim|eliberez|eliberam)',
    // "deci nu o să pot fi pe zoom": the same with the spoken future.
    'nu (o sa|as) (pot|putem|putea) (fi|sta|intra) (online|conectat(|a|i|e)|pe zoom|pe teams|pe link)',
    // "Nici eu și nici colegii mei nu vom putea participa": the sender among those not coming.
    'nici eu (si |)nici (colegii|colegele|colegul|colega|sotul|sotia|echipa|ceilalti|altcineva) ... (participa|veni|ajunge|fi prezent*|fi prezenti|fi acolo)',
    // The same cut by a comma, "Nici eu, nici colegii din departament nu putem participa": the "we" holds the sender.
    '^nici (colegii|colegele|echipa|ceilalti|restul echipei) ... nu (putem|vom putea|o sa putem) (sa |)(participa|participam|veni|venim|ajunge|ajungem|fi prezenti|fi prezente)',
    // Nobody of the sender's side, the subject after the verb: "din partea departamentului nostru nu va putea participa nimeni".
    // Also announced: "Vă anunț că din partea Centrului Cultural German nu va participa nimeni la întâlnire" (h141_009).
    '^(va (anunt|anuntam|informez|informam|comunic|comunicam) ca |)din partea ... (nu|nu mai) (va|vor|poate|pot) (putea |)(participa|veni|ajunge|fi prezent|intra|se conecta) nimeni$',
    '^(va (anunt|anuntam|informez|informam|comunic|comunicam) ca |)din partea ... (nu|nu mai) (va|vor|poate|pot) (putea |)(participa|veni|ajunge|fi prezent|intra|se conecta) nimeni (la|pe|in|din|de la)',
    // No one sent, the subject a representative: "din partea Poliției Locale Timișoara nu va participa niciun reprezentant" (h389_031).
    '(nu|nu mai) (va|vor|poate|pot) (putea |)(participa|veni|ajunge|fi prezent|se conecta) (niciun|nici un|vreun) (reprezentant|delegat|membru|angajat|coleg)',
    // "Vă rog să nu mă mai așteptați luni" (h390_059): the sender's own cancel.
    '(sa |)nu (ma|ne) (mai |)(asteptati|asteptai|astepti)',
    // The head's office, the head named after "din partea": "Vă transmit din partea domnului director Victor Anghel că nu va putea participa".
    '(va |)(transmit|transmitem|comunic|comunicam|informez|informam|anunt|anuntam) din partea (doamnei|domnului) ... ... ca (nu|nu mai) (va putea|poate|o sa poata) (participa|fi prezent(|a)|lua parte|veni|ajunge|se conecta)',
    // The same with the reason between the "că" and the refusal: "Din partea domnului prof. univ. dr. Cristian Neagu vă comunicăm
    // că, din motive de agendă, nu va putea participa la sesiunea din 20 ianuarie" (h561_015).
    '^nu (va|mai va) putea (participa|fi prezent|fi prezenta|lua parte|onora invitatia|da curs invitatiei)',
    // The invitee named in the clause before, a formal pronoun after: "În numele doamnei Lucia Mocanu, vă anunț că aceasta nu va putea participa" (h140_063).
    '(va |)(anunt|anuntam|comunic|comunicam|informez|informam|transmit|transmitem) (ca|faptul ca) (aceasta|acesta|dansa|dansul|dumneaei|dumnealui) (nu|nu mai) (va putea|poate|o sa poata|va) (participa|fi prezent(|a)|lua parte|veni|ajunge|se conecta)',
    // Heads with other titles: "Domnul director general nu va putea participa", "Domnul administrator nu poate participa".
    '^(domnul|doamna|dl|dna|d-l|d-na) (director general|directorul general|director executiv|administrator|administratorul|ceo) (nu|nu mai) (va putea|poate|o sa poata) (participa|fi prezent(|a)|lua parte)',
    // Joining online on the day refused, with the reason after it: "Nu pot intra pe 17 ca sunt la Belgrad" (not "nu pot intra pe 17 decât după 12").
    'nu (mai |)(pot|putem) (sa |)(intra|intru|intram) pe #$', 'nu (mai |)(pot|putem) (sa |)(intra|intru|intram) pe # (ca|pentru ca|deoarece|fiindca|caci|intrucat)',
    // An organisation with nobody to send: "nu vom avea pe nimeni disponibil pe 16".
    'nu (vom avea|avem|o sa avem|am avea|vom putea avea) pe nimeni (disponibil|liber)',
    // An organisation that sends nobody: "nu va putea desemna un reprezentant pentru această sesiune".
    'nu (va|vom|vor|poate|putem|pot) (putea |)(desemna|delega|trimite|nominaliza) (un|niciun|nici un|vreun|pe nimeni|nicio|nici o) (reprezentant|delegat|participant|persoana)',
    'nu (va|vom|vor|poate|putem|pot) (putea |)(desemna|delega|trimite|nominaliza) pe nimeni',
    // The institution itself, written by its secretariat: "Conducerea liceului nu va putea participa".
    '^(conducerea|directiunea|institutia|unitatea|scoala|liceul|colegiul|gradinita|primaria|agentia|directia|biblioteca|muzeul|universitatea|facultatea|asociatia|fundatia|firma|compania|societatea) ... nu (va|vor) (putea |)(participa|fi prezent(|a|i|e)|fi reprezentat(|a|i|e))',
    // Young slang: "sorry, pass de data asta".
    '^(pass|pas) (de data asta|de data aceasta|acum|this time)',
    // "Pe acesta îl ratez": missing this one.
    '(pe acesta|pe asta|pe aceasta|de data asta|de data aceasta|) (il|o) (ratez|ratam|voi rata|vom rata|o sa ratez|o sa ratam)',
    '^nu$', '(din pacate|imi pare rau|ne pare rau|regret|cu regret|scuze) (nu|nu pot|nu putem)$', '^nu de data (asta|aceasta)', 'nu de data (asta|aceasta)$',
    // The apology after it, typed without a comma on a phone: "nu pot sorry, am examen la 10".
    '^nu (pot|putem) (sorry|sry|scuze|din pacate|imi pare rau)$',
    // "Nu voi putea participa nici fizic, nici online": "fizic" names no part here, "nici" refuses both ways.
    'nu (pot|putem|voi putea|vom putea|o sa pot|o sa putem) (participa|ajunge|veni|fi prezent(|a|i)|fi de fata) nici (fizic|in persoana|la sediu|personal)',
    'nu (particip|participam|vin|venim|ajung|ajungem) nici (fizic|in persoana|la sediu|personal)', 'nici fizic (si |)nici (online|pe teams|pe zoom|la distanta)',
    // "Luni am ore cu elevii și nu mă pot învoi": no leave from work that day.
    'nu (ma|ne) (pot|putem|voi putea|vom putea) invoi',
    // "Luni suntem toți la Novi Sad, deci nu are cine să vină de la noi".
    'nu (are|avem) cine sa (vina|participe|ajunga|mearga|ne reprezinte)',
    'de data (asta|aceasta) nu$', '(confirm|confirmam|va confirm|va anunt) (absenta|neparticiparea)', 'absenta mea', 'neparticiparea', '^nu (multumesc|mersi)$', 'nu confirm',
    'nu (mai |)pot$', 'nu (mai |)putem$', '(nu voi|nu vom) (mai |)putea$', '(nu|n-) o sa (mai |)pot$', 'nu (mai |)reusesc$', 'nu se (mai |)poate$',
    'nu (mai |)pot (sa|) (particip|vin|ajung)',
    'nu (mai |)(reusesc|reusim|pot|putem|ajung|ajungem|vin|venim|particip|participam) (nici |)de data (asta|aceasta)',
    // "Nu pot marți", "nu putem pe 18": the invitation's day named after the refusal.
    'nu (mai |)(pot|putem) (luni|marti|miercuri|joi|vineri|sambata|duminica|maine|poimaine|atunci|in ziua (aceea|respectiva)|in acea zi|pe #|din #)',
    // An hour refused: a part of the meeting, unless the quoted invitation starts then (see `isPartial`): "Nu pot la ora 11" (h476_026).
    'nu (mai |)(pot|putem) la (ora |)#',
    // After all: "Revin: nu pot până la urmă, deadline-ul s-a mutat fix miercuri" (h482_088).
    'nu (mai |)(pot|putem|reusesc|reusim|ajung|ajungem|vin|venim) (pana la urma|in cele din urma)',
    // The day after "în" at the clause's end: "Nu pot în 17, am inventar la firmă".
    'nu (mai |)(pot|putem|reusesc|reusim) in #$',
    // Too late anyway: "Abia acum am văzut mesajul. Oricum nu aș fi putut, lucrez în tură".
    'oricum nu (as|am|am fi|as fi) (fi |)putut$', 'nu (as|am) fi putut oricum$', 'oricum nu (as|am) fi putut (sa |)(veni|participa|ajunge|vin|particip|ajung)',
    // A leave taken back, as a clause of its own: "mi s-a suprapus cu un pitch, nu mai pot intra" (not "colegilor care nu pot intra").
    '^(deci |asa ca |si |)nu (mai |)(pot|putem) intra$',
    // Spoken and unpunctuated: "noi nu putem in ziua aia avem tiraj mare" (h73_072).
    'nu (mai |)(pot|putem|reusesc|reusim) (in|la) (ziua|data) (aia|cu pricina)',
    // "nu reușesc luni dimineața, e zi de aprovizionare": the same with "reușesc".
    'nu (mai |)(reusesc|reusim) (luni|marti|miercuri|joi|vineri|sambata|duminica|maine|poimaine|atunci|in ziua (aceea|respectiva)|in acea zi|pe #|din #)',
    'nu (mai |)(reusesc|reusim|voi reusi|vom reusi|o sa reusesc|o sa reusim) sa (ma conectez|ne conectam|ajung|ajungem|vin|venim|particip|participam|fiu prezent(|a)|fim prezenti)',
    // Into the meeting: "Nu cred că voi reuși să intru, nu mă descurc cu Zoom"; the soft "nu cred că reușim să ne conectăm".
    'nu (mai |)(reusesc|reusim|voi reusi|vom reusi|o sa reusesc|o sa reusim) sa (intru|intram)',
    'nu cred ca (mai |)(reusesc|reusim|voi reusi|vom reusi|o sa reusesc|o sa reusim) sa (intru|intram|ma conectez|ne conectam|ajung|ajungem|vin|venim|particip|participam|fiu prezent(|a)|fim prezenti)',
    // The doubt alone, closing its clause or before the week it speaks of: "nu cred ca reusesc saptamana asta, prea multe pe cap" (h176_036).
    'nu cred ca (mai |)(reusesc|reusim|o sa reusesc|o sa reusim|pot|putem)$',
    'nu cred ca (mai |)(reusesc|reusim|o sa reusesc|o sa reusim|pot|putem) (saptamana (asta|aceasta|aia|aceea|respectiva)|atunci|in ziua (aceea|respectiva)|in acea zi|luni|marti|miercuri|joi|vineri|sambata|duminica|pe #|de data (asta|aceasta))',
 'nu (mai |)pot veni', 'nu (mai |)pot ajunge', 'nu mai (am cum|reusesc)',
    // "Mă îndoiesc că pot ajunge": doubting one's own coming declines ("nu mă îndoiesc" is kept in `neutral`).
    '(ma|ne) (cam |)indoiesc ca (pot|putem|voi putea|vom putea|o sa pot|o sa putem|as putea|am putea|voi|vom|o sa) (sa |)(ajung|ajungem|ajunge|vin|venim|veni|particip|participam|participa|fiu prezent(|a)|fim prezenti|fi prezent(|a))',
    // A changed answer: "nu voi mai putea participa marți" ("mai" splits the negated future).
    'nu (voi|vom) mai putea (sa |)(participa|particip|participam|veni|vin|venim|ajunge|ajung|ajungem|fi prezent*|lua parte)', 'nu (voi|vom) mai (participa|veni|ajunge|fi prezent*|lua parte)',
    // The organisation sends nobody: "Prin urmare nu vom avea reprezentant la atelier".
    'nu (vom|va|o sa) (avea|trimite|delega) (niciun |nici un |un |)(reprezentant|delegat)',
    // "firma noastră nu va putea trimite niciun reprezentant": the same with "putea".
    'nu (vom|va|vor|o sa) putea (avea|trimite|delega) (niciun|nici un) (reprezentant|delegat)', 'nu (putem|pot) (sa |)(trimite|trimitem|delega|delegam) (niciun|nici un) (reprezentant|delegat)',
    // "Vă rog să mă scoateți de pe lista participanților" (never after a "nu": "vă rog să nu mă scoateți").
    '(va rog sa|va rugam sa) (ma|ne) (scoateti|stergeti|eliminati|taiati|retrageti) (de pe|din) (lista|listele) (participantilor|de participanti|invitatilor|de prezenta)',
    '(scoateti|stergeti|eliminati|taiati)-(ma|ne) (de pe|din) (lista|listele) (participantilor|de participanti|invitatilor|de prezenta)',
    'refuz', 'refuzam', 'declin', 'declinam', 'declin invitatia',
    'sunt in imposibilitatea', 'suntem in imposibilitatea', 'in imposibilitate de a',
    'imi este imposibil', 'ne este imposibil', 'imposibil sa (particip|participam|ajung|ajungem|vin|venim)',
    'nu (imi|ne|mi-) (este|e) posibil', 'nu-mi (este|e) posibil', 'nu am posibilitatea', 'nu avem posibilitatea',
    // An office for its unit: "unitatea noastră nu are posibilitatea de a delega un reprezentant" (h104_018).
    '(unitatea|institutia|spitalul|clinica|directia|asociatia|organizatia|fundatia|scoala|primaria|centrul|serviciul|caminul|societatea) (noastra|nostru) nu (are|va avea) posibilitatea',
    'nu (are|avem|va avea|vom avea) posibilitatea (de a|sa) (delega|desemna|trimite) (un|o|niciun|nicio) (reprezentant|delegat|persoana|participant)',
    'nu am cum', 'n-am cum', 'nu avem cum', 'nu ma pot elibera', 'nu ne putem elibera',
    // Longer than the directions question "cum să ajung?" it contains: "sunt singură la cafenea, nu am cum să ajung".
    '(nu am|n-am|nu avem|nu mai am|nu mai avem) cum sa (ajung|ajungem|vin|venim)',
    // A formal regret: "vă rugăm să ne scuzați absența".
    '(va rog|va rugam|rog|rugam) sa (ma|ne) (scuzati|iertati) (absenta|lipsa)',
    // "până la numirea unui înlocuitor nu putem delega pe nimeni": the organisation sends nobody.
    'nu (putem|pot|vom putea|voi putea|o sa putem) (sa |)(delega|delegam|trimite|trimitem) pe nimeni',
    // The online form refused: "sunt în CO săptămâna aia, deci nu pot să intru" (a clause of its own; "nu pot intra în sală" goes on).
    'nu (mai |)(pot|putem) (sa |)(intru|intram|ma conectez|ne conectam)$',
    // "am o urgență la serviciu și nu mai pot intra miercuri" (h366_036).
    'nu (mai |)(pot|putem) (sa |)(intra|intru|intram|ma conecta|ma conectez|ne conecta|ne conectam) (luni|marti|miercuri|joi|vineri|maine|atunci|in ziua (aceea|respectiva))$',
    'programul nu (imi|ne|mi) permite', 'nu (imi|ne|mi) permite programul', 'nu-mi permite programul',
    // "Din păcate, agenda mea din 17 ianuarie este deja ocupată" (h308_096).
    'agenda (mea|noastra|directorului|conducerii) ... (este|e) (deja |)(ocupata|plina|incarcata)',
    // "agenda mea este complet ocupată în acea săptămână" (h229_035).
    'agenda (mea|noastra|directorului|conducerii) (este|e) (deja |)(complet|total|cu totul) (ocupata|plina|incarcata)',
    'agenda nu (imi|ne) permite', 'nu (am|avem) disponibilitate', 'nu sunt disponibil(|a)', 'nu suntem disponibil(i|e)',
    'nu voi fi disponibil(|a)', 'nu vom fi disponibil(i|e)', 'indisponibil(|a|i|e)',
    '(voi|vom) lipsi', 'absentez', 'lipsesc',
    // A kindergarten's "nu avem personal care să poată participa" (h268_012): no one free to come.
    'nu (avem|am) (personal|pe nimeni|oameni|colegi) (disponibil*|liber*|care sa (poata|poate) (participa|veni|ajunge))',
    '(ma vad|ne vedem|sunt|suntem) nevoit(|a|i|e) sa (declin|refuz|anulez|renunt|absentez|lipsesc)',
    'renunt', 'renuntam', 'anulez (participarea|confirmarea)', 'imi retrag confirmarea', 'retrag confirmarea',
    'nu (voi|vom) fi in (tara|oras|localitate|timisoara|bucuresti)',
    'nu (mai |)(ajung|ajungem|vin|venim|particip|participam)',
    '(trebuie sa|sunt nevoit(|a) sa) (anulez|imi retrag) (participarea|confirmarea)',
    // Taking back an earlier yes: "trebuie să mă retrag".
    '(trebuie sa|sunt nevoit(|a) sa|suntem nevoiti sa|) (ma retrag|ne retragem)', 'anulam (participarea|confirmarea)',
    'nu (sunt|suntem) interesat(|a|i|e)', 'nu (ma|ne) intereseaza',
    // Idioms: "zic pas (de data asta)", "trec de data asta".
    '(zic|zicem|spun|spunem) pas', 'trec de data (asta|aceasta)', '(trec|trecem|sar|sarim) peste (atelierul|evenimentul|intalnirea|sesiunea) (asta|aceasta|acesta|de miercuri)',
    // Nobody of the organisation comes: "nimeni din departament nu se poate deplasa".
    'nimeni ... nu (se |)(poate|va putea|o sa poata|va|vom putea|putem) (sa |)(deplasa|deplaseze|participa|participe|ajunge|ajunga|veni|vina|fi prezent*)',
    // A longer name between: "nimeni din partea Operei Naționale Române Timișoara nu va putea participa" (h365_060).
    'nimeni din partea ... ... nu (se |)(poate|va putea|o sa poata|va|vom putea|putem) (sa |)(deplasa|deplaseze|participa|participe|ajunge|ajunga|veni|vina|fi prezent*)',
    'nu (ma|ne) (pot|putem|voi putea|vom putea) deplasa',
    // "Nu mă pot conecta miercuri", "nu mă pot alătura": the reflexive verbs of attending.
    // "Nimeni din echipa noastră nu este disponibil": nobody of the organisation is free.
    'nimeni ... nu (este|e|va fi|o sa fie) (disponibil*|liber*|prezent*)', 'nu (este|e|va fi) nimeni (disponibil|liber)',
    // "Niciunul dintre colegii din Departamentul de Cercetare nu este disponibil miercuri".
    '(niciunul|niciuna|nici unul|nici una) (dintre|din) (colegii|colegele|membrii|angajatii|reprezentantii|noi) ... nu (este|e|va fi|o sa fie|poate fi|va putea fi) (disponibil*|liber*|prezent*)',
    '(niciunul|niciuna|nici unul|nici una) (dintre|din) (colegii|colegele|membrii|angajatii|reprezentantii|noi) ... nu (poate|va putea|o sa poata) (sa |)(participa|participe|veni|vina|ajunge|ajunga)',
    'nu (ma|ne) (mai |)(pot|putem|voi putea|vom putea) (conecta|alatura)', 'nu (va|o sa) (putea |)(participa|veni|ajunge) nimeni',
    // "Niciun reprezentant al instituției noastre nu va putea fi prezent", "nimeni din echipa
    // noastră nu se poate elibera", "reprezentanții CCIA Arad nu vor putea fi prezenți": the
    // organisation sends nobody.
    '(niciun|nici un|nicio|nici o) (reprezentant|reprezentanta|membru|coleg|colega|angajat|angajata|delegat|delegata|persoana) ... nu (va|vor|poate|pot|va putea|vor putea|o sa poata) (sa |)(fi prezent*|participa|participe|veni|vina|ajunge|ajunga|deplasa|deplaseze)',
    'nimeni ... nu (se |)(poate|va putea|o sa poata|vor putea|putem|vom putea) (sa |)(elibera|elibereze)',
    '(reprezentantii|reprezentantul|reprezentanta|reprezentantele) ... nu (vor|va|o sa) (putea |)(fi prezent*|participa|veni|ajunge|onora)',
    // "Directorul nu poate onora invitația": the head of the organisation answers for it.
    'nu (poate|va putea|vor putea|pot) onora (invitatia|invitatie)',
    // The institution absent: "instituția noastră nu va putea fi reprezentată la această sesiune".
    'nu (va|vor|vom|poate|pot|putem) (putea |)fi reprezentat(|a|i|e)',
    // Nobody of the sender's organisation: "nimeni din biroul nostru nu va fi disponibil".
    '(nimeni|niciunul dintre noi|nicio persoana) (din|de la) (biroul|echipa|institutia|departamentul|firma|compania|serviciul|asociatia|organizatia) (nostru|noastra|meu|mea) (nu |)(va fi|este|e|poate fi|va putea fi) (disponibil(|a)|liber(|a))',
    // The date itself refused: "pentru mine data nu e bună".
    '(data|ziua|perioada) (aceasta |asta |respectiva |propusa |)nu (imi |ne |)(e|este|va fi) (buna|potrivita|convenabila)',
    '(data|ziua|perioada) (aceasta |asta |respectiva |propusa |)nu (imi |ne |)(convine|se potriveste)',
    // "Nu-mi dă mâna luni, sunt la târg": it does not suit me (then). Not "nu-mi dă mâna să plătesc cazarea".
    // "Sunt bolnavă, nu pot intra nici pe Zoom": not even online.
    'nu (pot|putem) (sa intru |sa intram |)(intra |)(nici |)pe (zoom|link|linkul|teams|meet)',
    '(nu-mi|nu-ne|nu imi|nu ne) (prea |)da mana$', '(nu-mi|nu-ne|nu imi|nu ne) (prea |)da mana (luni|marti|miercuri|joi|vineri|atunci|sa (vin|venim|ajung|ajungem|particip|participam))',
    // "Sincer luni la 10 e imposibil pt mine": impossible for the sender.
    '(dimineata|dimineatza|seara|atunci|ora aceea|ziua aceea|data aceea|# (dimineata|seara|fix)) (e|este|va fi|imi e|imi este) imposibil (pentru|pt) (mine|noi)',
  ],
  maybe: [
    // "Noi confirmăm, după ce vorbim cu directorul": the confirmation waits on a talk still to be had.
    '^dupa ce (vorbesc|vorbim|discut|discutam|ma consult|ne consultam|verific|verificam|aflu|aflam|ma sfatuiesc|ne sfatuim) (cu|si|daca|programul|agenda)',
    // "Sunt plecat din țară până pe 14 ianuarie, vă răspund când mă întorc" (h573_013): the answer put off, not a refusal.
    '(va|iti|ti) (raspund|confirm) (cand|dupa ce|imediat ce|de indata ce) (ma intorc|revin|ajung inapoi|ma intoarcem)',
    // "Altfel o să văd dacă mă pot elibera" (h548_024): whether the sender can get free, still open.
    '(o sa vad|voi vedea|am sa vad|vad|vedem|o sa vedem|vom vedea) daca (ma pot|ne putem|pot sa ma|putem sa ne|reusesc sa ma|reusim sa ne|ma voi putea|ne vom putea) (elibera|elibera*|face timp|rupe)',
    // "Am primit, mulțumesc. Vom vedea." (h513_023).
    '^(vom vedea|o sa vedem|vom mai vedea|ramane de vazut)$',
    // "O să fiu pe drum la ora aia, dar poate intru de pe telefon, să ascult" (h510_063).
    '^poate (intru|intram|ma conectez|ne conectam) (si |)(de pe|de pe drum|din masina|pentru putin|macar)',
    // "Noi doi … ne gândim să venim, dar vă confirmăm sigur luni dimineață" (h492_052).
    '(ne gandim|ma gandesc|ne gandeam|ma gandeam) (serios |)sa (venim|vin|participam|particip|ne conectam|ma conectez)',
    // "Da, e ok ora 11 pentru mine. Mai trebuie doar să văd dacă primesc liber de la serviciu" (h489_042).
    'mai (trebuie|am) (doar |)sa (vad|verific|aflu|confirm) daca (primesc|pot|ma pot|reusesc|ma lasa|imi dau|am liber|sunt liber|ma elibereaza)', 'trebuie (doar |)sa (vad|verific|aflu) daca (primesc|pot|ma pot|reusesc|ma lasa|imi dau)',
    // "Dacă discuția s-ar muta la ora 12, aș putea participa" (h459_042): only a possibility.
    '^as putea (sa |)(participa|particip|veni|vin|ma conecta|ma conectez|intra|intru)$',
    // "Nu vom putea participa fizic luni, dar ne-am putea conecta online dacă există această variantă" (h441_004, a confident error).
    '(ne-am|m-as|am|as) putea conecta (si |)(online|pe zoom|de la distanta)',
    // "Participarea noastră este condiționată de aprobarea conducerii" (h437_065).
    '(participarea|prezenta) (noastra|mea) (este|e|va fi|ramane) conditionata de',
    // "Mă uit în calendar și revin. Foarte posibil să vin." (h433_035).
    '(foarte|destul de|cel mai|cat se poate de) posibil (sa|ca) ... (vin|venim|particip|participam|ajung|ajungem|ma conectez|ne conectam)',
    // "Încă nu am decis. Mă gândesc." (h429_057).
    '(inca |)(nu am|n-am) (inca |)(decis|hotarat)( inca|)$', '^inca nu (m-am hotarat|ma hotarasc)$', '^ma (mai |)gandesc$',
    // A confirmation promised, not given: "Dacă da, o să confirm pentru amândoi" (h423_051); one of the deferrals below.
    '(o sa|am sa) (va |iti |)(confirm|confirmam) (pentru|participarea|prezenta|)',
    // Coming if others come: "Dacă vin și cei de la Camera de Comerț vin și eu" (h415_083, a confident error).
    '^daca (vin|vine|vor veni|participa|vor participa|merg|merge|se conecteaza) ... ... (vin|venim|particip|participam|merg|mergem|ma conectez) si (eu|noi)',
    // "Pentru 20 ianuarie încă nu am aflat dacă primesc liber de la serviciu" (h375_047): leave from work not known yet.
    'nu (am aflat|stiu|stim|am primit raspuns) (inca |)daca (primesc|primim|iau|luam|pot lua|putem lua|imi dau|ne dau|imi aproba|ne aproba|mi se aproba|ni se aproba) (liber|concediu|o zi libera|zi libera|invoire)',
    // The sender's own doubt, not a companion's ("poate și Tudor", othersMaybe): "Poate și eu vin".
    '^poate si (eu|noi)',
    // The hour moved is this meeting still, a condition, not another occasion: "Vin dacă se mută ora la 12" (h346_033, h231_028).
    'daca (se |o |)(muta|mutati|decaleaza|decalati|schimba|schimbati|poate muta|puteti muta) (ora|ora de inceput|intervalul|inceputul)',
    // "vedem, daca scap de la servici vin" (h271_058): coming if work lets go, the verb at the end.
    '(daca|dc) (scap|scapam|ma eliberez|ne eliberam|termin|terminam) ... ... (vin|venim|ajung|ajungem|particip|participam|ma conectez|intru)$',
    // "Daca scap de la serviciu vin. Nu pot sa promit" (h221_056): nothing promised is a doubt.
    '^nu (pot|va pot|iti pot|ti pot|pot sa va|pot sa iti) (sa |)(promit|promite|garanta|garantez|asigura) (nimic|)$',
    // "eu cred că vin, o să vă confirm sigur luni" (h195_064): a belief, the answer to come.
    // At the clause's start: "Nu cred că ajung" is a refusal (set 107).
    '^(eu |)cred ca (vin|venim|ajung|ajungem|particip|participam|o sa vin|o sa venim|o sa ajung|ma conectez|ne conectam)',
    // The head's doubt passed on: "mi-a cerut să vă transmit că va încerca să participe, dar nu poate confirma sigur" (h175_033).
    '(transmit|comunic|spun|anunt|transmitem|comunicam|informez|informam) ca (dansul |dansa |)va incerca sa (participe|vina|ajunga|se conecteze)',
    // "participarea unui reprezentant … se află în curs de aprobare de către conducerea instituției".
    '(se afla|este|e) in curs de (aprobare|avizare) (de catre|la) (conducere*|director*|sef*|management*)',
    '^poate', 'poate ca', '(foarte |cel mai |)probabil',
    // A negated hedge is still a hedge: "nu e sigur că pot ajunge" is not a refusal.
    'nu (e|este) (deloc |inca |)sigur', 'nu garantez', 'nu (pot|va pot) garanta', 'nu promit', 'nu (pot|va pot) promite',
    'nu am (certitudinea|siguranta)', '(cred|sper|presupun) ca da', '^(cred|presupun|banuiesc) ca (voi|vom|o sa|pot|putem|vin|venim|particip|participam|ajung|ajungem)', 'sper ca (voi|vom|pot|putem|o sa|reusesc)', '(verific|ma uit in) (agenda|programul|calendarul)', 'nu (pot|va pot|putem|va putem) (sa |)(va |)confirm(|a|am)', 'nu (pot|va pot) spune (sigur|exact|acum|inca)', 'nu ma pot pronunta', '^posibil', '(e|este) posibil sa', 's-ar putea',
    'nu (stiu|stim) (inca|sigur|daca|exact|cati|cate|cine|cand)',
    // Whether coming makes sense, not a refusal: "Nu știu dacă e cazul să vin, … Ce părere aveți?".
    'nu (stiu|stim|sunt sigur|sunt sigura|suntem siguri) daca (e|este|ar fi|mai e|mai este) (cazul|util|relevant|potrivit|necesar|nevoie|rost) (sa|de)', 'inca nu (stiu|stim)', 'nu (stiu|stim)$', 'nu (sunt|suntem) (inca |)sigur(|a|i|e)', 'nu am stabilit',
    'inca nu (stiu|sunt sigur|sunt sigura|pot confirma|am stabilit)', 'nu pot (sa |)confirma (inca|acum|momentan|deocamdata)',
    // "Aș vrea să vin, dar vă pot confirma abia luni dimineață" (h299_032): the answer comes later.
    '(va |)(pot|putem) (confirma|sa confirm|sa confirmam|da un raspuns|raspunde) (abia|doar|numai|cel mai devreme)',
    '(momentan|deocamdata) nu (stiu|pot confirma|pot sa confirm)',
    '(voi|vom) incerca', 'o sa incerc', 'o sa incercam', 'incerc sa', 'incercam sa', 'sper sa', 'speram sa', 'sper ca voi putea',
    '^va anunt', 'va (voi|vom) anunta', 'o sa va anunt', 'va anuntam', 'va comunic (ulterior|mai tarziu|cat de curand)',
    // "… am văzut acum că luni am comisie de licență. Revin mâine cu o confirmare." (h603_067).
    '(revin|revenim) (maine|poimaine|luni|marti|miercuri|joi|vineri|saptamana viitoare|diseara|curand|in cateva zile) cu (o confirmare|confirmarea|confirmare)$',
    // "Pentru atelierul ECoC-SME vă voi răspunde separat după ce văd agenda" (h591_006).
    '(va|iti|ti) (raspund|raspundem|voi raspunde|vom raspunde|confirm|voi confirma|vom confirma) (separat|aparte|intr-un mesaj separat|intr-un email separat) (dupa ce|cand|dupa)',
    '(va|iti|ti) (raspund|raspundem|voi raspunde|vom raspunde) (saptamana viitoare|saptamana aceasta|saptamana asta|maine|poimaine|mai tarziu|ulterior|in cateva zile|luni|marti|miercuri|joi|vineri|pana (luni|marti|miercuri|joi|vineri|maine))',
    // A late join under a condition: "Pe 17 am cursuri până la 12, mă conectez după, dacă se mai discută" (h160_072).
    '^daca (se |)mai (discuta|dezbate|discutam|lucreaza|continua|tine|dureaza)$',
    // "Mulțumesc de invitație. Mă gândesc și revin." (h367_034).
    '^(ma|ne) (mai |)(gandesc|gandim) (si |)(revin|revenim|va revin|va revenim|iti revin|va raspund|va anunt)',
    'revin (cu|ulterior|mai tarziu|curand|cat de curand)', '^revin$', 'voi reveni', 'vom reveni', 'revenim',
    // "Pentru atelierul de miercuri vă răspund după ce îmi văd programul" (h375_008).
    '(va|iti) (raspund|confirm|spun) dupa ce (imi vad|ma uit|imi verific|verific|vad)',
    '(va |)(confirm|confirmam) (ulterior|mai tarziu|cat de curand|in curand|saptamana viitoare)',
    'va (voi|vom) confirma (ulterior|mai tarziu|cat de curand)', 'confirmare ulterioara',
    '(va |)(confirm|confirmam) (pana|cel tarziu) (luni|marti|miercuri|joi|vineri|maine|poimaine|saptamana|la|pe|in)',
    'va (voi|vom) confirma (pana|cel tarziu)',
    // Leave asked to answer later: "Pot să vă confirm până marți?" (a deferral too).
    '(pot|putem) (sa |)(va |)(confirm|confirmam|anunt|anuntam|comunic|comunicam|raspund|raspundem) (pana|cel tarziu|mai tarziu|ulterior|saptamana viitoare|maine)',
    'depinde', 'in functie de', 'daca (reusesc|reusim|am timp|avem timp|ma eliberez|ne eliberam|termin|nu intervine|se termina|imi permite)',
    // "eu zic că vin, dar depinde dacă se mută ședința de consiliu. Îți confirm vineri" (h360_058): what it depends on
    // is the sender's own meeting moving, not another occasion of ours.
    '(depinde|totul depinde) (de |)daca (se |o |il |)(muta|amana|reprogrameaza|decaleaza|anuleaza|termina)',
    // Not "mâine": "Vin eu și Marius … și poate încă o colegă, vă confirm mâine" (h140_046) confirms the colleague.
    '^(iti|va|ti) (confirm|confirmam) (sigur |)(luni|marti|miercuri|joi|vineri)$',
    // Getting away from work in time: "Nu cred că ajung, dar dacă scap mai devreme de la job trec pe acolo" (h109_065).
    '(daca|in caz ca) (scap|scapam|plec|plecam|ies|iesim) (mai devreme|mai repede|la timp|din timp)',
    // "Vin, dacă pot", "dacă pot ajunge": a condition on coming; "aș vrea să aflu dacă pot aplica" asks.
    // "Vin dacă se poate participa și online": a condition on how one attends, not the polite "dacă se poate".
    'daca se (poate|va putea) (participa|asista|conecta|urmari|intra|veni) (si |doar |numai |)(online|de la distanta|pe zoom|pe teams|remote|virtual|hibrid)',
    'daca se (poate|va putea) (si |doar |numai |)(online|de la distanta|pe zoom|pe teams|remote|virtual|hibrid)',
    'daca (pot|putem)$', 'daca (pot|putem) (sa |)(veni|vin|venim|ajunge|ajung|ajungem|participa|particip|participam|fi|fiu|fim|conecta|ma conectez|ne conectam|ma elibera|ma eliberez|ne elibera|ne eliberam|sta|stau|ramane|raman)',
    'tentativ', 'cu titlu provizoriu', 'in principiu',
    // Waiting for someone else's say: "încă nu am aprobarea de la șefi".
    'nu am (inca |)(aprobarea|acordul|avizul)', '(astept|asteptam) (inca |totusi |deocamdata |)(aprobarea|acordul|avizul|raspunsul|decizia)', '(sub rezerva|in functie de) (aprobarii|acordului|avizului|deciziei)',
    // "Aș dori să particip, dar trebuie să primesc aprobarea conducerii pentru deplasare".
    '(trebuie sa|trebuie mai intai sa|mai intai trebuie sa|am nevoie sa|avem nevoie sa) (primesc|primim|obtin|obtinem|cer|cerem|am|avem|iau|luam) (si |mai intai |intai |)(aprobarea|acordul|avizul|permisiunea|ok-ul)', '(am|avem) nevoie (mai intai |intai |si |)de (aprobarea|acordul|avizul|permisiunea|ok-ul)',
    // "Îți scriu imediat ce o primesc": the answer is still to come.
    '(iti|va|ti|v) (scriu|scriem|confirm|confirmam|spun|spunem) (imediat |indata |)(ce|dupa ce|cand|de indata ce) (o |il |le |)(primesc|primim|aflu|aflam|stiu|stim)',
    '(ma voi|ne vom|o sa ma|o sa ne) stradui', 'ma straduiesc', '(voi|vom|o sa) face tot posibilul', 'fac tot posibilul', 'fac tot ce pot',
    '^cu conditia', 'cu conditia (sa|ca)',
    // "Dacă găsesc pe cineva să mă suplinească, vin pe la 11.30": coming hangs on a replacement.
    '^(daca|in cazul in care) (gasesc|gasim|reusesc sa gasesc|reusim sa gasim) (pe cineva|un inlocuitor|o inlocuitoare|un coleg|o colega|o solutie|timp)',
    // First-person conditions only: disclaimers ("Dacă nu sunteți destinatarul…") and the
    // quoted invitation ("Dacă doriți să luați cuvântul…") are conditions too.
    '^(daca|in cazul in care) (voi|vom|o sa|reusesc|reusim|pot|putem|am|avem|nu (intervine|apare|se schimba)|termin|terminam|ma|ne|imi|ni|totul|timpul|programul|sanatatea|vremea)',
  ],
  modalHedges: ['^poate', 'poate', 'poate ca', '(foarte |cel mai |)probabil', '^posibil', '(e|este) posibil sa', 's-ar putea', 'sper sa', 'speram sa',
    // "Particip, dar cred că o să stau doar să ascult": a belief about the role, like "probabil".
    'cred ca o sa'],
  // "Vin cu colegii de la asociatie, cred ca vom fi vreo 4" (h406_060): a count only guessed.
  partyCues: [
    // "Vom veni doi, poate trei (al treilea coleg confirma maine)" (h570_030).
    '^(poate|eventual|probabil) (doi|doua|trei|patru|cinci)',
    // "Vin, dar aș vrea să știu dacă pot veni și cu un coleg care nu e pe lista de invitați" (h564_072): whether one more may come.
    'daca (pot|putem) (veni|sa vin|sa venim) (si |)cu (un|o) (coleg|colega|prieten|prietena|insotitor)',
    // "Confirm participarea mea, probabil însoțită de un coleg (încă nu știu sigur dacă poate)" (h560_065).
    '(probabil|poate|eventual) (insotit|insotita|insotiti|insotite) de',
    // "vin și eu, poate aduc și un prieten care are un start-up" (h554_032): whether a friend comes too.
    '(poate|probabil|eventual) (aduc|iau|vin cu|venim cu|aducem) (si |)(un|o|pe) (prieten|prietena|coleg|colega|partener|partenera|cunoscut|cunoscuta)',
    // "Particip și eu cu colegii de la Direcția Comunicare, cred că vom fi 2-3" (h552_033): doubt about how many.
    '(cred ca|probabil ca) (vom fi|o sa fim|suntem|venim) #',
    // "Probabil mai aduce Cezar pe cineva" (h504_051); "cel mai probabil eu și doamna Vera Popescu" (h504_053); "Probabil ni se
    // alătură și directorul artistic" (h505_049).
    'mai aduce ... pe cineva', '^(cel mai probabil|probabil|poate) eu si', '(ni se alatura|ni se va alatura|se alatura) si (directorul|directoarea|colegul|colega|seful|sefa|presedintele|presedinta)',
    // "Da, particip. Poate reușesc să vin și cu colega mea" (h492_049).
    'sa (vin|venim) si cu (colega|colegul|colegii|colegele|sotul|sotia|fiul|fiica)',
    // "Vin, și poate și colega Ana": a clause adding someone only possibly, after the sender's own yes.
    '^(si|plus) (poate|probabil|posibil|eventual) (si |)',
    // "Vin eu. Pe Tibi l-am rugat să vină, dar nu e sigur." (h468_067): whom the sender asked along.
    '(l-am|i-am|le-am) rugat (si |)pe ... sa (vina|participe|se conecteze|se alature|ma insoteasca)', '(l-am|i-am|le-am) rugat (si |)sa (vina|participe|se conecteze|se alature|ma insoteasca)',
    'am rugat-o (si |)pe ... sa (vina|participe|se conecteze|se alature|ma insoteasca)', 'am rugat-o (si |)sa (vina|participe|se conecteze|se alature|ma insoteasca)',
   '# sau #', '(probabil|poate|posibil|cel mai probabil) # (oameni|persoane|colegi|colege|participanti|reprezentanti)', '(numarul|nr) exact', '(vom fi|suntem|o sa fim|venim) (vreo|cam|aproximativ|in jur de) #', '(numele|numarul) (exact |final |)(participantilor|persoanelor|colegilor|celor)', 'numele', 'cati (vom|o sa|suntem|venim|participam|vor)', 'cine (anume |exact |)(va|vor|o sa|mai) (veni|vine|participa)', '(nu stiu|nu stim|inca nu stiu|inca nu stim) (inca |)(exact |sigur |)(cati|cate)', '#-# (persoane|oameni|colegi|colege|participanti|reprezentanti|membri|studenti|elevi)', 'depinde (de |)cine',
    // "Va participa o persoană din partea noastră, încă nu știu exact cine — fie eu, fie colegul Marius".
    '(nu stiu|nu stim|inca nu stiu|inca nu stim) (inca |)(exact |sigur |)cine', 'fie eu(,|) fie',
    // "…va fi reprezentată, dar încă nu am stabilit de către cine - cel mai probabil eu sau colega mea".
    'de catre cine', '(eu|el|ea|dansul|dansa) sau (colegul|colega|un coleg|o colega|colegii|colegele)',
    // "Vom fi eu și încă un coleg de la investiții, cel mai probabil dl. Roman" (h105_019): doubt about which colleague.
    '(eu|noi) si inca (un|o|doi|doua|trei|#)',
    // "Voi fi prezentă luni. Dacă reușește, va veni și colegul meu …, însă nu pot confirma încă" (h485_002): a colleague coming too.
    '(va veni|vine|va participa|participa|o sa vina|va intra|se va conecta) si (colegul|colega|colegii|colegele) (meu|mea|mei|mele|nostru|noastra|nostri|noastre)',
    // "vin eu. Nu știu încă dacă va putea intra și Irina" (h514_067): whether one more can come too.
    '(va putea|o sa poata|poate) (sa |)(intra|intre|veni|vina|participa|participe|ajunge|ajunga) si ...$',
    // "Colegul meu Petrică ar putea participa și el, depinde" (h522_071); "Nu stiu inca daca vine si fratele meu" (h522_080).
    '(ar putea|poate|o sa poata) (participa|veni|intra) si (el|ea)', 'daca vine si (fratele|sora|sotul|sotia|colegul|colega|fiul|fiica) (meu|mea)',
    // "Confirm. Vom fi probabil 2, dar dacă se eliberează și directorul, 3." (h546_030); "Vă revin cu lista nominală" (h546_051).
    '(vom fi|suntem|o sa fim|venim) (probabil|cel mai probabil|posibil) #', 'lista (nominala|cu numele|participantilor|persoanelor)'],
  // "nu mai pot participa miercuri … Am confirmat anterior, vă rog să mă scoateți de pe listă" (h424_027).
  pastConfirmations: ['(eu |noi |)(am|v-am|i-am) (deja |)confirmat', 'deja am confirmat'],
  // "PS: … Nu vom putea trimite alt reprezentant" (h429_053); one of the refusals above.
  noneSent: ['nu (vom|voi|putem|pot|o sa putem) (putea |)trimite (alt|un alt|niciun|nici un|alti|alte|pe altcineva|pe nimeni)'],
  deferrals: ['revin (cu|ulterior|mai tarziu|curand|cat de curand)', '^revin$',
    // A confirmation promised, not given: "Dacă da, o să confirm pentru amândoi" (h423_051).
    '(o sa|am sa) (va |iti |)(confirm|confirmam) (pentru|participarea|prezenta|)',
    // "Pentru atelierul de miercuri vă răspund după ce îmi văd programul" (h375_008).
    '(va|iti) (raspund|confirm|spun) dupa ce (imi vad|ma uit|imi verific|verific|vad)',
    // "Mulțumesc de invitație. Mă gândesc și revin." (h367_034).
    '^(ma|ne) (mai |)(gandesc|gandim) (si |)(revin|revenim|va revin|va revenim|iti revin|va raspund|va anunt)', 'voi reveni', 'vom reveni', 'revenim',
    // Leave asked to answer later: "Pot să vă confirm până marți?".
    '(pot|putem) (sa |)(va |)(confirm|confirmam|anunt|anuntam|comunic|comunicam|raspund|raspundem) (pana|cel tarziu|mai tarziu|ulterior|saptamana viitoare|maine)'],
  colleagueMessages: ['(revin|revenim) la (mesajul|emailul|e-mailul|raspunsul|confirmarea) (domnului|doamnei|colegului|colegei|dlui|dnei|d-lui|d-nei|colegilor)',
    'in completarea (mesajului|emailului|e-mailului|raspunsului|confirmarii) (domnului|doamnei|colegului|colegei|dlui|dnei|d-lui|d-nei|colegilor)'],
  organiserRequests: ['(va|te) (rog|rugam) (frumos |mult |)sa(-mi| imi| ne|-ne|) (spuneti|spui|trimiteti|trimiti|retrimiteti|retrimiti|retransmiteti|comunicati|precizati|lamuriti|clarificati|confirmati)',
    '(ma|ne) (puteti|poti) (informa|lamuri)', '(imi|ne) (puteti|poti) (spune|trimite|retrimite|retransmite|comunica|preciza|confirma)'],
  eventCues: [
    'atelier*', 'eveniment*', 'sesiun*', 'intalnir*', 'sedint*', 'zoom', 'teams', 'online', 'link*', 'acolo', 'sala', 'sediu*',
    'intarzi*', 'devreme', 'plec', 'pleca', 'ajun*', 'veni', 'vin', 'venim', 'particip*', 'prezent*', 'conect*', 'loc', 'locuri',
    'program*', 'agenda', 'calendar*', 'ora', 'orele', 'timp', 'dimineata', 'dupa-amiaza', 'luni', 'marti', 'miercuri', 'joi', 'vineri',
    'coleg*', 'invita*', 'lista', 'confirm*',
  ],
  fillers: [
    'pentru', 'care', 'este', 'sunt', 'acum', 'doar', 'daca', 'despre', 'foarte', 'acest', 'aceasta', 'acesta', 'aceste', 'acestei',
    'noastra', 'nostru', 'noastre', 'nostri', 'dumneavoastra', 'fost', 'avea', 'mult', 'multe', 'cele', 'unei', 'unui', 'unele',
    'poate', 'merita', 'putea', 'fiind', 'chiar', 'totusi', 'dintre', 'catre', 'asta', 'aici',
  ],
  softYes: [
    // "Trec eu pe la voi joi": a visit, read as attendance only in a plain answer.
    '(trec|trecem) (eu |noi |si eu |si noi |)pe la (voi|dumneavoastra|dvs)',
    // "Ajung" is a trip as often as an answer ("cum ajung?", "mi-ar fi greu să ajung").
    'ajung', 'ajungem', 'sa (vin|venim)',
  ],
  othersYes: [
    // "Vă scriu din partea domnului prof. univ. dr. Marius Olteanu, care vă confirmă participarea" (h624_084).
    '^care (va |)(confirma|isi confirma) (participarea|prezenta)',
    // "Revin: va intra și Diana, dar de pe alt calculator" (h610_040).
    '^(va intra|se va conecta|se conecteaza|intra) si$',
    // "Poate nu voi reuși să intru la 11, dar cu siguranță intră colega mea Teodora Ene" (h576_079): a colleague sure to come.
    '(sigur|cu siguranta|negresit|oricum) (intra|vine|va veni|va intra|participa|va participa|se conecteaza|se va conecta) (colega|colegul|colegele|colegii) (mea|meu|mele|mei|noastra|nostru|noastre|nostri)',
    // "Eu nu pot, dar vine sigur colega mea Maria, și poate și Paul" (h579_037).
    '(intra|vine|va veni|va intra|participa|va participa|se conecteaza|se va conecta) (sigur|cu siguranta|negresit) (colega|colegul|colegele|colegii) (mea|meu|mele|mei|noastra|nostru|noastre|nostri)',
    // "Eu nu, dar colega mea Ramona Filip da - o găsiți în CC" (h573_040): the colleague's elliptical yes.
    '^(colegul|colega|colegii|colegele) (meu|mea|mei|mele|nostru|noastra) ... ... da$',
    // "Nu voi participa, dar colegii mei Ana si Paul (de la Centrul de Cercetare) se vor conecta" (h570_045).
    '(colegii|colegele) (mei|mele|nostri|noastre) ... ... ... (se vor conecta|vor participa|vor veni|vor fi prezenti|vor fi prezente|se conecteaza)',
    // "Confirm participarea a 3 voluntari AIESEC Timișoara, care vor asculta discuția. Eu nu voi putea fi prezentă." (h565_062).
    '(confirm|confirmam|va confirm|va confirmam) participarea a # (voluntari|voluntare|colegi|colege|studenti|studente|elevi|eleve|reprezentanti|membri|masteranzi|doctoranzi)',
    // "Dar sora mea, Ilinca, care lucrează la ONG-ul nostru, s-ar conecta. Vrea doar să asculte." (h552_060): the third
    // person's conditional, said of one sent.
    '^(si |)(el |ea |)s-ar (conecta|alatura)$',
    // "reprezentantul ISJ Timiș la întâlnire va fi dna inspector Mirela Stan" (h521_078); "…, care va participa în numele teatrului" (h522_002).
    '(reprezentantul|reprezentanta) ... va fi (dna|dl|doamna|domnul|colegul|colega)', 'care va participa (in numele|din partea|in locul)',
    // "Eu nu pot fi pe 17, dar ea va intra pe Zoom din partea fundației" (h513_004): the one forwarded below.
    '^(ea|el|dansa|dansul|dumneaei|dumnealui) (va intra|intra|o sa intre|se va conecta|se conecteaza|o sa se conecteze|va participa|va veni|vine|o sa vina)',
    // "Nu voi putea participa, dar vor fi colegii mei, Sandu și Gelu" (h498_051); "De la Direcția Comunicare vin doi colegi" (h498_052).
    '(vor fi|vor veni|vor participa|vor merge) (si |)(colegii|colegele) (mei|mele|nostri|noastre)', '(vin|vor veni|merg|vor merge|participa|vor participa|intra|vor intra) (doi|doua|trei|patru|#) (colegi|colege)',
    // "Sunt trei colegi care ar vrea să vină, dar eu nu pot. Deci vin ei trei" (h486_051).
    '(vin|vor veni|merg|vor merge|participa|vor participa|intra|vor intra) (ei|ele) (doi|doua|trei|patru|cinci|#)',
    // "Mâine vine doar Vlad dintre noi, eu și Sebastian nu mai putem" (h472_086): one of the sender's side comes.
    '(vine|va veni|merge|va merge|participa|va participa|se conecteaza|se va conecta|intra|va intra) (doar|numai) ... (dintre noi|din echipa noastra|de la noi|din partea noastra)',
    // "Din partea Direcției de Cultură merg colegele Alina și Roxana, eu am ședință de consiliu" (h469_069).
    '(merg|merge|vor merge|o sa mearga) (colegele|colegii|colegul|colega) (mele|mei|mea|meu|noastre|nostri|noastra|nostru|)',
    // "colega Ioana Radu nu mai poate participa, va fi doar dl. Mureșan" (h464_044, the secretariat's correction).
    '(va fi|vine|va veni|va participa) (doar|numai) (dl|dna|d-na|domnul|doamna)',
    // "Trimit în locul meu doi colegi, … Nu au pregătit o intervenție, vin să asculte" (h456_024): "vin" is theirs, the verb after it says so.
    'vin sa (asculte|vada|urmareasca|participe|invete|prezinte|afle|cunoasca)',
    // "colegii mei de la Asociația Kultur Lab, Petra și Ionuț, se vor conecta" (h456_068): a plural verb opening its clause, its subject before the comma.
    '^(se vor conecta|vor participa|vor veni|vor fi prezenti|vor fi prezente|vor intra)',
    // "Eu nu voi putea participa, dar vor fi conectați colegii mei Raluca Mihai și Tudor Cozma" (h432_041).
    '(vor fi|va fi) (conectati|conectate|conectat|conectata|prezenti|prezente|prezent|prezenta) (si |)(colegii|colegele|colegul|colega)',
    // A colleague's confirmation passed on: "îți trimit mai jos confirmarea lui Vlad, el nu are adresa ta" (h423_053).
    '(iti|va|ti-o|vi-o) (trimit|transmit|redirectionez|forwardez|dau mai departe) (mai jos |atasat |alaturat |aici |)confirmarea (lui|colegului|colegei|colegilor|colegelor|domnului|doamnei|dlui|dnei|d-lui|d-nei)',
    // The colleagues' places confirmed, the sender away: "Vă confirm participarea a doi colegi din partea firmei noastre: Andrei
    // Ciobanu și Mirela Petcu. Subsemnatul nu voi putea fi prezent." (h411_075), "… participarea a 4 (patru) reprezentanți ai CCIAT" (h411_006).
    '(confirm|confirmam) participarea (a|pentru) # ... (colegi|colege|reprezentanti|reprezentante|membri|delegati)',
    // "Nu pot participa eu, dar vor intra pe Zoom două colege: Teodora și Iulia" (h404_063).
    '(vor intra|vor veni|se vor conecta|vor participa) (pe zoom |online |fizic |in sala |)# (colegi|colege|colaboratori|colaboratoare|reprezentanti|reprezentante)',
    // The colleagues named before their verb: "colegii mei Andra si Tiberiu se vor conecta de pe acelasi laptop" (h402_069).
    // "Eu nu pot ajunge, dar colegele mele Ana-Maria și Bianca vor fi acolo" (h418_003, a confident error).
    '^(colegii|colegele|colegul|colega) (mei|mele|meu|mea|nostri|noastre) ... (se vor conecta|vor participa|vor veni|se conecteaza|va participa|va veni|se va conecta|vor fi acolo|vor fi prezente|vor fi prezenti|va fi acolo|vor intra|va intra)',
    // Two named in full: "colegii mei Dan Niculescu și Ruxandra Iancu se vor conecta" (h408_038).
    '^(colegii|colegele) (mei|mele|nostri|noastre) ... si ... (se vor conecta|vor participa|vor veni|se conecteaza|participa|vin)',
    // A count of the office's people: "… participă patru colegi: Ioana Cârstea, Vlad Paraschiv, …" (h402_012).
    // Not "Vom participa 5 persoane" (h370_039): the sender's own "we" with a count is the yes phrase's.
    '(participa|vor participa|vor veni|se conecteaza|se vor conecta) # (colegi|colege|reprezentanti|reprezentante|membri)',
    // Relayed: "Colega mea … m-a rugat să vă transmit că participă ea la întâlnirea de miercuri" (h399_011).
    // Not "vine ea": "Irina v-a scris deja separat că vine ea …; eu personal nu voi putea fi prezent" (h177_034) is the sender's no.
    '(ca |)(participa|se conecteaza|va participa) (ea|el|dansa|dansul|dumneaei|dumnealui)',
    // "Mihai de la noi confirmă (vezi mai jos). Eu nu pot" (h399_007): a colleague's own yes, relayed.
    '(de la noi|din echipa noastra|din partea noastra|din echipa) (confirma|a confirmat)',
    // "Echipa noastră (4 oameni) vine luni" (h398_059).
    '^(echipa|delegatia) (noastra|mea) ... (vine|va veni|participa|va participa|va fi prezenta|se conecteaza|se va conecta)',
    // "Din partea Direcției de Dezvoltare vor fi Ana Toma și Cezar Vlad. Eu nu pot" (h393_021); "din partea asociației va fi o persoană".
    '^din partea ... (vor fi|va fi)',
    // "Andrei confirmă, el moderează. Eu nu pot fi prezent miercuri." (h394_058): the one who chairs is there.
    '^(el|ea|dansul|dansa) (modereaza|va modera|o sa modereze|faciliteaza|va facilita|o sa faciliteze)',
    // "Eu nu pot participa, dar ei vin toți trei" (h370_049): the colleagues just listed.
    '(ei|ele) (vin|participa|se conecteaza|vor veni|vor participa|se vor conecta) (toti|toate|amandoi|amandoua) (#|doi|doua|trei|patru|cinci|)',
    // "trimit pe cineva de la noi — Raluca sau Vlad, încă nu știu care. Unul dintre ei sigur ajunge" (h370_079).
    '(unul|una) dintre (ei|ele) (sigur |cu siguranta |)(ajunge|vine|participa|va veni|va participa|se conecteaza|va ajunge)',
    // A secretariat passing on the head's answer: "Vă transmit mai jos confirmarea domnului Marius Oprea, directorul nostru" (h304_005).
    '(va |)(transmit|transmitem|trimit|trimitem|redirectionez|redirectionam) (mai jos |alaturat |atasat |)confirmarea (domnului|doamnei|dlui|dnei|dl|dna|directorului|directoarei|sefului|sefei|presedintelui|presedintei|primarului|rectorului|decanului)',
    // "Vă transmit mai jos confirmarea colegilor: - Alina Ciobanu … Eu nu voi putea fi prezentă" (h363_033).
    '(va |)(transmit|transmitem|trimit|trimitem|redirectionez|redirectionam) (mai jos |alaturat |atasat |)confirmarea (colegilor|colegelor|colegului|colegei|celor doi colegi|celor doua colege)',
    // Who takes part, the verb in the third person before a title: "Participă părintele protopop Dragan Marković, însoțit de un
    // voluntar" (h238_004); "Din partea Asociației Culturale Bulgare din Banat participă dna Maria Velciov și dl Petar Ivanov" (h238_015).
    '(participa|va participa|vor participa|vine|va veni) (parintele|preotul|pr.|pastorul|rabinul|dl|dl.|dna|dna.|d-na|domnul|doamna|colegul|colega|colegii|colegele|directorul|directoarea|presedintele|presedinta|prof.|dr.)',
    // "Vă rog să-l treceți pe lista participanților pe domnul Dorin Lupu, consilier … Eu nu voi putea fi prezentă" (h225_051).
    // The participants' list only: "să o adăugați pe lista de invitați / de distribuție" asks for later mail (h29_024, h177_047).
    '(va rog|va rugam|rog|puteti) (sa-l|sa-o|sa-i|sa il|sa o|sa ii|sa le) (treceti|adaugati|inscrieti|notati|puneti|trece|adauga|inscrie|nota) (si |)pe lista (participantilor|de participanti|de prezenta|celor care participa)',
    // "vă transmit că reprezentantul nostru va fi dl. Cosmin Ardelean, coordonator programe" (h222_003).
    '(reprezentantul|reprezentanta|reprezentantii|reprezentantele) (nostru|noastra|nostri|noastre|institutiei|organizatiei|asociatiei|firmei) (va fi|vor fi|este|e|o sa fie)',
    '(va|vor) participa', 'vor fi prezenti', 'va fi prezent(|a)', '(va|vor) veni',
    // Someone joining the sender: "la întâlnire se va conecta împreună cu mine și directorul nostru" (the sender is with them).
    '(se va conecta|se conecteaza|se vor conecta|va intra|vor intra) (impreuna |alaturi |)(cu|de) mine',
    '(participa|vor participa|va participa) din partea (noastra|institutiei|asociatiei|firmei|organizatiei|universitatii|primariei)',
    // Confirmed for others, the verb in the third person: "Vă confirm că participă din partea ADR Vest colegii Radu Popescu
    // și Andreea Ionescu. Eu nu voi putea fi prezentă" (h230_040). Not "vin", which is also "I come".
    '(va confirm|va confirmam|confirm|confirmam) ca (participa|va participa|vor participa|vine|va veni|vor veni) (din partea|de la|pentru|si|) ... (colegul|colega|colegii|colegele|dl|dna|d-na|domnul|doamna|directorul|directoarea)',
    // A relative clause after the colleague named: "răspunsul colegei mele Andreea Vlad, care va participa din partea
    // Fundației. Eu nu pot fi prezent" (h231_022); not "cine / care va participa" asked about.
    '^care (va|vor) (participa|veni|fi prezent*) (din partea|in numele|pentru) (noastra|fundatiei|asociatiei|institutiei|firmei|organizatiei|universitatii|primariei|companiei|clubului|centrului|directiei|echipei|noi)',
    '(colegul|colega|colegii|colegele) (meu|mea|mei|mele|nostru|noastra|nostri|noastre|) ... (vine|vin|va veni|vor veni|participa|va participa|vor participa|va fi prezent(|a)|vor fi prezenti|va reprezenta|vor reprezenta|o va reprezenta|ne va reprezenta|doreste sa participe|doresc sa participe|vrea sa participe|vor sa participe|ar dori sa participe|ar vrea sa participe)',
    // "Nu voi putea participa personal, dar va intra colegul meu Vlad Pop" (h424_018): the online room entered.
    '(vine|va veni|vor veni|va intra|vor intra|o sa intre|o sa vina) (si |)(colegul|colega|colegii|colegele|seful|sefa|directorul|directoarea)',
    // A colleague's answer relayed from another account: "colegul meu Marius Bogdan … nu are acces la mail acum. El confirmă că vine la atelier" (h220_047).
    '^(el|ea|dansul|dansa|dumnealui|dumneaei) (confirma|a confirmat|ne confirma|va confirma) (ca vine|ca va veni|ca participa|ca va participa|participarea|prezenta)',
    // Who represents the head: "Doamna director nu poate participa, o va reprezenta doamna Elena Mureșan, director adjunct" (h217_031).
    '(o|il|ii|le|ne) (va|vor|o sa) (reprezenta|inlocui|substitui) (doamna|domnul|dl|dna|d-na|d-l|colegul|colega|adjunctul|adjuncta|directorul adjunct|directoarea adjuncta)',
    // The contrast inside: "Îmi pare rău, nu pot participa. Vine însă colegul meu Radu Ilie, dacă se poate" (h216_057).
    '(vine|va veni|vor veni|participa|va participa|se conecteaza|se va conecta) (insa|totusi|in schimb) (colegul|colega|colegii|colegele|seful|sefa|directorul|directoarea|adjunctul|adjuncta)',
    'din partea (noastra|institutiei|asociatiei|firmei|organizatiei|universitatii|primariei) (participa|vor participa|va participa|va veni|vor veni|vine)',
    // A team's decision: "am hotărât în consiliul profesoral să participe doi colegi … Eu personal nu pot".
    '(am|s-a|s-au|au|a|ne-am) (hotarat|decis|stabilit|convenit) (ca |)sa (participe|vina|mearga|ne reprezinte)',
    // A team answering through one member: "Din partea echipei de programe vin Oana, Cristi și Larisa. Eu sunt în concediu".
    'din partea (echipei|departamentului|biroului|directiei|serviciului|compartimentului|colectivului|catedrei|centrului|clubului) ... (vin|vine|participa|vor participa|va participa|va veni|vor veni|se conecteaza|se vor conecta|se va conecta)',
    // Any organisation online: "Din partea Crăciun Soft se vor conecta 3 colegi: eu, Alexandra Pavel și Ștefan Roman" (h83_054).
    // "Din partea Direcției de Comunicare va intra Cosmin Barbu. Eu am ședință de consiliu." (h415_030).
    '^din partea ... (se vor conecta|se conecteaza|se va conecta|va intra|vor intra)',
    // One colleague online: "din partea instituției noastre se va conecta colega mea, dna Gabriela Toma" (h106_037); a
    // business partner too: "vine și asociatul meu, Vlad. Deci 2." (h410_052).
    // "Revin la mesajul anterior: se va alătura și doctoranda mea, Andra Pop, doar ca observator" (h427_097).
    '(se va conecta|se conecteaza|va participa|va veni|vine|se va alatura|se alatura|ni se va alatura|ni se alatura) (si |)(colegul|colega|sotul|sotia|sora|fratele|fiul|fiica|asociatul|asociata|doctorandul|doctoranda|studentul|studenta|asistentul|asistenta) (meu|mea|nostru|noastra)',
    // Only the other one comes: "Nu vin eu, vine doar soțul meu"; "Eu nu vin, doar el" (h107_021).
    '(vine|va veni|va participa|participa|se va conecta|se conecteaza) (doar|numai) (colegul|colega|sotul|sotia|fiul|fiica|fratele|sora|seful|sefa|directorul|directoarea|el|ea|dansul|dansa)', '^(doar|numai) (el|ea|dansul|dansa|sotul meu|sotia mea|colegul meu|colega mea)$', '(colegul|colega|colegii|colegele) (meu|mea|mei|mele|nostru|noastra|nostri|noastre|) ... (se va conecta|se vor conecta|se conecteaza)$',
    // "Din partea AIESEC Timișoara ar dori să participe patru membri ai echipei": others' wish (the sender may be among them).
    '(ar dori|ar vrea|doresc|doreste|dorim) sa (participe|vina|se conecteze) (#|colegii|colegele|colegul|colega|membri|membrii|reprezentanti|reprezentantii|studenti|elevi|doi|doua|trei|patru|cinci)',
    // "Dacă se întoarce la timp, se conectează el": a colleague connecting (a condition makes it a hedge).
    '(se conecteaza|se va conecta|se vor conecta) (el|ea|ei|ele)',
    // "Nu voi putea participa personal, în schimb o să vină colega mea, Alina Ghiță".
    'o sa (vina|participe|se conecteze) (in locul meu |in locul nostru |)(si |)(colegul|colega|colegii|colegele|seful|sefa|directorul|directoarea)',
    // "Nu voi putea participa eu, dar vin în locul meu doi doctoranzi" (h510_053): "vin" of those sent, not the sender's.
    '(vin|vor veni|vor intra|intra|vor participa|participa) in locul (meu|nostru) (doi|doua|trei|patru|#|colegii|colegele|colegul|colega|doamna|domnul|dl|dna)',
    // Someone registered by the sender: "vă rog să o notați pe vecina mea, doamna Rodica Baciu … ea dorește să participe".
    '(notati|treceti|inscrieti|puneti|inregistrati)(-o|-l| o| il|) (si |)(pe lista |)pe (colegul|colega|colegii|colegele|vecinul|vecina|sotul|sotia|fiul|fiica|fratele|sora|domnul|doamna|dl|dna|d-l|d-na)',
    '(el|ea|ei|ele|dansul|dansa|dansii|dansele) (doreste|doresc|vrea|vor|ar dori|ar vrea) (sa participe|sa vina|sa se conecteze|sa fie prezent(|a|i|e))',
    // A relative answering for the invitee: "Tata mi-a zis să vă răspund eu … Vine el luni la 10" (h88_034).
    '^(vine|va veni|participa|va participa|se conecteaza|se va conecta|o sa vina) (el|ea|dansul|dansa)',
    // The head named in the clauses before: "Doamna prorector, prof. univ. dr. Elena Dumitrescu, confirmă participarea" (h124_053).
    '^confirma (participarea|prezenta)',
    // "Vă scriu în numele domnului Ovidiu Rusu … Domnul Rusu confirmă participarea" (h120_020).
    // Titles and the name in apposition joined (`joinAppositions`): "Doamna prorector, prof. univ. dr. Elena Dumitrescu, confirmă participarea" (h124_053).
    '^(domnul|doamna|dl|dna|d-l|d-na) ... ... (confirma (participarea|prezenta)|se va conecta|se conecteaza)',
    // The formal inversion: "din partea Direcției Județene de Statistică Timiș, participă doamna Elena Costea, șef serviciu" (h180_070).
    '^(participa|va participa|vor participa) (domnul|doamna|dl|dna|d-l|d-na)',
    // The honorific pronoun: "Vă scriu în numele domnului Sorin Mureșan … Domnia sa confirmă participarea" (h178_004).
    '^(domnia sa|domniei sale|dansul|dansa|dumnealui|dumneaei) (isi |)(confirma (participarea|prezenta)|va participa|participa|va fi prezent(|a)|se va conecta|se conecteaza)',
    // The head's office: "Domnul primar și doamna consilier Adina Hrițcu se vor conecta la întâlnire".
    '^(domnul|doamna|dl|dna|d-l|d-na) (director|directoare|directoarea|primar|prefect|subprefect|rector|prorector|decan|presedinte|presedinta|manager|inspector general|inspector scolar general|sef|sefa) (va participa|vor participa|participa|va veni|vor veni|se va conecta|se vor conecta|se conecteaza|va fi prezent(|a)|vor fi prezenti)',
    '^(domnul|doamna|dl|dna|d-l|d-na) (director|directoare|directoarea|primar|prefect|subprefect|rector|prorector|decan|presedinte|presedinta|manager|inspector general|inspector scolar general|sef|sefa) si ... (va participa|vor participa|participa|va veni|vor veni|se va conecta|se vor conecta|se conecteaza|va fi prezent(|a)|vor fi prezenti)',
  ],
  orgYes: [
    // "Fundația Art Encounters participă la discuție prin Liviu Damian și Corina Dobre" (h590_001): represented by those named.
    '(participa|va participa|vom participa|participam) ... prin (dl|dna|domnul|doamna|colegul|colega|colegii|colegele|directorul|directoarea|presedintele|presedinta)',
    // Not "Am putea participa doar prin Zoom și doar după ora 12, e ok?": only an organisation as the subject.
    `^(${detailsRo.organisationWords.join('|')}) ... ... (participa|va participa) ... prin ... si`,
    // "Din echipa noastră vor fi trei persoane pe Zoom. Eu, din păcate, nu mai pot" (h576_092): the team's count, the sender maybe not in it.
    '^(din echipa noastra|din echipa|din partea echipei) (vor fi|vor participa|vor veni|vor intra|se vor conecta) #',
    // "Nu știm încă cine din echipă, dar cineva de la noi se va conecta sigur" (h555_062).
    'cineva (de la noi|din echipa|din echipa noastra|din partea noastra|din partea asociatiei|din partea firmei) (se va conecta|va veni|va participa|vine|participa|va fi prezent) (sigur|cu siguranta|negresit)',
    // "Vă transmit că reprezentanții Consiliului Județean Timiș la atelier vor fi: dl. Ionuț Barbu, …" (h554_060).
    '(reprezentantii|reprezentantele|reprezentantul|reprezentanta) ... ... (vor fi|va fi)$',
    // "Direcția Județeană pentru Cultură va participa cu următorii: 1. …" (h468_048): the list then says who.
    '(va|vor|vom) participa cu (urmatorii|urmatoarele) (persoane|colegi|colege|reprezentanti|reprezentante|participanti|participante|)',
    // "Eu nu, colegii da, vreo 2-3 oameni. Revin cu numele" (h450_060).
    '^(colegii|colegele) (mei|mele|nostri|noastre|) da$',
    // The organisation confirming in the third person: "Agenția pentru Protecția Mediului Timiș confirmă participarea la
    // atelier" (h108_033, a model yes until the model retrained on set 409 no longer was near certain).
    `^(${detailsRo.organisationWords.join('|')}) ... ... (confirma|isi confirma) (participarea|prezenta)`,
    // "Participă din partea AJOFM Timiș colegii Mirela Toma și Ionuț Lazăr" (h371_043).
    '^(participa|vin|vor participa|vor veni|se conecteaza|se vor conecta) din partea ... ... (colegii|colegele|colegul|colega|dl|dna|domnul|doamna)',
    // The names after a colon: "Participă din partea Teatrului Național: Marina Ionescu (manager) și Cătălin Grigore (PR)" (h378_085).
    '^(participa|vor participa|vor fi prezenti|se vor conecta|se conecteaza) din partea ... ...$',
    // "Revin: din cele 3 persoane anunțate inițial, doar 2 vor putea participa (eu și Cosmin Bălan)" (h378_043).
    '^(doar|numai) # (vor putea participa|vor participa|vor putea veni|vor veni|vom putea participa|vom participa|vom fi)',
    // "vă rog să adăugați în listă pe colegii mei Ana Bratu și Mihnea Dinu" (h474_060).
    '(adaugati|adauga|treceti|trece|inscrieti|inscrie|puneti|pune|notati|noteaza) (in lista |pe lista |in tabel |)pe (colegii|colegele|colegul|colega) (mei|mele|mea|meu|nostri|noastre|noastra|nostru)',
    // "Te rog trece-i pe colegii mei de la Direcția Comunicare pe listă: Alexandra Sima, …" (h370_049).
    '(trece-i|treceti-i|pune-i|puneti-i|inscrie-i|inscrieti-i|trece-o|treceti-o|trece-l|treceti-l) pe (colegii|colegele|colega|colegul) (mei|mele|mea|meu|nostri|noastre|noastra|nostru)',
    // An organisation's count, the sender among them: "din partea ONG-ului nostru vin trei persoane, inclusiv eu" (h182_028).
    // Only "vin": "din partea asociației vor participa două persoane. Probabil nu vor putea fi prezente" keeps its doubt (h76_040).
    '^din partea ... ... (vin|venim|vom veni) # (persoane|colegi|colege|reprezentanti|reprezentante|membri)',
    // "De la Hackerspace TM vin 3 oameni: Victor, Ilinca, Cezar" (h504_051).
    '^de la ... ... (vin|venim|vom veni|vor veni|participa|vor participa) # (persoane|oameni|colegi|colege|reprezentanti|reprezentante|membri)',
    // "Vă rog să înregistrați următorii participanți: …": a list registered by the sender.
    '(inregistrati|notati|inscrieti|treceti|adaugati) (pe |)(urmatorii|urmatoarele|urmatoarele persoane|urmatorii colegi) (participanti|participante|colegi|colege|reprezentanti|persoane|)',
    // "Vă rog să consemnați participarea următoarelor persoane: …" (h119_045).
    '(consemnati|inregistrati|notati|retineti|luati act de) participarea (urmatoarelor persoane|urmatorilor (colegi|participanti|reprezentanti)|urmatoarelor (colege|participante|reprezentante))',
    // "Din partea Primăriei Comunei Dumbrăvița participă dna Larisa Toma… și subsemnatul".
    // Up to eight words of a name: "Din partea Asociației Timișoara 2021 – Capitală Europeană a Culturii participă: …" (h594_039).
    '^din partea ... ... participa',
    // "Din partea Art Encounters vine Dana Bozdog, eu sunt la Berlin atunci" (h500_016). "Din partea teatrului vor veni doi colegi …; eu personal nu pot" (h531_082).
    '^din partea ... ... (vine|va veni|vor veni|vor fi)$',
    '^din partea ... (vine|va veni|vor veni)',
    // "Din partea noastră participă trei colegi: Alina, Sebastian și Paul. Eu nu voi putea ajunge" (h271_022): the
    // organisation's count of colleagues, longer than the yes "din partea noastră participă trei".
    // Written longer than othersYes' "din partea noastră participă": a shared list keeps the longest written phrase at a start.
    // Not "vor participa": "… vor participa două persoane. Probabil nu vor putea fi prezente" keeps its doubt (h76_040).
    '^(de la noi|din partea noastra|din partea institutiei|din partea asociatiei|din partea firmei|din partea organizatiei|din partea universitatii|din partea primariei) (participa|vin) # (colegi|colege|reprezentanti|reprezentante|membri|persoane)',
    // "Din partea Asociației … vor fi prezente 2 persoane: subsemnatul și colega mea" (h72_002).
    '^din partea ... vor fi prezent(i|e)',
    // A secretariat booking its head's place: "Vă rugăm să rețineți participarea doamnei subprefect Ionela Rusu".
    '(retineti|notati|consemnati|inregistrati) (si |)(participarea|prezenta) (colegului|colegei|colegilor|colegelor|domnului|doamnei|dlui|dnei|d-lui|d-nei|reprezentantului|reprezentantei|reprezentantilor|directorului|directoarei|sefului|sefei)',
    // The count booked: "Vă rugăm să rețineți participarea a doi reprezentanți ai Primăriei" (h110_019).
    '(retineti|notati|consemnati|inregistrati) (si |)(participarea|prezenta) (a|pentru) # (reprezentanti|reprezentante|persoane|colegi|colege|participanti|delegati|angajati|inspectori)',
    // A school's group: "Școala Gimnazială nr. 30 confirmă participarea cu un grup de 12 elevi … însoțiți de 2 cadre didactice" (h111_025).
    '(confirma|confirmam|va confirmam) (si |)(participarea|prezenta) cu (un grup|o grupa|o clasa|#) (de |)(#|elevi|copii|prescolari|studenti|cadre|adulti|persoane|)',
    // "Grădinița … ar dori să participe cu 8 copii din grupa mare, însoțiți de 3 adulți" (h111_088).
    '(ar dori|doreste|ar vrea|vrea) sa participe cu (#|un grup|o grupa|o clasa) (de |)(#|elevi|copii|prescolari|studenti|cadre|adulti|persoane|)',
    // The institution confirming its man: "Societatea de Transport Public Timișoara confirmă participarea domnului Radu Groza" (h110_038).
    '(confirma|confirmam|va confirmam) (si |)(participarea|prezenta) (colegului|colegei|domnului|doamnei|dlui|dnei|d-lui|d-nei|reprezentantului|reprezentantei|directorului|directoarei|sefului|sefei)',
    '(va|vor|vom) fi reprezentat(|a|i|e) de',
    // "Fundația PRO Timișoara participă cu o persoană (subsemnata)": the organisation's count.
    '(participa|va participa|participam|vom participa) cu (o persoana|un reprezentant|o reprezentanta|un coleg|o colega|# (persoane|reprezentanti|reprezentante|colegi|colege|membri|membre))',
    // A secretariat passing on its head's answer: "Vă transmitem confirmarea domnului director Lucian Varsandan".
    '(va |)(transmit|transmitem|trimit|trimitem|comunic|comunicam) (si |)confirmarea (de participare |)(a |)(domnului|doamnei|dlui|dnei|d-lui|d-nei|directorului|directoarei|colegului|colegei|sefului|sefei)',
    // "Liceul … va fi reprezentat la atelier de doamna profesoară Camelia Nistor".
    '(va|vor|vom) fi reprezentat(|a|i|e) (la atelier|la eveniment|la sesiune|la intalnire|la workshop|la reuniune|acolo) de',
    // "Vă transmitem lista participanților din partea Consiliului Județean": the names follow.
    '(va |)(transmit|transmitem|trimit|trimitem|comunic|comunicam|inaintez|inaintam) (mai jos |alaturat |atasat |)(lista|numele) (participantilor|persoanelor care vor participa|persoanelor participante|delegatiei|reprezentantilor|celor care vor participa)',
    // "Vă comunic participanții din partea Operei …: Mircea Dobre, Ileana Vlad, Cosmin Paraschiv" (h612_018).
    '(va |)(transmit|transmitem|comunic|comunicam|anunt|anuntam|trimit|trimitem) (mai jos |)(participantii|participantele|reprezentantii|delegatia|componenta delegatiei|echipa) (din partea|de la)',
    // A pasted table under its heading: "Participanți din partea Politehnicii:" (the sender may not be among them).
    '^(participanti|participante|participantii|lista participantilor) (din partea|de la)',
    // "Vă transmitem lista participanților din partea Universității …:" and a table of names (h124_072).
    '(va |)(transmitem|trimitem|transmit|trimit|atasam|atasez|gasiti) (mai jos |alaturat |atasat |in atasament |)lista (participantilor|persoanelor|reprezentantilor|delegatiei)',
    // An assistant writing for the head: "Vă transmit din partea doamnei director, dr. Simona Oprea, că participă";
    // "Vă informăm că domnul prorector, prof. univ. dr. Adrian Ghiță, nu mai poate participa" (the negator in the gap refuses).
    '(va |)(transmit|transmitem|comunic|comunicam|informez|informam|anunt|anuntam) (din partea (doamnei|domnului) ... ... |)ca (domnul|doamna|dl|dna|d-l|d-na) ... ... (participa|va participa|poate participa|va putea participa|vine|va veni|se conecteaza|se va conecta|va fi prezent(|a))',
    '(va |)(transmit|transmitem|comunic|comunicam) din partea (doamnei|domnului) ... ... ca (participa|va participa|vine|va veni|se conecteaza|se va conecta|va fi prezent(|a))',
    // "Vă trimit numele colegilor care se vor conecta: Vlad Ene și Simina Duță".
    '(va |)(transmit|transmitem|trimit|trimitem|comunic|comunicam|inaintez|inaintam) (mai jos |alaturat |atasat |)(lista|numele) (colegilor|colegelor|persoanelor|celor) care (vor participa|se vor conecta|vor veni|vor fi prezenti|vor fi prezente|participa|se conecteaza|vin)',
    '(comunic|comunicam|anunt|anuntam) (participarea|prezenta) (colegului|colegei|colegilor|colegelor|domnului|doamnei|dlui|dnei|d-lui|d-nei|reprezentantului|reprezentantei|reprezentantilor)',
    // An assistant confirming her director: "Vă confirm participarea doamnei director Elena Vlad. Eu nu voi fi prezentă".
    '(confirm|confirmam) (participarea|prezenta) (colegului|colegei|colegilor|colegelor|domnului|doamnei|dlui|dnei|d-lui|d-nei|reprezentantului|reprezentantei|reprezentantilor|directorului|directoarei|sefului|sefei)',
    // "Instituția … va fi reprezentată la Atelierul … din data de 12.03.2020 de către domnul subprefect": a long occasion between.
    '(va|vor|vom) fi reprezentat(|a|i|e)',
    // Active voice: "doamna Carmen Suciu, consilier, va reprezenta instituția noastră la Atelier".
    '(va|vor) reprezenta (institutia|organizatia|asociatia|firma|universitatea|primaria|scoala|liceul|compania|societatea|unitatea|directia|agentia|fundatia|consiliul|camera|federatia|clubul|centrul) (noastra|nostru)',
    // The organisation confirming, its name for subject: "Asociația Cartierului Fabric confirmă!".
    '^(asociatia|institutia|organizatia|firma|universitatea|facultatea|primaria|scoala|liceul|compania|societatea|directia|agentia|fundatia|federatia|clubul|centrul|echipa) ... confirma$',
  ],
  substitute: [
    // "Eu nu mă pot conecta, dar i-am rugat pe colegii de la departamentul de marketing (2 persoane) să participe" (h606_037).
    // At the clause's end: not "… să participe dacă termină raportul la timp".
    '(i-am|l-am|le-am|am) rugat pe (colegii|colegele|colegul|colega|cei doi colegi|cele doua colege) ... ... sa (participe|vina|se conecteze|intre)$',
    // "Lavinia, eu nu pot luni, am audiențe. Îți trimit pe Sorina din serviciu" (h604_048).
    '(iti|va|ti|v-o|ti-o|vi-l|ti-l) (trimit|trimitem) (in schimb |in locul meu |)pe',
    // "Nu pot participa eu, dar vă trimit colegul Zoltan Nagy. Va vorbi el" (h462_040).
    '(va|iti) trimit (pe |)(colegul|colega)',
    // "Domnul președinte … nu poate participa, dar îi deleagă pe domnii Ion Jurca și Petru Stan" (h419_075).
    '(il|ii|o|le|i-a|l-a|a) (deleaga|delegat) pe',
    // A secretary writing for the head: "Va fi delegat în locul dânsului domnul viceprimar Ioan Crăciun".
    '(va fi |vor fi |a fost |au fost |este |sunt |)delegat(|a|i|e) in locul (dansului|dansei|sau|lui|ei|domnului|doamnei)',
    'in locul (meu|nostru)', '(ma|ne) (va |vor |)(inlocui|inlocuieste|inlocuiesc|reprezenta|reprezinta)',
    // "Din partea mea vine totuși soțul meu, Mihai Enache … Eu rămân acasă cu copilul" (h292_047): one sent for the sender.
    '^din partea mea (vine|va veni|va participa|participa|o sa vina|o sa participe) (totusi |)(sotul|sotia|fiul|fiica|fratele|sora|colegul|colega|asociatul|asociata|adjunctul|adjuncta|asistentul|asistenta)',
    // Written for the head: "dar vine în locul dânsului colega noastră, doamna Alina Dobre" (h201_002).
    '(vine|va veni|participa|va participa|se conecteaza|se va conecta) in locul (dansului|dansei|lui|ei|domnului|doamnei)',
    // "nu mă pot conecta eu; o va face colega Maria Herman" (h429_030): the colleague does what the sender cannot.
    '(o va face|o vor face|o face|o sa o faca) (in locul meu |)(colega|colegul|colegii|colegele|doamna|domnul|dna|dl)',
    // The place first: "În locul dânsului se va conecta doamna Corina Filip" (h429_006).
    '^in locul (dansului|dansei|lui|ei|domnului|doamnei|domnului director|doamnei director|meu|directorului|directoarei) (vine|va veni|participa|va participa|se conecteaza|se va conecta|o sa vina|intra|va intra)',
    // "O să fie prezent colegul nostru Alex Pârvu în locul Oanei, care e plecată" (h368_049): in place of a colleague named.
    '(o sa fie|va fi|vor fi|este|e) (prezent|prezenta|prezenti|prezente) (colegul|colega|colegii|colegele|domnul|doamna|dl|dna|d-l|d-na) ... ... in locul',
    '(trimit|trimitem|voi trimite|vom trimite|o sa trimit|o sa trimitem) (in locul meu |)(un|o|pe|un alt|o alta) (coleg|colega|colegul|colegi|colege|reprezentant|reprezentanta|inlocuitor|inlocuitoare|delegat|delegata|cineva)',
    // "Eu nu vin, dar trimit de la direcție doi colegi: Ramona Ilie și Sorin Gavrilă" (h367_022).
    '(trimit|trimitem|voi trimite|vom trimite|o sa trimit|o sa trimitem) ... (doi|doua|trei|patru|#) (colegi|colege|reprezentanti|reprezentante|delegati|delegate)',
    '(trimit|trimitem|voi trimite|vom trimite|o sa trimit) pe cineva', '(am|i-am) delegat',
    // Without the "pe": "nu pot veni luni, dar vă trimit colegul meu, Tudor Avram" (h424_049).
    '(va|iti) (trimit|trimitem|voi trimite|vom trimite) (in locul meu |)(colegul|colega|colegii|colegele) (meu|mea|mei|mele|nostru|noastra|nostri|noastre)',
    // "Ți-l trimit și pe Ștefan de la noi, el se ocupă de partea de IMM-uri. Eu nu pot ajunge" (h320_030).
    '(ti-l|vi-l|ti-o|vi-o|va-l|va-o) (trimit|trimitem|voi trimite|vom trimite) (si |)pe',
    // "Nu o să pot participa, dar o deleg pe colega mea Irina Matei" (h317_042).
    // "… dar o va delega pe colega mea, Maria Wolf" (h427_014): the third person for the first.
    '(o |il |ii |le |)(deleg|delegam|voi delega|vom delega|o sa deleg|va delega) (pe|in locul meu pe) (colega|colegul|colegii|colegele|adjunctul|adjuncta|asistentul|asistenta|sotul|sotia|fiul|fiica|dl|dna|domnul|doamna|directorul|directoarea|inspectorul|inspectoarea|expertul|experta|consilierul|consiliera|referentul|referenta|coordonatorul|coordonatoarea|specialistul|specialista|managerul)',
    // "Nu eu voi participa, ci colegul meu Cosmin Oprea" (h298_012): the corrective "ci" names who goes instead.
    '^ci (colegul|colega|colegii|colegele|sotul|sotia|fiul|fiica|adjunctul|adjuncta|asistentul|asistenta|seful|sefa|directorul|directoarea|reprezentantul|reprezentanta|domnul|doamna|dl|dna) ',
    // "Eu nu pot, dar trimit pe fiul meu Alex, care se ocupă acum de firmă" (h274_039): family or staff of the sender's own.
    '(trimit|trimitem|voi trimite|vom trimite|o sa trimit|o sa trimitem) (in locul meu |)pe (fiul|fiica|sotul|sotia|fratele|sora|asociatul|asociata|adjunctul|adjuncta|asistentul|asistenta|seful|sefa|directorul|directoarea|managerul|managera|partenerul|partenera) (meu|mea|nostru|noastra)',
    // The organisation sends one: "Nu voi putea participa personal, dar Camera de Comerț va trimite un reprezentant" (h175_011).
    '(va trimite|vor trimite) (in locul meu |in locul sau |)(un|o|un alt|o alta) (coleg|colega|reprezentant|reprezentanta|inlocuitor|inlocuitoare|delegat|delegata)', '(va trimite|vor trimite) pe cineva',
    // "Suntem în plin montaj, dar o să intre cineva din echipă, nu știu încă cine" (h422_023): one of the team, not yet named.
    '(o sa|va) (intre|vina|participe|se conecteze|fie prezent|fie prezenta) (sigur |)cineva (din echipa|de la noi|din partea noastra|din birou|din departament|din colectiv)',
    'cineva (din echipa|de la noi|din partea noastra|din birou|din departament) (sigur |)(va intra|o sa intre|va veni|o sa vina|va participa|o sa participe|se va conecta|o sa se conecteze)',
    // "O rog pe Irina (colega mea) să intre ea pe Zoom" (h175_025): the emphatic pronoun goes instead ("să vină și ea" goes along).
    // Not "în locul meu dacă reușește" (h101_074): the stand-in only hoped for stays with the refusal.
    '(o|il) rog pe ... sa (intre|participe|vina|se conecteze|mearga) (ea|el|dansa|dansul)',
    // "Participarea galeriei va fi asigurată de colega mea, Ioana Cernat" (h175_087).
    'participarea ... (va fi|este|e|o sa fie) asigurata de',
    // "Particip prin colegul meu Ovidiu Mateescu": the colleague goes, not the sender.
    '(particip|participam|voi participa|vom participa) prin (colegul|colega|colegii|colegele|reprezentantul|reprezentanta|delegatul|delegata)',
    // "O trimit pe Ilinca, colega mea": a named substitute (not "v-o trimit pe mail").
    '^(dar |insa |)(o|il|i|le) (trimit|trimitem|voi trimite|vom trimite) pe',
    // "Dl. director nu poate participa, dar o trimite pe colega noastră, dna. Anca Mihăilescu" (h470_029): the head sends her.
    '^(dar |insa |)(o|il|i|le) (trimite|va trimite|deleaga|va delega) pe (colega|colegul|colegii|colegele|dna|dl|doamna|domnul|d-na|d-l)',
    // "Ți-l trimit pe Cătălin, eu sunt în audit" (h162_074): the clitic for "to you" too (not "ți-l trimit pe mail", neutral).
    '^(dar |insa |)(ti-l|ti-o|vi-l|vi-o|ti-i|vi-i|vi-le) (trimit|trimitem|voi trimite|vom trimite) pe',
    // "Voi ruga un coleg să se conecteze": who is not said yet.
    '(voi ruga|vom ruga|o sa rog|o sa rugam|rog|rugam) (un coleg|o colega|pe un coleg|pe o colega|pe unul dintre colegi|pe una dintre colege|pe cineva|cineva) ... sa (participe|vina|se conecteze|mearga|ma inlocuiasca)', '(va |)(veni|merge|participa|intra) (colega|colegul) (mea|meu) in loc',
    // "Nu mai pot veni, mi s-a suprapus cu altceva. Vine în schimb Alex, colegul meu de la firmă" (h134_071).
    '(vine|va veni|participa|va participa|merge|va merge|se conecteaza|se va conecta) in schimb', '^in schimb (vine|va veni|participa|va participa|merge|va merge|se conecteaza|se va conecta)',
    // After the sender's refusal, one of theirs: "eu nu pot, dar vine Mara de la noi" (h128_065).
    // Not "Participă din partea noastră doi colegi": the organisation's answer (orgYes), the sender maybe among them.
    // "Merge Bogdan din partea noastră" (h207_028).
    '^(dar |insa |iar |in schimb |)(vine|va veni|se conecteaza|se va conecta|merge|va merge) ... (de la noi|din echipa noastra|din echipa mea|de la asociatie|de la firma|de la birou|din partea noastra|din partea mea)',
    // "Eu nu pot ajunge, dar îl rog pe Tudor (tudor@…) să participe din partea studioului" (h208_020).
    // Not "Vin. O rog pe Irina să vină și ea" (goes along): only for the office ("în locul meu" has its own phrases, with their doubt).
    '^(dar |insa |iar |)(il|o|i|le) (rog|rugam|voi ruga|vom ruga|am rugat|o sa rog) pe ... sa (participe|vina|se conecteze|mearga|intre) (din partea|in numele)',
  ],
  delegations: ['(am|i-am) delegat'],
  handover: [
    // "Am primit-o și am trimis-o mai departe conducerii, revenim cu un răspuns" (h553_020): a secretariat passing it up.
    '(am|am si) (trimis-o|transmis-o|inaintat-o|redirectionat-o|trimis|transmis|inaintat) (invitatia |)(mai departe |)(conducerii|directorului|directoarei|managerului|managerei|sefului|sefei|doamnei director|domnului director)',
    // A forward to a colleague: "Bianca, vezi te rog asta, poate mergi tu" (h330_036).
    '^poate (mergi|mergeti|vii|veniti|participi|participati|intri|intrati) tu',
    // "Vrea cineva să meargă pe 17?": the sender asks the team who goes (a question, yet a hand-over).
    '(vrea|doreste|ar vrea|ar dori|poate) cineva sa (participe|mearga|vina|se duca|se conecteze)', 'cine (vrea|doreste|ar vrea|ar dori|are timp|poate) sa (participe|mearga|vina|se duca|se conecteze)',
    'vezi (te rog |)daca (poti|puteti|ai putea|ati putea) (sa |)(participa|participi|merge|mergi|veni|vii|ajunge|ajungi|preia|preiei)',
    '(poti|ai putea) (sa |)(participa|participi|merge|mergi|veni|vii|ajunge|ajungi) (tu|in locul meu)', 'te rog sa (participi|mergi|vii|ajungi|te duci|preiei)',
    'iti (trimit|redirectionez|transmit) (invitatia|mesajul)',
    // "Vă transmit mai jos invitația pentru colegii de la Direcția de Cultură, poate sunt interesați" (h351_047).
    '(va |)(transmit|transmitem|trimit|trimitem|redirectionez|redirectionam) (mai jos |mai departe |)(invitatia|mesajul|emailul|e-mailul) (si |)pentru (colegii|colegele|colega|colegul|echipa|cei)',
    // "Colega mea Irina s-ar putea să fie interesată, îi dau invitația mai departe" (h337_042).
    '(ii|le|i-o|le-o|ii voi|le voi) (dau|da|trimit|trimite|transmit|transmite) (si |)(invitatia|mesajul|emailul|e-mailul) (mai departe|colegei|colegului|colegilor)',
    '(i-am|le-am) (dat|trimis|transmis|redirectionat) (si |)(invitatia|mesajul|emailul|e-mailul) (mai departe|colegei|colegului|colegilor)',
    // "Am redirecționat invitația către doamna director, care va decide cine participă".
    '(am|noi am) (transmis|trimis|inaintat|redirectionat)(-o| invitatia) (catre|la) (doamna|domnul|conducere|conducerea|director*|directoare*|primar*|sef*|rector*|decan*|presedinte*|manager*)',
    // A registry passing the invitation up: "am transmis-o doamnei director pentru rezoluție"; the answer is hers to give.
    '(am|noi am|v-am) (transmis|trimis|inaintat|redirectionat|inmanat)(-o| invitatia) (spre (aprobare|rezolutie|analiza) |)(doamnei|domnului|conducerii|directorului|directoarei|primarului|sefului|sefei|rectorului|decanului|presedintelui|managerului)',
    // Said as it is done, to one colleague: "Vă redirecționez invitația către colega mea" (h176_049), "Vă transmit mai jos invitația și colegei mele Carmen" (h178_056).
    '(redirectionez|redirectionam|transmit|transmitem|trimit|trimitem|voi transmite|vom transmite) (mai jos |mai departe |)(invitatia|mesajul|emailul|e-mailul) (si |mai departe |)(catre |)(colegei|colegului|colega|colegul|colegilor|colegelor|colegii|colegele|echipei)',
    // Passed on to the team, whose answer it now is: "Am redirecționat invitația către colegii din departamentul IMM".
    '(am|noi am) (transmis|trimis|inaintat|redirectionat|distribuit)(-o| invitatia) (si |mai departe |)(catre|la) (colegii|colegele|echipa|departamentul|membrii|personalul)',
    '(am|noi am) (transmis|trimis|inaintat|redirectionat|distribuit)(-o| invitatia) (si |mai departe |)(colegilor|colegelor|echipei|departamentului|membrilor|doctoranzilor|studentilor|masteranzilor|elevilor|colaboratorilor)',
    // To one colleague: "am transmis invitația colegei mele, Irina Vasiu, care probabil vă va scrie separat" (h111_037).
    '(am|noi am) (transmis|trimis|inaintat|redirectionat)(-o| invitatia) (si |mai departe |)(colegei|colegului|unei colege|unui coleg)',
    // The same said as it is done: "O transmit colegilor din asociație și revin cu un răspuns" (h105_053).
    '^(o|le) (transmit|transmitem|trimit|trimitem|redirectionez|redirectionam|distribui|distribuim|voi transmite|vom transmite) (si |mai departe |)(colegilor|colegelor|echipei|departamentului|membrilor)',
    '^(transmit|transmitem|redirectionez|redirectionam|voi transmite|vom transmite) invitatia (si |mai departe |)(colegilor|colegelor|echipei|departamentului|membrilor)',
    // A forward: "vezi te rog invitația de mai jos, poate te interesează".
    '(vezi|citeste|uita-te pe|arunca un ochi pe) (te rog |)(invitatia|mesajul|emailul|e-mailul|anuntul) (de mai jos|de dedesubt|atasat(|a)|primit(|a))',
  ],
  othersMaybe: [
    // "Doar voluntarii nu sunt siguri încă" (h576_080): "sunt" with a plural "siguri" is theirs, never the sender's.
    '(nu sunt|inca nu sunt) (inca |)(siguri|sigure)',
    // "Voi fi eu la întâlnire; colega mea Sorina încearcă să se conecteze și ea, dar …, deci nu e sigur" (h577_009): the colleague tries.
    '(colega|colegul|colegii|colegele) (mea|meu|mei|mele|noastra|nostru|nostri|noastre) ... (incearca|va incerca|o sa incerce) sa (se conecteze|vina|ajunga|participe|intre)',
    // "Vin sigur. Nu stiu inca daca vine si fratele meu" (h522_080): whether one more comes is the doubt.
    '(nu stiu|nu stim|nu sunt sigur|nu sunt sigura) (inca |)(daca|de) (vine|va veni|o sa vina|poate veni|participa|va participa|se conecteaza|intra|va intra) si',
    // "Un coleg, dr. Emil Sava, va veni poate si el, depinde de orarul de luni" (h528_040).
    '(va veni|vine|va participa|participa|se va conecta|se conecteaza|va intra|intra|o sa vina) poate (si el|si ea|si dansul|si dansa)',
    // "Vin, probabil cu un coleg (Andrei)" (h462_067).
    '^(probabil|poate|eventual) (si |)cu (un|o|colegul|colega)',
    // "vin și eu luni, poate împreună cu asociatul meu, Tudor" (h581_007).
    '^(probabil|poate|eventual) (si |)(impreuna cu|alaturi de|insotit de|insotita de) (un|o|colegul|colega|asociatul|asociata|partenerul|partenera|sotul|sotia|fratele|sora|fiul|fiica)',
    // "Confirm. Vin probabil si cu Mihaela" (h458_059): the companion is the doubt.
    '(vin|venim|voi veni|vom veni) (probabil|poate|eventual) (si |)cu',
    // "Și poate îl conving și pe Dragoș … să vină, dar nu promit" (h386_084): a companion only hoped for.
    '(poate |)(il|o|ii) conving (si |)pe',
    // "Colega mea Mirela s-ar putea alătura, dacă îi permite programul de repetiții" (h384_002): the colleague's doubt.
    '(colega|colegul|colegii|colegele) (mea|meu|mei|mele|noastra|nostru|nostri|noastre) ... s-ar putea (alatura|conecta|veni|adauga|alaturi)',
    // "Sau 3 dacă vine și Paul" (h381_021): one more only if a companion comes.
    '^sau # daca (vine|vin|se conecteaza|poate|ajunge) (si|)',
    // "eu vin, poate și Tudor dacă scapă de la birou" (h370_020): the maybe is about the one named after "și".
    '^poate (si|vine si|mai vine si|o sa vina si)',
    // "Vin și eu, dar nu știu încă dacă reușesc să-l aduc și pe colegul meu Dorel" (h370_060).
    '(nu stiu|nu stim) (inca |)daca (reusesc|reusim|pot|putem|o sa pot|voi putea) (sa-l|sa il|sa-i|sa ii|sa o|s-o|sa le) (aduc|aducem|iau|luam) (si |)(cu mine |cu noi |)pe',
    // "Pentru colegul meu Bogdan nu știu încă, îl las pe el să vă scrie" (h417_044); "Întreb și colegii dacă mai vine cineva"
    // (h416_067); "Încerc să aduc și un coleg de la departamentul de proiecte" (h418_048).
    '^pentru (colegul|colega|colegii|colegele) ... nu (stiu|stim)', '(intreb|voi intreba|o sa intreb) (si |)(colegii|colegele|colegul|colega) daca (mai |)(vine|vin|vor veni|participa|vrea|vor|cineva)',
    'incerc sa (aduc|iau) (si |)(un|o|#) (coleg|colega|colegi|colege|persoana)',
    // "Confirm participarea. Nu știu încă dacă se conectează și colegul meu, vă anunț" (h408_042): the colleague is the doubt.
    '(nu stiu|nu stim) (inca |)daca (se conecteaza|se va conecta|vine|va veni|participa|va participa|poate veni|poate participa|poate sa vina|ajunge) si (colegul|colega|colegii|colegele|sotul|sotia|seful|sefa|directorul|directoarea)',
    // "Nu pot participa. Vă propun să vorbiți cu colegul meu Vlad Matei, poate el are timp" (h366_034): the colleague is the doubt.
    '^poate (el|ea|dansul|dansa|dumnealui|dumneaei|domnia sa|colegul|colega) (are timp|poate|vine|participa|ajunge|se poate conecta|se conecteaza|e disponibil|e disponibila|este disponibil|este disponibila)',
    // "Da, particip. Eventual aș putea veni și cu o colegă, vă anunț sigur până miercuri" (h360_063): the colleague is the doubt.
    '(eventual|poate|probabil) (as putea veni|as putea sa vin|vin|venim|o sa vin|as veni) (si |)cu (o colega|un coleg|colega mea|colegul meu|inca o persoana|inca un coleg|inca o colega|cineva)',
    // "Va confirm participarea mea. Un coleg ar mai fi interesat, revin cu confirmare" (h342_060): the colleague's interest is the doubt.
    '(un|o|alt|alta|inca un|inca o) (coleg|colega|prieten|prietena|persoana|membru) (de-al meu |de-a mea |de la noi |din echipa |)(ar mai fi|ar fi|mai e|mai este|ar putea fi) (si |)(interesat|interesata)',
    // "Colega mea, Ioana Dragomir, va încerca să se conecteze în locul meu" (h60_069): a stand-in who will only try.
    '(va|vor|o sa) (incerca|incerce) sa (vina|participe|ajunga|se conecteze|intre|fie prezent*)',
    // "Mai vede și colegul meu, Marius, dacă se poate elibera" (h241_028): whether the colleague comes is still to be seen.
    '(mai |)(vede|vedem|va vedea|o sa vada) (si |)(colegul|colega|colegii|colegele|sotul|sotia|seful|sefa|directorul|directoarea)',
    // Another office suggested: "Nu particip, nu e pe zona mea. Poate Direcția de Cultură" (h225_038).
    '^poate (directia|departamentul|serviciul|biroul|compartimentul|colegii|cei de la|cineva de la)',
    // "Vin eu sigur. Poate și un coleg, dar încă nu știe dacă se eliberează" (h271_012): the doubt is the colleague's.
    '^poate (si |)(un|o) (coleg|colega|prieten|prietena|voluntar|voluntara|student|studenta) (de la noi |din echipa |)$',
    // "Vin eu și probabil și Teo de la noi, îți confirm mâine dacă și el" (h330_070): a named one from the sender's side.
    '(probabil|poate|posibil) si ... (de la noi|din echipa|din echipa noastra|de la asociatie|din birou)',
    // "Particip eu, probabil și un coleg, dar încă nu e sigur" (h321_065).
    '^(probabil|poate|posibil) si (un|o) (coleg|colega|prieten|prietena|voluntar|voluntara|student|studenta|asociat|asociata)',
    // "Atunci vin, poate o aduc și pe sora mea care lucrează cu mine" (h295_081): the one brought is the doubt.
    '^poate (o|il|ii|le|va) (aduc|iau|luam|aducem) (si |)(cu mine |)(pe|cu)',
    // "Da, vin. Poate vin și cu Simona, îți confirm mâine" (h297_068): "și" puts the doubt on the one brought, not so
    // "poate vin cu soțul, încă nu știm sigur" (h228_064).
    '^poate (vin|venim|ma conectez|ne conectam) si (cu|impreuna cu|alaturi de)',
    // Passed on to someone who may be free: "Vă redirecționez invitația către colega mea, poate ea este disponibilă" (h176_049).
    'poate (ea|el|dansa|dansul|) (este|e|va fi|ar fi) (disponibil|disponibila|disponibili|libera|liber|interesat|interesata|interesati)',
    // "Fwd către colegii din departament, poate e cineva interesat" (h208_032).
    'poate (este|e|va fi|ar fi) (cineva|careva|vreun coleg|vreo colega|vreunul) (disponibil|disponibila|liber|libera|interesat|interesata)',
    // "2 persoane (nr. final vi-l confirm mâine, s-ar putea să mai vină cineva)" (h165_038): someone more, maybe.
    '(s-ar putea|poate|posibil|e posibil) (sa |)(mai |)(vina|vine|participe|se conecteze|se alature) (si |)(cineva|altcineva|inca cineva|inca un coleg|inca o colega)',
    // "Nu pot, scuze. Intreaba-l pe Vlad, poate vine el" (h151_030): the doubt is the other's.
    'poate (vine|va veni|participa|va participa|se conecteaza|intra|poate veni|poate participa) (el|ea|dansul|dansa|dumnealui|dumneaei)',
    // "Nu știu încă dacă pot veni cu toată echipa": doubt about the others, not oneself.
    '(nu (stiu|stim) (inca |sigur |)|inca nu (stiu|stim) |nu (sunt|suntem) (inca |)sigur(|a|i|e) )daca (pot|putem|voi putea|vom putea) (veni|participa|ajunge|aduce) (si |)(cu |pe |)(toata|intreaga|toti|toate) (echipa|colegii|colegele|echipei)',
    '(poate|probabil|posibil) (si |)(vine |va veni |ne insoteste |ma insoteste |)(si |)(colegul|colega|colegii|colegele|sotul|sotia|seful|sefa|directorul|directoarea|partenerul|partenera|prietenul|prietena)',
    // Someone put in copy: "Am pus-o în copie și pe Oana, poate vrea să se alăture" (h71_066).
    '(poate|probabil|posibil) (si |)(vrea|doreste|va vrea|ar vrea|va dori|ar dori) (si ea |si el |si ei |si ele |)sa (se alature|vina|participe|se conecteze)',
    // A companion maybe, by name: "Vin. Poate și cu Adi, vă confirm mâine dacă vine și el."
    // "Sigur, mă conectez. Probabil se conectează și Mara de la noi, îți confirm mâine pentru ea" (h119_079).
    // "Nu ajung luni … Poate trimite Fundația pe cineva, vă anunț" (h131_043).
    '(poate|probabil|posibil) (trimite|va trimite|trimitem|vom trimite|trimit|voi trimite) ... pe cineva',
    '(poate|probabil|posibil) (se conecteaza|se va conecta|vine|va veni|veni|participa|va participa|se alatura|se va alatura|ne insoteste|ma insoteste) si',
    // "Confirm. Posibil să vină și un coleg, vă anunț" (h123_024).
    '(poate|probabil|posibil|e posibil|este posibil|s-ar putea) (sa |)(se conecteze|vina|participe|se alature|ne insoteasca|ma insoteasca) si',
    '^(poate|probabil|posibil) si (cu|impreuna cu|insotit de|insotita de)', '(confirm|anunt|spun) (maine |ulterior |mai tarziu |)daca (vine|va veni|poate veni) si (el|ea|ei|ele|colegul|colega|colegii|colegele)',
    // Someone else's availability, in a relative clause: "colega mea, Carmen Bucur, care s-ar putea să fie disponibilă".
    'care (s-ar putea|ar putea) sa (fie disponibil*|fie liber*|poata|vina|participe|ajunga)',
    // The stand-in answers herself: "… să participe în locul meu — vă va scrie dânsa direct" (h92_004).
    // Only with "direct"/"personal": "vă confirmă ea numele" (the names of those coming) answers for no one's doubt (h19_080).
    '(va|v-|o sa va|va va) (scrie|raspunde|confirma|contacta|anunta) (si |)(dansa|dansul|ea|el|ei|ele) (direct|personal|separat)',
    // The pronoun first: "am rugat-o pe colega mea Diana să vină în locul meu; ea vă va scrie separat pentru confirmare" (h115_077).
    '(ea|el|ei|ele|dansa|dansul|dansii|dansele) (va va|va vor|o sa va|va) (scrie|raspunde|confirma|contacta|anunta) (direct|personal|separat|pentru confirmare)',
    // Named, then only possibly coming: "Colega mea, Ana Pop, ar putea să vină în locul meu" (h91_079).
    '(colegul|colega|colegii|colegele|sotul|sotia|seful|sefa|directorul|directoarea|adjunctul|adjuncta) ... (ar putea|ar putea sa|s-ar putea sa|ar fi posibil sa) (vina|participe|ajunga|se conecteze|veni|participa|ajunge)',
    // The invitation passed on: "am trimis invitația colegilor, poate vin unii dintre ei".
    '(poate|probabil) (vin|vine|vor veni|participa|participe|se alatura) (si |)(unii|unele|cineva|careva|cativa|cateva|unul|una|altii)',
    '(nu (stiu|stim) (inca |sigur |)|inca nu (stiu|stim) |nu (sunt|suntem) (inca |)sigur(|a|i|e) |nu (e|este) (inca |)sigur |nu am confirmare )(daca|ca) (vine|va veni|poate|va putea|participa|va participa|ajunge|va ajunge|vor veni|vor putea|vor participa|poate veni|poate participa|vin|pot) (si |)(colegul|colega|colegii|colegele|el|ea|ei|ele|sotul|sotia|seful|sefa|directorul|directoarea|partenerul|partenera|prietenul|prietena|insotitorul|insotitoarea)',
    '(va anunt|va voi anunta|va anuntam|revin|va confirm|va voi confirma) (pentru|in privinta|referitor la|cu privire la|despre|si pentru|daca vine|daca va veni|daca participa) (si |)(colegul|colega|colegii|colegele|el|ea|ei|ele)',
    '(nu (stiu|stim) (inca |sigur |)|inca nu (stiu|stim) |nu (sunt|suntem) (inca |)sigur(|a|i|e) |nu (e|este) (inca |)sigur |nu am confirmare )(daca|ca) (si |)(colegul|colega|colegii|colegele|el|ea|ei|ele|sotul|sotia|seful|sefa|directorul|directoarea|partenerul|partenera|prietenul|prietena|insotitorul|insotitoarea) ... (vine|va veni|poate|va putea|participa|va participa|ajunge|va ajunge|vor veni|vor putea|vor participa|vin|pot)',
    // Whether anyone more comes: "participăm eu și colegul meu Bogdan. Vă anunț până marți dacă mai vine cineva de la noi" (h170_014).
    '(va anunt|va voi anunta|va anuntam|revin|va confirm|va voi confirma|va scriu|va spun) ... daca mai (vine|va veni|vin|vor veni|participa|se alatura|se conecteaza) (cineva|altcineva|careva|cativa|cateva|altii|si altii|si altcineva)',
    // A companion's coming doubted with their own verb: "Vin sigur luni. S-ar putea să vină și o colegă de la atelier" (h106_071),
    // "Colegul meu (Eugen) poate mai târziu, vă anunț până vineri dacă vine și el" (h105_002).
    '(s-ar putea|ar putea|e posibil|este posibil) sa (vina|participe|se alature|se conecteze|ajunga) si (un|o|colegul|colega|colegii|colegele|sotul|sotia|el|ea|ei|ele)',
    '(va anunt|va voi anunta|va anuntam|revin|va confirm|va voi confirma) ... daca (vine|va veni|participa|va participa|poate veni|vor veni) si (el|ea|ei|ele|colegul|colega|colegii|colegele)',
    // "Vin eu sigur; colegul Tudor probabil": the hedge closing a clause about a companion.
    '(colegul|colega|colegii|colegele|sotul|sotia|seful|sefa|directorul|directoarea|partenerul|partenera|prietenul|prietena) ... (probabil|poate|posibil) (si el|si ea|si ei|si ele|)$',
    // A stand-in only if he manages: "Îl rog pe colegul meu Horia să intre în locul meu dacă reușește" (h101_074).
    '(in locul meu|in locul nostru|in numele meu|in numele nostru) ... (daca|in caz ca|in cazul in care) (reuseste|va reusi|poate|va putea|are timp|va avea timp|se elibereaza|ii permite programul|e liber|este liber|e libera|este libera|e disponibil|e disponibila|este disponibil|este disponibila)',
  ],
  requestCondition: [
    '(daca|in cazul in care) (imi|ni|mi|ne|ma|mi le|ni le|imi le|ne le|mi-l|ni-l|mi-o|ni-o|mi-i|ni-i|) (puteti|ati putea|veti putea|trimiteti|transmiteti|dati|oferiti|spuneti|comunicati|confirmati|permiteti|doriti|vreti|binevoiti)',
  ],
  otherOccasion: [
    // "Confirm cu plăcere participarea la conferința de lansare a proiectului „Timișoara Smart City” de joi" (h603_004).
    'la (conferinta|evenimentul|ceremonia|gala|seara) de lansare',
    // "Confirm ca vin la acela si luna viitoare. Pentru atelierul de pe 17, nu pot" (h597_006): "that one", the other project's.
    'la (acela|aceea|ala|aia|celalalt|cealalta)$', 'la (acela|aceea|ala|aia|celalalt|cealalta) (si|din) (luna viitoare|saptamana viitoare|anul viitor)',
    // "Confirm participarea la dezbaterea publică privind proiectul de buget 2021, joi 14 ianuarie" (h573_010): another city hall event.
    'la (dezbaterea|consultarea|audierea) publica (privind|pe|despre|a|pentru)', '(proiectul|proiectului) de buget',
    // "Vom vedea pentru data următoarei sesiuni, în funcție de …" (h549_008).
    '(data|datele|programarea|calendarul) (urmatoarei|urmatoarelor) (sesiuni|intalniri|atelier|ateliere|runde)',
    // "Vin cu siguranță la cea din septembrie dacă o mai repetați, dar luni nu pot" (h537_075).
    '(la|pentru) cea (din|de (la|pe|in)) (februarie|martie|aprilie|mai|iunie|iulie|august|septembrie|octombrie|noiembrie|decembrie)', 'daca o mai (repetati|organizati|faceti)', 'daca o reluati',
    // Another session only wished for: "din păcate nu. Dar dacă faceți una și după-amiaza, vin sigur!" (h531_030).
    '(daca|cand) (faceti|organizati|veti face|veti organiza|o sa faceti|o sa organizati|mai faceti|mai organizati|ati mai organiza|ati organiza|ati mai face|ati face) (si |)(una|alta|o alta|inca una|o sesiune|o editie|o intalnire|un atelier)',
    // "Re: întrebarea dvs. din e-mailul anterior – da, STPT poate asigura o linie de autobuz" (h525_053): another question answered.
    '(intrebarea|intrebarile) (dvs|dumneavoastra|ta) (din|de pe) (e-mailul|emailul|mailul|mesajul) (anterior|trecut|precedent)', '^din (e-mailul|emailul|mailul|mesajul) (dvs |dumneavoastra |)(anterior|trecut|precedent)$',
    // A board's own meeting, in a reply meant for its list: "Confirm prezența la ședința CA de vineri" (h435_041, a confident error).
    '(confirm|confirmam|va confirm|iti confirm) (prezenta|participarea) la sedinta (ca|consiliului de administratie|de consiliu|de board|board-ului|aga|adunarii generale|consiliului director|comitetului director|comitetului executiv)',
    // The office at another meeting: "colegii din ADR Vest participă la comitetul de monitorizare POR, așa că nu vom putea" (h401_050).
    // "Confirm prezența la Comitetul de Monitorizare SIDU de joi" (h408_056): a confirmation sent for that one.
    '(participa|participam|vor participa|sunt|suntem|vor fi|vom fi|(va |)(confirm|confirmam) (prezenta|participarea)) la (comitetul|comisia|consiliul|sedinta|conferinta|congresul|forumul|targul) (de|din|pentru|al|a) (monitorizare|conducere|coordonare|administratie|evaluare|selectie|organizare|directie|the|la)',
    // "vă rog să mă anunțați de următorul atelier, aș vrea să fiu prezent" (h375_006).
    '(de|despre|pentru) (urmatorul|urmatoarea|proximul|proxima) (atelier|sesiune|eveniment|intalnire|editie)',
    // Someone else's event on another date: "Vă confirm prezența la conferința Timișoara 2023 din 28 ianuarie" (h375_008).
    '(la|pentru) (conferinta|gala|forumul|targul|congresul|receptia|lansarea) ... din # (ianuarie|februarie|martie|aprilie|mai|iunie|iulie|august|septembrie|octombrie|noiembrie|decembrie)',
    // A confirmation sent for a past session: "Am confirmat deja participarea la atelierul din 20 ianuarie anul trecut și a
    // fost foarte util. De data aceasta, din păcate, sunt în concediu medical." (h367_009).
    '(atelierul|atelierele|intalnirea|sesiunea|evenimentul|workshopul|editia|dezbaterea) (din|de) ... (anul trecut|anul precedent)',
    // "de data asta nu pot :( sper să prind următorul atelier" (h319_062).
    '(sper|speram) sa (prind|prindem|ajung la|ajungem la|particip la|participam la|vin la|venim la) (urmatorul|urmatoarea|alt|alta|un alt|o alta) (atelier|sesiune|intalnire|eveniment|editie|lab)',
    // Someone else's event refused beside ours: "Nu voi putea participa la conferința de joi de la Camera de Comerț,
    // dar la atelierul dumneavoastră de miercuri vin cu drag" (h231_023).
    '(la|pentru) (conferinta|seminarul|gala|forumul|targul|congresul|evenimentul|receptia|lansarea) (de|din) (luni|marti|miercuri|joi|vineri|sambata|duminica|maine) (de la|organizat|organizata|a|al)',
    // "confirmăm participarea la conferința de presă de joi, 16 ianuarie" (h513_061): a press conference is never the workshop.
    '(la|pentru) (conferinta|conferintele|briefingul) de presa',
    // "M-ai întrebat telefonic despre evenimentul de la Iulius Town din februarie – da, ne ocupăm noi de sonorizare" (h519_059):
    // both invitations are for January, so an event of another month is another occasion.
    '(despre|la|pentru) (evenimentul|evenimentele|targul|festivalul|concertul|gala|lansarea|spectacolul) ... din (februarie|martie|aprilie|iunie|iulie|august|septembrie|octombrie|noiembrie|decembrie)',
    // "Vom participa cu plăcere la evenimentul de lansare din februarie; pentru atelierul din 20 ianuarie însă …" (h513_021).
    '(la|pentru) (evenimentul de lansare|lansarea|gala|forumul|targul|congresul|receptia) (din|de|de la|din luna) (februarie|martie|aprilie|iunie|iulie|august|septembrie|octombrie|noiembrie|decembrie)',
    // Named by its own words first: "luni sunt în concediu, dar confirm cu plăcere participarea la gala IMM de joi" (h390_045).
    // Not "conferința": a reply may call the workshop itself that; not "pentru": "repetiții pentru concertul de vineri" (h64_095)
    // is a reason.
    'la (gala|forumul|targul|congresul|receptia|lansarea|festivalul|concertul|vernisajul|balul|spectacolul) ... (de|din) (luni|marti|miercuri|joi|vineri|sambata|duminica)',
    // An easier hour another time: "Nu voi veni. Dacă faceți ceva în timpul zilei, aș veni bucuroasă".
    '(daca |)(faceti|organizati|veti face|veti organiza) (si |mai |)(ceva|altceva|una|o sesiune|o intalnire|un atelier) (in timpul zilei|ziua|dimineata|dupa-amiaza|dupa amiaza|dupa-masa|seara|in weekend|mai devreme|mai tarziu)',
    // "Dacă se mai organizează o sesiune în aprilie, vin cu drag": a later one, not this one.
    '(daca |)se (mai |)(organizeaza|organiza|face|tine|repeta) (o |un |)(alta |alt |noua |nou |)(sesiune|editie|intalnire|atelier|eveniment)',
    // The noun left out: "Dacă se mai face unul, vin sigur!".
    '(daca |)se (mai |)(organizeaza|face|tine|repeta) (inca |)(unul|una|altul|alta)',
    // "Dacă se va organiza și o sesiune online, ne-ar plăcea să participăm".
    '(daca |)se va (mai |)(organiza|face|tine) (si |)(o |un |)(alta |alt |noua |nou |)(sesiune|editie|intalnire|atelier|eveniment)',
    '(poate |sper |)(la|cu|pe|intr-o|in) (urmatoarea|proxima) (sesiune|editie|intalnire|ocazie|data|intrunire|runda|intalnire)',
    // The adjective after the noun: "nu mai pot veni. Poate la sesiunea următoare".
    '(poate |sper |)(la|cu|pe|in|pentru) (sesiunea|editia|intalnirea|runda|consultarea|intrunirea|dezbaterea|vizita) (urmatoare|viitoare)',
    // "Pentru sesiunea următoare, cea cu vizita de studiu din februarie …, nu voi putea" (h240_009).
    '(la|pentru) (sesiunea|intalnirea|vizita|vizita de studiu|atelierul|evenimentul|editia) (din|de (la|pe|in)) (februarie|martie|aprilie|mai|iunie|iulie|august|septembrie|octombrie|noiembrie|decembrie)', '(poate |sper |)(la|cu|pe|in) (atelierul|evenimentul|modulul) (urmator|viitor)',
    '(poate |sper |)(la|cu|pe|intr-un|in) (urmatorul|proximul) (atelier|eveniment|an|modul)',
    // "voi participa la atelierul celălalt, cel de pe proiectul ROCK, nu la acesta" (h621_067).
    '(la|pe|pentru|in) (atelierul|evenimentul|sesiunea|intalnirea|proiectul|workshopul|consultarea) (celalalt|cealalta)',
    // "Pe 20 însă nu pot veni la lansarea proiectului celălalt" (h627_032).
    '(la|pe|pentru) (lansarea|conferinta|evenimentul|sesiunea|intalnirea|atelierul) (proiectului|programului) (celalalt|celuilalt)',
    // The noun left out: "Poate la următorul.", "sperăm să ne revedem la următorul!".
    '(la|cu|pe|in) (urmatorul|urmatoarea|urmatoarele|urmatorii|proximul|proxima)$', '(ne |)(revedem|vedem|auzim|intalnim) (la|cu|pe) (urmatorul|urmatoarea|proximul|proxima)',
    // "sperăm să ne vedem la o următoare consultare".
    '(sper sa |speram sa |)(ne |)(revedem|vedem|auzim|intalnim|) (la|cu|pe|intr-o|in) o (urmatoare|viitoare|alta|noua) (consultare|sesiune|editie|intalnire|ocazie|intrunire|runda|dezbatere)',
    // The adjective after the noun: "Poate la o sesiune viitoare, dacă va fi după-amiaza".
    '(la|cu|pe|intr-o|in|pentru) o (consultare|sesiune|editie|intalnire|ocazie|runda|dezbatere) (viitoare|urmatoare)',
    // Another session named by its month: "Pentru atelierul din 20 ianuarie vă confirm. Pentru cel din februarie încă nu știu".
    '^(pentru|la|despre) (cel|cea|cele|cei) din (ianuarie|februarie|martie|aprilie|mai|iunie|iulie|august|septembrie|octombrie|noiembrie|decembrie|luna viitoare|toamna|primavara|vara|iarna)',
    '(poate |sper |)(data viitoare|alta data|altadata|cu (o |)alta ocazie|pe viitor|la anul)',
    // Later sessions in general: "dacă veți mai organiza astfel de sesiuni", "la sesiunile viitoare".
    '(sesiunile|intalnirile|evenimentele|atelierele|editiile|activitatile) (viitoare|urmatoare)', '(urmatoarele|viitoarele) (sesiuni|intalniri|evenimente|ateliere|editii)',
    // "Sperăm să prindem următoarea sesiune", "Sper să mai fie ocazii": hoping for a later one, not this one.
    '(sa |)(prind|prindem|apuc|apucam) (urmatoarea|proxima) (sesiune|editie|intalnire|runda)', '(sper|speram) (sa|ca) (mai |)(fie|vor fi|vor mai fi|o sa fie|o sa mai fie|apara) (si |)(alte |)(ocazii|sesiuni|intalniri)',
    'astfel de (sesiuni|evenimente|intalniri|ateliere|activitati|initiative)', 'in viitor',
    // "Sper să mai fie ateliere!" after a no: later workshops, not this one.
    '(sper|speram) (sa|ca) (mai |)(fie|vor fi|vor mai fi|o sa fie|o sa mai fie|apara) (si |)(alte |)(ateliere|evenimente|editii|consultari|dezbateri)',
    // "Dacă organizați și o sesiune în toamnă, vin cu mare drag": the organiser's later session.
    '(daca |)(organizati|veti organiza|veti mai organiza|mai organizati|faceti|veti face|veti mai face) (si |mai |)(o |un |)(alta |alt |noua |nou |)(sesiune|editie|intalnire|atelier|eveniment)',
    '(sesiune|editie|intalnire|atelier|eveniment) (in|la|din) (toamna|primavara|vara|iarna)',
    // A season alone: "Prezentare nu de data asta, n-am nimic nou de arătat, poate la toamnă" (h111_035).
    '^(poate|probabil|sper) (la|in|spre) (toamna|primavara|vara|iarna|anul viitor|luna viitoare)$',
    // Another date for this one: "dar dacă se reprogramează după 1 aprilie aș veni".
    'daca (se |o |il |)(reprogrameaza|amana|muta|reprogramati|amanati|mutati|va reprograma|veti reprograma)',
  ],
  relations: [
    '(colegul|colega|colegii|colegele|seful|sefa|directorul|directoarea|adjunctul|adjuncta|asistentul|asistenta|reprezentantul|reprezentanta|inlocuitorul|inlocuitoarea) (meu|mea|mei|mele|nostru|noastra|nostri|noastre)',
    '(asociatul|asociata|cofondatorul|cofondatoarea|partenerul|partenera|sotul|sotia) (meu|mea|nostru|noastra)',
  ],
  rankTitles: [
    '(domnul|doamna|dl|dna|d-l|d-na) (director|directoare|primar|viceprimar|prefect|subprefect|rector|prorector|decan|presedinte|presedinta|manager|inspector|inspectoare|sef|sefa|secretar|comisar|consilier|consiliera) (general|generala|adjunct|adjuncta|executiv|executiva|sef|scolar general|)',
  ],
  dateReferences: [
    '(din|pe|de pe|pana pe|in data de|la data de|in ziua de|ziua de) #',
    '# (ianuarie|februarie|martie|aprilie|mai|iunie|iulie|august|septembrie|octombrie|noiembrie|decembrie|ian|feb|febr|mar|apr|iun|iul|aug|sep|sept|oct|nov|dec)',
    '(luni|marti|miercuri|joi|vineri|sambata|duminica)',
    // "Din păcate mâine nu pot, dar miercuri la Zoom sunt prezentă" (h549_015): tomorrow is another day than the one named.
    'maine',
  ],
  // "Atât eu, cât și colegul meu Tudor Sabău vom participa" (h600_008): the clause after "atât eu".
  withSelf: ['^cat si', '(eu|noi) (si|impreuna cu|alaturi de|cu)', '(si|impreuna cu|alaturi de) (cu |)(eu|mine|noi)', 'cu mine', 'subsemnatul', 'subsemnata'],
  difficulty: [
    // Said of the sender ("mi-ar fi greu"), or of getting there ("ar fi greu să ajung"); not "e greu de organizat".
    '(mi-ar|ne-ar|mi-a|ne-a) fi (foarte |destul de |cam |putin |mai |)(greu|dificil|complicat|anevoios|problematic)',
    '(mi-e|ne-e|mi-i|imi e|imi este|ne e|ne este|imi va fi|ne va fi|imi vine|ne vine) (foarte |destul de |cam |putin |mai |)(greu|dificil|complicat|anevoios|problematic)',
    // "Mă tem că o să-mi fie greu să ajung": the colloquial future.
    '(o sa-mi|o sa imi|o sa ne) fie (foarte |destul de |cam |putin |mai |)(greu|dificil|complicat|anevoios|problematic)',
    '(e|este|va fi|o sa fie|ar fi|ar putea fi) (foarte |destul de |cam |putin |mai |)(greu|dificil|complicat|anevoios|problematic) (pentru mine |pentru noi |)(sa|de) (ajung|ajungem|ajuns|vin|venim|venit|particip|participam|fiu|fim|ma deplasez|ne deplasam)',
    '(greu|dificil|complicat) pentru (mine|noi) (sa|de)',
    '(greu|anevoie) (ajung|ajungem|vin|venim|pot ajunge|pot veni)', '(ajung|ajungem|vin|venim) (mai |foarte |destul de |)(greu|anevoie)',
    '(am|avem) (dificultati|greutati|probleme) (sa|de) (ajung|ajungem|vin|venim|ma deplasez|ne deplasam)',
    '(am|avem) (dificultati|greutati|probleme) cu (transportul|deplasarea|drumul|naveta)',
    'nu (e|este|va fi|o sa fie|mi-e|imi e|imi este) (chiar |prea |)(usor|simplu) (pentru mine |pentru noi |)(sa|de) (ajung|ajungem|ajuns|vin|venim|venit|particip|participam|fiu|fim|ma deplasez|ne deplasam)',
    'nu (mi-e|imi e|imi este|ne e|ne este) (chiar |prea |)(usor|simplu)',
  ],
  typoTargets: ['confirm', 'confirmam', 'particip', 'participam', 'participa', 'participare', 'participarea', 'participarii', 'prezenta'],
  forwardedAnswerPointers: [
    // "Vă redau mai jos răspunsul colegului meu. În ceea ce mă privește, nu voi putea participa" (h525_006).
    '(redau|transmit|trimit|atasez|redirectionez|las|copiez|pun|dau) (mai jos|dedesubt|in continuare) (si|) (raspunsul|mesajul|confirmarea|emailul|e-mailul) (colegului|colegei|colegilor|colegelor|lui|ei|domnului|doamnei|directorului|directoarei|sefului|sefei|presedintelui|managerului)',
    'mai jos (vedeti|vezi|gasiti|gasesti|aveti|ai|este|e|) (raspunsul|mesajul|confirmarea) (colegului|colegei|colegilor|colegelor|lui|ei|domnului|doamnei|directorului|directoarei|sefului|sefei|presedintelui|managerului)',
    '(raspunsul|mesajul|confirmarea) (colegului|colegei|colegilor|colegelor|domnului|doamnei|directorului|directoarei|sefului|sefei) ... (de mai jos|mai jos|dedesubt|de dedesubt)',
  ],
  inlinePointers: [
    'raspuns(ul|urile) (meu|mele|nostru|noastre) (este|e|sunt|il gasiti|le gasiti|) (mai jos|dedesubt|in text|in mesaj|printre randuri|intercalat|cu rosu|cu albastru|cu verde|cu (o |)alta culoare)',
    '(am raspuns|raspund|va raspund|am completat|completez|am scris) (mai jos|dedesubt|printre randuri|in text|direct in mesaj|in mesajul dumneavoastra|intercalat|cu rosu|cu albastru|cu verde)',
    '(vedeti|gasiti) (raspunsul|raspunsurile) (meu |mele |noastre |nostru |)(mai jos|in text|printre randuri|cu rosu|cu albastru)',
  ],
  weakYes: ['^ok$', '^(ok|okay|in regula|e bine|perfect) (multumesc|mersi)$', '^in regula$', '^e in regula$', '^perfect$'],
  counterfactuals: [
    // "M-aș fi bucurat să particip, dar la ora 11 sunt la ore cu copiii" (h238_029).
    '(m-as|ne-am|m-am|ne-as) fi bucurat(|a|i|e)', '(as|am) fi fost (bucuros|bucuroasa|bucurosi|onorat|onorata|incantat|incantata)','(as|am) fi (dorit|vrut|participat|venit|fost prezent(|a))', '(mi-ar|ne-ar) fi placut', '(mi-ar|ne-ar) fi facut (mare |multa |o mare |)placere',
    // "Ar fi fost o bucurie să fiu alături de dumneavoastră, însă … medicul mi-a recomandat să nu ies din casă" (h80_025).
    'ar fi fost (o (mare |adevarata |)(bucurie|placere|onoare|incantare)|minunat|frumos|o sansa)'],
  weakNo: [
    'din pacate', 'regret', 'regretam', 'imi pare rau', 'ne pare rau', 'cu parere de rau',
    // Counterfactual wishes cover the verb, so "mi-ar fi plăcut să particip" is not a yes.
    // An intensifier may stand in the middle: "aș fi vrut foarte mult să vin, dar…".
    '(mi-ar|ne-ar) fi placut', '(mi-ar|ne-ar) fi placut (foarte mult |mult |tare |enorm |)(sa|) (particip|participam|vin|venim|ajung|ajungem|fiu|fim|iau parte|luam parte)',
    '(as|am) fi (dorit|vrut|participat|venit)', '(as|am) fi (dorit|vrut) (foarte mult |mult |tare |tare mult |atat de mult |enorm |din tot sufletul |)sa (particip|participam|vin|venim|ajung|ajungem|fiu|fim|iau parte|luam parte)',
    // "M-aș fi bucurat să particip, dar la ora 11 sunt la ore cu copiii" (h238_029).
    '(m-as|ne-am|m-am|ne-as) fi bucurat(|a|i|e) (foarte mult |mult |tare |enorm |)(sa|) (particip|participam|vin|venim|ajung|ajungem|fiu|fim|iau parte|luam parte)',
    '(as|am) fi fost (bucuros|bucuroasa|bucurosi|onorat|onorata|incantat|incantata) (sa|) (particip|participam|vin|venim|ajung|ajungem|fiu|fim|iau parte|luam parte)',
    // "Mi-ar fi făcut mare plăcere să vin, … dar luni am o prezentare la un client": the same counterfactual.
    '(mi-ar|ne-ar) fi facut (mare |multa |o mare |)placere (sa|) (particip|participam|vin|venim|ajung|ajungem|fiu|fim|iau parte|luam parte)',
    // The same said of the occasion: "Ar fi fost o bucurie să fiu alături de dumneavoastră, însă …" (h80_025).
    'ar fi fost (o (mare |adevarata |)(bucurie|placere|onoare|incantare)|minunat|frumos|o sansa) (pentru mine |pentru noi |)(sa|) ((fiu|fim) (alaturi de|impreuna cu|cu) (dumneavoastra|dvs|voi)|particip|participam|vin|venim|ajung|ajungem|fiu|fim|iau parte|luam parte)',
    // Good wishes for an event one will not be at: "vă doresc o sesiune fructuoasă".
    '(va|iti) (doresc|dorim|urez|uram) (o |un |)(sesiune|intalnire|discutie|discutii|eveniment|atelier|zi) (fructuoasa|fructuos|fructuoase|productiva|productiv|productive|reusita|reusit|de succes|placuta|placut|frumoasa|frumos)',
    '(mult |)(succes|spor) (la|cu) (atelierul|atelier|evenimentul|eveniment|intalnirea|sesiunea|discutiile|discutii|lucrarile)',
    // "îmi pare tare rău, dar pe 10 sunt în turneu": an intensifier inside the regret.
    '(imi|ne) pare (tare|foarte|atat de|extrem de|teribil de|sincer) rau',
    '^(imi cer |va cer |)scuze$',
  ],
  excuses: [
    // "dar am târg la Arad în weekendul ăla și luni abia mă întorc" (h579_066).
    '(am|avem) (targ|expozitie|turneu|festival|congres|deplasare) (la|in) ...', 'abia (ma intorc|ne intoarcem|revin in tara|revin in oras)',
    // "între timp s-a îmbolnăvit copilul și rămân acasă" (h537_094).
    's-a imbolnavit (copilul|fetita|baiatul|fiul meu|fiica mea|sotul|sotia|mama|tata)', '(raman|ramanem|trebuie sa raman|trebuie sa stau) acasa (cu|$)',
    '(sunt|voi fi|o sa fiu|suntem|vom fi) pe drum (in ziua|atunci|toata ziua|in acea zi|in ziua respectiva|pana)',
    // "Din păcate am deja o întâlnire cu un client luni dimineață" (h529_071).
    '(am|avem) deja (o|un) (intalnire|sedinta|programare|intrevedere|angajament) (cu|la|in|pe)',
    // "din păcate luni sunt la Cluj" (h518_059): the meeting's day spent elsewhere, after a regret.
    'din pacate (luni|marti|miercuri|joi|vineri|atunci|in ziua aceea|in ziua respectiva) (sunt|voi fi|o sa fiu|suntem|vom fi|o sa fim) (la|in) ...',
    // "Cu mare drag aș veni, numai că luni sunt internată pentru o mică intervenție" (h501_020).
    '(sunt|voi fi|o sa fiu) (internat|internata|in spital|operat|operata|in convalescenta)',
    // "nu sunt în Timișoara săptămâna viitoare. Poate la următoarea sesiune" (h499_054).
    'nu (sunt|suntem) in (timisoara|tara|oras|romania) (saptamana viitoare|atunci|in ziua aceea|luni|miercuri|pe #)',
    // "Mulțumim, dar tema nu este relevantă pentru firma noastră (transport și logistică)" (h483_061).
    '(tema|subiectul|atelierul|evenimentul|discutia|intalnirea) nu (este|e|pare) (prea |foarte |chiar |)(relevant|relevanta) pentru (noi|firma noastra|activitatea noastra|domeniul nostru|institutia noastra|organizatia noastra|asociatia noastra|compania noastra)',
    // "eu am ședință de consiliu" (h469_069): the sender's own meeting, said beside the colleagues sent.
    '^eu (am|avem) (sedinta|sedinte|consiliu|audit|control|comisie|deplasare|delegatie)',
    // "suntem în inventar" (h450_044).
    '(suntem|sunt) in inventar',
    // "Miercuri sunt în comisie toată ziua" (h405_012).
    '(sunt|voi fi|suntem|vom fi) in (comisie|sedinta|audit|control|delegatie|instanta) (toata ziua|toata dimineata|atunci|la ora aceea)',
    // "Aș fi participat cu plăcere, dar am ore luni dimineață" (h402_049).
    '^am (ore|cursuri|curs|seminar|seminarii|examen|examene|consultatii) (luni|marti|miercuri|joi|vineri|in acea|in ziua|atunci|toata|exact)',
    // "Mulțumesc, dar luni la 10 am cursuri la facultate" (h576_064): the day and hour first.
    '^(luni|marti|miercuri|joi|vineri|pe #|atunci) (dimineata |)(la #|la ora #|) (am|avem) (ore|cursuri|curs|seminar|seminarii|examen|examene|consultatii)',
    // "din păcate suntem toți la o conferință la Cluj pe 20" (h355_057).
    '(suntem|sunt|voi fi|vom fi|o sa fiu|o sa fim) (toti |toate |amandoi |)(la|in) (o|un) (conferinta|congres|targ|festival|seminar|training|curs|deplasare|delegatie|tabara|excursie)',
    // "miercuri la ora 11 sunt la cursuri" (h323_087).
    '(sunt|suntem|voi fi|vom fi) la (cursuri|curs|ore|scoala|facultate)',
    // "miercuri la ora 11 am curs cu studenții" (h315_068).
    '(am|avem) (curs|cursuri|ore|seminar|seminarii|laborator) cu (studentii|elevii|copiii|masteranzii|doctoranzii)',
    // Teaching or studying all that day: "miercuri sunt la cursuri toată ziua" (h185_036).
    '(sunt|suntem|voi fi|vom fi|o sa fiu|o sa fim) (la|in) (cursuri|ore|curs|examen|examene) (toata ziua|toata dimineata|atunci|in ziua aceea|in acea zi|de dimineata|pana seara)',
    // "Din păcate, pe 17 am deja alt eveniment" (h163_041).
    '(am|avem) (deja |)(un |o |)(alt|alta) (eveniment|angajament|program|atelier|curs|seminar|intalnire|conferinta|sedinta)',
    // Out of the work the invitation is for: "nu mă mai ocup de proiecte din anul acesta, m-am pensionat" (h105_047).
    'm-am pensionat', '(am iesit|ies|voi iesi) la pensie', 'sunt (deja |acum |)(la pensie|pensionar|pensionara)',
    // The business is gone: "am închis pensiunea anul trecut", "nu mai activăm în turism".
    '(am|a|au|s-a|s-au|ne-am) (inchis|desfiintat|lichidat|dizolvat) (firma|afacerea|pensiunea|magazinul|cafeneaua|restaurantul|activitatea|societatea|asociatia)', 'nu mai (activam|activez|functionam|functionez)',
    // "miercuri avem release și nu pot lipsi din echipă" (not "nu pot lipsi de la atelier": a yes).
    'nu (pot|putem) lipsi (din echipa|din birou|din proiect|de la birou|de la serviciu|de la munca|de la lucru|din firma)',
    // Needed at one's own workplace: "trebuie să fiu prezentă în școală toată dimineața" (h108_004).
    '(trebuie sa|sunt obligat(|a) sa|sunt nevoit(|a) sa) (fiu|raman) (prezent(|a) |)(in|la) (scoala|liceu|birou|serviciu|spital|sediu|unitate|institutie|firma|examen)',
    // At another event elsewhere: "pe 16 sunt la Iași la un târg de design".
    '(sunt|suntem|voi fi|vom fi|o sa fiu|o sa fim) (la|in) * (la|pentru) (un|o) (targ|conferinta|congres|festival|expozitie|seminar|simpozion|training|curs)',
    '(sunt|suntem|voi fi|vom fi) (pe teren|in teren|pe santier|in audit|in control|in inspectie)', '(am|avem) (cursuri|ore|examen|examene) (toata ziua|atunci|in acea zi|in ziua respectiva|la aceeasi ora)',
    // "Avem programate mai multe evenimente", "programul meu e plin": busy at that time.
    '(am|avem) (deja |)programat(|e|a|i) (deja |)(mai multe |alte |niste |cateva |)(evenimente|activitati|intalniri|sedinte|deplasari)', 'programul (meu|nostru) (este|e|va fi) (foarte |deja |complet |)(plin|incarcat|aglomerat)',
    // "din pacate miercuri lucrez. Poate data viitoare" (h279_070): at work that day.
    '(luni|marti|miercuri|joi|vineri|in ziua aceea|in acea zi|atunci) (lucrez|sunt la lucru|sunt la serviciu|sunt de serviciu|am serviciu|sunt de tura|sunt in tura)$',
    // "Din păcate miercuri am deadline" (h266_033).
    '(am|avem) (un |)(deadline|termen limita|predare)$',
    'sunt plecat(|a)', 'suntem plecat(i|e)', 'voi fi plecat(|a)', 'sunt in concediu', 'voi fi in concediu', 'sunt in deplasare',
    'voi fi in deplasare', 'sunt bolnav(|a)', '(am|avem) (o |)alta (obligatie|intalnire|sedinta|activitate|programare)', 'coincide cu', 'am alt (angajament|eveniment|program)', 'am deja un alt',
    'se suprapune', 'suprapunere', '(la|cu|de) o alta (obligatie|intalnire|sedinta|activitate|programare|deplasare)',
    // The whole team busy that day: "toată echipa de marketing este implicată full-time".
    '(toata|intreaga) echipa ... (este|e|va fi|o sa fie) (implicata|ocupata|prinsa|mobilizata)', '(toti colegii|toata lumea) ... (sunt|vor fi|este|e|va fi) (implicati|ocupati|prinsi|implicata|ocupata|prinsa)',
    'sunt (deja |)(programat|programata|ocupat|ocupata|prins|prinsa)', 'am (deja |)(alte|niste) (obligatii|angajamente|sedinte)', 'motive (personale|medicale|obiective|de sanatate|familiale)',
    // Something else at that very time: "la aceeași oră avem programată o inspecție", "o ședință care nu poate fi mutată".
    '(la|in) (aceeasi|acelasi) (ora|interval|interval orar|zi|moment) (am|avem|este|e|va fi|are loc|se desfasoara|se tine|sunt|suntem)',
    '(am|avem) (deja |)programat(|a|e|i) ... (atunci|la aceeasi ora|in acelasi interval|in acea zi|in aceeasi zi|in ziua respectiva|la ora respectiva)', 'care nu (poate|pot) fi (mutat*|amanat*|reprogramat*|decalat*|anulat*)',
    'nu (o |il |le |)(pot|putem) (muta|amana|reprograma|decala|anula)',
    // "am deja atelierul cu copiii …, și nu-l pot muta" (h127_077).
    'nu-(l|i) (pot|putem) (muta|amana|reprograma|decala|anula)',
    // "am o sesiune foto programată de două luni și nu pot s-o mut": the pronoun joined to "să".
    'nu (pot|putem) (s-o|sa o|s-l|sa-l|sa il|sa le|s-le) (mut|mutam|aman|amanam|anulez|anulam|reprogramez|reprogramam|decalez|decalam)',
    // Bound to a duty that day, not to the workshop: "avem inspecție la școală și nu am cum să lipsesc".
    // The duty may be named a few words earlier: "avem inspecție de la minister la liceu și nu am cum să lipsesc" (h88_018).
    '(inspectie|inspectia|examen|examene|sedinta|tura|ore|cursuri|control|audit|consiliu|serviciu|scoala|birou|receptie|spital) ... ... (nu am cum|nu avem cum|nu pot|nu putem) (sa |)(lipsesc|lipsim|lipsi)',
    // A fixed appointment of one's own: "am o operație programată luni la 9:30 și nu am cum să lipsesc" (h104_044).
    '(operatie|operatia|interventie|programare|garda|proces|termen|consultatii|programat|programata|programate|programati) ... ... (nu am cum|nu avem cum|nu pot|nu putem) (sa |)(lipsesc|lipsim|lipsi)',
    // Elsewhere at that time: "săptămâna aceea sunt la București"; the date named: "Regret, dar pe 20 ianuarie sunt la Budapesta" (h263_031).
    'pe # (ianuarie|februarie|martie|aprilie|mai|iunie|iulie|august|septembrie|octombrie|noiembrie|decembrie|) (sunt|suntem|voi fi|vom fi) (la|in) *',
    '(saptamana|ziua|perioada|dimineata|luna) (aceea|respectiva|aceasta|asta) (sunt|suntem|voi fi|vom fi) (la|in|plecat*|departe)',
    // Held at one's own job that day: "suntem în sesiune de examene și nu pot lipsi de la facultate".
    // "Fiind singura persoană în recepție, nu pot lipsi din pensiune": held at one's own business.
    'nu (pot|putem) (sa |)(lipsi|lipsesc|lipsim|absenta|pleca|plec|pleca) (de la|din) (pensiune|hotel|receptie|magazin|restaurant|firma|farmacie|cabinet|ferma|brutarie|cafenea|tura|gospodarie)',
    'nu (pot|putem) (sa |)(lipsi|lipsesc|lipsim|absenta) de la (facultate|serviciu|birou|munca|scoala|ore|cursuri|spital|tribunal|clinica|catedra|examen|examene|sedinta|consiliu)', '(suntem|sunt|voi fi|vom fi) in (plina |)sesiune(a|) de (examene|examen|licenta|admitere)',
    // A shift without cover: "pe 14 lucrez tura de dimineață și n-am pe cine să pun în loc" (the shift alone
    // may end in time: "lucrez tura până la 10, apoi vin").
    '(n-am|nu am|n-avem|nu avem) pe cine (sa |)(pun|punem|las|lasam|trimit|trimitem) (in loc|in locul meu|in locul nostru|la (tejghea|receptie|magazin|cafenea|galerie|bar|casa))',
    // An engagement of one's own at that very time, said after a wish and its "dar": "Aș veni cu drag, dar am ședință de consiliu în dimineața aceea".
    '^(am|avem) (o |un |)(sedinta|intalnire|curs|ore|examen|examene|audit|control|consiliu|eveniment|conferinta|deplasare|tura|concert|spectacol|targ|programare|operatie|proces|termen) ... (in dimineata aceea|in acea dimineata|in ziua aceea|in acea zi|in aceeasi zi|in ziua respectiva|atunci|exact atunci|la aceeasi ora|la ora aceea|in acelasi timp|in acelasi interval)$',
    // "nu am cum să plec din galerie": no way to leave one's own post.
    '(n-am|nu am|n-avem|nu avem) cum (sa |)(lipsesc|lipsim|plec|plecam|ies|iesim|ma eliberez|ne eliberam)',
    // A performance elsewhere, back only later: "avem concert la Szeged pe 14 și ne întoarcem abia pe 15 după-amiază".
    '(am|avem) (un |)(concert|spectacol|turneu|reprezentatie|recital) (la|in|pe)', '(ma|ne) (intorc|intoarcem) (in tara |acasa |in oras |)abia',
    // Away with a tour or a camp that day: "pe 10 sunt în turneu la Iași".
    '(sunt|suntem|voi fi|vom fi|o sa fiu|o sa fim) (plecat |plecata |plecati |plecate |)in (turneu|turnee|tabara|misiune)',
    // Held at one's own post: "nu mă pot deconecta de la școală" (the reflexive "leave", not the online link).
    'nu (ma|ne) (pot|putem) (deconecta|desprinde|rupe) de la (scoala|liceu|serviciu|birou|munca|facultate|spital|firma|magazin|clinica|unitate|institutie)',
    // On leave: "sunt în CO săptămâna aia" (concediu de odihnă).
    '(sunt|voi fi) in (co|concediu de odihna|concediu medical)',
    // Held at one's own post: "iar prezența mea în unitate este obligatorie".
    '(prezenta mea|prezenta noastra) (in|la) ... (este|e|va fi) obligatorie',
    // A duty already set: "având programată o ședință cu părinții", "avem programată inspecția școlară".
    '(avand|am|avem|are|au) programat(a|e|i|) (deja |)(o |un |)(sedinta|sedinte|inspectie|inspectia|audienta|audit|auditul|control|controlul|examen|examenul|consiliu|consiliul)',
    // At another event that day: "suntem la Gala Societății Civile, la Cluj".
    '(sunt|suntem|voi fi|vom fi|o sa fiu|o sa fim) (la|in) (gala|conferinta|congresul|festivalul|targul|forumul|summitul|simpozionul)',
    // Held at one's own post: "avem simularea examenului de bacalaureat și nu pot părăsi școala".
    'nu (pot|putem|am cum|avem cum|ma pot|ne putem) (sa |)(parasi|parasesc|parasim|lasa|las|lasam|desprinde) (scoala|liceul|unitatea|institutia|biroul|serviciul|magazinul|cafeneaua|restaurantul|pensiunea|cabinetul|spitalul|clinica|ferma|receptia|tura|postul|elevii|copiii|pacientii)',
    // The same said as absence: "avem simularea examenului de bacalaureat și nu pot lipsi din liceu" (not "de la atelier").
    'nu (pot|putem|am cum|avem cum) (sa |)(lipsi|lipsesc|lipsim) (din|de la) (liceu|scoala|unitate|birou|serviciu|firma|cabinet|spital|clinica|catedra|clasa)',
    // A working day at one's own business: "e zi de aprovizionare la cafenea și sunt singur".
    '(e|este|va fi|avem|am) (o |)zi(|ua) de (aprovizionare|inventar|livrari|livrare|receptie marfa|receptie a marfii|curatenie generala|targ|piata)',
    // The same with the sender's own trade: "La 10 dimineața nu pot lăsa brutăria, suntem doar două".
    'nu (pot|putem|am cum|avem cum|ma pot|ne putem) (sa |)(parasi|parasesc|parasim|lasa|las|lasam) (brutaria|patiseria|atelierul meu|pravalia|farmacia|hotelul|localul|santierul|stupina|gradinita|clasa|grupa|copilul|bebelusul|animalele)',
    // Held at one's own post that day: "avem audit în aceeași zi și trebuie să fiu la birou" (h100_061).
    '(trebuie|musai) sa (fiu|fim|raman|ramanem) (la|in) (birou|serviciu|firma|scoala|unitate|institutie|magazin|pensiune|cabinet|spital)',
  ],
  neutral: [
    // On the mailing list twice, not on the participants' list: "cred că sunt pe listă cu două adrese" (h628_057).
    '(sunt|suntem|sunt trecut|sunt trecuta|apar) pe lista cu (doua|mai multe|ambele|2) (adrese|e-mailuri|mailuri)',
    // A doubt about asking, not about coming: "poate doar o întrebare la final".
    '(poate|probabil|eventual) (doar |numai |)(o|o scurta|o mica) (intrebare|observatie|remarca)',
    // "Nu știu dacă mai ții minte, ne-am cunoscut la atelierul din septembrie" (h615_015): whether one is remembered.
    'nu (stiu|sunt sigur|sunt sigura) daca (mai |)(tii|tineti|tinei) minte', 'nu (stiu|sunt sigur|sunt sigura) daca (iti|va) (mai |)(amintesti|amintiti|aduci aminte|aduceti aminte)',
    // "Da si nu. Da, ma intereseaza tema; nu, nu pot miercuri." (h597_067): yes and no, said of the answers that follow.
    '^da si nu$',
    // "Da, particip. Nu stiu daca o sa reusesc sa ma conectez de pe calculator, o sa intru de pe telefon." (h604_003).
    'nu (stiu|sunt sigur|sunt sigura) daca (o sa |)(reusesc|pot|voi putea|voi reusi) sa (ma conectez|intru) de pe (calculator|laptop|telefon|mobil|tableta)',
    // "… așa că vi le trimit mai jos în scris, poate le puteți prezenta în locul meu" (h601_042): the organiser reads them out.
    '(poate |)(le|il|o) (puteti|poti|ati putea|ai putea) (prezenta|citi|transmite|sustine|mentiona) in locul meu',
    // "Vin, cu condiția să primesc linkul de Zoom." (h597_009): the link comes with every confirmation, a condition already met.
    'cu conditia sa (primesc|primim|mi se trimita|ni se trimita|imi trimiteti|ne trimiteti) (si |)(linkul|link-ul|invitatia zoom|linkul de zoom|link-ul de zoom|datele de conectare)$',
    // "nu îmi retrag confirmarea, doar că voi întârzia": the earlier yes kept.
    'nu (imi|ne) (retrag|retragem) (confirmarea|participarea)', 'nu (retrag|retragem) (confirmarea|participarea)',
    // "Treceți-mă pe lista de așteptare, vă rog": a waiting list, no place yet.
    '(pe|in) lista de asteptare',
    // "sper să nu mă iei în nume de rău, dar …" (h585_042): an apology, no hope about coming.
    'sper sa nu (ma|ne) (iei|luati|intelegi|intelegeti) (in nume de rau|gresit)',
    // "Nu-i bai, vin și eu. Poate nu la toată discuția, dar vin." (h573_067): a doubt about staying the whole time.
    'poate nu (la|pe) toata (discutia|sedinta|intalnirea|sesiunea|durata)',
    // "Colegii mei sunt în turneu și ar vrea să urmărească" (h572_031): the colleagues away, said beside a question, not the sender's no.
    '(colegii|colegele) (mei|mele|nostri|noastre) (sunt|vor fi) (in turneu|plecati|plecate|in concediu|in deplasare|in strainatate)',
    // "am rămas doar eu și Mirela la birou pe 20": who stays at the office, not who comes.
    '(am ramas|ramanem|raman) (doar |numai |)(eu si|eu cu|noi doi|noi doua|noi trei) ... (la birou|la serviciu|acasa|la firma|la sediu)',
    // "Ajung și eu mâine, dar probabil cu 15-20 min întârziere" (h569_083): the delay is doubted, not the coming.
    'probabil cu ... (intarziere|intarzieri)', '(probabil|poate) (intarzii|intarziem|ajung mai tarziu|ajungem mai tarziu)',
    // "dacă mai lipsesc o zi de la cafenea îmi mută biroul" (h561_011): absent from work, not from the meeting.
    '(mai |)(lipsesc|lipsim|lipseste) (o zi |inca o zi |o data |)de la (cafenea|birou|serviciu|munca|job|scoala|facultate|magazin|ore|cursuri)',
    // "Una dintre colege … ar dori să prezinte pe scurt un proiect, celelalte două doar vom asculta" (h558_042): the rest of the
    // party listening refuses no talk the party gives.
    '(celelalte|ceilalti|restul) (doua |doi |trei |)(doar |numai |)(vom |vor |o sa |)(asculta|ascultam|ascultati)',
    // "Nu știu încă dacă voi putea folosi cele 5 minute pentru comentarii, depinde dacă apuc să citesc planul, dar sigur mă
    // conectez" (h555_047): doubt about the talk, and what it depends on.
    'nu (stiu|stim) (inca |)daca (voi|vom) (putea |)(folosi|utiliza|avea|lua) (si |)(cele |)# (minute|min)',
    'depinde daca (apuc|apucam|reusesc|reusim) sa (citesc|citim|parcurg|parcurgem) (planul|documentul|materialul|materialele)',
    // "Vom vedea pentru data următoarei sesiuni, în funcție de cum se stabilește calendarul în februarie" (h549_008): planning, not coming.
    'in functie de cum se (stabileste|va stabili|face|decide|va decide) (calendarul|programul|agenda|planificarea|programarea)',
    // "Nu știu dacă este vorba de mine sau de asociație, dar oricum nu, nu am primit planul" (h549_011): who was meant, not coming.
    'nu (stiu|sunt sigur|sunt sigura|stim) daca (este|e) vorba de (mine|noi|asociatie|institutie|organizatie|firma)',
    // An offer's own condition: "Pot veni să fac și fotografii la eveniment dacă doriți. Confirm oricum prezența" (h533_026).
    '(fotografii|poze|fotografiez|filmez|filmare|inregistrare|materiale|pliante) (la eveniment |)daca (doriti|vreti|aveti nevoie|e nevoie|este nevoie)$',
    // A hope about what is missed, not about coming: "De data asta însă nu pot … Sper să recuperez din minută" (h531_014).
    '(sper|speram) sa (recuperez|recuperam|citesc|citim) (din|cu|prin)',
    // "Am încercat să intru pe link ca să verific și îmi cere o parolă" (h513_067): a test of the link, no answer.
    '(am incercat|am vrut|incercam|am tot incercat) (acum |azi |deja |)sa (intru|ma conectez|accesez|deschid) (pe link|pe linkul|pe zoom|la link|linkul|link-ul|pe link-ul)',
    // "ceilalți sunt în concediu" (h504_037): the others' reason, not the sender's.
    '(ceilalti|celelalte|restul|colegii|colegele) (sunt|vor fi|o sa fie) in (concediu|deplasare|delegatie|vacanta|sedinta|turneu)',
    // "Am confirmat vineri că vin, dar s-a îmbolnăvit copilul" (h502_050): a yes given before, taken back after.
    '(am|v-am|noi am) confirmat (vineri|ieri|luni|saptamana trecuta|anterior) ca (vin|venim|particip|participam)',
    // "În locul meu trebuia să participe colegul Ion Rață, dar din păcate nici el nu este disponibil" (h499_063): only planned.
    '(in locul meu |)(trebuia|urma|trebuiau|urmau) sa (participe|vina|mearga|se conecteze) (in locul meu|)',
    // "Eu voi interveni, ceilalți participă ca observatori": the rest of the party listens.
    '(ceilalti|celelalte|restul) (vor participa|participa|vin|vor veni|vor fi|sunt|intra|vor intra) (doar |numai |)(ca|in calitate de) (observatori|ascultatori|observatoare|ascultatoare)',
    // "Vă rog să mă adăugați pe lista de mail" (h493_039): the mailing list, not the list of those who come.
    '(va rog sa |)(ma|ne) (adaugati|treceti|includeti|adaugi|treci) (si |)(pe|in) lista de (mail|email|e-mail|distributie|corespondenta|newsletter)',
    // "Voi trimite un coleg data viitoare" (h493_044): a stand-in for another time.
    '(voi trimite|o sa trimit|trimit|vom trimite) (un coleg|o colega|pe cineva|un reprezentant) (data viitoare|la urmatoarea|la urmatoarea sesiune|altadata|alta data)',
    // "Confirm pentru cina de seară cu partenerii … Pentru atelierul de dimineață nu știu încă" (h489_008): the dinner, not the workshop.
    '(confirm|confirmam|vin|venim|particip|participam) (si |cu placere |)(pentru|la|participarea la|prezenta la) (cina|masa de pranz|masa festiva|dineul|receptia|cocktailul|pranzul|petrecerea|vizita)',
    // "Sunt în concediu medical până pe 25, deci nu vă pot confirma prezența" (h447_032): no doubt left by "deci" at the
    // end, so the reason before it answers; "nu vă pot confirma încă" stays a hedge.
    '(deci|asa ca|prin urmare) nu (va |)(pot|putem) confirma (prezenta|participarea)$',
    // "Revin cu confirmarea: din partea ISJ Timiș va participa d-na inspector Carmen Sima" (h403_042): the answer follows the colon.
    '^revin (acum |)cu (confirmarea|raspunsul|numele|numele participantilor|lista|lista participantilor)$',
    // Doubts about something else than coming: having news to say (h399_003), staying to the end (h399_013), being of use
    // (h399_066), speaking ("Nu stiu daca vorbim, vedem acolo", h395_017), an earlier confirmation ("Nu știu dacă am apucat
    // să vă confirm săptămâna trecută, dar da, particip", h390_003), a camera (h399_059).
    'nu (stiu|stim|sunt sigur|sunt sigura|suntem siguri) daca (vorbim|vorbesc|intervin|intervenim|luam cuvantul|iau cuvantul|prezentam|prezint)',
    'nu (stiu|sunt sigur|sunt sigura) daca (am |)(apucat sa |)(v-am |va |)(confirm|confirmat|raspuns|raspund|scris)',
    'nu (stiu|sunt sigur|sunt sigura) daca (o sa am|voi avea|am) (ceva|ce|nimic) (nou |)(de spus|de adaugat|de zis)',
    'nu (stiu|sunt sigur|sunt sigura) daca (pot|o sa pot|voi putea) (sta|ramane) pana la (final|sfarsit|capat)',
    'nu (stiu|sunt sigur|sunt sigura) daca (va |)(mai |)(ajuta|conteaza|este util|e util|foloseste)',
    'nu garantez ca (am|o sa am|voi avea) (camera|microfon|semnal|net|internet|conexiune)',
    // Questions expected, not doubt about coming: "Nu pregătim o prezentare, dar vom avea probabil întrebări" (h400_072).
    // Not "Voi avea și câteva comentarii": comments the sender brings are a talk (h547_053; sixteen replies so labelled).
    '(vom avea|o sa avem|voi avea|o sa am|am avea|as avea) (probabil|poate|eventual) (cateva |niste |unele |)(intrebari|comentarii|observatii)',
    '(vom avea|o sa avem|voi avea|o sa am|am avea|as avea) si (cateva |niste |unele |)intrebari',
    // A call between organisers, not the meeting: "Ne auzim mâine la telefon să stabilim ordinea intervențiilor" (h397_056).
    'ne auzim (maine |diseara |luni |)(la telefon|pe telefon|telefonic|pe whatsapp)',
    // German "da" (since): "Leider kann ich … nicht teilnehmen, da ich zu diesem Zeitpunkt in Bukarest bin" (h397_048).
    '^da (ich|wir|es|sie|er|der|die|das|meine|mein|unser|unsere)',
    // A stand-in who was to come and now cannot: "Colegul meu Attila era să vină în locul meu, dar s-a îmbolnăvit" (h393_046).
    '(era sa|trebuia sa|urma sa|ar fi trebuit sa) (vina|mearga|participe|intre|se conecteze) (el |ea |)in locul (meu|nostru)',
    // "Nu vin cu colegii, vin singur" (h381_019): no companions, the sender still comes.
    'nu (vin|venim|voi veni) cu (colegii|colegele|colegul|colega|nimeni|altcineva)',
    // "Vin si eu! Sper sa nu fie prea lung" (h381_045): a hope about the length, no doubt about coming.
    'sper sa nu (fie|dureze|tina) prea (lung|lunga|mult)',
    // "Îl rog pe Bogdan să meargă în locul meu, vă scrie el separat dacă sunt detalii" (h382_014): details, not a doubt.
    '(va|iti) scrie (el|ea|dansul|dansa) (separat |)daca (sunt|e|este|are|aveti|va fi) (detalii|nevoie|intrebari|ceva)',
    // "Din păcate colegii mei nu pot veni, voi veni doar eu" (h378_091): the colleagues' refusal, not the sender's.
    '(colegii|colegele|colegul|colega) (mei|mele|meu|mea|nostri|noastre) (nu pot|nu vor putea|nu poate|nu va putea|nu mai pot|nu mai poate) (veni|participa|ajunge)',
    // "eu nu am cum să hotărăsc în locul tău" (h375_040): deciding for a colleague, not coming.
    '(nu am|n-am|nu avem|n-avem) cum (sa |)(hotarasc|hotaram|decid|decidem|stiu|stim|aflu|aflam)',
    // Which of two stand-ins, not whether one comes: "Raluca sau Vlad, încă nu știu care" (h370_079).
    '^(inca |)nu (stiu|stim) (inca |)(care|cine) (dintre ei |dintre ele |dintre noi |)(exact |anume |)$',
    // Whether the sender answered before: "Nu știu dacă v-am mai răspuns, dar da, particip" (h346_011).
    '(nu stiu|nu mai stiu|nu sunt sigur|nu sunt sigura|nu-mi amintesc|nu imi amintesc|nu mai tin minte) daca (v-am|ti-am|va-m|am|v-am mai|ti-am mai|am mai) (mai |deja |)(raspuns|scris|confirmat)',
    // The recording, not the meeting: "Dacă da, poate o urmăresc ulterior" (h343_034).
    '(poate|probabil) (o |il |le |)(urmaresc|urmarim|vizionez|vizionam|vad|vedem|ascult|ascultam) (si |)(ulterior|mai tarziu|dupa aceea|in reluare|inregistrarea)',
    // What the rest of the party does: "Directorul va prezenta … Ceilalți doi doar vor asculta".
    '^(ceilalti|celelalte|restul) (doi|doua|trei|colegi|colege|#|) (vor |o sa |)(doar |numai |)(asculta|urmari|ascultam|vor asculta|vor urmari)',
    // The other half of an indirect question: "dacă este nevoie de înscriere prealabilă … sau pot veni direct" (h328_040).
    '(sau|ori) (pot|putem) (sa |)(veni|vin|venim|intra|intru|intram) (direct|pur si simplu|fara inscriere|asa)',
    // How, not whether: "… dacă există locuri de parcare la Primărie sau trebuie să vin cu transportul în comun" (h338_072).
    '(trebuie|va trebui|e nevoie|este nevoie) (sa |)(vin|venim|veniti|ajung|ajungem) (cu|pe) (transportul|masina|autobuzul|tramvaiul|troleibuzul|bicicleta|trenul|taxiul|taxi|jos)',
    // A count hedged, not the coming: "Ne conectăm și noi, probabil vreo 3 oameni de la Hackerspace" (h325_093).
    '^(probabil|poate) (vreo|cam|in jur de|aproximativ) # (oameni|persoane|colegi|participanti|membri|voluntari)',
    // Why a question was asked, not a doubt said: "La ce oră se termină evenimentul? Să știu dacă pot veni între două întâlniri" (h311_018).
    '^(sa|ca sa) (stiu|stim|vad|vedem) daca (pot|putem|voi putea|vom putea) (sa |)(veni|vin|venim|ajunge|ajung|participa|particip|intra|intru)',
    // How the sender connects is hedged, not whether: "da, confirm. Intru din mașină probabil, deci doar audio" (h310_066).
    '(din masina|din tren|din drum|din deplasare|de pe drum|de pe telefon|de pe mobil) (cel mai |)probabil',
    // Whom the invitation was for, not whether one comes: "nu știu dacă era pentru mine sau pentru asociație" (h303_079).
    'nu (stiu|stim|sunt sigur|sunt sigura|suntem siguri) daca (era|e|este|a fost) (pentru mine|pentru noi|adresata mie|adresata noua|destinata mie)',
    // Whether one can, asked without its mark: "aș vrea să știu dacă pot sta până la final" (h290_012) asks, it doubts nothing.
    // Not "… dacă pot veni cu un coleg": the sender comes, the companion is asked about.
    '(as vrea|as dori|vreau|vrem|am vrea|am dori) sa (stiu|stim|aflu|aflam) daca (pot|putem|voi putea|vom putea) (sa |)(sta|stau|ramane|raman|ramanem|prinde|prind|ajunge la timp|ajung la timp)',
    // "Vă rog să-mi spuneți dacă mai este posibil să particip, am văzut invitația abia acum" (h296_029): asked, not said.
    '(spuneti|comunicati|confirmati|spune|anuntati)(-mi|-ne|) daca (mai |)(este|e|ar fi|ar mai fi) posibil sa (particip|participam|vin|venim|ma inscriu|ne inscriem|ma alatur|ne alaturam|ma conectez|ne conectam)',
    '(spuneti|comunicati|confirmati|spune|anuntati)(-mi|-ne|) daca (mai |)(pot|putem) (sa |)(particip|participa|participam|vin|veni|venim|ma inscriu|ne inscriem|ma conectez|ne conectam)',
    // "Vă rog să-mi spuneți dacă mai este posibil să particip, am văzut invitația abia acum" (h296_029): asked, not said.
    // Where the sender travels from, not whether: "Se asigură loc de parcare la Primărie? Vin din Lugoj." (h288_058).
    '^(vin|venim) din',
    // A doubt about the deadline, not about coming: "Nu știu dacă mai e valabil termenul de confirmare, dar aș veni" (h289_032).
    'nu stiu daca (mai |)(e|este) (valabil|inca valabil|in termen)',
    // A doubt about what one can offer: "Nu știu dacă pot contribui cu mare lucru, dar vin".
    'nu stiu daca (pot|as putea|putem|am putea) (sa |)(contribui|contribuim|aduce|aduc|aducem|adauga|adaug) (cu |)(mult|mare lucru|ceva|prea mult)',
    // A forward's hedge: "Îți trimit mai jos invitația, poate o distribui și în rețeaua ta" (h249_019).
    'poate (o|il|le|ii) (distribui|distribuiti|trimiti|trimiteti|transmiti|transmiteti|dai mai departe|dati mai departe)',
    // A forward's hedge about others: "Vă redirecționez mai jos invitația, poate e de interes pentru colegii din Budapesta" (h247_066).
    'poate (e|este|va fi|ar fi|ar putea fi) de interes (pentru|si pentru)',
    // No stand-in: "nu pot participa și nici nu am pe cineva care să meargă în locul meu" (h234_053).
    '(nu am|n-am|nu avem|n-avem) (pe cineva|pe nimeni|cine|nimeni) (care sa|sa) (poata |)(mearga|merge|vina|veni|participe|participa|intre|intra|ma inlocuiasca|ne inlocuiasca|ma reprezinte|ne reprezinte) (in locul meu|in locul nostru|)',
    // What a text says, not the sender: "acțiunile … nu spun nimic despre cine întreține spațiile" (h232_020).
    '(nu spun|nu spune) nimic (despre|legat de|cu privire la|in privinta)',
    // Part of the time doubted, the rest answered: "Nu sunt sigură că pot fi prezentă tot timpul, dar mă conectez cel puțin
    // la prima parte" (h231_025).
    '(nu sunt sigur|nu sunt sigura|nu suntem siguri|nu stiu|nu stim) (daca|ca) (pot|putem|voi putea|vom putea) (fi prezent|fi prezenta|fi prezenti|fi conectat|fi conectata) (tot timpul|toata ziua|toata sesiunea|pe toata durata|la tot atelierul|la toata sesiunea)',
    // Leave asked, not a doubt of the companion's: "vin cu soția dacă se poate" (h230_048) — not "soția … poate".
    '(colegul|colega|colegii|colegele|sotul|sotia|seful|sefa|directorul|directoarea|partenerul|partenera|prietenul|prietena) ... daca se poate$',
    // A stand-in who was to come and no longer can: "colegul care trebuia să vină în locul meu nu mai poate ajunge" (h222_033).
    'care (trebuia|urma|era) sa (vina|participe|mearga|intre|se conecteze) in locul (meu|nostru)',
    // Which address or device fails, not whether one comes: "trimiteți invitația și pe adresa personală …, de pe cea de serviciu nu pot intra pe Zoom" (h217_030).
    '(de pe|din|cu|de la) (cea|cel|adresa|contul|calculatorul|laptopul|telefonul|mailul) (de serviciu|de la serviciu|de la birou|de birou|firmei|institutiei) nu (pot|reusesc sa|merge sa|ma pot) (intra|conecta|accesa|deschide|loga)',
    // Not the whole of it, a part said next: "Nu pot participa la tot atelierul, doar la prima oră".
    'nu (pot|voi putea|o sa pot) (participa|sta|fi prezent|fi prezenta|ramane) (la tot|tot|toata|pe toata) (atelierul|evenimentul|intalnirea|durata|ziua|timpul|sesiunea)',
    // Enough time, not arriving: "5 minute îmi ajung" (h209_015).
    '(minute|min|minutele) (imi|ne) (ajung|ajunge|vor ajunge)', '(imi|ne) (ajung|ajunge|vor ajunge) # (minute|min)',
    // A doubt about how one joins, not whether: "confirm. Vom fi patru …, probabil ne conectăm de pe două laptopuri" (h211_010).
    '(probabil|poate|posibil) (ne|ma) (conectam|conectez|vom conecta|voi conecta) (de pe|de la|cu|din) (# |doua |un |o |)(laptop*|telefon*|calculator*|tablet*|dispozitiv*|pc*|sal*|birou*)',
    // Who comes, not whether: "În funcție de subiecte vom decide cine participă" (h204_033).
    '(in functie de|depinde de|dupa) ... (vom|o sa|voi|putem) (decide|hotari|stabili|vedea) cine',
    // Whom the invitation was for: "Nu știu dacă invitația mi se adresa mie sau colegului" (h198_025).
    'nu stiu daca invitatia (mi se adresa|mi se adreseaza|era pentru|e pentru|este pentru|imi era adresata)',
    // Speaking doubted beside a confirmation: "nu știu dacă e cazul să vorbesc, prefer să ascult doar" (h199_048).
    'nu stiu daca (e|este) cazul sa (vorbesc|intervin|iau cuvantul|prezint|spun ceva)',
    // Asking how to come, not whether: "să-mi spuneți dacă … putem veni direct", "aș dori să știu dacă pot veni și cu un prieten" (h197_048, h197_009).
    // Not "Aș vrea să știu dacă pot veni cu un coleg" (leave asked, a maybe in set 80).
    '(sa-mi spuneti|sa ne spuneti|spuneti-mi|sa-mi confirmati) daca (pot|putem) (veni|participa|intra)', '(necesara|necesar) (inscrierea|inregistrarea) (prealabila |)sau (putem|pot) veni',
    // A companion said beside the sender's own answer: "sigur, intru pe Zoom. Vine și Andrei de la noi" (h197_055).
    '^(vine|va veni|se conecteaza|se va conecta|merge|va merge) si ... (de la noi|din echipa noastra|din echipa mea|de la asociatie|de la firma|de la birou)',
    // Who the sender is, not why they stay away: "Aș vrea să particip și eu, sunt pensionară și fac voluntariat" (h195_084).
    'sunt (deja |acum |)(pensionar|pensionara) si (fac|ma ocup|sunt|lucrez|activez|ajut)',
    // Leaving early, possibly: "Particip. Oricum, e posibil să trebuiască să ies mai devreme, pe la 12:30" (h192_091).
    '(e|este) posibil sa (trebuiasca sa |fiu nevoit sa |fiu nevoita sa |)(plec|ies|ma retrag|ma deconectez) (mai devreme|mai repede|inainte de final|inainte de sfarsit|pe la)',
    "nu (sunt|suntem) (sigur|sigura|siguri) (ca|daca) (sunt|suntem) (persoana|persoanele) (potrivita|potrivite)",
    // "Nu vin singură, vin cu încă doi colegi" (h190_013): not alone is no refusal.
    'nu (vin|venim|voi veni|vom veni|o sa vin|o sa venim|merg|ma conectez) (singur|singura|singuri|singure)',
    // Speaking doubted, not coming: "Voi participa, însă doar online, … deci nu garantez că pot interveni" (h188_027).
    'nu (garantez|pot garanta|promit) ca (pot|voi putea|o sa pot) (interveni|vorbi|lua cuvantul|prezenta|sustine)',
    // The camera doubted, not coming: "Particip online. … am camera oprită probabil" (h180_052).
    '(camera|camerele|microfonul) (oprita|oprite|inchisa|inchise|pornita|pornite|oprit|inchis) (probabil|poate|cel mai probabil)',
    // "Voi intra de pe laptop, fără cameră probabil" (h200_041).
    '(fara|cu) (camera|microfon) (probabil|poate|cel mai probabil)',
    // Who comes, doubted, not whether: "vine cineva de la noi, probabil eu" (h201_063).
    '^(probabil|poate|cel mai probabil) (eu|chiar eu|subsemnatul|subsemnata)$',
    // No stand-in either: "Nu pot participa și nici nu am pe cineva pe care să-l trimit în locul meu" (h201_035).
    '(nu am|n-am|nici nu am|nu avem|n-avem|nici nu avem) pe (nimeni|cineva) (pe care |)(sa il |sa-l |sa o |s-o |)(trimit|trimitem|delegez|delegam) in locul (meu|nostru)',
    // Someone else's question passed on: "ei întreabă dacă pot participa cu 2 persoane. Tu decizi" (h168_085).
    '(intreaba|intrebau|intreaba si|vor sa stie|ar vrea sa stie) daca (pot|poate|putem|ar putea) (participa|veni|sa participe|sa vina|sa se conecteze)',
    // Sent by mail, not a person sent: "vi-l trimit pe mail".
    '(ti-l|ti-o|vi-l|vi-o|ti-i|vi-i|vi-le|il|o|le|i) (trimit|trimitem|voi trimite|vom trimite) (si |)pe (mail|email|e-mail|whatsapp|adresa|link|linkul)',
    // The rest of the party, not the sender: "Ceilalți doi colegi nu mai pot" (h157_008).
    '(ceilalti|celelalte|restul) (# |doi |doua |trei |)(colegi|colege|membri|persoane|echipei) (nu|nu mai) (pot|vor putea|vin|vor veni|participa|vor participa|ajung)',
    // The connection hoped for, not the coming: "Da, particip. Mă conectez de pe telefon, sper să meargă" (h149_087).
    'sper sa (mearga|functioneze|tina) (conexiunea|netul|internetul|linkul|zoom-ul|zoomul|bine|)$',
    // Whether one should come, asked indirectly: "Vreau să știu dacă e cazul să vin și eu" (h147_034) — no answer.
    // "Aș vrea să știu dacă mai trebuie să vin eu sau a confirmat deja cineva" (h151_019).
    '(daca|oare) (e|este|ar fi|mai e|mai este) (cazul|nevoie|necesar|util|nevoie) (sa|ca sa) (vin|venim|particip|participam|ma conectez|ne conectam|fiu prezent*|fim prezent*) (si eu|si noi|)',
    '(daca|oare) (mai |)(trebuie|e nevoie|este nevoie) (sa|ca sa) (mai |)(vin|venim|particip|participam|ma conectez|ne conectam) (eu|si eu|noi|si noi|)',
    // Doubt about being the right person, not about coming: "nu știu dacă sunt persoana potrivită" (h161_022).
    '(nu stiu|nu sunt sigur|nu sunt sigura) (daca|ca) (sunt|as fi) (persoana potrivita|omul potrivit|potrivit|potrivita|relevant|relevanta|persoana cea mai potrivita)',
    // Asking whether a registration is needed: "dacă la întâlnire trebuie să ne înscriem și pe platformă" (h162_063).
    'daca ... (trebuie|e nevoie) (sa|ca sa) (ne|ma) (inscriem|inscriu|inregistram|inregistrez)',
    // "Aș vrea să văd dacă are sens să vin" (h159_042).
    '(daca|oare) (are sens|merita|are rost) (sa|ca sa) (vin|venim|particip|participam|ma conectez|ne conectam) (eu|si eu|noi|si noi|)',
    // A suggestion to the organiser, no doubt: "îți trimit mai jos mesajul de la dl. Dobre, poate îl adaugi tu pe listă" (h147_016).
    'poate (il|o|ii|le|ma|ne) (adaugi|adaugati|treci|treceti|pui|puneti|inscrii|inscrieti|notezi|notati)',
    // Whether a mail arrived, not whether the sender comes: "Nu particip. Am trimis și mai devreme răspuns, nu știu dacă a ajuns" (h142_029).
    '(nu stiu|nu stim|nu sunt sigur|nu sunt sigura|nu suntem siguri) (daca|ca) (a ajuns|au ajuns|l-ati primit|ati primit|a fost primit|mesajul|raspunsul|emailul|e-mailul|mailul) (meu |nostru |)(a ajuns|au ajuns|)',
    // A purpose, not a refusal: "Cine mai participă din partea OAR? Să ne coordonăm să nu venim dublat" (h136_032).
    '(sa|ca sa) nu (venim|vina|mergem|participam|ne conectam) (dublat|dublati|amandoi|amandoua|toti|toate|de doua ori|in acelasi timp)',
    // What was said before, reported: "Am zis că vin, dar a intervenit ceva" (h136_016).
    '(am zis|am spus|v-am spus|v-am scris|v-am zis|am scris) (ca|sa) (vin|venim|particip|participam|ma conectez|ne conectam)',
    // A forward's courtesy: "vă trimit mai jos invitația, poate vă interesează" (h130_040) — the reader's interest, not coming.
    'poate (va|te|il|o|ii|le|v-ar|te-ar|l-ar|ar) (intereseaza|interesa|ar interesa|fi de interes|e de interes)',
    // News, not a deferral: "Cu această ocazie vă anunțăm și că proiectul nostru a primit finanțare" (h121_078).
    '(va|iti) (anunt|anuntam|comunic|comunicam|informam) (si |totodata |cu bucurie |cu placere |de asemenea |)(ca|faptul ca)',
    // Asking leave to bring someone after confirming: "Vă confirm participarea. Aș vrea să vă întreb și dacă pot veni împreună cu o stagiară" (h121_044).
    '(intreb|intreba|intrebam|intrebare) (si |totodata |)(daca|daca as putea|daca am putea) (pot|putem|as putea|am putea|) (sa |)(veni|vin|venim|participa|particip|aduce|aduc) (si |)(impreuna cu|insotit de|insotita de|alaturi de|cu)',
    // No one to stand in: "din păcate nici colega mea nu mă poate înlocui" — no substitute.
    '(nu|nici nu) (ma|ne) (poate|pot|va putea|vor putea|o sa poata) (inlocui|reprezenta)',
    'nu (are|avem|am) cine sa (ma|ne) (inlocuiasca|reprezinte)',
    // Doubt about having read the invitation right: "nu sunt sigur că am înțeles corect data".
    'nu (sunt sigur|sunt sigura|suntem siguri|suntem sigure|stiu|stim) (daca|ca) (am|n-am|nu am) (inteles|citit|retinut) (bine|corect|data|ora|formatul|invitatia|tot)',
    // Reading before deciding: "Aș vrea să îl citesc înainte să decid dacă are sens să particip" (h112_014).
    '(inainte|inaintea) (sa|de a) (decid|decidem|hotarasc|hotaram|decide|hotari) (daca|) (are sens sa |merita sa |e cazul sa |)(particip|participam|vin|venim|ajung|ajungem)',
    // Maybe some things, no verb of coming: "Ne-ar interesa colaborări …, poate niște beri speciale cu teme din program" (h112_038).
    '^poate (si |)(niste|cateva)',
    // The worth of something offered, not the coming: "un nou program de mentorat … – poate ar fi interesant pentru acțiunea 2 din plan" (h106_042).
    '(poate|probabil) (ca |)(ar fi|e|este|ar putea fi) (interesant|interesanta|util|utila|relevant|relevanta|de interes|de folos) pentru (actiunea|actiunile|planul|plan|proiect*|discuti*|tema|strategi*)',
    // Doubt about the topic's fit, not about coming: "nu sunt sigur că tema e relevantă pentru noi".
    'nu (sunt sigur|sunt sigura|stiu|stim|suntem siguri) (daca|ca) (tema|subiectul|atelierul|evenimentul|asta|acest lucru|) (e|este|ar fi|va fi) (relevant|relevanta|de interes|potrivit|potrivita|util|utila) (pentru|si pentru) (noi|mine|firma noastra|organizatia noastra)',
    // Doubt about an optional extra, not the coming: "confirm participarea mea. Pentru tur nu sunt sigură încă, vă anunț la fața locului".
    '^(pentru|la|cat despre|in privinta|legat de) (tur|turul|turul ghidat|plimbare|plimbarea|plimbarea ghidata|vizita|vizita ghidata|excursie|excursia|cina|masa|masa de pranz|pranz|pranzul|receptie|receptia) ... nu (sunt|suntem) (inca |)(sigur|sigura|siguri|sigure)',
    '^(pentru|la|cat despre|in privinta|legat de) (tur|turul|turul ghidat|plimbare|plimbarea|plimbarea ghidata|vizita|vizita ghidata|excursie|excursia|cina|masa|masa de pranz|pranz|pranzul|receptie|receptia) ... nu (stiu|stim) (inca|sigur)',
    // Told on the spot presumes being there: "vă anunț la fața locului".
    '(va |iti |)(anunt|anuntam|spun|spunem|zic|zicem|confirm|confirmam) (direct |)(la fata locului|pe loc)',
    // A guess about the reader, not a hedge: "(probabil ați primit și răspunsul meu automat)".
    '(probabil|poate|sper ca) (ati|ai|v-a|ti-a) (primit|vazut|observat|citit|ajuns)',
    // "În principiu nu e nicio problemă, venim": the hedge is about a problem, not the coming said beside it.
    '^in principiu nu (e|este|va fi|ar fi) (nicio|nici o) problema$',
    // "observații … pe care le pot spune dacă ajungem la discuții": reaching a part of the agenda, not the venue.
    'daca (ajungem|se ajunge|apucam|se apuca) (si |)(la|pana la) (discutii|discutie|dezbatere|dezbateri|intrebari|partea de)',
    // "aș vrea să nu vin nepregătită": how to come, not whether.
    'sa nu (vin|venim) (nepregatit*|cu mana goala|cu mainile goale)',
    // "(la 10 ora noastră, dacă am calculat bine)": the writer's own doubt about a fact, no condition.
    'daca (am|n-am) (calculat|inteles|citit|retinut|socotit) (bine|corect)', 'daca (imi amintesc|retin) (bine|corect)',
    // A courtesy closing a refusal: "Sperăm să înțelegeți."
    '(speram|sper|sperand) (sa|ca) (ne |)(intelegeti|veti intelege)',
    // Who comes still to be decided: "Aș vrea să văd materialul înainte să stabilim cine participă din partea noastră" (h78_078).
    // "pentru a stabili cine dintre colegi va participa" (h438_068, a confident error).
    '(cine|cine dintre (colegi|noi|ei|colegii mei|colegii nostri)|care dintre noi|cati dintre noi|cate persoane) (participa|va participa|vor participa|vine|va veni|vor veni|merge|va merge) (din partea (noastra|institutiei|asociatiei|firmei|organizatiei|universitatii|primariei)|)',
    // Doubt about staying the whole programme: "Nu știu dacă prindem tot programul, probabil plecăm mai devreme" (h418_024).
    'nu (stiu|stim) daca (prind|prindem|apuc|apucam|stau|stam) (tot programul|toata sesiunea|toata intalnirea|pana la final|pana la sfarsit)',
    '(probabil|poate|posibil) (plec|plecam) (mai devreme|mai repede|inainte de final)',
    // The earlier message reported: "Revin asupra mesajului de ieri în care vă anunțam că trebuie să anulez participarea: … pot veni" (h429_019).
    '(in care|prin care) (va anuntam|v-am anuntat|va spuneam|v-am spus|va scriam|v-am scris|va comunicam|v-am comunicat) ca (trebuie sa anulez|anulez|nu (mai |)pot|nu voi (mai |)putea) ... (participarea|veni|participa|ajunge|fi prezent|fi prezenta)',
    // "… dacă trebuie să mă înregistrez separat pe Zoom sau doar intru pe link" (h441_064, a confident error): asked, not said.
    '(daca|sau) (doar |numai |)(intru|ma conectez|ne conectam|intram) (pe link|pe linkul|direct|de pe link|cu linkul)',
    // Some of the party drop out: "inițial v-am scris că vom fi patru …, dar doi dintre colegi nu mai pot" (h444_006, a confident error).
    '(#|doi|doua|trei|unul|una) dintre (colegi|colege|noi|ei|ele|colegii mei|colegii nostri) nu (mai |)(pot|poate|vor putea|va putea|vin|vine|ajung|ajunge)',
    // "Dacă tot mă întrebați: nu am nimic împotrivă să particip" (h435_051): "since you ask", no condition.
    'daca tot (ma|ne) (intrebati|intrebi|ati intrebat)',
    // "Buna seara, nu refuz niciodata o invitatie de la dvs. Voi fi online miercuri" (h435_016).
    'nu (refuz|refuzam) (niciodata|nicicand) (o |)(invitatie|invitatiile|invitatia)',
    // "Nu știu dacă am timp de cele 5 minute" (h429_002): doubt about the talk's slot.
    'nu (stiu|stim) (inca |)daca (am|avem|voi avea|vom avea|o sa am|o sa avem) timp (de|pentru) (cele # minute|interventie|prezentare|o interventie|o prezentare)',
    // "Este posibil să ajung mai târziu, pe la 11. Vin sigur" (h429_048): doubt about the hour, not the coming.
    '(este|e) posibil sa (ajung|intarzii|intru|ma conectez|venim|ajungem|intram|ne conectam) (mai tarziu|cu intarziere|putin mai tarziu|cu (cateva|#) minute (mai tarziu|intarziere))',
    // Doubt about speaking, not coming: "Nu știu încă dacă voi vorbi, dar sigur mă conectez să ascult" (h414_059),
    // "Particip, dar nu sunt sigură că voi avea timp să vorbesc" (h422_064).
    '(nu (stiu|stim) (inca |)daca|nu (sunt|suntem) (inca |)(sigur|sigura|siguri|sigure) (ca|daca)) (voi|vom|o sa|am sa) (avea timp sa |apuca sa |apucam sa |)(vorbi|vorbesc|vorbim|interveni|intervin|intervenim|lua cuvantul|iau cuvantul|prezenta|prezint)',
    // A "da" to a colleague's offer in a reply-all: "@Andrei - da, te rog trimite-mi și mie prezentarea" (h420_016).
    '^da (te rog|va rog) (sa-mi |sa ne |sa |)(trimite*|retrimite*)',
    // The talk hangs on the discussion, not the coming: "Nu știu dacă o să vorbesc, depinde de discuție" (h420_027); listening
    // from the car: "s-ar putea să fiu în mașină, deci doar ascult" (h420_023).
    'depinde de discutie', '(s-ar putea|poate|probabil) (sa fiu|voi fi|o sa fiu) (in masina|pe drum|in trafic|pe telefon)',
    // A request brought up again: "Revin cu rugămintea de a-mi spune când se face plata" (h407_028).
    'revin cu (rugamintea|intrebarea|solicitarea|cererea)',
    // "Revin cu titlul până vineri": a deferral of the talk's title, not of the answer (not "revin cu numele": who comes).
    'revin cu (titlul|tema|subiectul|denumirea|prezentarea|materialele|slide-urile|slideurile) (prezentarii|cazului|)',
    // A follow-up bringing the list, the list after its colon: "Revin cu lista: ne conectăm eu și Monica Ene" (h272_033).
    '^revin (acum |)cu (lista|numele|componenta|echipa|participantii|numele participantilor)$',
    // "Nu suntem siguri că tematica ne privește direct": doubt about the topic, not about coming.
    'nu (sunt|suntem) (sigur|sigura|siguri|sigure) ca (tematica|tema|subiectul|subiectele|agenda)',
    // "Revin la confirmarea de săptămâna trecută": pointing back at an earlier mail.
    'revin la (confirmarea|mesajul|emailul|e-mailul|mailul|raspunsul)',
    // What was sent instead may help: "Vă trimit în schimb o scurtă prezentare …, poate vă ajută la discuție".
    'poate (va|v-ar|ne|le|le-ar|iti|ti-ar) (ajuta|ajuta|fi de folos|fi util(|a)|este de folos|e de folos|e util(|a)|foloseste|folosi)',
    // "Nu mă conectez doar eu, ci și colegul": "not only I", no refusal (who else comes is for the details).
    'nu (ma conectez|intru|particip|vin) (doar|numai) eu',
    // "Nu mă mai pot conecta pe 17. Revin cu comentarii în scris": comments on the plan promised, not the answer deferred.
    '(revin|revenim|voi reveni|vom reveni|o sa revin|o sa revenim) (cu|si cu) (niste |cateva |eventuale |unele |)(observatii|comentarii|sugestii|propuneri|completari|feedback|un feedback)',
    // "Nu mă îndoiesc că pot veni": the negator belongs to the doubt.
    'nu (ma|ne) (mai |)indoiesc ca (pot|putem|voi putea|vom putea|o sa pot|o sa putem|voi|vom|o sa) (sa |)(ajung|ajungem|ajunge|vin|venim|veni|particip|participam|participa|fiu prezent(|a)|fim prezenti|fi prezent(|a))',
    // A decision waiting on the organiser's answer to the sender's question: "În funcție de răspuns, decid dacă vin".
    '^in functie de (asta|aceasta|raspuns|raspunsul (dumneavoastra|dvs|vostru))',
    // "Vă anunț însă că va trebui să plec pe la 11:30": informing, not deferring; "poate le puteți
    // prezenta dumneavoastră": a suggestion to the organiser, not doubt about coming.
    'va anunt (insa |totodata |de asemenea |doar |)ca', 'poate (le |il |o |i |)(puteti|ati putea|veti putea)',
    // "poate ajuta la planul dumneavoastră": "poate" is "it can", no hedge; "nu știu când ies" (from hospital) doubts the discharge, not the answer.
    'poate (ajuta|folosi|servi|interesa|fi (util|utila|utile|de folos|de ajutor))', 'nu (stiu|stim) cand (ies|iesim|ma externez|ma externeaza|scap)',
    // "am examen la 10 și nu știu când termin": doubt about the exam's end, not the answer.
    'nu (stiu|stim) cand (termin|terminam|se termina|se incheie)',
    // "Dă-i tu răspuns doamnei Petruț": the imperative "give" folds to "da" (a reply-all to a colleague).
    '^da-(i|mi|ne|le|ti|o)',
    // An earlier doubt retold before the new answer: "vă spuneam că nu știu dacă ajung: s-a rezolvat, vin!".
    '(va|iti|v-am|ti-am) (spuneam|scriam|ziceam|spus|scris|zis) ca (nu stiam|nu stiu|nu eram sigur(|a|i|e)|nu sunt sigur(|a|i|e)) (daca|inca) (ajung|ajungem|vin|venim|particip|participam|pot|putem|)',
    // Nobody sent in the head's place: "nu va fi delegat nimeni în locul dânsului".
    'nu (va fi|vor fi|a fost|au fost|este|sunt|poate fi) delegat(|a|i|e) (nimeni |nicio persoana |)in locul',
    // Nobody present instead: "nu va fi prezent nimeni în locul meu", not the stand-in "va fi prezent colegul … în locul".
    'nu (va|vor|o sa) (fi|fie) (prezent|prezenta|prezenti|prezente) (nimeni|niciun coleg|nici un coleg|nicio colega|nici o colega|colegul|colega|domnul|doamna) ... ... in locul',
    'nu (va|vor|o sa) (fi|fie) (prezent|prezenta|prezenti|prezente) (nimeni|niciun coleg|nici un coleg|nicio colega|nici o colega) in locul',
    // Details, not a deferred answer: "Vin … Revin cu detalii de pe laptop".
    'revin (cu|si cu) (mai multe |alte |toate |)(detalii|amanunte) (de pe|despre|legate de|privind|referitoare la|pe mail|pe e-mail|pe email)',
    // "Dacă e în română, nu sunt sigur că voi înțelege": doubt about following, not coming.
    '(nu sunt sigur|nu sunt sigura|nu suntem siguri) (daca |ca |)(voi |vom |o sa |)(intelege|inteleg|intelegem|pot urmari|putem urmari)',
    // An indirect question, not a condition: "Vă rog să ne spuneți dacă la atelier pot participa și reprezentanți ai ONG-urilor".
    '(spuneti|spuneti-ne|spuneti-mi|precizati|precizati-ne|comunicati-ne|lamuriti-ne|ne spuneti|imi spuneti) (va rog |)(daca|in ce masura) ... (pot|poate|putem) (participa|veni|fi prezenti|fi prezent|lua parte)',
    // The link the organiser sends to everyone online is no doubt: "Dacă primesc link-ul de Zoom, intru online din tren".
    '(daca|cand) (imi |ne |mi |ni |)(primesc|primim|trimiteti|veti trimite|transmiteti|veti transmite) (si |)(link-ul|linkul|link|datele de conectare) (de zoom|de teams|pe zoom|pe teams|pentru zoom|de conectare|de acces|)',
    // A purpose, not an answer: "Ar fi util ca să putem veni cu comentarii concrete".
    '(ca sa|pentru a|ca) (putem|pot|putea|puteti|poata) (veni|participa|contribui|ajunge|veni pregatit*) (cu|pregatit*)',
    // Watching the recording instead is no attempt to come: "voi încerca să urmăresc înregistrarea".
    '(voi|vom|o sa) (incerca|incercam) sa (urmaresc|urmarim|vad|vedem|ascult|ascultam) inregistrarea',
    '(incerc|incercam) sa (urmaresc|urmarim|vad|vedem|ascult|ascultam) inregistrarea',
    // Politeness, not doubt: "Sper să nu fie prea târziu: voi fi prezentă", "sperăm să nu deranjăm".
    '(sper|speram) sa nu (deranjez|deranjam|incurc|incurcam|fie prea tarziu|fie o problema|fie un deranj)',
    // A pious formula, no real condition: "așa că, dacă Dumnezeu îmi dă sănătate, voi fi acolo luni".
    'daca (dumnezeu|bunul dumnezeu|cel de sus) (imi|ne|mi|ni|) (da|va da|ajuta|va ajuta|lasa|va lasa|ingaduie) (sanatate|zile|)', 'cu (voia|ajutorul) lui dumnezeu',
    // Doubt about what to say, not about coming: "Amu nu știu dacă am ce spune la microfon".
    '(nu stiu|nu stim) daca (am|avem) (ce|ceva de) (spune|zice|prezenta)',
    // "Count me in. Nu sunt sigur că o să am ceva util de spus, dar o să fiu acolo." (h471_034).
    '(nu sunt sigur|nu sunt sigura|nu suntem siguri|nu stiu|nu stim) (ca|daca) (o sa |voi |vom |)(am|avem|avea) (ceva|ce) (util |interesant |relevant |nou |)(de spus|sa spun|sa spunem|de zis|sa zic|de adaugat)',
    // "Probabil o greșeală în listă" (h471_062): a guess about the mailing, not about coming.
    '(probabil|poate|cel mai probabil) (e |este |a fost |)(o greseala|o eroare|din greseala|gresit|o confuzie)',
    // "Nu știu dacă pot vorbi, sunt foarte emoționată în public, dar aș vrea să particip" (h468_079): the doubt is the talk's.
    '(nu stiu|nu stim|nu sunt sigur|nu sunt sigura) daca (pot|voi putea|o sa pot|as putea|reusesc sa|o sa reusesc sa) (sa |)(vorbi|vorbesc|interveni|intervin|lua cuvantul|iau cuvantul|prezenta|prezint|spune ceva|spun ceva)',
    // A late reply's condition is the organiser's room, not the sender's doubt: "dacă se mai poate, confirm participarea".
    '(daca|in cazul in care) (se mai poate|nu (e|este) (prea |)tarziu|mai (acceptati|puteti accepta|primiti) (confirmari|inscrieri|raspunsuri)|mai (este|e) posibil|inca se mai poate)',
    // Weighing whether to come is no attempt to come: "încerc să îmi dau seama dacă are sens să intru".
    '(incerc|incercam) sa (imi dau seama|ne dam seama|decid|decidem|hotarasc|hotaram|aflu|aflam|inteleg|intelegem|stabilesc|stabilim|vad daca|vedem daca|evaluez|evaluam)',
    // Politeness, not doubt: "sper că e în regulă", "sper să vă fie util".
    'sper (ca |)(e|este|va fi|sa fie|sa va fie|sa fie si) (in regula|ok|bine|util|utila|utile|de folos|de ajutor|clar)',
    'sper (ca|sa) (nu e|nu este|nu va fi|nu fie) (o |nicio |vreo |)(problema|deranj|inconvenient)', 'sper sa nu (deranjez|deranjeze|incurc|incurce)',
    'daca (nu e|nu este|nu va fi|nu deranjeaza|nu va deranjeaza) (o |nicio |vreo |)(problema|deranj|inconvenient|)', 'daca (e|este|va fi) (in regula|ok|bine)',
    // The organiser's consent to a caveat or a stand-in, not doubt about coming: "Particip doar în prima
    // parte… Dacă e ok așa, treceți-mă pe listă", "Dacă sunteți de acord, voi participa eu în locul ei".
    'daca (e|este|va fi) (in regula|ok|bine) (asa|pentru (voi|dumneavoastra|dvs|tine))', '^daca (sunteti|esti) de acord$', '^daca (va|iti) convine$',
    // A late reply's condition is the organiser's room: "Dacă mai este loc, vă confirm participarea".
    '^(daca|in cazul in care) (mai |inca |)(este|e|sunt|aveti) (loc|locuri)',
    // "Dacă mai e valabil linkul, mă conectez și eu mâine, doar să ascult" (h629_082): the organiser's link, like the room.
    '^(daca|in cazul in care) (mai |inca |)(e|este) (valabil|activ|bun) (linkul|link-ul|link)',
    // Whether the formality is needed, not whether to come: "spuneți-mi dacă e necesar să ne înscriem și pe vreo platformă".
    'daca (mai |)(trebuie|e nevoie|este nevoie|e necesar|este necesar) (sa|de) (ma inscriu|ne inscriem|ma inregistrez|ne inregistram|inscriere|inregistrare)',
    // The sign-up after another question: "spuneți-mi dacă trebuie să aduc ceva anume sau să mă înscriu undeva înainte".
    'daca (mai |)(trebuie|e nevoie|este nevoie|e necesar|este necesar) (sa|de) ... (sau|si) (sa |)(ma inscriu|ne inscriem|ma inregistrez|ne inregistram)',
    // An earlier answer, reported: "ieri v-am scris că nu pot, azi dimineață că poate vin. Acum e sigur: vin".
    '(ieri|azi|astazi|aseara|alaltaieri|azi dimineata|ieri dimineata|mai devreme|initial|anterior) (v-am (scris|spus|zis|raspuns|anuntat) |)ca (nu |poate |)(pot|putem|vin|venim|particip|participam|ajung|ajungem)',
    // An update, not a deferral: "Revin cu o mică modificare: vom fi de fapt trei persoane".
    'revin cu (o |)(mica |scurta |)(modificare|corectura|precizare|completare|actualizare|rectificare|schimbare)',
    // Details promised only if needed, after the answer: "Ok, mă conectez. Sunt pe drum acum, revin cu detalii dacă e nevoie" (h100_031).
    'revin(|em) cu (detalii|amanunte|informatii) (daca|in caz ca|cand) ... (nevoie|cazul|necesar)', 'revin(|em) cu (detalii|amanunte|informatii) la nevoie',
    // "Pentru cel din februarie încă nu știu, vă anunț separat": the news promised is about another matter.
    '(va |)(anunt|anuntam|confirm|confirmam|comunic|comunicam|revin|revenim) separat',
    // The device, not the coming: "Particip. Intru de pe telefon probabil".
    '(de pe|pe|de la|prin) (telefon|telefonul|mobil|mobilul|laptop|laptopul|tableta) (probabil|poate|cel mai probabil)', '(probabil|poate|cel mai probabil) (de pe|pe|de la) (telefon|telefonul|mobil|mobilul|laptop|laptopul|tableta)',
    // Other people who will or will not come: "pentru cei care nu pot ajunge" is nobody's answer here.
    '(cei|cele|celor|persoanele|persoanelor|participantii|participantilor|colegii|colegilor|membrii|membrilor|oricine|cine) care ... (ajunge|ajunga|participa|participe|veni|vina|prezent*|conecta|conecteze)',
    // A language, not the speaking slot: "nu vorbesc limba engleză".
    '(nu |)(vorbesc|vorbim|vorbeste|inteleg|intelegem|cunosc|cunoastem) (bine |prea bine |)(limba |)(romana|engleza|franceza|germana|italiana|maghiara|sarba)',
    // An obligation elsewhere ("o ședință la care trebuie să fiu prezent") is no answer.
    '(la|in|pentru|de) care (trebuie|trebuia|sunt obligat(|a)|sunt nevoit(|a)) sa (fiu|fim|particip|ajung|merg) (prezent|prezenta|prezenti|prezente|)',
    'unde (trebuie|trebuia|sunt obligat(|a)|sunt nevoit(|a)) sa (fiu|fim|particip|ajung|merg) (prezent|prezenta|prezenti|prezente|)',
    // A connection problem ("nu reușesc să mă conectez la Zoom") is no refusal.
    'nu (reusesc|reusim|pot|putem) (sa ma|sa ne) (conectez|conectam) (la|pe|prin) (zoom|teams|link*|platforma|aplicatie|sesiune|intalnire)',
    'nu (ma|ne) (pot|putem) conecta (la|pe|prin) (zoom|teams|link*|platforma|aplicatie|sesiune|intalnire)',
    // Whoever wants to speak (an invitation's wording) is nobody in particular.
    '(cine|oricine|cei care|cele care|persoanele care|participantii care|cineva care) (mai |)(doreste|doresc|vrea|vor|ar dori|ar vrea|ar dori) sa (ia|ia si|vorbeasca|prezinte|intervina|spuna|zica)',
    // The calendar button named ("am apăsat din greșeală pe Accept"): no answer; the words after it are.
    '(apasat|apas|dat click|dat clic|dat un click|ales|selectat|bifat) (din greseala |gresit |eronat |accidental |)(pe |)(butonul |optiunea |)(accept|acceptare|acceptat|accepta|da|refuz|refuzat|refuza|respinge|tentativ|nu)',
    '(acceptat|accept|refuzat|refuz) (invitatia |)(din greseala|gresit|eronat|accidental)',
    // Asking oneself, not answering: "nu mai știu dacă am confirmat deja".
    'daca (am|v-am|noi am) (deja |)confirmat (deja|)',
    'nu am nimic impotriva', 'n-am nimic impotriva', 'nu avem nimic impotriva',
    'nicio problema', 'nici o problema', 'nu-i problema', 'nu e (nicio |)problema', 'nu este (nicio |)problema',
    'multumesc pentru invitatie', 'multumim pentru invitatie', 'va multumesc pentru invitatie', 'va multumim pentru invitatie',
    'confirm primirea', 'confirmam primirea', 'am primit', 'confirm ca am primit',
    // Not sure the invitation reached someone: "nu sunt sigură că a ajuns la Liviu" (h132_033).
    'nu (sunt|suntem) (sigur|sigura|siguri|sigure) (ca|daca) (a ajuns|au ajuns|ati primit|a primit|au primit|ati trimis)',
    'daca (este|e) posibil', 'daca se poate', 'daca (aveti|ai) nevoie', 'daca (este|e) cazul', 'daca (mai |)(este|e) nevoie', 'cat mai (curand|repede) posibil', 'pe cat posibil', 'se poate',
    // A frame: what follows "confirm că" is the answer, so "confirm" itself says nothing here.
    '(va |)(confirm|confirmam) ca', 'va (anunt|anuntam|informez|informam|comunic|comunicam) ca',
    // "Vă anunț cu regret că nu voi putea": an announcement, its content is the answer.
    'va (anunt|anuntam|informez|informam|comunic|comunicam) cu (regret|parere de rau|tristete) ca',
    'va (anunt|anuntam|informez|informam|comunic|comunicam) cu (placere|drag|bucurie|mare placere) ca',
    // About the reader's memory or the sender's reading, not about coming: "Nu știu dacă vă mai amintiți de mine", "sper că am înțeles bine".
    // Whether a project fits the call, not whether one comes: "Lucrez la un proiect de compostare … și nu știu dacă se potrivește".
    'nu (stiu|stim) daca (se potriveste|se incadreaza|se califica|e eligibil|este eligibil|e relevant|este relevant|e potrivit|este potrivit|corespunde)$',
    'nu (stiu|stim) daca (va |ne |)(mai |)(amintiti|aduceti aminte|stiti cine)', '(sper|speram) ca (am|le-am|l-am|am si) (inteles|citit|tradus) (bine|corect)',
    // The mode of a yes said elsewhere, as the whole clause: "Confirm participarea, probabil online, dar particip sigur".
    '^(probabil|poate|posibil|cel mai probabil) (online|fizic|in persoana|de la distanta|pe zoom|pe teams|remote)$',
    // The same after the mode: "Da, vin. Online probabil".
    '^(online|fizic|in persoana|de la distanta|pe zoom|pe teams|remote) (probabil|poate|posibil|cel mai probabil)$',
    // The device, not the coming: "vom fi conectate eu și Simona, de pe același laptop probabil".
    '(probabil|posibil|cel mai probabil) (ne conectam |ma conectez |intram |intru |)(de pe|de la) (acelasi|un singur|telefon|telefonul|laptop|laptopul|calculator|calculatorul|tableta|mobil)',
    // Not "dar poate intru de pe telefon, să ascult" (h510_063): "poate" with the verb and a phone doubts the coming itself.
    'poate (ne conectam |ma conectez |intram |intru |)(de pe|de la) (acelasi|un singur|laptop|laptopul|calculator|calculatorul)', 'poate (de pe|de la) (telefon|telefonul|tableta|mobil)',
    '(de pe|de la) (acelasi|un singur) (laptop|calculator|telefon|dispozitiv|ecran) (probabil|poate|cel mai probabil)',
    '(de pe|de la) (telefon|telefonul|laptop|laptopul|mobil|tableta) (probabil|poate|cel mai probabil)',
    // The software, not the coming: "particip. Trimiteți linkul și pe telefon că nu știu dacă merge zoom pe calculator".
    '(nu stiu|nu sunt sigur(|a)) daca (imi |)(merge|functioneaza|porneste) (zoom|zoom-ul|teams|teams-ul|linkul|camera|microfonul|netul|internetul|conexiunea)',
    // A fact announced, no answer deferred: "Cu regret vă anunțăm însă că nu vom putea fi prezenți".
    '(va|te) (anunt|anuntam) (insa |totusi |)ca',
    // Keeping in touch later, not a hope of coming: "sperăm să rămânem în legătură".
    '(sper|speram) sa (ramanem in legatura|tinem legatura|continuam (discutia|colaborarea)|reluam (discutia|colaborarea))',
    // A hope about room or the road, not about coming: "Sperăm să fie loc pentru toți patru", "Vin din Vršac, sper să nu fie coadă la graniță".
    '(sper|speram) sa (mai |)(fie|gasim|gasesc|avem) (loc|locuri) (pentru|pt|si pentru|suficiente|destule|destul)',
    '(sper|speram) sa nu (fie|prind|prindem|dau de|dam de|am|avem) (coada|cozi|trafic|aglomeratie|ambuteiaj|ambuteiaje|zapada|ninsoare|polei|drumuri blocate)',
    // A hope about the meeting itself: "Vin și de data asta, dar sper să nu fie încă o discuție fără finalitate" (h408_049),
    // "Sper să fie o discuție utilă", "sper să iasă ceva concret".
    '(sper|speram) (sa|ca) (nu |)(fie|va fi|o sa fie) (inca |)(o|un) (discutie|dezbatere|intalnire|sedinta|consultare|sesiune|atelier|exercitiu)',
    '(sper|speram) (sa|ca) (nu |)(fie|va fi|o sa fie) (la fel de |mai |)(util|utila|productiv|productiva|interesant|interesanta|fructuos|fructuoasa|constructiv|constructiva)',
    '(sper|speram) (sa|ca) (va |)(iasa|iese|rezulte|se ajunga la) (ceva|si ceva|niste|o|un|rezultate|concluzii)',
    // Doubt about one more companion is about the party, not the sender: "Confirm pentru mine și probabil încă un coleg".
    '(poate|probabil|posibil) (si |)inca (un|o|#) (coleg|colega|colegi|colege|prieten|prietena|insotitor|insotitoare)',
    // Doubt about the document commented on, not about coming: "nu sunt sigură că termenul de 12 luni este suficient".
    'nu (sunt|suntem) (foarte |prea |)sigur(|a|i|e) ca (termenul|perioada|durata|bugetul|suma|indicatorul|indicatorii|actiunea|actiunile|masura|masurile|planul|propunerea|propunerile|abordarea|formularea|obiectivul|obiectivele|acesta|aceasta|asta|aceste|acestea)', 'vreau sa va anunt ca',
    // Embedded questions: "spuneți-mi cine va participa / unde să vin" answer nothing.
    '(cine|cati|cate|care|ce) (mai |)(va|vor) (participa|veni|fi prezent*)', '(unde|cand|cum|pe unde|la ce ora|cu ce) (sa|trebuie sa) (vin|venim|ajung|ajungem)',
    // "Nu am stabilit cine va reprezenta instituția noastră": who, not whether.
    '(cine|care dintre (noi|colegi|colegii nostri)) (mai |)(va|vor) reprezenta (institutia|organizatia|asociatia|firma|universitatea|primaria|scoala|liceul|compania|societatea|unitatea|directia|agentia|fundatia|consiliul|camera|federatia|clubul|centrul|) (noastra|nostru|)',
    // Doubt about the formality, not about coming: "Nu știu dacă mai e nevoie să confirm, dar sigur vin".
    '(nu stiu|nu stim|nu sunt sigur|nu sunt sigura) daca (mai |)(trebuie|e nevoie|este nevoie|e necesar|este necesar) (sa|de) (confirm|confirmam|confirmare|raspund|raspundem|ma inscriu|ne inscriem)',
    'nu ezitati', 'va rog sa confirmati', 'sa confirmati participarea', 'nu stiu daca ati primit',
    // Doubt about whether a colleague already answered, not about coming: "Nu știu dacă v-a mai răspuns cineva de la noi, dar vin eu".
    '(nu stiu|nu stim|nu sunt sigur|nu sunt sigura) daca (v-a|v-au|va|) (mai |deja |)(raspuns|confirmat|scris) (deja |)(cineva|altcineva|colegul|colega|colegii|colegele|un coleg|o colega)',
    'nu pot sa nu', 'nu doar', 'nu poate', 'nu pot (sa |)(va |)(spun|spune)',
    // A double negative cancels itself: "nu văd de ce nu aș participa".
    '(nu vad|nu vedem|nu gasesc) (de ce|niciun motiv (sa|pentru care)) nu',
    // Asking leave to come, not a condition on coming: "vă rog să-mi spuneți dacă pot participa și ca persoană fizică".
    '(spuneti|spuneti-mi|spune-mi|comunicati-mi|confirmati-mi|intreb|intrebam|aflu|aflam|sa intreb|sa aflu) daca (pot|putem) (sa |)(participa|particip|participam|veni|vin|venim|ma inscriu|ne inscriem)',
    // A topic offered for the meeting, not doubt about coming: "Poate se poate discuta și despre asta".
    '(poate|poate ca) (se poate|se va putea|se poate si|putem|am putea|puteti|ati putea) (discuta|vorbi|aborda|dezbate|pune in discutie|atinge)',
    // The earlier answer the mail reverses: "Revin asupra mailului de ieri, în care vă spuneam că nu pot".
    '(in care|prin care|unde) (va |v-am |)(spuneam|scriam|ziceam|anuntam|comunicam|informam|spus|scris|zis|anuntat|comunicat|informat) ca nu (pot|putem|voi putea|vom putea|vin|venim|particip|participam|ajung|ajungem)',
    // Doubt about staying on the mailing list, not about coming: "Nu voi participa și probabil ar fi bine să mă scoateți de pe listă".
    '(probabil|poate) (ca |)(ar fi|e|este) (mai |)bine sa (ma|ne) (scoateti|stergeti|eliminati|taiati|retrageti) (de pe|din) (lista|listele|listele de (distributie|contact|invitati)|lista de (distributie|contact|invitati))',
    // Another person's answer, not the sender's doubt: "Am redirecționat mailul colegei Ramona, poate vă răspunde ea".
    '(poate|poate ca|probabil) (va|iti|ne|v-) (raspunde|scrie|contacteaza|suna|va raspunde|va scrie) (ea|el|ei|ele|colega|colegul|dansa|dansul)',
    // Leave asked politely before a wish to speak: "Voi fi prezent și dacă îmi dați voie aș vrea să spun câteva cuvinte".
    'daca (imi|ne|mi|ni) (dati|permiteti|ingaduiti) voie (as|am|sa) (vrea|dori|spun|spunem|vorbesc|vorbim|prezint|prezentam|intervin|intervenim|iau|luam|adaug|adaugam)',
    // A later occasion tied to the sender's own life: "Nu pot participa acum. Poate când se deschide iar [hotelul]".
    '^poate (cand|atunci cand|dupa ce) (se |)(deschide|redeschide|redeschidem|deschidem|termin|terminam|ma intorc|revin|ne intoarcem|ma fac bine|ma insanatosesc) (iar|din nou|)$'
  ],
  speakerYes: [
    // "Vorbesc eu 2-3 minute pe partea de digitalizare" (h570_038).
    '(vorbesc|prezint|intervin) eu ... (minute|min)',
    // "Aș avea și eu o propunere scurtă legată de acțiunea 1, câteva minute" (h568_053).
    '(as|am) avea (si eu |si noi |si |)o (propunere|interventie|prezentare) (scurta|mica)',
    // "Ana ține o scurtă prezentare" (h564_025), "Paul ține prezentarea" (h564_058); "Vorbesc eu și, dacă rămâne timp, Simona" (h564_042);
    // "ea vrea să vorbească 5 minute" (h564_075); "vreau să fiu pe lista celor care vorbesc" (h565_053).
    '(tine|va tine|tinem|vom tine|tin|voi tine) (o |)(scurta |)(prezentare|prezentarea)', '^(vorbesc|prezint|intervin) eu (si|)$',
    '(ea|el|dansa|dansul) (vrea|ar vrea|doreste|ar dori) sa (vorbeasca|prezinte|intervina)', 'pe lista (celor care|de) (vorbesc|iau cuvantul|intervin|vorbitori)',
    // "Ea va avea și un scurt comentariu legat de acțiunea 1" (h560_023). Not "va transmite punctul nostru de vedere", which one
    // author reads as a talk (h561_026) and another not (h73_058).
    '(va|vor|vom|voi) avea (si |)un (scurt |mic |)comentariu',
    // "Amândouă am dori să facem câteva comentarii" (h562_029); "aș putea prezenta pe scurt proiectul nostru" (h562_044).
    '(am dori|as dori|dorim|doresc|vrem|vreau|am vrea|as vrea) sa (facem|fac) (cateva|niste|un|o serie de|si) (comentarii|observatii|comentariu)', '(as|am) putea prezenta (pe scurt|scurt)',
    // "Prezentăm ceva scurt, 3-4 minute" (h558_033); "Vorbesc eu din partea asociației (5 minute)" (h558_054); "cu siguranță vom vrea să
    // comentăm planul" (h558_074).
    '(prezentam|prezint|vom prezenta|voi prezenta) ceva (scurt|pe scurt)', '(vorbesc|prezint|intervin) eu (din partea|pentru|in numele)',
    '(vom vrea|vrem|am vrea|vom dori|dorim) sa (comentam|intervenim pe|intervenim la) (planul|pe plan|pe marginea planului|actiunile|actiunea)',
    // "Vom transmite comentariile noastre în cele 5 minute alocate" (h557_081).
    '(vom|voi|o sa) (transmite|prezenta|expune|spune|sustine|aduce) ... in cele (# |cinci |)(minute|min)',
    // "Putem prezenta dacă e nevoie experiența noastră cu comunitatea de freelanceri" (h554_059): a talk offered.
    '(putem|pot) (prezenta|povesti|vorbi despre) (si |)(daca e nevoie|daca este nevoie|daca doriti|daca va ajuta|la nevoie)',
    // "aș vrea să știu dacă pot vorbi mai mult de 5 minute" (h552_072).
    '(pot|putem|as putea|am putea) (vorbi|prezenta|interveni) mai mult de # (minute|min)',
    // "Putem da un feedback de 5 minute pe partea de accelerare" (h550_056).
    '(putem|pot|vom|voi|o sa) (da|oferi|face|tine) (si |)un (scurt |)(feedback|comentariu|update) de # (minute|min)',
    // "Am pregătit câteva comentarii pentru sesiunea de discuții" (h547_081); "Ne înscriem și pentru intervenție de 5 minute"
    // (h546_018); "Vom transmite comentariile pe planul de acțiune în timpul întâlnirii" (h545_083).
    '(am|am si|avem|avem si) (pregatit|pregatite|pregatita) (cateva|niste|unele|doua|cele|o|un) (comentarii|observatii|interventie|prezentare|comentariu|slide-uri|slideuri)',
    '(ne inscriem|ma inscriu|va rog sa ne inscrieti|va rog sa ma inscrieti|inscrieti-ne|inscrieti-ma) (si |)(pentru|la) (o |)(interventie|interventia|interventii|prezentare|luare de cuvant|luarea de cuvant|sesiunea de interventii)',
    '(vom|voi) (transmite|prezenta|expune|face) (si |)(comentariile|observatiile) ... (in timpul|pe parcursul) (intalnirii|sesiunii|atelierului|discutiei|discutiilor)',
    // "Vom dori să intervenim scurt (5 minute)" (h544_020); "am câteva slide-uri despre regenerarea Fabric" (h542_013).
    '(vom dori|dorim|am dori|vrem|am vrea) sa intervenim', '(am|avem) (cateva|niste|doua|trei|#) (slide-uri|slideuri|slide|diapozitive) (despre|cu|pe|legate)',
    // "nu e nicio problemă să fiu trecut pe lista de vorbitori" (h543_006).
    '(sa fiu|sa ma) (trecut|trecuta|treceti|inscris|inscrisa|inscrieti|puneti) (si |)(pe|in) lista (de |)(vorbitori|vorbitorilor)',
    // "Am dori sa ne prezentam pe scurt ca firma noua" (h540_057); "Îmi iau și eu cele 5 minute" (h541_037).
    '(am dori|dorim|vrem|am vrea) sa ne prezentam (pe scurt|)', '(imi iau|iau|imi rezerv|imi folosesc|folosesc) (si eu |)(cele # minute|slotul|cele cinci minute)',
    // "Dacă se poate, 5 minute pentru câteva observații la acțiunea 1" (h538_017); "Aș vrea să zic și eu câteva lucruri" (h536_014).
    '^# minute pentru (cateva |cele |niste |cateva scurte |)(observatii|comentarii|propuneri)', '(as vrea sa|as dori sa) (zic|spun) (si eu |)(cateva|doua|niste) lucruri',
    // "Intervenția noastră de 5 minute o vom împărți: 3 minute eu, 2 minute doctorandul" (h534_013).
    '(interventia|prezentarea|cele # minute|cele cinci minute) ... (o vom imparti|le vom imparti|o impartim|le impartim)',
    // "eu aș comenta pe acțiunea 1" (h531_025); "Da pentru prezentare, o să pregătesc 3 slide-uri" (h531_051).
    '(as comenta|o sa comentez|voi comenta|comentez) (pe|la|despre) (actiunea|actiunile|plan|planul|punctul|tema)',
    '(o sa pregatesc|voi pregati|pregatesc) (#|cateva|niste|doua|trei) (slide-uri|slideuri|slide|slides|diapozitive)',
    // "Am 2-3 comentarii la actiunea …, o sa le spun in sesiune" (h532_026); "Eu aș avea 5 minute despre colaborarea festivalurilor" (h532_074).
    '(o sa|voi) (le|i le|vi le) (spun|prezint|zic|expun) (in sesiune|la intalnire|atunci|in cele # minute|pe zoom|acolo)', '(eu |)(as avea|as vrea) # minute (despre|pe|cu|legat|legate)',
    // "Am si o scurta prezentare despre atelierele de mestesuguri, daca se poate" (h530_034); "Pregătesc 5 minute despre POR" (h530_051).
    '^(am|avem) (si |)o (scurta |mica |)(prezentare|interventie) (despre|cu|pe|legata)', '^(pregatesc|pregatim|voi pregati|o sa pregatesc) (# minute|cele # minute|o (scurta |mica |)(prezentare|interventie))',
    // "Prezentam impreuna platforma noastra" (h528_045); "ca să pot pregăti comentariile" (h529_044).
    '(prezentam|vom prezenta|o sa prezentam|sustinem|vom sustine) impreuna',
    '(sa pot|ca sa pot|pentru a putea|ca sa putem|sa putem) pregati (si |)(comentariile|interventia|observatiile|prezentarea)',
    // "confirm că moderez" (h521_053); "Sorina și cu mine am vrea să împărțim cele 5 minute" (h522_051); "Nu știu dacă vom avea timp de
    // comentarii" (h521_079): a doubt about speaking.
    '(moderez|voi modera|o sa moderez)', '(am vrea|vrem|am dori|dorim) sa (impartim|ne impartim) (cele # minute|interventia|timpul|prezentarea)',
    '(vom|voi|o sa) (avea|avem) timp (de|pentru) (comentarii|interventii|o interventie)',
    // "eu voi comenta pe acțiunea privind finanțarea" (h518_051).
    '(eu |)(voi|o sa) (comenta|comentez) (pe|la|despre) (actiunea|actiunile|masura|masurile|punctul|planul|partea)',
    // "Confirm participarea, o să am și câteva observații de făcut" (h515_012); "Sper să-mi vină rândul la comentarii" (h515_017).
    '(o sa am|voi avea) (si |)(cateva|niste|doua|cate) (observatii|comentarii|remarci) (de facut|de spus|de adus)', 'sa-mi vina randul (la comentarii|la cuvant|sa vorbesc|sa intervin)',
    // "As dori sa am cuvantul 5 minute" (h509_008); "Rămâne valabil că aș vrea să comentez" (h509_031); "Prezentarea rămâne"
    // (h509_065); "Dacă da, aș spune câteva lucruri despre finanțări" (h510_072).
    '(as dori|as vrea|doresc|vreau|dorim|am dori|am vrea) sa (am|avem) cuvantul', '(as vrea|as dori|vreau|doresc) sa comentez$',
    '^(prezentarea|interventia) (noastra |mea |)(ramane|ramane valabila|se mentine)', '^(ramane|se mentine) (si |)(prezentarea|interventia)',
    '(as spune|am spune|as zice|o sa spun|voi spune) (si |)(cateva|doua|niste) (lucruri|cuvinte|vorbe)',
    // "iar eu voi fi prezent și pot susține intervenția" (h510_049); "aș ruga să fiu programat printre ultimii vorbitori" (h510_047).
    '(pot|putem) (sa |)(sustin|sustine|sustinem|tin|tine|tinem) (eu |noi |)(interventia|o interventie|prezentarea|o prezentare)',
    '(sa fiu|sa fim) (programat|programata|programati|trecut|trecuta|trecuti|pus|pusa|pusi) (printre|pe lista|in lista|intre) (ultimii |primii |)(vorbitori|vorbitorilor|vorbitorii)',
    // "Avem câteva propuneri …, le prezentăm pe scurt" (h508_028); "Am și eu 2-3 idei de zis" (h508_039); "Aș avea nevoie de cele
    // 5 minute" (h508_054); "Voi lua și cuvântul pe scurt" (h508_087).
    '(le|o|il) (prezentam|prezint) pe scurt', '(am|avem) (si eu|si noi) ... idei de (zis|spus|prezentat)', '(as avea|am|avem|am avea) nevoie de cele # (minute|min)',
    '(voi lua|vom lua|o sa iau) si cuvantul',
    // "Aș vrea să fac câteva observații" (h500_011); "Nu ne-ar deranja deloc să vorbim despre experiența noastră" (h501_055);
    // "Voi spune câteva cuvinte despre colaborarea cu galeriile" (h502_062).
    '(as vrea|as dori|vreau|doresc|am vrea|am dori) sa fac (cateva|niste|doua|o|un) (observatii|comentarii|remarci|precizari|observatie|interventie|comentariu)', 'nu (ne|mi)-ar deranja (deloc |)sa (vorbim|vorbesc|prezentam|prezint)',
    '(voi spune|o sa spun|vom spune|o sa spunem) (si |)(cateva|doua|niste) (cuvinte|vorbe)',
    // "Vin! Și aș prezenta, dacă se poate, 5 minute" (h494_016); "Aș avea un scurt comentariu (2-3 minute)" (h494_032); "Voi avea și
    // eu 5 minute de comentarii" (h495_050); "Vom avea și câteva observații scurte" (h496_056).
    '^(si |)(as prezenta|as vorbi|as interveni|as lua cuvantul)$', 'as avea (si |)un (scurt |mic |)(comentariu|punct de vedere)',
    '(voi avea|o sa am|vom avea|o sa avem) (si eu |si noi |)# (minute|min) (de comentarii|de interventie|pentru comentarii|pentru interventie|de prezentare)', '(vom avea|voi avea) (si |)(cateva|niste|doua) (observatii|comentarii)',
    // "aș avea câteva observații despre turismul cultural" (h491_034); "Moderez eu discuția" (h491_058).
    'as avea (si |)(cateva|niste|doua|unele) (observatii|comentarii|propuneri)', '(moderez|voi modera|o sa moderez) (eu |)(discutia|sesiunea|atelierul|dezbaterea)',
    // "Nu știu încă dacă voi avea ceva de spus" (h488_063); "Prezint pe scurt partea de finanțare" (h489_070); "Aș vrea și eu
    // 5 minute pentru câteva observații" (h490_041).
    '(voi avea|o sa am|vom avea|o sa avem|as avea|am avea) (si eu |si noi |)ceva de spus', '^prezint (si eu |)(pe scurt|scurt|in # minute)',
    '(as vrea|as dori|vreau|doresc|am vrea|am dori|vrem|dorim) (si eu |si noi |)# (minute|min) (pentru|sa)',
    // "voi face un comentariu scurt la acțiunea privind spațiile creative" (h485_014).
    '(voi face|o sa fac|vom face|o sa facem) (si |)(un|o) (comentariu|interventie|observatie|prezentare) (scurt|scurta|de # minute)',
    // "Ne-ar plăcea să avem și noi cele 5 minute" (h486_048).
    '(ne-ar|mi-ar) placea sa (avem|am|primim|primesc) (si noi |si eu |)(cele |)# (minute|min)',
    // "Aș avea și eu o propunere de 5 minute legată de turismul cultural" (h484_016).
    '(as avea|am|avem|am avea) (si eu |si noi |)o (propunere|interventie|prezentare|expunere) de # (minute|min)',
    // "Și aș vrea să am intervenția de 5 minute, dacă se mai poate" (h478_041).
    '(as vrea|as dori|vreau|doresc|dorim|am vrea|am dori) sa (am|avem|tin|tinem|fac|facem|sustin|sustinem) (si |)(interventia|o interventie|prezentarea|o prezentare|cele # minute)',
    // "Daca timpul permite, poate spun si eu doua vorbe" (h474_003).
    '(spun|zic|sa spun|sa zic|spunem|sa spunem) (si eu |si noi |)(doua|cateva|vreo doua|niste|2) (vorbe|cuvinte)',
    // "As dori si 5 minute pt cateva comentarii din partea muzeului" (h475_014).
    '(as dori|as vrea|vreau|doresc|dorim|am vrea|am dori) (si |)(cele |)# (minute|min) (pt|pentru) (cateva |niste |cele |)(comentarii|observatii|interventie|o interventie|prezentare|o prezentare)',
    // "am și eu de prezentat acțiunea legată de ghișeul unic" (h471_064); "observații pe care le-aș prezenta în intervenția mea" (h472_030);
    // "Îmi rezervi cele 5 minute?".
    '(am|avem) (si eu |si noi |)de prezentat', '(le-as|le-am|o sa le|le voi|le vom) (prezenta|expune|spune) (in interventia|in cele # minute|in slotul)',
    '(imi|ne) (rezervi|rezervati|puteti rezerva|poti rezerva|pastrati|pastrezi) (si |)(cele|cate|un slot de|) (# |)(minute|minutele|slotul|un slot)',
    // "Aș vrea un minut la microfon" (h468_070), "Eu am nevoie de un slot la microfon" (h468_056).
    '(as vrea|vreau|doresc|as dori|am nevoie de|as avea nevoie de|mi-ar trebui|cer|as cere) (si |)(un|o|#) (minut|minute|slot|moment|clipa|interventie) (la microfon|de vorbit)',
    // "Vă confirm participarea și intervenția noastră (5 minute)" (h464_073); "prezentarea scurtă pe care aș vrea s-o arăt în cele
    // 5 minute" (h465_048), not a recording shown to colleagues (h103_020); "Îmi iau și cele 5 minute" (h466_009); "Intervenția rămâne" (h466_050, a follow-up).
    'participarea si (interventia|prezentarea) (noastra|mea)', '(as vrea|vreau|as dori) (s-o|sa o) (arat|prezint|proiectez) (in cele|in intervalul|in timpul|in sesiune|la atelier)',
    '(imi|ne) (iau|luam) (si |)cele (#|cinci) (minute|min)', '^interventia (ramane|se pastreaza)',
    // "Voi avea câteva observații … în intervalul alocat stakeholderilor" (h461_051); "dacă se poate, să vorbesc la început" (h461_084);
    // "Vorbim noi 2 minute la final" (h462_044); "pregatesc cateva slide-uri" (h463_033); "Voi avea și un scurt comentariu" (h463_077).
    '(in|pe|din) (intervalul|timpul|slotul) (alocat|rezervat) (stakeholderilor|fiecarui stakeholder|participantilor)',
    'sa vorbesc (la inceput|primul|prima|printre primii|la final|la sfarsit)',
    '^vorbim (noi |)(# minute|cateva minute|putin|pe scurt)',
    '(pregatesc|pregatim) (cateva|niste|doua-trei|cate) (slide-uri|slideuri|slides|slide)',
    '(voi|vom) avea (si |)(un|o) (scurt |scurta |)(comentariu|interventie)',
    // "vom vrea amândoi să intervenim scurt pe acțiunea 1" (h459_062).
    '(vom vrea|vom dori|vrem|dorim) (amandoi|amandoua|toti|toate) sa (intervenim|vorbim|prezentam|luam cuvantul)',
    // "O să țin un mic speech despre calendarul programului" (h456_081); "Am pregătit un mic speech (2-3 minute)" (h456_037);
    // "Vă rog să-mi rețineți și mie 5 minute" (h456_039); "As vrea sa comentez putin pe partea de spatii" (h457_041);
    // "Am si eu o mica propunere …, as vrea sa o spun daca se poate" (h457_085).
    '(o sa|voi|vom) (tin|tinem|tine|sustin|sustinem|sustine) (si |)(un|o) (mic |mica |scurt |scurta |)(speech|speach|discurs|alocutiune|prezentare)',
    '(am|avem) pregatit (si |)(un|o) (mic |mica |scurt |scurta |)(speech|speach|discurs|alocutiune|prezentare|interventie)',
    '(sa-mi|sa ne|imi|ne) (retineti|rezervati|pastrati|lasati) (si mie |si noua |)(#|cinci) (minute|min)',
    '(as vrea|as dori|vreau|doresc|am vrea|am dori) sa (comentez|comentam) (putin|pe scurt|scurt)',
    '(as vrea|as dori|vreau|doresc) sa o (spun|prezint|zic|expun)',
    // "Ne-ar plăcea să avem și noi o intervenție despre turismul cultural local" (h454_006).
    '(ne-ar placea|mi-ar placea|am dori|as dori|ne-am dori|mi-as dori) sa (avem|am) (si noi |si eu |)(o|un) (scurta |scurt |mica |)(interventie|prezentare)',
    // "Aș vrea totuși să vorbesc dacă ajung" (h450_056); "Am și o propunere de 5 minute despre turismul de familie" (h449_040).
    '(as vrea|as dori|vreau|doresc|am vrea|am dori) totusi sa (vorbesc|vorbim|intervin|intervenim|iau cuvantul|prezint|prezentam)',
    '(am|avem) (si |)(o|un) (propunere|prezentare|interventie|pitch) de (#|cinci) (minute|min)',
    // "Voi avea și eu câteva comentarii scurte" (h446_002); "Vreau să ocup cele 5 minute cu propunerea noastră" (h448_050);
    // "aș vrea să arăt 3 slide-uri despre incubatorul nostru" (h447_010).
    '(voi|vom) avea (si eu |si noi |)(cateva|niste|doua-trei|doua|trei) (comentarii|interventii)',
    '(vreau|doresc|as vrea|as dori|vrem|dorim|am vrea|am dori) sa (ocup|folosesc|utilizez|ocupam|folosim|utilizam) cele (#|cinci) (minute|min)',
    '(vreau|doresc|as vrea|as dori|vrem|dorim|am vrea|am dori) sa (arat|aratam|prezint|prezentam|proiectez|proiectam) (# |cateva |doua-trei |niste |)(slide-uri|slideuri|slide|slides|planse|imagini)',
    // "Maria are 5 minute despre mentorat" (h443_048); "Voi comenta pe scurt acțiunea 1" (h443_064); "As vrea sa comentez pe scurt" (h444_017);
    // "Am și o mică prezentare de 3 minute" (h444_028); "Am si eu 2-3 idei de spus" (h445_010).
    '(are|am|avem) # minute (despre|pe tema|cu)', '(voi|vom) comenta pe scurt',
    '(am|avem) (si |)o (mica |scurta |)prezentare de # (minute|min)', '(am|avem) (si eu |si noi |)(#|#-#|cateva|doua-trei) (idei|lucruri|puncte) de spus',
    // "Vom avea și câteva comentarii (5 minute ne ajung)" (h440_066).
    '# minute (ne|imi|mi) (ajung|sunt suficiente|sunt de ajuns)',
    // "As vrea sa intreb si eu ceva in cele 5 minute" (h437_032); "Am pregătite 5 minute" (h439_053).
    '(sa|a) (intreb|spun|zic|comentez|prezint|vorbesc) ... in cele # minute', '(am|avem) pregatite (cele |)# minute',
    // "aș dori și eu să am cele 5 minute, pentru o intervenție" (h434_003); "să aveți în vedere și o scurtă intervenție" (h436_035).
    '(as dori|as vrea|doresc|vreau|am dori|am vrea|dorim|vrem) (si eu |si noi |)sa (am|avem) (si |)(cele # minute|un slot|o interventie|o scurta interventie)',
    '(sa aveti|aveti|ati putea avea) in vedere (si |)o (scurta |mica |)(interventie|prezentare)',
    // "Vin cu drag și voi lua și eu cuvântul, dacă se poate" (h433_039).
    '(voi|vom) lua (si eu|si noi) cuvantul',
    // Of the one sent: "doamna Corina Filip, șef serviciu proiecte, care va prezenta pe scurt punctul de vedere" (h429_006).
    'care (va|vor) (prezenta|sustine|lua cuvantul|vorbi|interveni)',
    // "îmi iau cele 5 minute să explic de ce" (h429_025); "Pregătesc eu cele 5 minute" (h429_008); "Am pregătit câteva slide-uri" (h429_001).
    '(imi|ne) (iau|luam|voi lua|vom lua) (cele # minute|minutele|cele # min)', '(pregatesc|pregatim|voi pregati|vom pregati|o sa pregatesc) (eu |noi |)(cele # minute|interventia|prezentarea|cele # min)',
    '(am|avem) pregatit (cateva|niste|o|un) (slide-uri|slideuri|slide|prezentare|prezentari|material de prezentat)',
    // "As vrea sa zic 2-3 lucruri despre spatiile de coworking" (h428_010); "vine colega mea … și face ea prezentarea" (h428_055).
    'sa (zic|spun|spunem|zicem) (#|#-#|cateva|doua-trei|doua) (lucruri|vorbe|cuvinte)', '(face|tine|sustine|va face|va tine|va sustine) (ea|el|dansa|dansul) (prezentarea|interventia)',
    // "Eventual o să prezentăm pe scurt programul Patrimoniu Comun dacă e loc pe agendă" (h425_005).
    '(o sa|am sa|vom|voi) (prezentam|prezint|prezenta) pe scurt',
    // Of the one sent: "colegul meu Bogdan Marcu va intra în locul meu și are câteva propuneri …, vrea să le prezinte" (h425_066).
    '(vrea|doreste|ar vrea|ar dori) sa (le |il |o |)(prezinte|expuna)',
    // "Aș dori să îmi folosesc cele 5 minute" (h426_073).
    // "Aș vrea să folosesc și cele 5 minute" (h442_087).
    '(sa|a) (imi |ne |mi |ni |)(folosesc|folosim|folosi|utilizez|utilizam|utiliza) (si |)(cele # minute|cele # min|minutele|timpul alocat|slotul)',
    // "Vin cu o prezentare scurtă (3-4 slide-uri)" (h427_089); "Ne-ar interesa să prezentăm pe scurt" (h427_099).
    // Not "Vin cu o scurtă prezentare a situației, pe care v-o trimit mâine": a written summary.
    '^(vin|venim|voi veni|vom veni|ma conectez|ne conectam) cu o prezentare (scurta|de # minute|de # min)', '(si|deci) (vin|venim|voi veni|vom veni) cu o prezentare (scurta|de # minute|de # min)', '(ne-ar|m-ar) interesa sa (prezentam|prezint|vorbim|vorbesc|intervenim|intervin)',
    // Comments said aloud, not written: "nu avem comentarii scrise de trimis în avans, le spunem direct pe Zoom" (h423_083).
    '(le|o|il|vi le|vi-l|vi-o) (spunem|spun|zic|zicem|prezentam|prezint|expunem|expun) (direct |atunci |)(pe zoom|in sedinta|la intalnire|la atelier|live|in direct|verbal|oral)',
    // "particip. As vrea 5 minute pentru a comenta partea de digitalizare" (h424_012).
    '(as vrea|as dori|doresc|vreau|imi trebuie|am nevoie de|mi-ar trebui) (#|cateva|doar #) (minute|min) (pentru a|ca sa|sa) (comenta|prezenta|vorbi|spune|interveni|comentez|prezint|vorbesc|spun|intervin)',
    // A follow-up keeping the talk: "Diana nu mai poate, vin doar eu. Rămâne valabilă intervenția" (h424_047).
    '(ramane|raman|ramine) (valabila|valabil|in picioare|in program) (si |)(interventia|prezentarea|vorbirea)', '(interventia|prezentarea) (mea |noastra |)(ramane|ramine) (valabila|in picioare|in program|stabilita)',
    // "Vin cu un operator. Aș dori să fac o scurtă declarație la final" (h404_072).
    '(as dori|doresc|vreau|as vrea|am dori|dorim) sa fac (si |)o (scurta |mica |)declaratie',
    // "Doresc să vă spun și eu 2-3 vorbe despre meșteșugurile tradiționale" (h401_026); "Eu aș avea un comentariu scurt legat de
    // acțiunea 1" (h401_053).
    // Not "aș vrea să spun …": "dacă îmi dați voie aș vrea" is a neutral phrase this one would outgrow (h88_036).
    '(doresc|vreau|dorim|vrem) sa (va |)(spun|zic|spunem) (si eu |si noi |)(2-3|3-4|doua-trei|#|cateva|doua|niste) (vorbe|cuvinte)',
    '(as avea|am avea) (si |)(un|o) (scurt |scurta |mic |mica |)(comentariu|observatie|remarca|sugestie) (scurt |scurta |)(la|pe|despre|legat de|legata de|privind)',
    // "Intervenția rămâne a mea" (h403_040).
    '(interventia|prezentarea|cuvantul) (ramane|e|este|va fi) (tot |)a (mea|noastra)',
    // "Dacă timpul permite, aș interveni cu câteva idei despre rezidențele artistice" (h397_032).
    '(as|am) interveni (si eu |si noi |)(cu|pe scurt|in cele|pe tema|despre)',
    // "Aș dori să folosesc eu intervalul de 5 minute" (h393_002).
    '(as dori|as vrea|doresc|vreau|am dori|am vrea|dorim) sa (folosesc|folosim|utilizez|utilizam) (eu |noi |)(intervalul|slotul|timpul|cele) (de |)(#|cinci) (minute|min)',
    // "dacă se poate, aș vrea și eu 5 minute pentru asociație" (h393_028).
    '(as dori|as vrea|am dori|am vrea) (si eu |si noi |)# (minute|min) (pentru|din partea) (asociatie|organizatie|firma|institutie|fundatie|noi|echipa)',
    // "Vom avea un scurt punct de vedere pe partea de finanțare" (h394_046).
    '(vom avea|voi avea|o sa avem|o sa am|as avea|am avea) (si |)un (scurt |mic |)punct de vedere',
    // "Vorbim noi la final dacă rămâne timp" (h393_068).
    // Not "Vorbesc puțin română" (h86_018): the language one speaks.
    '^(vorbim|vorbesc|intervenim|intervin) (si |)(noi |eu |)(la final|la sfarsit|la urma|la inceput|pe scurt|cateva minute)',
    // "Aș prezenta două idei despre spațiile creative din Fabric, dacă se poate" (h398_028).
    '(as|am) prezenta (si |)(doua|trei|cateva|niste|o|un) (idei|ganduri|propuneri|exemple|concluzii|idee|exemplu|proiect)',
    // "Putem avea 5 minute să povestim despre programul de rezidențe?" (h396_016).
    '(putem|pot|am putea|as putea) (avea|primi) (si |)(#|cateva) (minute|min) (sa|pentru)',
    // Remarks on the plan in a reply to the meeting that gives each stakeholder 5 minutes for them: "aș avea câteva observații pe
    // acțiunea 1" (h389_011), "O să am câteva observații la prima acțiune" (h395_048), "Aș avea și 2-3 observații la acțiunea 1"
    // (h412_041); about a dozen earlier labels call these a wish to speak.
    '(as avea|am avea|o sa am|voi avea|o sa avem|vom avea) (si |)(cateva|niste|doua|trei|#|#-#|o serie de|unele) (observatii|comentarii|remarci|sugestii) (la|pe|despre|legat de|legate de|privind|referitoare la) (actiunea|actiunile|planul|plan|prima actiune|a doua actiune)',
    // "Menționez că aș dori să prezint, în cele 5 minute alocate, programul …" (h385_021): the wish cut off by commas.
    '^(mentionez ca|precizez ca|) (as dori|as vrea|doresc|dorim|am dori|am vrea) sa (prezint|prezentam)$',
    // "Am și eu 5 minute de spus despre legătura cu programul cultural" (h385_061); "aș vrea să adaug câteva idei" (h383_011).
    '(am|avem|as avea|am avea) (si eu |si noi |)(#|cateva) (minute|min) de (spus|zis|prezentat)',
    '(as vrea|as dori|am vrea|am dori) sa (adaug|adaugam|impartasesc|impartasim) (cateva|niste|doua|cateva mici) (idei|ganduri|observatii|comentarii)',
    // "nu vom vorbi toți, doar eu, în cele 5 minute" (h381_060); "prefer să spun direct în cele 5 minute" (h381_030).
    'nu (vom vorbi|o sa vorbim|vorbim|vom interveni|intervenim) toti',
    '(prefer|as prefera) sa (spun|vorbesc|prezint|intervin|zic) (direct |)in cele # minute',
    // "Aș dori și eu 5 minute pentru comentarii legate de meșteșuguri" (h377_021, h377_003); "aș prezenta în 3-4 minute atelierul" (h377_031).
    '(as dori|am dori|as vrea|am vrea|doresc|dorim|vreau|vrem) (si eu |si noi |)(#|cateva) (minute|min) (pentru|de) (comentarii|observatii|interventie|prezentare|cuvant)',
    '(as|am) prezenta (in|timp de) #', '(as|am) prezenta pe scurt',
    // "Rămâne valabilă intervenția mea" (h379_045), the word order of h374_058's "Intervenția rămâne valabilă".
    '^(ramane|ramine|se mentine) (valabila|in picioare) (interventia|prezentarea) (mea|noastra)',
    // "Pregătesc cele 5 minute despre programul cultural" (h374_065); "Intervenția rămâne valabilă" after a change of party (h374_058).
    '(pregatesc|pregatim|voi pregati|vom pregati|am pregatit|avem pregatite) (si |)cele # (minute|min)',
    '^(interventia|prezentarea) (mea |noastra |)(ramane|ramine|se mentine) (valabila|in picioare|stabilita)',
    // "Dacă e timp zic și eu ceva despre incubator" (h272_074); "comentarii …, pe care le pot prezenta și la întâlnire" (h273_008).
    '(zic|spun|povestesc|prezint) si (eu|noi) ceva (despre|legat de|din partea|pe tema)',
    '(le|il|o) (pot|putem|as putea|am putea) (prezenta|expune|sustine) (si |)(la intalnire|la atelier|in cadrul intalnirii|in cadrul atelierului|acolo)',
    // "Pot să vă prezint câteva date despre piața rezidențială" (h253_022).
    '(pot|putem|as putea|am putea) (sa |)(va |)(prezint|prezentam|prezenta) (cateva|niste|pe scurt|o|un)',
    // A slot taken as given: "… dacă trebuie să trimit ceva în prealabil pentru intervenția de 5 minute" (h250_034).
    '(pentru|la) interventia (mea |)de # (minute|min)',
    // Leave asked with the talk's size: "Pot prezenta și eu ceva scurt despre proiectul nostru?" (h237_021).
    '(pot|putem|as putea|am putea) (prezenta|vorbi|interveni|spune|povesti) (si eu |si noi |)(ceva|cateva|doua|putin|pe scurt)',
    // "Poți să-mi pui și mie 5 minute în program? Am câteva idei despre acțiunea 2" (h331_069): a slot asked for.
    '(poti|puteti) (sa-mi|sa ne|sa imi) (pui|puneti|rezervi|rezervati|aloci|alocati) (si mie |si noua |)# (minute|min)',
    // "Aș avea nevoie de vreo 10 minute pentru prezentarea noastră, se poate?" (h304_029).
    '(as avea|am avea|avem|am) nevoie de (vreo |cam |circa |aproximativ |)# (minute|min) (pentru|ca sa|sa) (prezentare*|prezenta|prezentam|prezint|interventie|interventia|a prezenta|a vorbi)',
    // Asked as a request: "Vă rog să-mi spuneți dacă pot interveni cu o scurtă prezentare … (max 5 min)" (h290_043).
    '(pot|putem|as putea|am putea) (sa |)(interveni|intervin|intervenim|prezenta|prezint|prezentam|veni) cu o (scurta |mica |)(prezentare|interventie|alocutiune)',
    // "Aș vrea să vă prezint pe scurt (max. 10 min) proiectul …" (h238_012).
    '(as vrea|as dori|doresc|vreau|am vrea|am dori|dorim|vrem) sa va (prezint|prezentam|prezentez|povestesc|povestim|arat|aratam)',
    // "Aș vrea să ridic această problemă în intervenția mea de 5 minute" (h232_020).
    'interventia mea (de # (minute|min)|de cateva minute|scurta)',
    // A talk asked for the party: "Am dori ca una din intervenții să fie despre coridoarele verzi" (h232_012).
    '(am dori|as dori|dorim|vrem|am vrea|as vrea) ca (una din|una dintre|o|una) (interventii|interventiile|prezentari|prezentarile|interventie|prezentare) sa fie (despre|a noastra|din partea noastra)',
    // "Dacă este util, pot prezenta câteva concluzii din studiul nostru …, în maxim 7 minute" (h214_032).
    '(pot|putem|as putea|am putea) (sa |)(prezenta|prezint|prezentam) (cateva|niste|pe scurt|succint) (concluzii|rezultate|date|idei|exemple|aspecte)',
    // "Aș vrea să spun câteva lucruri despre galeriile independente" (h209_015); "Putem prezenta pe scurt (5 min) rezultatele" (h209_036).
    // From "să" on, as 'spun (cateva|doua) (cuvinte|vorbe)' below: "dacă îmi dați voie aș vrea" before it stays neutral (h88_036).
    'sa (spun|spunem|zic|zicem|povestesc|povestim) (si eu |si noi |)(cateva|doua|niste|cate) lucruri (despre|legat de|din|de la)',
    '(putem|pot|am putea|as putea) (sa |)(prezenta|prezint|prezentam) (pe scurt|succint|foarte pe scurt|in cateva minute)',
    // "dacă putem prezenta un scurt material video (3 min)" (h208_035).
    '(putem|pot|am putea|as putea) (sa |)(prezenta|prezentam|prezint|proiecta|proiectam|arata|aratam|difuza|difuzam) (si |)(un|o) (scurt |scurta |mic |mica |)(material video|video|film|filmulet|clip|prezentare)',
    // "Aș dori să am și eu un scurt cuvânt (3-4 minute) despre …" (h203_037): a word asked for, "și eu" between.
    '(doresc|dorim|as dori|am dori|vreau|vrem|as vrea|am vrea) sa (am|avem) (si eu |si noi |)(un|o) (scurt cuvant|cuvant|scurta interventie|scurta prezentare|interventie|prezentare|alocutiune|slot)',
    // "Aș putea spune și eu două vorbe despre experiența noastră …, dacă e loc în program" (h186_064).
    '(as putea|am putea|pot|putem) (sa |)(spune|spun|spunem|zice|zic|zicem) (si eu |si noi |)(doua|cateva|cate|trei) (vorbe|cuvinte)',
    // "Putem prezenta noi partea despre finanțările AFCN, vreo 10 minute" (h183_070).
    // "Dacă vrei, putem face o scurtă prezentare a calendarului 2021 la început" (h412_032).
    '(putem|pot|am putea|as putea) (prezenta|sustine|face) (noi |eu |)(partea|o prezentare|o scurta prezentare|o mica prezentare|prezentarea|o interventie|cateva cuvinte)',
    // Who speaks, said short: "Vorbesc eu." (h411_040), "Eu vorbesc, el doar ascultă" (h428_041), "Vorbim amândoi câte puțin." (h411_090).
    '^(vorbesc|intervin|prezint) eu$', '^eu (vorbesc|intervin|prezint|iau cuvantul)$', '^(vorbim|intervenim|prezentam) (amandoi|amandoua|ambii|ambele|toti|toate)',
    // "Am vrea să spunem și noi ce probleme avem cu autorizările" (h412_060).
    '(am vrea|vrem|as vrea|vreau|doresc|dorim|am dori|as dori) sa (spunem|spun|povestim|povestesc) si (noi|eu) (ce|cum|cateva|despre|care)',
    // "Aș dori să am un slot de 5 minute" (h179_075), "Aș dori să fac un scurt comentariu" (h179_058), "să am o scurtă intervenție".
    '(doresc|dorim|as dori|am dori|vreau|vrem|as vrea|am vrea) sa (am|avem) (un|o) (slot|interval|loc|scurta interventie|scurta prezentare|interventie|prezentare|alocutiune)',
    '(doresc|dorim|as dori|am dori|vreau|vrem|as vrea|am vrea) sa (fac|facem) (un|o) (scurt |mic |)(comentariu|interventie|prezentare|remarca)',
    // Raising an issue at the meeting: "Aș vrea să ridic la final problema spațiilor pentru IMM-uri creative" (h177_074).
    '(as vrea|as dori|vreau|doresc|am vrea|am dori|vrem|dorim) sa (ridic|ridicam|aduc in discutie|aducem in discutie|semnalez|semnalam|pun in discutie|punem in discutie) (la final |la sfarsit |in cadrul intalnirii |in discutie |)(si |)(problema|tema|subiectul|chestiunea|situatia)',
    // Leave asked with its time: "Pot să vorbesc și eu 5 min despre proiectul nostru?" (h123_033).
    '(pot|putem|as putea|am putea) (sa |)(intervin|intervenim|prezint|prezentam) (si eu |si noi |)(# min|# minute|#-# min|#-# minute|cateva minute|pe scurt)',
    // "Eu prezint 5 min." (h348_027); "aș vrea 5 minute pentru o propunere" (h348_042).
    '^(eu|noi) (prezint|prezentam|vorbesc|vorbim|intervin|intervenim) (# min|# minute|#-# min|#-# minute|cateva minute)',
    // "Eu zic ceva 5 minute despre hub-ul creativ, dacă se poate" (h361_022); "Pot să zic și eu 2 vorbe despre coworking?" (h359_029).
    '^(eu |noi |)(zic|spun|zicem|spunem) (si eu |si noi |)(ceva|cateva cuvinte|doua vorbe|# vorbe|# cuvinte|cateva vorbe) (# minute|# min|pe scurt|despre)',
    'sa (zic|spun|zicem|spunem) (si eu |si noi |)(# vorbe|# cuvinte|doua vorbe|cateva vorbe|cateva cuvinte) despre',
    '(as|am) (vrea|dori) (si |)(# min|# minute|#-# minute|cateva minute) (pentru|despre) (o|un|proiectul|programul|prezentarea|initiativa|ideea|propunerea)',
    '(as|am) (vrea|dori) (si |)(# min|# minute|#-# minute|cateva minute) (ca sa|sa) (prezint|prezentam|vorbesc|vorbim|spun|spunem|povestesc|povestim)',
    // Asked without its mark, with its length: "Doresc să vă întreb dacă pot prezenta programul nostru …, aproximativ 10 minute" (h349_064).
    'daca (as putea|am putea|pot|putem) (sa |)(prezenta|prezint|prezentam|sustine|sustin) (programul|proiectul|platforma|initiativa|experienta|modelul|rezultatele|activitatea|asociatia|organizatia|studiul|aplicatia)',
    // "Atașez și o scurtă propunere pentru acțiunea 1, pe care aș putea-o prezenta dacă se dorește" (h343_086).
    '(as putea-o|am putea-o|as putea-l|am putea-l|as putea sa o|as putea s-o|o pot|o putem|il pot|il putem|le pot|le putem|as putea sa le|le-as putea) (prezenta|prezint|prezentam|sustine|sustin)',
    // "Aș avea și eu 5 minute, dacă se poate, despre festivalul de film" (h336_045): asking for a slot of one's own.
    '^(as|am) avea (si eu |si noi |)(# min|# minute|#-# min|#-# minute|cateva minute)',
    // "Putem să prezentăm și noi ceva scurt despre comunitatea de creativi? 5 min max." (h308_059); "Poate prezentăm și ceva
    // scurt despre fablab dacă e timp" (h310_052).
    '(pot|putem|as putea|am putea) (sa |)(intervin|intervenim|prezint|prezentam|spun|spunem) (si eu |si noi |)(ceva scurt|ceva pe scurt)',
    '^poate (prezentam|prezint|vorbim|vorbesc|intervenim|intervin) (si |)(noi |eu |)(ceva scurt|ceva pe scurt|pe scurt|cateva minute|# min|# minute)',
    // "Aș avea și o propunere de intervenție de 5 minute despre turismul cultural din Banat" (h308_088).
    '(as avea|am avea|avem|am) (si |)o propunere de (interventie|prezentare|scurta prezentare|scurta interventie)',
    // Not "Putem să vorbim 5 minute la telefon?": a call, not a talk; "și eu" asks a turn among the speakers.
    '(pot|putem|as putea|am putea) (sa |)(vorbesc|vorbim|spun|spunem) (si eu|si noi) (# min|# minute|#-# min|#-# minute|cateva minute|cateva cuvinte|doua vorbe|pe scurt)',
    // "Putem să vorbim și despre acceleratorul ATA? Aș avea 5 min de prezentat" (h131_014).
    '(as|am) avea (#|cateva) (min|minute) de (prezentat|spus|vorbit|aratat)',
    // "Aș dori și eu un minut de prezentare dacă rămâne timp" (h134_054).
    '(as dori|am dori|as vrea|am vrea|dorim|doresc|vreau|vrem) (si eu |si noi |)(un|o|cateva) (minut|minute|moment|momente) de (prezentare|interventie|vorbit)',
    // "Da, particip. Prezint și eu 5 min dacă e loc" (h138_025).
    '^(prezint|prezentam|vorbesc|vorbim|intervin|intervenim) (si eu |si noi |)(# min|# minute|#-# min|#-# minute|cateva minute)',
    // "Dorim și un moment de 3 minute" (h133_002).
    // "Aș solicita un slot de 5 minute pentru prezentarea liniei de finanțare" (h367_032).
    '(dorim|doresc|as dori|am dori|vrem|vreau|as vrea|am vrea|solicit|solicitam|as solicita|am solicita|as cere|am cere) (si |)(un|o) (moment|slot|interventie|prezentare) de # (minute|min)',
    // "Vă rog să-mi spuneți dacă pot prezenta câteva slide-uri" (h128_043).
    'daca (pot|putem|as putea|am putea) (sa |)(prezint|prezentam|prezenta|arat|aratam|arata|sustin|sustine) (cateva|niste|un|o|doua|trei) (slide-uri|slide|slideuri|prezentare|prezentari|imagini)',
    // "Vă rog să mă treceți și la intervenții: 5 minute" (h127_066).
    '(ma|ne) (treceti|puneti|inscrieti|adaugati|notati|trece|pune|inscrie|adauga|nota) (si |)(la|pe lista de|pe lista cu|pe lista) (interventii|vorbitori|prezentari|luari de cuvant)',
    // "aș vrea să fac un update de 5 min despre apelul de proiecte" (h125_022).
    '(fac|facem|tin|tinem|sustin|sustinem|dau|dam) (un|o) (scurt |scurta |mic |mica |)(update|pitch|demo)',
    // A slot asked for: "Vă rog, dacă este posibil, să mă programați mai devreme pentru intervenția de 5 minute" (h124_036).
    '(ma|ne) (programati|treceti|puneti|includeti|inscrieti|alocati) ... (pentru|la|cu) (interventia|prezentarea|o interventie|o prezentare)',
    // "aș vrea să-mi folosesc cele 5 minute pentru câteva comentarii", "să folosim câteva minute ca să punem planul în legătură…".
    '(sa-mi|sa ne) (folosesc|folosim|utilizez|utilizam) (si eu |si noi |)(cele |)# minute', 'sa (folosesc|folosim|utilizez|utilizam) (si eu |si noi |)(cele |)cateva minute',
    // "Eu aș lua cuvântul pentru comentariile noastre (5 min e perfect)": the conditional of "iau cuvântul".
    '(as|am) lua (si eu |si noi |)cuvantul',
    // An invitation asking for a short case: "Aș prezenta cu plăcere un caz scurt", "am prezenta și noi un mini-caz",
    // "Pot să vă povestesc 3 minute despre aplicația noastră".
    '(as|am|pot|putem) (sa |)(prezenta|prezint|prezentam) ... (un|o) (caz|mini-caz|minicaz|studiu de caz|exemplu)',
    '(pot|putem|as putea|am putea) (sa |)(va |)(povestesc|povestim|povesti) (#|cateva) (minute|min)',
    '(doresc|dorim|as dori|am dori|vreau|vrem|as vrea|am vrea|imi doresc|intentionez|intentionam|imi propun|ne propunem|am de gand|avem de gand|planuiesc|planuim) sa (intervin|intervenim|vorbesc|vorbim|prezint|prezentam|iau cuvantul|luam cuvantul|ma adresez)',
    '(doresc|dorim|as dori|am dori|vreau|vrem|as vrea|am vrea|imi doresc|intentionez|intentionam|imi propun|ne propunem|am de gand|avem de gand|planuiesc|planuim) sa (fac|facem|sustin|sustinem|am|avem) o (scurta |mica |)(prezentare|interventie|alocutiune)',
    // "intru și eu și prezint partea cu finanțările din SIDU": the part the sender takes on.
    '(si|eu|iar eu) prezint (eu |si |)(partea|sectiunea|capitolul|componenta|rezultatele|pe scurt)', 'prezint eu (partea|sectiunea|capitolul|componenta|rezultatele|pe scurt)',
    // "Am dori, de asemenea, să susținem o scurtă intervenție de 3 minute": the wish cut off by commas.
    'o (scurta|mica) (interventie|alocutiune) (de|despre|privind)',
    // "Aș dori, dacă este posibil, să am o scurtă intervenție din partea UPT" (h269_079): the wish's complement in a clause of its own.
    '^sa (am|avem|sustin|sustinem|fac|facem|tin|tinem) (si eu |si noi |)o (scurta|mica) (interventie|prezentare|alocutiune)',
    // "Vin la 10. Vreau și eu 3 min 🙂": the minutes themselves asked for, nothing after.
    '(vreau|vrem|as vrea|am vrea|doresc|dorim|as dori|am dori) (si eu |si noi |)(#|cateva) (minute|min)$',
    // "aș vrea 5 minute la final pentru o scurtă prezentare" (h265_016): when, between the minutes and what for.
    '(vreau|vrem|as vrea|am vrea|doresc|dorim|as dori|am dori) (si eu |si noi |)(#|cateva) (minute|min) ... pentru o (scurta |mica |)(prezentare|interventie|alocutiune)',
    // "Să am și eu 5 minute pentru o scurtă intervenție": speaking time asked for.
    '(timp|minute|# minute) pentru o (scurta |mica |)(prezentare|interventie|alocutiune)',
    '(voi|vom|o sa) (interveni|lua cuvantul|prezenta|sustine o prezentare|vorbi)',
    // "Vom lua amândoi cuvântul pe scurt, în cele 5 minute alocate" (h407_002); "Voi lua eu cuvântul din partea noastră" (h415_038).
    '(voi|vom|o sa) lua (eu|noi|amandoi|amandoua|ambii|ambele|toti|toate|si noi) cuvantul',
    // "Putem vorbi și noi 5 minute despre SIDU, dacă e nevoie" (h418_020); "eu aș dori o scurtă intervenție pe tema …" (h417_060).
    '(putem|pot|am putea|as putea) (vorbi|spune|prezenta) (si noi|si eu) (# minute|# min|cateva minute|pe scurt)',
    '(as dori|as vrea|doresc|dorim|am dori|am vrea|vreau) (si |)(o|si o) (scurta |mica |)interventie',
    // "voi avea un comentariu scurt" (h415_042).
    '(voi|vom|o sa|as|am) avea (si |)(un|o) (comentariu|interventie|cuvant) (scurt|scurta|pe scurt)',
    // "Am cateva idei pt actiunea 2, le zic in cele 5 min" (h407_030); "Aș avea și eu de spus câteva lucruri despre …" (h409_062).
    '(le|o|il) (zic|spun|prezint|expun|sustin) (in|pe|la) (cele |)(# min|# minute|interventia|interventie|sesiunea de comentarii)',
    '(as avea|am avea|am|avem) (si eu |si noi |)de spus (cateva|niste|doua|ceva|cate ceva|#|#-#) (lucruri|vorbe|cuvinte|idei|aspecte|)',
    // A director's few words: "Doamna director dorește să adreseze câteva cuvinte la începutul sesiunii" (h408_016).
    '(ar vrea|vrea|doreste|ar dori|si-ar dori|doresc|dorim|as vrea|as dori|vreau) sa (adreseze|adresez|adresam) (si |)(cateva|doua|niste|un) (cuvinte|vorbe|cuvant)',
    '(voi|vom|o sa) avea (si |)(o |)(scurta |mica |)(interventie|prezentare|alocutiune)',
    '(o sa|voi) (vorbesc|prezint|intervin)', 'sa (zic|zicem|spun|spunem) (si eu |si noi |)(ceva|cateva cuvinte|cateva vorbe|doua vorbe|doua cuvinte)',
    // Someone of the sender's party wants to speak ("Bogdan ar vrea să zică și el ceva").
    // Something to say, not the bare verb: "asta vrea să zică că vin" means "that means I'm coming".
    '(ar vrea|vrea|doreste|ar dori|si-ar dori) sa (zica|spuna|vorbeasca|prezinte|intervina|ia cuvantul|sustina o prezentare) (si el |si ea |)(ceva|cateva cuvinte|despre|o|pe scurt)',
    // "iau și eu cuvântul 3-4 minute" (h415_078).
    'sa iau cuvantul', 'iau (si eu |)cuvantul', '(va|vor) lua cuvantul', 'spun (cateva|doua) (cuvinte|vorbe)', 'sa-mi prezint',
    // "Ne-ar plăcea să ne rezervați un slot de 5 minute …, ca să prezentăm platforma": a slot booked to present.
    '(sa |)(ne|imi|mi) (rezervati|alocati|acordati|oferiti|dati) (si |)(un |)(slot|interval) (de # minute|de prezentare|pentru prezentare|de cuvant|)', '(ca sa|ca) (prezentam|prezint)',
    // "Matei vrea să zică două vorbe despre festival" (bare "vrea să zică" also means "that is to say").
    '(ar vrea|vrea|doreste|ar dori|si-ar dori) sa (zica|spuna) (si el |si ea |)(cateva|doua|niste|#) (vorbe|cuvinte)',
    '(ar vrea|vrea|doreste|ar dori|si-ar dori) sa (vorbeasca|prezinte|intervina)',
    '(sa|pentru a) (prezint|prezenta|vorbi|interveni)', '(timp|minute) (pentru|de) (a prezenta|a vorbi|prezentare|interventie|cuvant)', 'ma inscriu la cuvant',
    // Not "am o intervenție de teren" (a social worker's field visit, h229_020).
    'o interventie (de # (minute|min)|de cateva minute|de (max|maxim|maximum|circa|aproximativ|cam) # (minute|min)|de salut|scurta)', 'doresc o interventie',
    'as dori (un|) (timp|moment) de (cuvant|interventie)', 'sa am o interventie',
    // "Aș vrea să folosesc și eu cele 5 minute", "să iau și eu cuvântul".
    'sa (folosesc|folosim|utilizez|iau) (si eu |si noi |)(cele |un |unul din cele |)# minute', 'sa (iau|luam) (si eu |si noi |)cuvantul',
    // "Aș dori să detaliez propunerile în cele 5 minute": the speaking slot named.
    '(sa|a) (detaliez|detaliem|explic|explicam|expun|expunem|punctez|prezint|prezentam|sustin|sustinem) ... (in|din) (intervalul|minutele|cele # minute|timpul (alocat|de cuvant|de interventie)|slotul)',
    // Going into one's points in the meeting: "le voi detalia și în cadrul întâlnirii".
    '(voi|vom|o sa) (detalia|detaliez|detaliem|explica|explic|expune|expun|argumenta|puncta|prezenta|prezint) ... (in cadrul|in timpul|pe parcursul|cu ocazia|la) (intalnirii|sedintei|atelierului|sesiunii|evenimentului|discutiei|discutiilor|consultarii|dezbaterii)',
    // Preparing something to present, or commenting aloud: "să pregătesc o prezentare sau sunt suficiente comentariile verbale".
    '(sa|voi|vom|o sa|pot|putem|pot sa|putem sa) (pregatesc|pregatim|pregati) (si |)o (scurta |mica |)(prezentare|interventie|alocutiune)', '(comentarii|comentariile|observatii|observatiile|interventii|interventiile) (verbale|orale)',
    // An offer or a proposal to speak: "Aș propune o scurtă intervenție (5 minute)", "Noi am putea prezenta proiectul elevilor".
    '(as propune|am propune|propun|propunem|va propun|va propunem) (si |)o (scurta |mica |)(interventie|prezentare|alocutiune)', '(as putea|am putea) (sa |)(prezenta|prezint|prezentam|vorbi|vorbesc|vorbim|interveni|intervin|intervenim)',
    // "Ne-ar face plăcere să prezentăm pe scurt (5 minute)", "M-ar bucura să spun câteva cuvinte".
    '(ne-ar|mi-ar) (face (mare |)placere|placea) sa (prezentam|prezint|vorbim|vorbesc|intervenim|intervin|spunem|spun)', '(ne-ar|m-ar) bucura sa (prezentam|prezint|vorbim|vorbesc|intervenim|intervin)',
    // "Aș vrea să zic 2-3 vorbe despre strategie"; "as vrea sa zic 2-3 minute despre makerspace" (h142_032).
    'sa (zic|zicem|spun|spunem) (si eu |si noi |)(#|#-#|cateva) (minute|min) (despre|din|pe tema|legat)',
    'sa (zic|zicem|spun|spunem) (si eu |si noi |)(#|#-#|# sau #) (vorbe|cuvinte)',
    // Coming with something to show: "Mă bag și cu o prezentare de 5 min", "vin cu o scurtă prezentare".
    // Not the bare "vin cu o prezentare": the longer span would mask the "vin" of the answer.
    '(ma bag|ma inscriu) (si |)cu o (scurta |mica |)(prezentare|interventie|alocutiune)', 'cu o (scurta |mica |)(prezentare|interventie|alocutiune) de # (min|minute)',
    // "Dl. viceprimar dorește să ia cuvântul pentru 5 minute" (the line above needs a word after "cuvântul").
    '(ar vrea|vrea|doreste|ar dori|si-ar dori) sa ia (si el |si ea |si |)cuvantul',
    // "Dacă se poate, trec și eu pe lista de intervenții", "treceți-mă pe lista vorbitorilor".
    '(trec|treci|trece-ma|treceti|treceti-ma|treceti-ne|pun|puneti|puneti-ma|puneti-ne|inscrieti|inscrieti-ma|inscrieti-ne|adaugati-ma|adaugati-ne) (si |)(eu |pe mine |noi |pe noi |)pe lista (de interventii|de vorbitori|vorbitorilor|interventiilor|de cuvant)',
    // "voi expune aceste idei în intervenția de 5 minute".
    '(voi|vom|o sa) (expune|prezenta|detalia|explica|sustine|argumenta) ... (in|din|pe) (interventia|prezentarea|slotul|intervalul|timpul de cuvant)',
    // "Am vrea și noi 5 minute să prezentăm ideea": minutes asked for to speak.
    '(#|cateva) (minute|min) (ca sa|pentru a|sa) (prezentam|prezint|vorbim|vorbesc|intervenim|intervin|spunem|spun|prezenta|vorbi|interveni)',
    // "aș vrea și eu 5 minute să povestesc despre atelierele de dans", "am și un demo de 3 minute".
    '(#|cateva) (minute|min) (ca sa|pentru a|sa) (povestesc|povestim|povesti|arat|aratam|arata|impartasesc|impartasim)',
    '(am|avem|aduc|aducem|fac|facem|arat|aratam|prezint|prezentam|pregatesc|pregatim) (si |)(un|o) (scurt |scurta |mic |mica |)(demo|demonstratie|pitch) de # (minute|min)',
    // "Aș dori să am și o scurtă intervenție despre rezultate": the "și" the line above has no room for.
    '(doresc|dorim|as dori|am dori|vreau|vrem|as vrea|am vrea|imi doresc) sa (am|avem|fac|facem|sustin|sustinem|tin|tinem) si (eu |noi |)o (scurta |mica |)(prezentare|interventie|alocutiune)',
    // "Vorbesc eu în numele asociației": the present for the plan, speaking for the organisation.
    '(vorbesc|vorbim|intervin|intervenim|iau cuvantul|luam cuvantul) (eu |noi |)in numele',
    // "Putem lua cuvântul la final, 2-3 minute?": the infinitive without "să" (a question counts only with a time).
    '(pot|putem) (si eu |si noi |si |)lua cuvantul',
    // "Voi fi prezent și voi solicita cuvântul pentru câteva observații".
    '(voi|vom|o sa) (solicita|cere|solicit|cer|solicitam|cerem) (si |)cuvantul', '(sa |)(solicit|solicitam|cer|cerem) (si |)cuvantul',
    // "Vom susține o scurtă intervenție de 5 min despre Atelierele de meserii": the sender's side speaking.
    '(voi|vom|o sa) (sustine|tine|face) (o |)(scurta |mica |)(interventie|alocutiune)',
    // "Pentru intervenția de 5 minute: da, o țin eu": the slot named, the sender taking it.
    '(interventia|prezentarea|alocutiunea) ... o (tin|sustin|fac|prezint) eu',
    // "Ne-ar plăcea să avem un slot de 5 min pentru un update".
    '(ne-ar|mi-ar) (placea|face placere) sa (avem|am) (si |)un (slot|interval) de # (min|minute)',
    // "Vă rog să-mi rezervați 5 minute pentru câteva observații": minutes booked, not a slot named.
    '(sa-mi|sa ne|imi|ne|mi) (rezervati|alocati|acordati|oferiti|dati) (si |)(#|cateva) (minute|min)', '(rezervati-mi|alocati-mi|acordati-mi|rezervati-ne|alocati-ne|acordati-ne) (si |)(#|cateva) (minute|min)',
    // "Aș vrea să comentez pe acțiunea 1 … Cele 5 minute sunt suficiente": commenting in the round, the time offered accepted.
    // Not "să comentez documentul în scris": the action itself is commented in the round.
    '(doresc|dorim|as dori|am dori|vreau|vrem|as vrea|am vrea|imi doresc) sa (si |)(comentez|comentam) (pe |la |asupra |despre |)(actiunea|actiunile|masura|masurile|propunerea|propunerile|punctul)',
    '(cele |)# (minute|min) (sunt|imi sunt|ne sunt|vor fi|ar fi) (suficiente|de ajuns|destul|perfecte|ok)',
    // "Eu aș vorbi 5 minute despre programul nostru", "aș prezenta pe scurt": the conditional offer, with its time.
    '(as|am) (vorbi|prezenta|interveni|povesti) (#|cateva) (minute|min)', '(as|am) (vorbi|prezenta|interveni) pe scurt',
    // "Dacă e loc, am prezenta în 5 minute festivalul": the time with "în" or "timp de".
    '(as|am) (vorbi|prezenta|interveni|povesti) (in|timp de) (#|cateva) (minute|min)',
    // "un studiu de caz de 5 minute", "prezentăm un studiu de caz": the workshop's time-boxed talk.
    'studiu de caz de (#|cateva) (minute|min)', '(prezint|prezentam|sustin|sustinem|voi prezenta|vom prezenta) (si |)(un |)studiu(|l) de caz',
    // The forum's open-mic: "Aș vrea și eu 3 minute la open mic să povestesc…", "Am vrea și un slot de 3 min",
    // "Dacă rămâne vreun slot liber la open-mic îl iau". Negated ("Nu dorim slot la open-mic") it is a refusal.
    '(#|cateva) (minute|min) (la|in|din|pentru) (sesiunea |)(de |)(open-mic|open mic|openmic)',
    '(doresc|dorim|vreau|vrem|as vrea|am vrea|as dori|am dori|imi doresc|ne dorim|ne-ar placea|mi-ar placea) (si |)(eu |noi |)(un |)(slot|interval|loc) (de # (minute|min) |)(la|in|din|pentru) (sesiunea |)(de |)(open-mic|open mic|openmic)',
    '(doresc|dorim|vreau|vrem|as vrea|am vrea|as dori|am dori|imi doresc|ne dorim) (si |)(eu |noi |)(un |)(slot|interval) de (#|cateva) (minute|min)',
    '(doresc|dorim|vreau|vrem|as vrea|am vrea|as dori|am dori) (si |)(eu |noi |)(open-mic|open mic|openmic)',
    '(vreun|un) slot (liber |)(la|in|din) (sesiunea |)(de |)(open-mic|open mic|openmic) il (iau|luam|folosesc|folosim)',
    // "o să vorbim puțin și despre proiectul nostru din Fabric".
    '(o sa|vom|voi) (vorbim|vorbesc|vorbi|povestim|povestesc|povesti|prezentam|prezint|prezenta) (putin |pe scurt |scurt |)(si |)despre (proiectul|proiectele|programul|activitatea|experienta|atelierul|atelierele|rezultatele|asociatia|firma|studioul|munca|initiativa)',
    // "am câteva comentarii la acțiunea 2 - le prezint în cele 5 minute alocate": what the sender has, taken into the slot.
    '(le|il|o|ii) (prezint|prezentam|detaliez|detaliem|expun|expunem|explic|explicam|sustin|sustinem|spun|spunem|zic|zicem) ... (in|din) (intervalul|minutele|cele # minute|timpul (alocat|de cuvant|de interventie)|slotul)',
    // "am pregătit câteva comentarii pentru cele 5 minute ale noastre": prepared for the speaking slot.
    '(am pregatit|avem pregatite|am pregatite|pregatesc|pregatim|voi pregati|vom pregati) ... (pentru|in) (cele # minute|minutele (alocate|noastre|mele)|intervalul de cuvant|slotul|interventia)',
    // "Io vin, că am și eu ceva de zis despre cum se făceau lucrurile": something to say in the meeting.
    '(am|avem) si (eu|noi) (ceva|cateva lucruri|cateva vorbe|doua vorbe|cateva cuvinte) de (zis|spus)',
    // "Aș avea 5 minute de comentarii pe acțiunea 2, dacă se poate": speaking time for the sender's points.
    '(as avea|am avea|am|avem) (si |)(#|cateva) (minute|min) de (comentarii|observatii|interventie|prezentare|cuvant)',
    // "Am dori, dacă programul permite, să facem o scurtă intervenție (5-10 min) despre…": the wish cut off by a clause.
    'sa (facem|fac|sustinem|sustin|tinem|tin) (si |)o (scurta|mica) (interventie|alocutiune|prezentare)',
    // "v-aș ruga, dacă se poate, să îmi dați cuvântul în prima parte".
    '(imi|ne|mi) (dati|acordati|oferiti) (si |)cuvantul', '(dati-mi|dati-ne|acordati-mi|acordati-ne) (si |)cuvantul',
    // "am câteva observații legate de bugetul acțiunii 2 — le prezint miercuri": presented on the day.
    '(le|il) (prezint|prezentam|expun|expunem) (miercuri|luni|marti|joi|vineri|atunci|acolo)$', '(le|il) (prezint|prezentam|expun|expunem) (la intalnire|la sedinta|la atelier|in sedinta|in cadrul intalnirii)',
    // "Dacă organizatorii sunt de acord, am avea o scurtă prezentare (max. 10 min)": the conditional offer.
    '(as|am) avea (si eu |si noi |si |)o (scurta|mica) (prezentare|interventie|alocutiune)',
    // "Aș avea câteva comentarii, dacă se poate să intervin": leave asked to speak.
    '(daca|in caz ca) (se poate|este posibil|e posibil|imi permiteti|ne permiteti) (sa|si eu sa|si noi sa) (intervin|intervenim|vorbesc|vorbim|iau cuvantul|luam cuvantul|comentez|comentam)',
    // "Aș dori, dacă se poate, să intervin și eu cu câteva comentarii": the wish cut off by commas.
    'sa (intervin|intervenim) (si eu |si noi |)cu (cateva|niste|doua|unele|o serie de) (comentarii|observatii|sugestii|propuneri|completari)',
    // A follow-up: "Rămâne valabilă rugămintea cu cele 5 minute": the earlier request to speak still stands (not one taken back).
    '(ramane|ramine|este|e) (valabila|in picioare) (si |)(rugamintea|cererea|solicitarea) (mea |noastra |)(cu|pentru|privind|legata de) (cele |un |o |)(# minute|# min|cuvantul|interventia|slotul)',
    '(mentin|mentinem|reiterez|reiteram) (si |)(rugamintea|cererea|solicitarea) (mea |noastra |)(cu|pentru|privind|legata de) (cele |un |o |)(# minute|# min|cuvantul|interventia|slotul)',
    '(rugamintea|cererea|solicitarea) (mea |noastra |)(cu|pentru|privind|legata de) (cele |un |o |)(# minute|# min|cuvantul|interventia|slotul) (ramane|ramine|este|e) (valabila|in picioare)',
    // "Aș folosi cele 5 minute ca să vă spun ce am învățat": the conditional of the line with "să folosesc".
    '(as|am) (folosi|utiliza|lua) (si eu |si noi |)(cele |un |unul din cele |)# (minute|min)',
    // "câteva comentarii…, pe care le-aș prezenta în cele 5 minute alocate": the conditional, the slot named.
    '(le-as|le-am|l-as|l-am|as|am) (prezenta|detalia|expune|explica|sustine|spune) ... (in|din) (intervalul|minutele|cele # minute|timpul (alocat|de cuvant|de interventie)|slotul)',
    // "Da, intru. Si as avea ceva de zis la actiunea 1": something to say on a point of the plan.
    '(as avea|am avea) (si |)(eu |noi |)(ceva|cateva lucruri|cateva vorbe|doua vorbe|cateva cuvinte|cateva comentarii|niste comentarii) de (zis|spus|comentat) (la|despre|pe|legat de) (actiunea|actiunile|masura|masurile|punctul|propunerea|propunerile|planul|strategia)',
    // "Aș avea o propunere concretă … și aș vrea s-o prezint în timpul sesiunii": the wish, its object a pronoun joined to "să".
    '(doresc|dorim|as dori|am dori|vreau|vrem|as vrea|am vrea|imi doresc|intentionez|intentionam|imi propun|ne propunem) (s-o|s-l|sa o|sa il|sa le|sa-l|sa-i) (prezint|prezentam|sustin|sustinem|expun|expunem)',
    // "Am trimis deja comentariile în scris…, dar le prezint și la întâlnire": presented in the meeting too.
    '(le|il) (prezint|prezentam|expun|expunem|voi prezenta|vom prezenta) si (la intalnire|la sedinta|la atelier|in sedinta|in cadrul intalnirii|in cadrul atelierului)',
    // "Vom avea și câteva comentarii privind acțiunea 1": points on the plan brought to the round.
    '(vom|voi|o sa) avea (si |)(cateva|niste|unele|doua|o serie de) (comentarii|observatii|sugestii|propuneri) (privind|legate de|legat de|la|despre|pe|asupra) (actiunea|actiunile|masura|masurile|punctul|propunerea|propunerile|planul|strategia)',
    // "Voi folosi cele 5 minute alocate pentru câteva propuneri": the future of "să folosesc cele 5 minute".
    '(voi|vom|o sa) (folosi|folosesc|folosim|utiliza|lua) (si eu |si noi |)(cele |un |unul din cele |)# (minute|min)',
    // "Pot să povestesc puțin despre proiectul nostru?": leave asked to tell about the sender's work.
    '(pot|putem|as putea|am putea) (sa |)(va |)(povestesc|povestim|povesti|vorbesc|vorbim|vorbi|prezint|prezentam|prezenta) (putin|pe scurt|scurt) (si |)despre (proiectul|proiectele|programul|activitatea|experienta|atelierul|atelierele|rezultatele|asociatia|firma|studioul|munca|initiativa)',
    // "Vă rog să mă înscrieți pe lista celor care intervin": the list of speakers, described.
    // Only the words after the list: "mă treceți pe lista" before them is the yes of the answer.
    '(celor|persoanelor) care (intervin|vor interveni|iau cuvantul|vor lua cuvantul)',
    // "… așa că mă înscriu și eu la cele 5 minute": the speaking slot of the invitation signed up for
    // (after the verb, whose yes stays the answer).
    '(si eu |si noi |)la cele # (minute|min)',
    // "Am vrea, dacă se poate, să prezentăm în 5-10 minute câteva concluzii": a talk with its length.
    'sa (prezentam|prezint) (in |timp de |)(#|#-#|cateva) (minute|min)',
    // "… și să vorbim 3 minute despre apicultura urbană": minutes on a topic (not "să vorbim 5 minute la telefon").
    'sa (vorbim|vorbesc|povestim|povestesc) (#|#-#|cateva) (minute|min) despre',
    // "o să avem amândoi câte ceva de spus despre comunitate" (h152_024), "Am și câteva idei de spus despre …" (h152_036).
    '(vom avea|o sa avem|avem) (amandoi |amandoua |si noi |)(cate |)ceva de spus', '(am|avem) (si |)(cateva|niste|doua|cate) (idei|vorbe|lucruri|cuvinte|ceva) de spus',
    // "Mă puteți nota și pentru o scurtă prezentare? 5 minute ar fi suficient" (h153_067).
    '(ma|ne) (puteti |)(nota|trece|inscrie|pune) (si |)(pentru|la) (o |)(scurta |mica |)(prezentare|interventie|alocutiune)',
    // "Pot vorbi 5 minute despre programul de incubare?" (h145_029).
    '(pot|putem|as putea|am putea) (vorbi|prezenta|povesti) (#|#-#|cateva) (minute|min) despre',
    // "… le voi ridica în sesiunea de comentarii, dacă se poate 5 minute" (h145_049).
    '(le|il|o) (voi|vom|o sa) (ridica|aduce in discutie|prezenta|spune) (in|la) (sesiunea|runda|momentul|partea) (de comentarii|de interventii|de discutii)',
    // "Am câteva observații la acțiunea 1 – le spun în cadrul celor 5 minute": the speaking slot named.
    '(le|il|o|ii) (prezint|prezentam|detaliez|detaliem|expun|expunem|explic|explicam|sustin|sustinem|spun|spunem|zic|zicem) (in cadrul|pe parcursul|in timpul) (celor # minute|celor # min|minutelor|intervalului|slotului|timpului (alocat|de cuvant|de interventie))',
    // "aș dori să fac câteva comentarii în cele 5 minute alocate": the speaking slot named.
    'sa (fac|facem) (cateva|niste|unele|doua|o serie de|) (comentarii|observatii|propuneri|sugestii) ... (in|din) (intervalul|minutele|cele # minute|timpul (alocat|de cuvant|de interventie)|slotul)',
    // "am și câteva observații … pe care aș vrea să le spun": points to be said aloud.
    '(pe care|care) (as vrea|am vrea|as dori|am dori|doresc|dorim|vreau|vrem) sa (le|o|il) (spun|spunem|zic|zicem|prezint|prezentam|expun|expunem)',
    // "Pregătesc și un comentariu scurt (5 min) pe prima acțiune": prepared for the time of the slot.
    '(pregatesc|pregatim|am pregatit|avem pregatit|voi pregati|vom pregati) (si |)(un|o) (scurt |scurta |)(comentariu|interventie) ... (min|minute)',
    // "Daca mai e loc pe lista de interventii, m-as inscrie si eu cu 3 minute despre…".
    '(m-as inscrie|ne-am inscrie|ma inscriu|ne inscriem) (si eu |si noi |si |)cu (#|cateva) (minute|min)',
    // "Aș dori să susțin intervenția de 3 minute": the slot named with its article.
    '(doresc|dorim|as dori|am dori|vreau|vrem|as vrea|am vrea) sa (sustin|sustinem|tin|tinem|fac|facem|folosesc|folosim) (si |)(eu |noi |)(interventia|prezentarea|alocutiunea|slotul) de # (minute|min)',
    // "OK, vin. Aș vrea și cele 3 minute, pe tema…": the invitation's minutes asked for.
    '(vreau|vrem|as vrea|am vrea|doresc|dorim|as dori|am dori) (si |)(eu |noi |)cele # (minute|min)',
    // "Vom transmite comentariile noastre în cadrul intervenției de 5 minute", "o să spun asta … în intervenția mea".
    '(voi|vom|o sa) (transmite|transmitem|spune|spun|spunem|prezenta|prezint|prezentam|expune|sustine|sustinem) ... (in cadrul|in timpul|pe parcursul) (interventiei|prezentarii|alocutiunii) (de # (minute|min)|mele|noastre)',
    // Only as a clause of its own, tacked on ("…, în intervenția mea"): "am greșit în intervenția mea de anul trecut" is the past.
    '^(si |)(in|din) (interventia|prezentarea|alocutiunea) (mea|noastra)$',
    // "Am pregătit … comentariile mele la acțiunea 1, le voi spune în cele 5 minute".
    '(le|il|o) (voi|vom) (spune|prezenta|expune|sustine) (in|din) cele # (minute|min)', '(o sa|sa) (le|il|o) (spun|spunem|prezint|prezentam) (in|din) cele # (minute|min)',
    // "Am pregătit câteva comentarii la acțiunea 1 (incubatorul), o să le prezint eu": said by the sender.
    '(o sa|voi|vom) (le|le voi|le vom) (prezint|prezentam|prezenta|spun|spunem|spune) (eu|noi)$', '(o sa le|le voi|le vom) (prezint|prezentam|prezenta|spun|spunem|spune) (eu|noi)$',
    // A webinar's Q&A counts as speaking: "Am dori să punem o întrebare legată de EIC Accelerator" (not "să vă pun o întrebare", to the organiser).
    '(as dori|am dori|doresc|dorim|as vrea|am vrea|vreau|vrem) sa (pun|punem|adresez|adresam) (si |)(eu |noi |)(o |cateva |doua |niste |)(intrebare|intrebari) (legata|legate|despre|privind|referitoare|pe tema|in legatura)',
    // "Am avea o întrebare despre cofinanțare, o putem pune în sesiunea de Q&A?": the question put in the session.
    '(o|le|il|) (putem|pot|am putea|as putea|vom|voi|o sa) (sa |)(pune|pun|punem|adresa|adresez|adresam) (in|la|pe parcursul|in timpul) (sesiunea|sesiunii|partea|partii|sectiunea|sectiunii|runda|rundei|momentul) (de |)(q&a|intrebari|intrebari si raspunsuri)',
    // "Eu m-aș înscrie la prezentarea de 3 minute, dacă se poate": the slot named with its article.
    '(m-as inscrie|ne-am inscrie|ma inscriu|ne inscriem) (si eu |si noi |si |)(la|pentru) (prezentarea|prezentarile|interventia|interventiile|sesiunea de prezentari) de # (minute|min)',
    // "Am vrea și noi să prezentăm bunele practici", "Aș dori de asemenea să intervin în secțiunea de comentarii": a word between the wish and the verb.
    '(doresc|dorim|as dori|am dori|vreau|vrem|as vrea|am vrea) (si eu|si noi|si|de asemenea|totodata) sa (intervin|intervenim|vorbesc|vorbim|prezint|prezentam|iau cuvantul|luam cuvantul)',
    // "aș prezenta eu câteva minute despre remanufacturarea cartușelor": the minutes offered.
    '(as|am) prezenta (eu |noi |si eu |si noi |)(cateva|#) (minute|min)',
    // "Ne-am bucura să prezentăm pe scurt un proiect": glad to present is an offer to present.
    '(ne-am bucura|m-as bucura|ne-ar face placere|mi-ar face placere) sa (prezentam|prezint|vorbim|vorbesc|intervenim|intervin|luam cuvantul|iau cuvantul)',
    // "o să zic pe scurt …": the sender's few words, colloquial.
    '(o sa|am sa) (zic|spun|vorbesc|povestesc|zicem|spunem|vorbim|povestim) (si eu |si noi |)(ceva |)pe scurt', '(voi|vom) (zice|spune|vorbi|povesti) (si eu |si noi |)(ceva |)pe scurt',
    // "Aș dori să fac câteva comentarii la acțiunea 2 … în cele 5 minute alocate".
    '(fac|facem|face|voi face|vom face) (cateva|niste|doua|trei|unele) (scurte |)(comentarii|observatii|remarci) (la|despre|pe|privind|legat de) (actiunea|actiunile|masura|masurile|obiectivul|obiectivele|planul|pilonul)',
    // "Pot face și o scurtă prezentare dacă aveți nevoie de un exemplu": the sender's own offer ("pot", not "poate").
    '(pot|as putea) (sa |)(face|fac|sustine|sustin|tine|tin) (si |)o (scurta |mica |)(prezentare|interventie|alocutiune)',
    // "… m-aș înscrie și la cuvânt dacă se poate": put on the speakers' list.
    '(m-as|ma|ne-am|ne) (inscrie|inscriu|inscriem|trece|trec) (si |)(la cuvant|pe lista de vorbitori|la luari de cuvant|la interventii)',
    // "Am dori să avem și noi cele 5 minute pentru câteva comentarii": the invitation's speaking minutes wished for.
    '(as dori|am dori|as vrea|am vrea|doresc|dorim|vreau|vrem) sa (am|avem) (si eu |si noi |)(cele |)# (minute|min)',
    // "Am și eu 2-3 idei …, aș vrea să le spun în sesiunea de comentarii": said in the meeting's speaking round.
    '(sa le|sa o|sa il|sa-l|sa) (spun|spunem|prezint|prezentam|expun|expunem|zic|zicem) (si eu |si noi |)(in|la|din) (sesiunea|runda|momentul|partea|secventa|tura) (de comentarii|de discutii|de interventii|deschisa|open-mic)',
    // "Ramona prezintă proiectul cu trecerile de pietoni înălțate (5 min)": one of the party presents (the time in its own clause).
    '(prezinta|prezentam|prezint) (proiectul|proiectele|initiativa|studiul de caz|platforma|aplicatia) (nostru|noastra|noastre|nostri|cu|despre|de|privind|legat de)',
    // "vom face și o scurtă prezentare (5 minute) … Prezentarea o voi susține eu": the short talk the sender's side gives, the sender taking it.
    '(voi|vom|o sa) (face|sustine|tine) (si |)o (scurta|mica) (prezentare|interventie|alocutiune)', '(prezentarea|interventia|alocutiunea) o (voi|vom) (sustine|tine|face) (eu|noi)',
    // "Facem și noi o prezentare scurtă despre planul de piste, 5 minute": the present for the plan, the talk short.
    '(facem|fac|sustinem|sustin|tinem|tin) (si noi |si eu |si |)o (prezentare|interventie) (scurta|mica)',
    // "Am și câteva idei pt acțiunea cu mentoratul, le zic acolo dacă e timp": said at the meeting, colloquial.
    '(le|il|o) (zic|zicem|spun|spunem) (acolo|atunci|pe loc|la intalnire|la sedinta|la atelier|in sedinta)',
    // "Dacă tot sunt acolo aș zice 2 vorbe despre incubatorul nostru": the conditional of saying a few words.
    '(as|am) (zice|spune) (si eu |si noi |)(#|#-#|cateva|doua) (vorbe|cuvinte)',
    // "Vom avea o scurtă intervenție privind proiectul …", "Eu voi face intervenția de 5 minute": the side's slot, said as a plan.
    '(vom avea|voi avea|o sa avem|o sa am) (si |)(o |)(scurta |mica |)(interventie|prezentare|alocutiune)',
    '(voi|vom|o sa) (face|fac|facem|sustine|sustin|sustinem|tine|tin|tinem) (eu |noi |)(interventia|prezentarea|alocutiunea)',
    // "am dori să participăm și să prezentăm un set de propuneri", "… ar dori să participe și să prezinte pe scurt această experiență".
    // The coming before it stays a yes of its own, so the phrase starts at "și".
    'si sa (prezentam|prezint|prezinte|intervenim|intervin|intervina|vorbim|vorbesc|vorbeasca)',
    // "Copiii au pregătit o mică prezentare despre sera școlii": a talk made ready to give.
    '(am|au|a|avem) pregatit (si |deja |)(o|un) (mica |scurta |)(prezentare|prezentarica|material de prezentat)',
    // "Mă gândeam totuși că aș putea spune două vorbe despre vânzarea online", "Trece-mă pe lista de vorbitori".
    '(as|am) putea (sa |)(spune|spun|spunem|zice|zic|zicem) (si |)(doua|cateva) (vorbe|cuvinte)',
    '(trece-ma|treceti-ma|pune-ma|puneti-ma|adauga-ma|adaugati-ma|inscrie-ma|inscrieti-ma|trece-ne|treceti-ne|puneti-ne|adaugati-ne|inscrieti-ne) (si |)pe lista (de vorbitori|vorbitorilor)',
    // "Putem prezenta noi 5 minute noua funcționalitate", "Vorbesc eu 5 min despre rezervări": the minutes the sender's side takes.
    // Not "Putem să vorbim 5 minute la telefon?": a call asked for, not a talk.
    '(putem|pot) (sa |)(prezenta|prezentam|prezint) (noi |eu |si noi |si eu |)(#|cateva) (minute|min)',
    '(vorbesc|prezint|prezentam|intervin|intervenim) (eu|noi) (#|cateva) (minute|min)',
    // "Din partea noastră ar vorbi colega Oana Mihuț (5 min)": the side's own speaker, named after the verb.
    'din partea noastra (ar|va|vor|o sa) (vorbi|prezenta|interveni|lua cuvantul|vorbeasca|prezinte|intervina)',
    // "Vă rog să ne alocați și nouă cele 5 minute pentru comentarii": the invitation's minutes booked.
    '(rezervati|alocati|acordati|oferiti|dati) (si |)(mie |noua |)cele # (minute|min)',
  ],
  othersSpeaker: [
    // "iar colegul meu Paul ia cuvântul în numele nostru" (h570_057); "Ioana va folosi cele 5 minute pentru comentarii" (h570_001).
    '(colegul|colega) (meu|mea|nostru|noastra) ... ... (ia|va lua|o sa ia) cuvantul', '(va|vor) folosi cele (# |cinci |)(minute|min)',
    // "Doamna Raicu va avea o scurtă intervenție la început" (h552_044).
    '(va|vor) (avea|sustine|tine|face) o (scurta |mica |)(interventie|prezentare)',
    // "Ea are și câteva comentarii de făcut la acțiunea 1" (h545_006); "Vlad are o prezentare de 5 minute" (h546_073);
    // "Ea ar vrea să întrebe ceva în cele 5 minute" (h546_054).
    '(are|au) (si |)(cateva|niste|unele|doua) (comentarii|observatii) de (facut|prezentat|transmis)',
    '(are|au|va avea|vor avea) (si |)o (scurta |mica |)prezentare de # (minute|min)',
    '(ar vrea|ar dori|vrea|doreste) sa (intrebe|spuna|zica|prezinte) ceva in cele # (minute|min)',
    // "Maria ar vrea 5 minute pentru un comentariu despre acțiunea 2 — dacă timpul permite" (h588_033): the slot asked for someone else.
    '(ar vrea|ar dori|doreste|vrea|ar avea nevoie de) (si |)(cele |)# (minute|min) (pentru|sa|ca sa)',
    // "Nu vin eu, dar vine fratele meu, Sorin Rotaru … Va lua el cuvantul" (h540_067).
    '(va|o sa) (lua|ia) (el|ea|dansul|dansa) cuvantul',
    // "Dl. viceprimar va susține un scurt cuvânt de deschidere" (h534_053); "colega mea …, care va transmite și observațiile noastre" (h533_071).
    '(va|vor) (sustine|tine|rosti|avea) (un|o) (scurt |scurta |)(cuvant|alocutiune|discurs)',
    'care (va|o sa) (transmite|transmita|prezenta|prezinte|sustine|sustina) (si |)(observatiile|comentariile|pozitia|propunerile) (noastre|noastra|institutiei|muzeului|asociatiei)',
    // "directorul nostru, dl. Ovidiu Stan, care dorește să facă și câteva observații în cele 5 minute" (h531_006).
    'care (doreste|ar dori|vrea|ar vrea) sa faca (si |)(cateva|niste|doua|unele|o|un) (observatii|comentarii|observatie|interventie|comentariu)',
    // "Vlad va face comentariile pe acțiunea 2" (h527_050); "Teodora va susține comentariile noastre" (h527_064).
    '(va|vor|o sa) (face|faca|sustine|sustina|prezenta|prezinte) (si |)(comentariile|observatiile)',
    // A slot asked for a colleague: "Aș dori să-i rezervați lui Horia un slot de 5 minute" (h528_019).
    '(sa-i|sa ii|ii) (rezervati|alocati|pastrati|acordati|dati) ... (un slot|slotul|cele # minute|# minute|cuvantul|o interventie)',
    // "Mircea și Cristina vor ține împreună intervenția de 5 minute" (h522_028).
    '(vor tine|vor sustine|vor face) (impreuna |)(interventia|prezentarea|o interventie|o prezentare)',
    // "Dânsul va face un comentariu scurt asupra acțiunii 1" (h518_025).
    '(va face|o sa faca) (si |)(un|o|cateva) (comentariu|comentarii|observatie|observatii)',
    // "Ana o sa spuna cateva cuvinte despre programul de rezidente" (h515_067).
    '(o sa spuna|va spune|va zice|o sa zica) (si |)(cateva|doua|niste) (cuvinte|vorbe|lucruri)',
    // "colegul Dan Iliescu ar dori să aibă și o intervenție de 5 minute" (h503_046); "Alina rămâne să vorbească" (h505_056).
    '(ar dori|ar vrea|doreste|vrea) sa aiba (si |)o (interventie|prezentare)', 'ramane sa (vorbeasca|prezinte|intervina)',
    // "conf. dr. Radu Ionescu, care se va ocupa și de intervenția de 5 minute" (h497_001); "Cuvântul îl ia Irina" (h498_033).
    '(se va ocupa|se ocupa|o sa se ocupe) (si |)de (interventia|prezentarea|cuvantul)', 'cuvantul (il ia|il va lua|o sa-l ia)',
    // "Tudor ar vrea să comenteze pe acțiunea 1" (h494_020); "Ar putea prezenta pe scurt rezultatele sondajului lor" (h494_074);
    // "ea o să aibă și câteva comentarii" (h496_064).
    '(ar vrea|ar dori|vrea|doreste) sa (comenteze|intervina|prezinte|vorbeasca)', '(ar putea|ar putea sa) (prezinte|prezenta) pe scurt',
    '(ea|el|dansa|dansul) (o sa aiba|va avea) (si |)(cateva|niste) (comentarii|observatii)',
    // "Paul va avea intervenția de 5 minute" (h488_028).
    '(va avea|are|o sa aiba) (interventia|prezentarea|cuvantul) (de # minute|noastra)',
    // "Vlad vorbeste in numele firmei" (h480_011): a colleague speaking for the company; "Doamna director va deschide sesiunea cu câteva cuvinte" (h480_053).
    '(vorbeste|va vorbi|o sa vorbeasca|va lua cuvantul|ia cuvantul|intervine|va interveni) in numele (firmei|companiei|institutiei|organizatiei|asociatiei|fundatiei|echipei|universitatii|camerei)',
    '(va deschide|deschide|o sa deschida) (sesiunea|intalnirea|atelierul|evenimentul|discutia|dezbaterea) cu (cateva|doua|un|niste) (cuvinte|cuvant)',
    // "Corina prezinta 5 min." (h474_042); "Vorbește colega mea, Diana Lazăr, eu doar o susțin" (h474_051).
    '(prezinta|vorbeste|intervine) (# min|# minute|cele # minute|pe scurt|cateva minute)', '^vorbeste (colega|colegul) (mea|meu|noastra|nostru)',
    // "Ea vă poate prezenta și experiența noastră cu incubatorul" (h461_013).
    '(el|ea|dansul|dansa) (va |)(poate|va putea|ar putea) (prezenta|vorbi|interveni|povesti)',
    // "Alina ramane cu interventia" (h457_025).
    '(ramane|raman) (cu|la) (interventia|prezentarea|cele 5 minute|cele cinci minute)',
    // "Marius vrea să spună ceva despre finanțări, eu doar ascult" (h450_030); "Unul dintre noi va comenta pe acțiunea 1" (h450_041);
    // "colega mea, Bianca Ene, care o să și vorbească în numele nostru" (h450_043); "Dna. Irina Olaru va vorbi în cele 5 minute" (h450_053).
    '(vrea|ar vrea|doreste|ar dori) sa (spuna|zica) (ceva|cateva cuvinte|doua vorbe|cateva vorbe)',
    '(unul|una) dintre noi (va|o sa) (comenta|vorbi|prezenta|interveni|lua cuvantul)',
    'care (o sa|va) (si |)(vorbeasca|vorbi|prezinte|prezenta|intervina|interveni)',
    '(va|o sa) vorbi (in|pentru) cele (#|cinci) (minute|min)',
    // Students brought along "care … ar vrea să-l prezinte pe scurt" (h446_049).
    '^care ... ... (ar vrea|ar dori|doresc|vor|vrea|doreste) (sa-l|sa-o|sa-i|sa le|sa) (prezinte|sustina)',
    // The one sent has remarks ready: "Ea va avea și câteva comentarii de făcut" (h416_057), "Cristina are pregătite câteva comentarii" (h417_068).
    '(va|vor) avea (si |)(cateva|niste|doua|trei) (comentarii|observatii|interventii)', '(are|au) (pregatite|pregatita|pregatit) (si |)(cateva|niste|o|un|doua) (comentarii|observatii|interventie|prezentare)',
    // "Dl. Crețu va adresa un scurt cuvânt" (h411_065).
    '(va|vor) (adresa|rosti|spune) (un|cateva|doua) (scurt |)(cuvant|cuvinte|vorbe)',
    // Who speaks, said short: "Venim trei: eu, Vlad si Cristi … Vorbeste Vlad." (h411_068).
    '^(vorbeste|intervine) ...$',
    // "Paul ar vrea să folosească cele 5 minute pentru comentarii" (h397_030).
    '(ar vrea|vrea|doreste|ar dori) sa (foloseasca|utilizeze) (cele|intervalul|slotul|timpul) (de |)(#|cinci) (minute|min)',
    // "Andrei va face și facilitarea" (h394_023); "Prezentarea (5 min) o va face directorul" (h393_032).
    '(va|vor|o sa) (face|asigura|face si|asigura si) (facilitarea|moderarea)',
    '(prezentarea|interventia|alocutiunea) ... o (va|vor) (face|sustine|tine)',
    // "El va spune două vorbe despre atelierul nostru" (h393_079).
    '(el|ea|dansul|dansa) va (spune|zice) (cateva|doua|niste|#) (cuvinte|vorbe)',
    // The slot itself, named: "Colegul meu va susține intervenția de 5 minute" (h391_003).
    '(va|vor|o sa) (sustine|sustina|tine|tina|face|faca) (si |)(interventia|prezentarea|alocutiunea)',
    // "Poate fiul meu ia cuvântul, el are mai multe idei" (h388_053): the companion may speak, the sender comes.
    '^poate (fiul|fiica|sotul|sotia|colegul|colega) (meu|mea) (ia|va lua|o sa ia) cuvantul',
    // "Cristina va comenta acțiunea 2" (h376_030): the colleague's comments in the round.
    '(va|vor|o sa) (comenta|comenteze) (actiunea|actiunile|planul|masura|masurile|punctul|propunerea|propunerile)',
    // "Domnia sa dorește să aibă o scurtă intervenție" (h180_056).
    '(doreste|ar dori|vrea|ar vrea) sa (aiba|faca|sustina) (un|o) (scurta |scurt |mica |)(interventie|prezentare|alocutiune|comentariu|slot)',
    // "Domnul vicepreședinte dorește să adreseze un scurt cuvânt de salut" (h369_062).
    '(doreste|ar dori|vrea|ar vrea|intentioneaza) sa (adreseze|rosteasca|spuna|tina|transmita) (un|o|cateva) (scurt |scurta |)(cuvant|cuvinte|mesaj|alocutiune) (de salut|de deschidere|de bun venit)',
    // "Poate prezenta el rapid spațiul de coworking" (h161_059): "poate" with an infinitive is "he can", not "maybe";
    // "El va putea spune câteva cuvinte despre programul de granturi" (h161_007).
    // "O să vorbească dânsa, eu doar asist" (h165_021): the director of the party speaks.
    '(o sa|va) (vorbeasca|vorbi|prezinte|prezenta|intervina|interveni|ia cuvantul|lua cuvantul) (dansa|dansul|dumneaei|dumnealui|ea|el)',
    '^poate (prezenta|vorbi|interveni|sustine|spune) (el|ea|dansul|dansa|dumnealui|dumneaei)', '(el|ea|dansul|dansa) (va putea|poate|ar putea) (spune|zice) (cateva|doua|niste|#) (cuvinte|vorbe)',
    // The one coming in the sender's place: "Ea poate face și prezentarea de 5 minute" (h125_017).
    '(ea|el|dansa|dansul|colega|colegul) (poate|va|o sa|ar putea) (face|tine|sustine|prezenta) (si |)(prezentarea|interventia)',
    '(va|vor) (prezenta|interveni|vorbi|sustine (o |)(scurta |)prezentare(|a)|avea (o |)(scurta |)(interventie|prezentare))',
    // "Dna Oprea va face o scurtă prezentare despre programul …" (h232_027).
    '(va|vor|o sa) (face|tine) (o |)(scurta |mica |)(prezentare|interventie)',
    // "Probabil dl. Olaru va dori să intervină": the future of the wish.
    '(va|vor) dori sa (intervina|vorbeasca|prezinte|ia cuvantul|sustina o (scurta |)(interventie|prezentare))',
    // "Domnul Vlad ar dori să aibă o scurtă intervenție", "primarul, care dorește să susțină o scurtă intervenție".
    '(ar dori|doreste|ar vrea|vrea|si-ar dori|intentioneaza) sa (aiba|sustina|faca|tina) (si |)o (scurta |mica |)(interventie|prezentare|alocutiune)',
    // "Dl. Pârvu va avea și o scurtă intervenție", "elevii ar dori să-și prezinte pe scurt ideea".
    '(va|vor) avea si (o |)(scurta |mica |)(interventie|prezentare|alocutiune)',
    '(ar dori|doreste|doresc|ar vrea|vrea|vor|si-ar dori|isi doresc|isi doreste) (sa-si|sa isi) (prezinte|sustina|spuna)',
    // "Enikő ar prezenta în 5 minute platforma": a conditional offer of a slot (not "ar prezenta interes").
    'ar prezenta (pe scurt|in # minute|in # min|in cateva minute|timp de # minute)',
    // "Cristian ar prezenta programul Mobilizing Timișoara" (h336_081): what the colleague would present, named.
    'ar prezenta (programul|proiectul|platforma|initiativa|asociatia|organizatia|experienta|rezultatele|activitatea|studiul|modelul|aplicatia)',
    // "Dna Pop va susține o scurtă intervenție în numele CCIAT" (the first line has only "prezentare").
    '(va|vor) (sustine|tine|face) (o |)(scurta |mica |)(interventie|alocutiune)',
    // The colleague sent in the sender's place: "Ea poate face și o scurtă prezentare, dacă e nevoie".
    '(poate|pot|ar putea|ar putea sa|poate sa) (face|faca|sustine|sustina|tine|tina) (si |)o (scurta |mica |)(prezentare|interventie|alocutiune)',
    // "Dl. președinte dorește, de asemenea, să aibă o scurtă intervenție": the wish cut off by commas.
    '^sa (aiba|sustina|faca|tina) (si |)o (scurta |mica |)(interventie|prezentare|alocutiune)',
    // "Ne-ar plăcea ca unul dintre elevi să prezinte 3 minute în sesiunea open-mic": time-boxed, of the party.
    'sa (prezinte|vorbeasca|povesteasca|intervina) (#|cateva) (minute|min)',
    // "domnul Marius Boldea, director…, care va susține și o scurtă intervenție": the "și" between.
    '(va|vor) (sustine|tine|face) si (o |)(scurta |mica |)(interventie|alocutiune|prezentare)',
    // "Vrem și să prezentăm: atelierul nostru … Oana o să vorbească": the colloquial future of the party's colleague.
    '(o sa|or sa) (vorbeasca|prezinte|intervina|ia cuvantul)',
    // "dacă ne dai un slot de 5 minute, Cosmin poate spune câteva cuvinte despre program": the party's colleague offered.
    'poate (spune|zice) (si |)(cateva|doua|niste) (cuvinte|vorbe)',
  ],
  speakerNo: [
    // "o trimit pe colega mea Eva Tóth și pe stagiarul nostru … Ei vor asculta și îmi vor raporta" (h550_072): the party listens.
    '^(ei|ele) (vor|o sa) (doar |numai |)(asculta|urmari)',
    // "Nu mă aștepta însă cu comentarii, n-am apucat să citesc planul" (h549_046).
    'nu (ma|ne) (astepta|asteptati) (insa |totusi |)cu (comentarii|observatii|interventii|o prezentare|o interventie)',
    // "Voi doar asculta" (h531_089).
    '(voi|o sa|vom) doar (asculta|ascult|ascultam|urmari|urmaresc|urmarim)',
    // "Nu cred că am ce prezenta de data asta" (h530_012).
    'nu (cred ca |)(am|avem) (ce|nimic de) (prezenta|spune|zice|comunica)',
    // "mă conectez și eu, ca jurnalist, doar să urmăresc" (h527_088).
    'doar (sa urmaresc|ca sa urmaresc|sa urmarim|ca sa urmarim)',
    // "Nu avem o prezentare, dar vom răspunde la întrebări" (h498_041).
    'nu (avem|am) (o |nicio |vreo |)(prezentare|interventie) (pregatita|)',
    // "Putem doar să ascultăm? Nu am pregătit nimic." (h490_014).
    'nu (am|avem) pregatit nimic',
    // "Nu cred că apuc să vorbesc, dar ascult cu interes" (h485_048).
    'nu cred ca (apuc|apucam|ajung|voi apuca|o sa apuc) sa (vorbesc|vorbim|intervin|intervenim|iau cuvantul)',
    // "Nu este necesară o alocuțiune din partea noastră" (h484_057).
    'nu (este|e|va fi|o sa fie) (necesara|necesar|nevoie de) (o |)(alocutiune|interventie|cuvantare|luare de cuvant|prezentare) (din partea noastra|din partea mea|din partea institutiei)',
    // "nu sunt obișnuită să vorbesc în public, așa că prefer să scriu comentariile în chat" (h480_040).
    'prefer sa (scriu|trimit|las|pun) (comentariile|comentarii|observatiile|observatii|intrebarile|intrebari|ideile) (in chat|pe chat|in scris|pe email|pe mail)',
    // "Oricum nu vorbesc." (h481_013): at the clause's end, not "nu vorbesc engleză".
    '^(oricum |dar |)nu (vorbesc|voi vorbi|o sa vorbesc|vom vorbi|vorbim|o sa vorbim)$',
    // "Vrem doar să auzim discuția" (h481_044).
    '(vreau|vrem|dorim|doresc|ne dorim) doar sa (aud|auzim|ascult|ascultam|urmaresc|urmarim) (discutia|discutiile|dezbaterea|dezbaterile|prezentarile|ce se discuta)',
    // "Niciunul nu vorbim, venim să aflăm." (h474_033); "Nu cred că vom avea ceva de adăugat pe plan, dar vom fi acolo" (h474_080).
    '(niciunul|nici unul|niciuna|nici una) (dintre noi |din noi |)nu (vorbim|vorbeste|va vorbi|vom vorbi|intervine|intervenim|va interveni|vom interveni)',
    '(nu cred ca|nu cred sa) (vom|voi|o sa) (avem|am|avea) (ceva|nimic) de (adaugat|spus|zis)',
    // "Din Serviciul Comunicare venim doi, pentru foto și comunicat. Nu participăm la discuții." (h468_031): the plural is the
    // talk, not the invitation's "discuția".
    'nu (participam|particip|vom participa|voi participa|o sa participam|intervenim|intervin) (activ |)(la|in) discutii',
    // "Nu avem comentarii pregatite, ascultam" (h456_029); "doar observăm". Not a bare "ascult": "Subiectul nu prezintă interes
    // pentru noi, dar ascult" leaves the floor open.
    'nu (avem|am) (comentarii|interventii|prezentari|observatii) (pregatite|pregatita)', '(doar|numai) (observam|observ)$',
    // "Confirm, voi participa ca ascultător" (h452_039).
    '(ca|in calitate de) (ascultator|ascultatoare|ascultatori|auditor|auditoare|audienta|public|spectator|spectatoare)$',
    // "Vom asculta discuția, nu avem material pregătit" (h449_022); "restul suntem doar ascultători" (h450_053).
    '(vom|voi) asculta (discutia|discutiile|dezbaterea|dezbaterile)',
    'nu (avem|am) (material|materiale|nimic) (pregatit|pregatite)',
    'restul (suntem|sunt|vom fi) (doar |numai |)(ascultatori|auditori|spectatori)',
    // "Vom asculta și vom trimite ulterior comentariile scrise" (h469_087): listening, the comments in writing; "Vom asculta." alone.
    '^(vom|voi) asculta$', '^o sa (ascult|ascultam)$',
    '^(vom|voi) asculta si (vom |voi |o sa |)(trimite|trimitem|trimit) (ulterior |apoi |dupa aceea |)(comentariile|comentarii|observatiile|observatii|sugestiile|sugestii)',
    // "Nu, mersi, nu vreau să fiu pe lista de vorbitori. Doar intru să aud ce se discută" (h447_065).
    'nu (vreau|vrem|doresc|dorim|tin|tinem) sa (fiu|fim) (pe lista|in lista|printre) (de |)(vorbitori|vorbitorilor)',
    // "Nu vor prezenta nimic, vor lua doar notițe" (h421_022); "Nu are pregătită o intervenție" (h421_056). "Vom urmări discuția"
    // (h421_030) is a yes phrase that also says listening (details.ts, `listens`).
    'nu (vor|voi|vom) prezenta nimic', '(vor|va|voi|vom) lua (doar|numai) notite',
    'nu (are|au|am|avem) (pregatita|pregatit|pregatite) (o |nicio |)(interventie|prezentare)',
    // "Nu am nevoie să vorbesc, e suficient să ascult" (h411_056); a stand-in "care va asculta discuția" (h411_042).
    'nu am nevoie sa (vorbesc|intervin|iau cuvantul|prezint)', '(e|este|imi este|imi e) suficient sa (ascult|ascultam|asist|asistam)',
    '(care |)(va|vor) asculta (discutia|dezbaterea|doar|numai|prezentarile)',
    // "Ei vor doar să asculte" (h402_069).
    '(ei|ele|el|ea|dansii|dansul|dansa) (vor|va) (doar|numai) sa (asculte|urmareasca|asiste)',
    // "Nu am comentarii de prezentat; voi asculta." (h393_008); the stand-in "el doar ascultă" (h397_029).
    '^(voi|vom|o sa) (asculta|ascult|ascultam)$', 'nu (am|avem) (comentarii|observatii|nimic) de (prezentat|spus)',
    '(el|ea|dansul|dansa) (doar|numai) (asculta|va asculta|urmareste|asista)',
    // "Vin si eu cu sotia … Putem sa ascultam doar?" (h396_037).
    '(putem|pot|am putea|as putea) (sa |)(ascultam|ascult|asistam|asist) doar',
    // "doi masteranzi …, care ar dori doar să asiste la discuții" (h385_005); "o să stau doar în spate să ascult" (h385_068).
    '(doar|numai) sa (asiste|asistam|asist|urmareasca)', '(doar|numai) (in spate|in public|in sala) (sa|ca sa) (ascult|asculte|ascultam|urmaresc)',
    // "El nu vorbește, doar vrea să audă" (h381_065): the companion only listens.
    '^(el|ea|dansul|dansa) nu (vorbeste|va vorbi|intervine|va interveni|prezinta|va prezenta)$', '(doar|numai) (vrea|vor|vrem|vreau) sa (auda|asculte|aud|ascult|auzim|ascultam)',
    // "… va fi prezent în locul meu. Nu cred că va avea o intervenție" (h377_022).
    'nu cred ca (va|vor) avea (o|vreo|nicio) (interventie|prezentare)',
    // "aș vrea totuși să nu fiu pusă pe lista de vorbitori, vreau doar să urmăresc discuția" (h329_082).
    'sa nu (fiu|fim) (pus|pusa|pusi|puse|trecut|trecuta) pe lista (de vorbitori|vorbitorilor)', '(vreau|vrem|as vrea|am vrea) doar sa (urmaresc|urmarim|ascult|ascultam)',
    // "Nu am pregătit nimic de prezentat, o să ascult și o să intervin doar dacă e cazul" (h309_076).
    // "Nu pregătim nimic de prezentat" (h444_015); "Nu am nimic de comentat la planul de acțiune … Mă conectez totuși" (h423_069).
    '(nu am|n-am|nu avem|n-avem|nu) (pregatit |pregatim |pregatesc |)nimic (pregatit |)(de prezentat|de spus|de comentat|pentru prezentare)',
    // Speaking up in the discussion at most is no slot: "o să ascult și o să intervin doar dacă e cazul" (h309_076).
    '(o sa |voi |vom |)(intervin|interveni|intervenim) (doar|numai) (daca e cazul|daca este cazul|daca e nevoie|daca este nevoie|la nevoie)',
    // "vin și eu, dar fără să prezint nimic" (h307_042).
    'fara (sa prezint|sa prezentam|sa vorbesc|sa vorbim|sa intervin|sa intervenim|prezentare|interventie)',
    // "sigur, sunt acolo. Doar că voi asculta de data asta, n-am pregătit nimic" (h303_063).
    '(voi|vom|o sa) (doar |numai |)(asculta|ascult|ascultam) (de data asta|de data aceasta|de aceasta data|doar|numai)', 'doar ca (voi|vom|o sa) (asculta|ascult|ascultam)',
    // "Revin: renunț la prezentare, nu am reușit să pregătesc materialul. Venim tot două" (h292_064): the talk given up, not the coming.
    // "Nu vreau să ocup din timpul celorlalți, așa că renunț la cele 5 minute" (h423_082).
    '(renunt|renuntam|renuntasem) (totusi |)la (prezentare|interventie|cuvant|cuvantul|slot|slotul|discurs|alocutiune|cele # minute|cele # min|minutele (mele|noastre|alocate)|timpul (meu|nostru|alocat)|interventia (mea|noastra))',
    // "Vin, dar nu vorbesc de data asta" (h444_059); "Nu ne-am pregătit intervenții" (h444_064).
    'nu (vorbesc|vorbim|intervin|intervenim) (de data asta|de data aceasta|acum|de aceasta data)', 'nu (ne-am|mi-am) pregatit (interventii|interventia|nicio interventie|prezentari|nimic)',
    // "Nu avem intervenții pregătite" (h433_058).
    'nu (avem|am) (nicio |niciun |)(interventii|interventie|prezentari|prezentare|discurs) (pregatite|pregatita|pregatit)',
    // "Nu cred că avem ceva de prezentat de data asta, mai mult ascultăm și notăm" (h430_013).
    'nu cred ca (avem|am) (ceva|nimic) de (prezentat|spus|comentat)', '(mai mult|doar|numai) (ascultam|ascult) si (notam|notez|luam notite)',
    // The one sent: "vă trimit colegul meu, Tudor Avram, care va asculta și îmi va povesti" (h424_049).
    'care (doar |numai |)(va|vor) (doar |numai |)(asculta|asista|urmari discutia)',
    // The one sent, in a sentence of their own: "Ea va asculta și îmi va transmite concluziile" (h559_063), "Va asculta și îmi raportează" (h558_029).
    '^(el|ea|dansul|dansa|) (va|vor) asculta (si|,) (imi|ne) (va |vor |)(transmite|raporta|raporteaza|povesti|spune|trimite)',
    // Of the ones brought: "Elevii vor asista, nu vor interveni" (h438_005); not "nu va prezenta" ("Vin cu un coleg. Colegul meu nu
    // va prezenta nimic" says nothing of the sender's own speaking);
    // "Nu cred că voi avea timp să intervin" (h439_040).
    'nu (vor|va) (interveni|vorbi|lua cuvantul)', 'nu cred ca (voi avea|o sa am|am|vom avea) timp sa (intervin|intervenim|vorbesc|vorbim|iau cuvantul)',
    // "Nu dorim să prezentăm, vom asculta și vom interveni la discuții dacă e cazul" (h253_019).
    'nu (dorim|doresc|vrem|vreau) sa (prezentam|prezint)',
    // "Nu e nevoie să mă treci pe lista de vorbitori" (h338_055).
    '(nu e|nu este|nu-i) (nevoie|cazul) (sa |)(ma|ne) (treci|treceti|puneti|pui|inscrieti|inscrii|adaugati|adaugi) (si |)pe lista (de vorbitori|vorbitorilor)',
    // "Nu dorim să susținem prezentări" (h336_001).
    'nu (dorim|doresc|vrem|vreau|intentionam|intentionez|planuim|planuiesc) sa (sustinem|sustin|tinem|tin|facem|fac) (o |nicio |vreo |)(prezentare|prezentari|interventie|interventii)',
    // Said for the head: "nu va putea face o prezentare. Va urmări discuțiile" (h180_097).
    '(nu va putea|nu poate|nu o sa poata) (face|sustine|tine) (o|nicio) (prezentare|interventie)', '(va|vor) urmari (discutiile|dezbaterile|lucrarile)',
    // "mai degrabă ascult de data asta și dau feedback în scris după" (h161_021).
    'mai degraba (ascult|ascultam|observ|observam)',
    // "Nu doresc slot de prezentare" (h159_070).
    'nu (doresc|dorim|vreau|vrem|am nevoie de|avem nevoie de) (un |)(slot|interval|timp) (de prezentare|de cuvant|de interventie|de # minute|pentru prezentare)',
    // "Nu am intervenție pregătită", "Nu avem prezentare", "Nu cred că intervin" (h158_011, h158_054, h158_057).
    'nu (am|avem) (nicio |o |)(interventie|prezentare) (pregatita|de prezentat|de sustinut)', '^nu (am|avem) (nicio |)(prezentare|interventie|prezentari|interventii)$',
    'nu cred (ca|sa) (intervin|intervenim|vorbesc|vorbim|iau cuvantul|luam cuvantul|prezint|prezentam)',
    // "Vă rog să nu mă programați la intervenții" (h157_033).
    '(sa nu|nu) (ma|ne) (programati|treceti|puneti|includeti|inscrieti|trece|pune) (si |)(la|pe lista de|printre|in lista de) (interventii|vorbitori|prezentari|luari de cuvant)',
    // "Confirm participarea mea, voi fi doar ascultător de data asta" (h136_023).
    // "Vin, dar ajung pe la 11:30 … Nu e nevoie să vorbesc" (h150_085).
    'nu (e|este|va fi) nevoie (sa|ca sa) (vorbesc|vorbim|intervin|intervenim|iau cuvantul|luam cuvantul|prezint|prezentam)',
    // "Prefer să ascult de data aceasta" (h143_051).
    '(prefer|preferam|as prefera|am prefera) (sa |)(doar |numai |)(ascult|ascultam|asculta|observ|observam)',
    '(voi fi|vom fi|sunt|o sa fiu) (doar|numai) (ascultator|ascultatoare|ascultatori|observator|observatoare|observatori|spectator|spectatoare)',
    // "Particip, nu am nevoie de moment de prezentare" (h133_054).
    'nu (am|avem) nevoie de (un |)(moment|slot|timp|minute) (de prezentare|de interventie|pentru prezentare|pentru interventie|de vorbit)',
    // "Referitor la studiul de caz, nu, mulțumim, preferăm să participăm ca auditori".
    '(doar |numai |)ca (auditor|auditori|auditoare)',
    '(doar|numai) (ca|in calitate de) observator(|i)', '(ca|in calitate de) observator(|i)', 'observator',
    // "de data asta o să fiu doar în ascultare", "intru în modul ascultare".
    '(doar|numai) in (ascultare|modul ascultare|mod ascultare)', '(in|pe) (mod|modul) (ascultare|ascultator|observator)',
    'nu (voi|vom|o sa) (lua cuvantul|interveni|vorbi|prezenta|avea (o |nicio |)interventie)',
    'nu (doresc|dorim|vreau|vrem|intentionez|intentionam) sa (intervin|intervenim|vorbesc|vorbim|iau cuvantul|luam cuvantul|prezint|am o interventie)',
    'fara (interventie|sa iau cuvantul|sa intervin|prezentare)', '(doar|numai) (sa ascult|sa ascultam|ca participant|ca auditor|ca asistenta)',
    '(doar|numai) (voi|vom) asculta', '(doar|numai) (ca|in calitate de) (ascultator|ascultatoare|ascultatori|auditor|auditori|participant|participanti|observatori)',
    '(doar|numai) (asist|ascult|ascultam|asistam)', 'nu (vom|voi) avea (interventii|prezentari|nicio interventie)', 'nu am nevoie de (timp de cuvant|interventie)', 'nu (voi|vom) avea interventie',
    // "reprezentanții noștri nu vor susține o intervenție", "Nu luăm cuvântul, venim să ascultăm".
    'nu (voi|vom|va|vor) (sustine|avea|face|tine) (o |nicio |)(scurta |)(interventie|prezentare|alocutiune)', 'nu (iau|luam) cuvantul',
    // Not with the verb of coming inside: "Vin doar să ascult" is a yes too, and a span holding "vin" hid it (h367_041).
    'sa (ascult|ascultam)$', 'sa (ascult|ascultam) si sa',
    // "Particip doar online, cu camera oprită, ca să ascult discuțiile" (h227_037).
    '(ca|pentru) sa (ascult|ascultam) (discutiile|discutia|prezentarile|dezbaterile|ce se discuta)',
    // "Nu prezentăm nimic de data asta": nothing to present.
    'nu (prezint|prezentam|voi prezenta|vom prezenta|o sa prezint|o sa prezentam) nimic',
    // "Nu pregătim intervenție", "Nu am ce prezenta de data asta, așa că voi asculta".
    'nu (pregatim|pregatesc|vom pregati|voi pregati|o sa pregatim|o sa pregatesc) (o |nicio |vreo |)(scurta |)(interventie|prezentare|alocutiune)',
    'nu (am|avem) (ce|nimic de) (prezenta|prezentat)', '(asa ca|deci|doar|numai) (voi|vom|o sa) (asculta|ascult|ascultam)',
    // "Nu vom susține intervenții, dorim doar să ne informăm": none at all, in the plural.
    'nu (voi|vom|va|vor) (sustine|avea|face|tine|pregati) (interventii|prezentari|alocutiuni)',
    // "Prezent! Da' fără discurs", "Noi n-o să vorbim, că nu ne pricepem": colloquial refusals to speak.
    'fara (discurs|discursuri|cuvantare|alocutiune|interventii|prezentari)',
    '(n-o|nu o) sa (vorbesc|vorbim|intervin|intervenim|prezint|prezentam|iau cuvantul|luam cuvantul)$', '(n-o|nu o) sa (zic|zicem|spun|spunem) nimic',
    // "Nu intervenim, doar urmărim discuția", "Nu intervenim în discuții, doar înregistrăm".
    'nu (intervin|intervenim)$', 'nu (intervin|intervenim) (in|la) (discutii|discutie|discutia|dezbatere|dezbateri|dezbaterea|sesiune|atelier)',
    '(doar|numai) (urmarim|urmaresc) (discutia|discutiile|dezbaterea|dezbaterile|sesiunea|atelierul|online|pe zoom|de pe zoom|de acasa)',
    // "Aș prefera să nu vorbesc, mai mult să ascult".
    '(as prefera|am prefera|prefer|preferam) sa nu (vorbesc|vorbim|intervin|intervenim|prezint|prezentam|iau cuvantul|luam cuvantul|am (o |nicio |)interventie|avem (o |nicio |)interventie)',
    // "prefer să las timpul colegilor din IMM-uri": the speaking time left to others.
    '(las|lasam|sa las|sa lasam) (timpul|cuvantul|timpul de cuvant|interventiile|locul) (colegilor|altora|celorlalti|celorlalte|altor)',
    // "Nu ne trebuie slot de vorbit".
    'nu (ne|imi|mi|ii) trebuie (un |)(slot|timp|interval|minute) (de vorbit|de cuvant|de interventie|pentru interventie|de prezentare|pentru prezentare)',
    '(nu am|nu avem) nevoie de (un |)(slot|interval|timp) (de vorbit|de interventie|pentru interventie|de prezentare|pentru prezentare)',
    // "Pot participa și eu ca observator? Nu aș interveni în discuție": the conditional, declining to speak.
    'nu (as|am) (interveni|lua cuvantul|vorbi|prezenta)',
    // "vin mai mult pentru a asculta, nu am pregătit o intervenție".
    '(nu am|nu avem|n-am|n-avem) pregatit (o |nicio |vreo |)(scurta |)(interventie|prezentare|alocutiune)', 'mai mult (pentru a|ca sa|sa) (asculta|ascult|ascultam)',
    // "Slot la open-mic nu, de data asta", "Nu ținem prezentare".
    '(slot|slotul|interval) (la|de|pentru|din) (sesiunea |)(open-mic|open mic|openmic) nu$', '^(la |)(open-mic|open mic|openmic) nu$',
    'nu (tinem|tin|facem|fac|sustinem|sustin) (o |nicio |vreo |)(scurta |)(prezentare|interventie|alocutiune|prezentari|interventii)',
    // "Am hotărât să participe doi colegi… Nu doresc să ia cuvântul": they do not wish to speak.
    'nu (doresc|doreste|vor|vrea) sa (ia cuvantul|intervina|vorbeasca|prezinte)',
    // "prefer să vă trimit comentariile în scris, e mai eficient decât 5 minute de intervenție": the slot weighed and passed over.
    'decat (#|cateva|niste) (minute|min) (de|pentru) (interventie|prezentare|cuvant|vorbit)',
    // "Ok, intru. Dar doar ca spectator, nu vorbesc nimic".
    '(ca|in calitate de) (spectator|spectatoare|spectatori)', 'nu (vorbesc|vorbim|zic|zicem|spun|spunem) nimic',
    // "Voi fi prezentă ca participant, fără o prezentare sau intervenție din partea noastră".
    'fara (o |nicio |vreo |)(scurta |)(prezentare|interventie|alocutiune)',
    // "ma conectez de pe telefon, sunt pe teren. Nu prea o sa pot vorbi."
    'nu (prea |)(o sa |)(pot|putem|voi putea|vom putea) (sa |)(vorbesc|vorbim|vorbi|intervin|intervenim|interveni|iau cuvantul|luam cuvantul|lua cuvantul|prezint|prezentam|prezenta)',
    // "Nu am ceva de prezentat, ascult doar": nothing to show, listening only (the adverb after the verb).
    'nu (am|avem) (ceva|nimic|vreo prezentare|vreo interventie) de prezentat', '(n-am|n-avem) (ce|nimic de|ceva de) (prezenta|prezentat)',
    '(ascult|ascultam|asist|asistam) (doar|numai)$', '(sa ascult|sa ascultam) (doar|numai)$',
    // The conditional offer declined: "nu am avea o prezentare".
    'nu (as|am) avea (o |nicio |vreo |)(scurta |mica |)(prezentare|interventie|alocutiune)',
    // "Voi fi doar in public, nu pregatesc nimic": in the audience only, nothing prepared.
    '(doar|numai) (in|din) (public|sala|audienta|auditoriu|auditoriul)', 'nu (pregatesc|pregatim) nimic$',
    // "Nu cred ca voi avea interventii, mai mult ascult": mostly listening.
    '(mai mult|mai degraba|mai curand) (ascult|ascultam|asist|asistam|urmaresc|urmarim)$',
    // "Da, vin. Nu prezint.": the refusal to present, said alone.
    '^nu (prezint|prezentam)$', '^nu (prezint|prezentam) (nimic|de data (asta|aceasta)|acum)$',
    // "Voi intra pe Zoom, dar doar ca să ascult".
    '(doar|numai) (ca sa|pentru a) (ascult|ascultam|asculta|urmaresc|urmarim|urmari)',
    // "Nu doresc intervenție", "Nu pregătim intervenții": the noun without "să", or in the plural.
    'nu (doresc|dorim|vreau|vrem|solicit|solicitam) (o |nicio |vreo |)(scurta |)(interventie|interventii|prezentare|prezentari|alocutiune|timp de cuvant)',
    'nu (pregatim|pregatesc|vom pregati|voi pregati|o sa pregatim|o sa pregatesc) (interventii|prezentari|alocutiuni)',
    // "În principiu doar urmărim prezentările": the webinar followed, nothing said.
    '(doar|numai) (urmarim|urmaresc|ascultam|ascult) (prezentarile|prezentarea|webinarul|webinar-ul|webinariul|conferinta|sesiunea online)',
    // "Nu am întrebări deocamdată": none for the Q&A ("nu am alte întrebări" closes a mail and says nothing).
    'nu (am|avem) (nicio |)(intrebari|intrebare) (deocamdata|momentan|pentru moment|de pus|de adresat|pentru sesiunea de q&a)',
    // "Pot spune două vorbe despre fond, dar nu e nevoie dacă agenda e plină": the offer left to the organiser (with it, undecided).
    'nu (e|este) (nevoie|obligatoriu) (daca|in cazul in care) (agenda|programul|timpul) (e|este|va fi) (prea |)(plina|plin|incarcata|incarcat|aglomerata|aglomerat|strans|stransa)',
    // Banat "vin numa' să ascult": the regional "numa" for "numai".
    '(vin|venim|intru|intram) (numa|numa\') (sa|ca sa|pentru a) (ascult|ascultam|asculta)',
    // "Vin ca să ascult, nu am pregătit nimic de prezentat".
    '(vin|venim) (doar |numai |)(ca sa|pentru a) (ascult|ascultam|asculta)', 'nu (am|avem) pregatit nimic (de prezentat|de spus)',
    // "Niciunul dintre noi nu va interveni, suntem aici mai ales ca să ascultăm".
    '(niciunul|niciuna|nimeni) (dintre noi |din partea noastra |)nu (va|vor|o sa) (interveni|vorbi|prezenta|lua cuvantul)', '(mai ales|in principal) (ca sa|sa|pentru a) (ascultam|ascult|asculta)',
    // "participăm, dar doar ca ascultători de data asta": the plural of the listener.
    '(doar|numai) (ca|in calitate de) (ascultatori|ascultatoare|participanti|participante)',
    // "Nu am comentarii de făcut pe marginea planului, vreau doar să fiu la curent": nothing to say in the round.
    'nu (am|avem) (comentarii|observatii|interventii) de (facut|adus|adaugat|spus)',
    // "Nu avem de prezentat nimic, doar vrem să ascultăm", "Propunere nu am, doar vreau să văd ce se discută": answers to the invitation's question about presenting.
    'nu (am|avem) de prezentat', '^(propunere|propuneri) (de prezentat |)nu (am|avem)', '(doar|numai) (vreau|vrem|doresc|dorim) sa (ascult|ascultam)',
    '(doar|numai) (vreau|vrem|doresc|dorim) sa (vad|vedem|aud|auzim) ce se (discuta|spune|propune)',
    // "Voi asculta în principal, nu cred că am ceva de adăugat": mostly listening.
    '(voi|vom|o sa) asculta (in principal|mai mult|mai ales|doar|numai)', '(o sa|voi) (ascult|ascultam) (in principal|mai mult|mai ales|doar|numai)',
    // "Prezentare nu de data asta, n-am nimic nou de arătat": the topic first, then the refusal.
    '^(prezentare|prezentari) nu (de data asta|de data aceasta|de aceasta data|acum|momentan|anul acesta)',
    // "Vin fizic împreună cu două colege … Nu vorbim.": a refusal to speak as a clause of its own.
    '^nu (vorbesc|vorbim)$',
  ],
  answerParticles: ['da', 'sigur', 'desigur', 'bineinteles'],
  // A form filled in by hand: "Participare: fizic / Intervenție: nu" (the value answers its own label).
  speakingFieldLabels: [
    // "Privind întrebarea dacă dorim să vorbim: da." (h429_030).
    '^(privind|referitor la|cat despre|legat de|in privinta|la) intrebarea (dumneavoastra |voastra |)(daca|despre) ... (vorbim|vorbi|vorbiti|interveni|intervenim|lua cuvantul|luam cuvantul|prezenta|prezentam|prezentati|interventie|interventia)$',
    '^(slot|slotul|slot de prezentare|slot de # minute|slotul de # minute)$',
    '^(interventie|interventia|interventii|prezentare|prezentarea|luare de cuvant|luarea de cuvant|luare a cuvantului|vorbitor|speaker|alocutiune)$',
    // The topic named before the colon: "Cât despre prezentare: de data asta nu, prezintă colegul".
    '^(cat despre|in ceea ce priveste|referitor la|legat de|in privinta) (prezentare|prezentarea|interventie|interventia|luarea de cuvant|luarea cuvantului)$',
    // "Pentru interventie: nu, multumesc, vom asculta doar." (h546_062); "Pentru partea de prezentare: nu" (h381_067).
    '^(pentru|privind|despre|la) (partea de |sectiunea de |momentul de |)(prezentare|prezentari|interventie|interventii|luarea de cuvant|luarea cuvantului|luare de cuvant)$',
    // "3. Doresc să susțin o intervenție: NU" (h147_033): the invitation's question as the field's label.
    '^(doresc sa (iau cuvantul|intervin|prezint)|doriti sa (luati cuvantul|interveniti|prezentati))$', '^(doresc|doriti|dorim) sa (sustin|sustineti|sustinem|tin|tineti|fac|faceti) o (scurta |)(interventie|prezentare)$',
    // "- luăm cuvântul: nu": the invitation's question turned into the field's label.
    '^(luam cuvantul|iau cuvantul|luati cuvantul|luarea cuvantului|vorbim|prezentam|interventie (din partea noastra|de # minute))$',
    // A webinar's form: "Întrebare/prezentare: nu" answers whether one asks or presents, not whether one comes (h90_028).
    '^(intrebare|intrebari|intrebare/prezentare|intrebare / prezentare|prezentare/intrebare|intrebare sau prezentare|prezentare sau intrebare)$',
  ],
  fallbackOpeners: ['^(daca nu|in caz contrar|altfel|altminteri)$',
    // The "if not" spelled out: "Pot să vin și cu o prietenă? Dacă nu e ok, vin singură" (h71_089).
    '^daca nu (e|este|se poate|merge|va fi) (ok|okay|in regula|posibil|bine)$'],
  attendanceFieldLabels: [
    '^(participare|participarea|prezenta|prezenta dvs|confirmare|confirmarea|confirmare participare|(mod|modul|modalitate|modalitatea|forma) (de participare|participare))$',
    // The webinar form's count: "Nr. colegi care se conectează: 1 (în afară de mine)".
    '^(nr|nr.|numar|numarul) (de |)(colegi|persoane|participanti) (care se (conecteaza|vor conecta)|care (participa|vor participa|vin|vor veni))$',
  ],
  attendingFieldValues: [
    '^(online|on-line|fizic|fizica|in persoana|in sala|la sediu|la fata locului|pe teams|pe zoom|prin teams|prin zoom|de la distanta|la distanta|hibrid|ambele)$',
    // A count besides oneself under the count label: "1 (în afară de mine)" ("0" says nothing of coming).
    '^(1|2|3|4|5|6|7|8|9|10|unul|unu|doi|doua|trei|patru|cinci) (in afara de mine|plus mine|pe langa mine|cu mine cu tot|inclusiv eu)$',
  ],
  additiveCues: ['^(si|plus|iar)', 'si de', 'de asemenea', 'in plus'],
  logisticsTopics: [
    // "Vă rog să mă adăugați și pe lista de newsletter a proiectului, da, sunt interesată" (h549_002): the newsletter answered.
    'newsletter', 'newsletterul', 'lista de distributie', 'noutatile', 'buletinul informativ',
    // "Da, vă rog, la adresa facultății" (h441_019): printed materials sent by post.
    'la adresa',
    // "Da, am nevoie de loc de parcare. Nr. TM 21 PXF": the answer to the reminder's parking question.
    // Not a bare "parca": folded, it is also "parcă" (as if).
    '(se poate|se pot|unde|pot|putem|as putea|am putea) (sa |)(parca|parchez|parcam|parcheze)', 'loc de parcare', 'locuri de parcare', 'parcare', 'parcarea', 'masina', 'masini', '(numar|numarul|nr) de inmatriculare', 'cazare', 'cazarea',
    '(masa|masa de pranz|pranz|pranzul|meniu|meniul) (vegetarian|vegetariana|vegan|vegana|de post)', 'meniu vegetarian', 'proiector', 'proiectorul', 'adeverinta', 'factura',
    // The optional guided walk after the lab: "Tur: nu" answers the walk, not the lab (h102_038).
    '(tur|turul|tur ghidat|turul ghidat|plimbare ghidata|plimbarea ghidata|vizita ghidata|turul de dupa)',
    // What was asked for, sent: "Da, vi-l trimit mâine de la birou" (h399_005, asked for the logo).
    '(vi-l|vi-o|vi-i|vi le|vi-le|ti-l|ti-o) (trimit|trimitem|voi trimite|vom trimite|transmit|atasez)', 'logo*',
    // "Vă rog să îmi trimiteți înregistrarea după ședință, da, mă interesează. Miercuri sunt în comisie" (h405_012).
    '(inregistrarea|inregistrare|minuta|prezentarile|slide-urile) (dupa|de la) (sedinta|intalnire|eveniment|atelier)',
    // What was read, and nothing more: "Da, am văzut planul. Sincer nu mă convinge axa 2" (h399_057); not "… planul și vin".
    '^(am vazut|am citit|am parcurs|am primit) (si |)(planul|documentul|materialul|materialele|draftul|invitatia|mesajul)$',
  ],
  asideTopics: [
    // "vreau să particip. Poate o colegă traduce. Vom fi doi." (h549_067): who translates, not whether one comes.
    '(traduce|traduca|traducem|traduc|traducerea|traducere|translatie)',
    // "probabil de pe laptopuri diferite" (h488_028): how they connect, not whether.
    'de pe (laptopuri|calculatoare|dispozitive|device-uri|telefoane) (diferite|separate)',
    // "Mă conectez de pe telefon probabil" (h506_050).
    '(ma conectez|ne conectam|intru|intram) de pe (telefon|mobil|laptop|tableta)',
    // "sper să meargă netul": the connection, not coming.
    'netul', 'net',
    // "vă trimit câteva comentarii, poate vă sunt de folos" (h119_061): the comments' use, not coming.
    'de folos', '(va|iti|le|ne) (sunt|vor fi|ar fi|e|este|va fi|ar putea fi) (utile|util|utila|folositoare|folositor)',
    // Who may answer instead: "Vă redirecționez invitația colegului meu …, poate vă poate răspunde el" (h139_023).
    '(va|iti|ne) (poate|pot|va putea|vor putea|ar putea) (raspunde|ajuta|da detalii|spune mai multe)',
    // A guess at what happened to the mail: "Nu-l găsesc în mail, probabil a fost tăiat" (h135_010).
    'a fost', 'au fost', 'a ajuns', 'au ajuns',
    // "poate găsim un moment să vorbim la o cafea": a chat besides, not coming (h101_031).
    '(gasim|gasi|gasesc|facem|avem) (si |)(un moment|o ocazie|timp|putin timp) (sa|de|pentru) (vorbim|discutam|stam de vorba|o discutie|o cafea)',
    // "venim 5 persoane, toți cu bicicletele – sper să aveți loc în curte": room for the bikes, not coming.
    'aveti (si |destul |suficient |)(loc|locuri|spatiu)', '(loc|locuri) (in curte|de parcare|pentru (biciclete|bicicletele|masini|masina))',
    // "Sper să meargă Zoom-ul la mine": the tool working, not coming.
    '(mearga|functioneze|tina) (bine |)(si |)(zoom-ul|zoomul|teams-ul|platforma|aplicatia|link-ul|linkul|laptopul|calculatorul|tehnica)',
    // Not a bare "camera" (Camera de Comerț) nor "prezentare" (the workshop's own slot).
    // "de pe același link, probabil din birouri diferite": where from, not whether.
    'din (birouri|locatii|locuri|orase|sali) diferite',
    // "Am două observații … Poate le puneți în discuție": the sender's points, not coming.
    '(puneti|punem|aduceti|aducem|supuneti) (si |)in discutie',
    // "Poate pentru viitor se poate anunța din timp": advice for next time.
    '^(pentru|pe) viitor',
    'camera (pornita|deschisa|oprita|inchisa|web|video)', 'fara camera', 'camerele', 'video', 'microfon*', 'sunet*', 'audio', 'conexiune*', 'internet*', 'semnal*', 'wifi', 'wi-fi', 'casti*', 'ecran*'],
  shorthand: {
    // Banat: "Io vin"; "da'" is "dar". (Moldovan "îs" folds to the English "is": left alone.)
    io: 'eu', "da'": 'dar', "numa'": 'numai', numa: 'numai',
    // "confirm ptr mine si pt Sergiu".
    ptr: 'pentru',
    pt: 'pentru', mersi: 'multumesc',
    // "particip eu si colegu meu" (h177_023): the article's "l" dropped in speech.
    colegu: 'colegul',
    // "confir participarea online": the last letter left off (the typo rule keeps it, "confirma" being a word).
    confir: 'confirm' },
  confirmingTags: ['nu', 'da', 'corect', 'asa-i', 'asa e', 'nu-i asa', 'nu e asa', 'nu-i asa'],
  tagQuestions: [
    '(e|este|va fi|ar fi|sper ca e) (ok|bine|in regula|o problema|vreo problema|acceptabil|posibil)', '(si |dar |)se poate', 'merge asa', '(va |)(convine|deranjeaza)', 'nu', 'da', 'ok', 'corect', 'bine', 'asa-i', 'asa e', 'nu-i asa', 'nu e asa',
  ],
  questionStarts: [
    'unde', 'cand', 'cum', 'cine', 'ce', 'care', 'cat', 'cate', 'cati', 'oare', 'se poate', 'exista', 'este posibil',
    'e posibil', 'ati putea', 'imi puteti', 'ne puteti', 'mi-ati putea', 'putem sa', 'pot sa', 'este nevoie',
    // "Vin cu încă un coleg, Petru, nu are invitație — îl puteți adăuga?" (h474_029).
    'il puteti', 'o puteti', 'ii puteti', 'le puteti', 'il poti', 'o poti',
    // "Aș vrea totuși să știu dacă e vreo parcare în zonă sau să vin cu bicicleta 🙂": asked without "?".
    'as vrea sa stiu daca', 'as vrea totusi sa stiu daca', 'as dori sa stiu daca', 'as vrea sa aflu daca',
  ],
  conditionalSequels: ['daca da', 'in acest caz', 'in cazul acesta', 'daca (e|este) asa', 'daca (exista|va exista|va fi|e|este) (traducere|interpretare)'],
  listRequests: ['^(ma|ne) (puteti|poti|ati putea) (trece|inscrie|adauga|pune|nota) (si |)(pe mine |pe noi |)(pe lista|in lista)$'],
  rhetoricalYes: ['(da|sigur|desigur|bineinteles|ok|sigur ca da|cu placere) (de ce nu|de ce nu as veni|cum sa nu)'],
  questionSequels: [
    // "Care este data corectă? În funcție de aceasta vă putem comunica dacă participăm".
    'in functie de (aceasta|asta|ea|raspuns|raspunsul|data)',
    // "…va fi traducere? Dacă da, vin sigur": the answer hangs on theirs.
    'daca da', 'daca nu', 'in acest caz', 'in cazul acesta',
    'altfel', 'altminteri', 'in caz contrar', 'ca sa', 'pentru a',
    // "Există parcare …? Întreb pentru colegii care vin din județ" (h612_067): why it is asked, no answer.
    // Not "Întreb pentru că vom fi trei persoane" (h23_047): the reason may be the answer.
    '(intreb|va intreb|te intreb|intrebam|va intrebam) (pentru|in numele) (colegii|colegele|colegul|colega|cei|cele|ceilalti|celelalte|participantii|altii|cineva|seful|sefa)'],
  admissionQuestions: [
    'mai (pot|putem) (sa |)(ma |ne |)(inscriu|inscriem|inscrie|inregistrez|inregistra|confirm|confirma|confirmam|particip|participa|participam|veni|vin|venim|alatura|alatur|alaturam)',
    'mai (sunt|este|e|exista|aveti) (locuri|loc|un loc|locuri libere)', '(mai (este|e) posibil|se mai poate) (sa |)(confirm|confirma|ma inscriu|ne inscriem|particip|vin)', '(e|este) prea tarziu (sa|pentru)',
  ],
  selfRequests: [
    'pot sa', 'putem sa', 'as putea', 'am putea', 'imi puteti', 'ne puteti', 'mi-ati putea', 'ne-ati putea', 'este posibil sa', 'e posibil sa', 'se poate sa',
    // The modal with a bare infinitive ("Putem lua cuvântul la final, 2-3 minute?").
    'pot lua cuvantul', 'putem lua cuvantul', 'pot si eu lua cuvantul', 'putem si noi lua cuvantul',
    // "Pot vorbi 5 minute despre programul de incubare?" (h145_029): the same without "să".
    'pot vorbi', 'putem vorbi', 'pot prezenta', 'putem prezenta', 'pot povesti', 'putem povesti',
    // "Mă puteți nota și pentru o scurtă prezentare?" (h153_067).
    'ma puteti', 'ma puteti nota', 'ne puteti nota',
    // "Poți să-mi pui și mie 5 minute în program?" (h331_069).
    'poti sa-mi', 'puteti sa-mi', 'poti sa ne', 'puteti sa ne', 'poti sa imi', 'puteti sa imi',
    // "Pot veni și cu o prietenă …? Dacă da, suntem două persoane" (h577_012): the same without "să".
    'pot veni', 'putem veni', 'pot aduce', 'putem aduce',
  ],
  pastAbsences: [
    // "Nu am reușit să particip la precedentele și nu știu dacă are sens să vin" (h324_046).
    '(n-am|nu am) (reusit|putut) sa (ajung|vin|particip|ma conectez|intru) la (precedentele|cele precedente|cele anterioare|precedenta|cea precedenta|ultimele|cele trecute)',
    // "Se poate primi și prezentarea din atelierul trecut? N-am reușit să ajung atunci" (h197_068).
    '(n-am|nu am) (reusit|putut) sa (ajung|vin|particip|ma conectez|intru) (atunci|data trecuta|ultima data|la atelierul trecut|la ultima intalnire|la intalnirea trecuta|la sesiunea trecuta)',
    '(am ratat|am pierdut|am lipsit de la|n-am putut ajunge la|nu am putut ajunge la|n-am putut participa la|nu am putut participa la|nu am reusit sa ajung la|n-am reusit sa ajung la) (intalnirea|atelierul|sesiunea|evenimentul|workshopul|reuniunea|sedinta)',
    '(intalnirea|atelierul|sesiunea|evenimentul|workshopul|reuniunea|sedinta) de (ieri|alaltaieri|saptamana trecuta)',
  ],
  recordingQuestions: ['(se va|se|o sa se) (inregistra|inregistreaza)', '(va fi|o sa fie|este|e|se face) (inregistrata|inregistrat|inregistrate|inregistrare)'],
  pendingAnswer: [
    '(inainte|inaintea) (sa|de a) (confirm|confirma|confirmam|va confirm|va confirmam|raspund|va raspund|va dau raspunsul)',
    // A colleague's answer forwarded below the sender's own line: "vezi mai jos răspunsul Cameliei. Eu personal nu pot" (h399_006).
    '(vezi|vedeti|gasiti|gasesti) (mai jos|dedesubt|in continuare) (raspunsul|confirmarea|mesajul)',
  ],
  referBack: ['^(ea|el|dansa|dansul|dumneaei|dumnealui|domnia sa|aceasta|acesta)'],
  presumingQuestions: [
    // "Confirm participarea, dar vă rog să îmi spuneți dacă pot prezenta în 5 minute și o idee nouă …?" (h605_010).
    'daca (pot|putem) (prezenta|sa prezint|sa prezentam|lua cuvantul|sa iau cuvantul|vorbi|sa vorbesc|interveni|sa intervin)',
    // "Aș dori să particip și aș vrea să vină și colega mea … Se poate să fim două persoane din aceeași organizație?" (h594_049).
    '(se poate|e posibil|este posibil|e ok|e in regula) sa (fim|venim|participam) (doua|doi|trei|2|3) (persoane|)',
    // "As vrea sa particip si eu … Trebuie sa instalez ceva pentru Zoom?" (h566_016): how to join, after the wish to.
    '(trebuie|e nevoie|este nevoie) (sa |)(instalez|instalam|descarc|descarcam|instalat|descarcat) (ceva|aplicatia|zoom|programul|un program)',
    // The link asked for again before the wish to come: "Mi-ați putea trimite link-ul de Zoom și pe această adresă? Aș vrea să
    // particip" (h405_007, h390_043).
    '(trimite|trimiteti|retrimite|retrimiteti|trimite-mi|trimiteti-mi) (si |)(mie |)(link-ul|linkul|un link|alt link|unul nou)',
    // How to join, after the wish to: "Aș dori să particip, doar ca observator. Se poate intra și fără cameră?" (h314_091).
    '(se poate|pot|putem|as putea) (intra|participa|conecta|ma conecta|ne conecta) (si |)fara (camera|video|microfon|cont)',
    // The talk's means asked after the wish to come and present: "Pot folosi un PowerPoint?" (h313_029).
    '(pot|putem|as putea|am putea) (sa |)(folosi|folosesc|folosim|proiecta|proiectez|proiectam|arata|arat|aratam) (un |o |niste |cateva |)(powerpoint|ppt|prezentare|slide*|proiector*|video|filmulet)',
    '(se elibereaza|se da|se dau|primim|primesc|eliberati|oferiti) (si |)(un |o |)(certificat|certificate|diploma|diplome|adeverinta|adeverinte) (de participare|de prezenta)', '(pot|putem|as putea|am putea) (sa |)(aduc|aducem|vin cu|venim cu|veni cu)',
    // "aș dori să particip la atelier. Pot veni și cu o prietenă …?" (h577_012).
    '(pot|putem|as putea|am putea) (sa |)(veni|vin|venim) si cu', '(e|este) (ok|in regula|posibil) (daca|sa) (aduc|aducem|vin cu|venim cu)', 'se poate (sa |)(aduc|aducem|vin cu|venim cu|veni cu)'],
  talkFollowUps: ['(daca|ca) (asta|aceasta|acest lucru|prezentarea|interventia) (se poate|este posibil|e posibil|se incadreaza|intra)', '(se incadreaza|intra) in (agenda|program)'],
  questionAnnouncements: ['(am|as avea|avem|am avea|as mai avea|mai am) (si |)o (singura |mica |scurta |)intrebare'],
  countDoubts: ['^(inca |)nu (stiu|stim) (inca |)(exact|sigur|precis)$', '^nu e (inca |)(sigur|final|definitiv)$', '^(inca |)nu (este|e) (inca |)(sigur|final|definitiv)$'],
  standInComes: ['(vine|vina|va veni|o sa vina|o sa vine|intra|va intra|sa intre|o sa intre|merge|va merge|sa mearga|o sa mearga|participa|va participa|sa participe|o sa participe)',
    // "Îl trimit pe Marius de la noi, eu am audiențe luni dimineață" (h350_054): the one sent comes.
    '(il|o) (trimit|trimitem|deleg|delegam|voi trimite|vom trimite) pe'],
  indirectQuestions: ['(sa|a) (stie|stiu|stim|aflu|afle|aflam) daca', '(ne|m-ar|ne-ar|l-ar|o-ar) (intereseaza|interesa) (sa stim |sa aflam |)daca', '(intreaba|intreb|intrebam) daca'],
  afterwardRequests: ['inregistra*', 'materialele', 'prezentarile', 'minuta', 'concluziile', 'rezumat*', 'ulterior', 'dupa (eveniment|intalnire|sesiune|atelier)',
    // "Poate îmi trimiteți ce se discută?": what was said, sent to one who is not there.
    'ce se (discuta|va discuta|hotaraste|decide)', 'ce s-a (discutat|hotarat|decis)'],
  // "În caz că nu mă pot conecta live, aș vrea să o urmăresc ulterior" (h418_027).
  conditionals: ['daca', 'in cazul in care', 'cu conditia', 'doar daca', 'numai daca', 'in caz ca'],
  conditionOpeners: ['daca', 'in cazul in care', 'cu conditia', 'doar daca', 'numai daca', 'in caz ca'],
  // "Confirm participarea. P.S. … deci până la urmă nu voi putea participa" (h121_001); "de fapt" only opening a clause.
  // "… deci vin totuși!" (h240_005); "PS: am verificat acum agenda și deplasarea s-a anulat, deci confirm" (h240_021).
  // "Mulțumesc, dar nu. Glumesc :) Sigur că vin" (h423_060): a joke taken back.
  changeOfMind: ['^(glumesc|glumeam|am glumit|glumita|gluma)$', '^(deci |asa ca |asadar |)(imi retrag|retrag|retragem|ne retragem) (confirmarea|participarea)',
    // "Sigur, miercuri la 11, exact când am inventarul anual... Glumesc doar pe jumătate: chiar nu pot" (h579_031).
    '^(glumesc|glumeam) (doar |numai |)(pe jumatate|putin)$', '(ignorati|ignora|va rog sa ignorati) (mesajul|emailul|e-mailul|raspunsul|ce am scris) (meu |)(anterior|precedent|de mai devreme|de ieri|)', '^(ps|p.s.|p.s)', '^adica nu',
    // "Nu. Adică da! Am citit greșit data" (h483_049); "Aș participa … dacă ar fi după-amiază. La 11 am filmare, deci nu" (h495_029).
    '^adica da', '^(deci|asa ca|prin urmare) nu$', '^ba nu', '^pardon nu', '(vin|venim|particip|participam) totusi', 'totusi (vin|venim|particip|participam)', '(s-a|a fost) (anulat|anulata)', 'tocmai (am vazut|am aflat|mi s-a spus|am observat)', '^de fapt', 'pana la urma', '(m-am|ne-am) razgandit', '^(stati|stai|asteptati|asteapta)$', '^(revin cu o |)(rectificare|corectura|modificare)$', '^rectific', '^(intre timp|intretimp)', 'tocmai (mi-a|ne-a|mi-au|ne-au) intrat', 'tocmai (m-am|ne-am) uitat',
    // "Am scris mai devreme că particip doar dacă e online … Acum am văzut că este pe Zoom, deci vă confirm" (h375_007).
    '^acum (am vazut|vad|am aflat|am observat|observ|am citit)',
    // "Nu voi putea participa. Am revenit asupra programului: …, așa că pot participa totuși" (h627_026).
    '^am revenit asupra (programului|deciziei|raspunsului|agendei)', '(pot|putem) (participa|veni|ajunge) totusi',
    // "Confirm … cu condiția să nu se suprapună cu ședința de senat. Am verificat între timp: ședința e mutată pe 19, deci sunt
    // liberă. Voi participa." (h615_022).
    '^am (verificat|vorbit|aflat|reusit|rezolvat|clarificat) (intre timp|intretimp)',
    // "Confirm participarea la întâlnire. Revin: scuze, … Deci nu mai pot" (h477_033): coming back on what was just said.
    '^(revin|revenim)$',
    // "Da, vin! Oops, abia acum văd că e miercuri 17, eu credeam că e joi. Miercuri nu pot." (h597_037).
    'abia acum (vad|am vazut|observ|am observat|realizez|am realizat|imi dau seama|mi-am dat seama)', '^(oops|ups|hopa)$',
    // "Vin. Sau cel puțin așa credeam - am văzut acum că luni am comisie de licență." (h603_067).
    '^sau cel putin asa (credeam|am crezut|ma gandeam|speram)', '(am vazut|am observat|am aflat|vad) acum ca',
    // "Confirm participarea pentru miercuri. Later edit: … deci din păcate nu pot" (h591_012).
    '^(later edit|edit|update|actualizare)$'],
  buttonMistakes: ['din greseala', 'gresit', 'eronat', 'accidental', 'de fapt', 'totusi', 'pana la urma', 'm-am razgandit'],
  selfConditions: [
    // "Dacă nu plec, particip" (h467_058).
    '(daca|in cazul in care|doar daca|numai daca|in caz ca) (eu |noi |)nu (plec|plecam|sunt plecat|sunt plecata|suntem plecati|calatoresc)',
    '(daca|in cazul in care|cu conditia sa|doar daca|numai daca|in caz ca) (eu |noi |)(pot|putem|reusesc|reusim|ajung|ajungem|am|avem|imi|ne|ma|mi|voi|vom|sunt|suntem|termin|terminam|apuc|apucam|scap|scapam)',
    '(daca|in cazul in care|doar daca|numai daca|in caz ca) (programul|timpul|agenda) (imi|ne|mi-o|ne-o|mi|ne)',
  ],
  unconditionals: ['oricum', 'in orice caz', 'indiferent', 'in ambele cazuri', 'orice ar fi',
    // A writer correcting a condition just written: "Dacă mă ajută nepotul, intru. Ba nu, știți ce, intru sigur".
    'ba nu',
    // The answer for now, the condition only for the news: "Dacă se schimbă ceva vă anunț, deocamdată nu contați pe mine" (h453_057).
    '^(deocamdata|momentan|pana atunci|pana una alta)'],
  // A condition the writer says is met: "Dacă se face pe Zoom (cum și este), intru".
  // "Dacă se termină până la 13:30, cum scrie în program, …" (h156_019): the programme says so.
  metConditions: ['(cum|ceea ce) si (este|e|va fi)', 'cum (scrie|este scris|e scris|apare|se arata|e anuntat|este anuntat) in (program|programul|invitatie|agenda)'],
  occasionAnaphors: ['(la |)(una|unele|cateva|oricare|macar una) (dintre|din) (ele|acestea)', 'la ele', 'la acestea'],
  // "Mulțumesc pentru invitația de a vorbi, dar de data asta doar ascult".
  speakingOffers: [
    '(invitatia|invitatie|oferta|propunerea|ocazia|posibilitatea|sansa) (de a|sa) (vorbi|vorbesc|prezenta|prezint|lua cuvantul|iau cuvantul|interveni|intervin|sustine o prezentare|sustin o prezentare|face o prezentare|fac o prezentare)',
    '(invitatia|invitatie|oferta|propunerea) (la|pentru) (o |)(prezentare|interventie|luare de cuvant|luarea cuvantului)',
    '(slotul|slot|intervalul|momentul) (de |pentru |)(prezentare|interventie|bune practici)',
  ],
  // "Vorbește și engleză, desigur."
  sentenceAdverbs: ['^(desigur|bineinteles|sigur|evident|firesc|absolut)$'],
  invitationWords: ['invitati*', 'invitatie*', 'invitat', 'invitata'],
  // "Aș dori să particip. Îmi puteți retrimite linkul?"
  linkRequests: [
    // "Poți să mă adaugi în lista de invitați pentru Zoom? Aș vrea să particip și eu" (h454_037): put on the list, the way in.
    '(ma|ne) (adaugi|adaugati|treci|treceti|pui|puneti|inscrii|inscrieti) (si |)(in|pe) lista (de invitati|invitatilor|de participanti|participantilor)',
    // Leave asked for what one does in the room presumes coming too: "Am vrea să venim … E ok dacă facem câteva poze în sală?".
    '(facem|fac|sa facem|sa fac|face|putem face|pot face) (cateva |niste |cate |)(poze|fotografii|filmari|inregistrari) (in sala|la eveniment|la atelier|in timpul (atelierului|evenimentului|intalnirii))',
    '(trimite*|retrimite*|redirectiona*) (si |din nou |)(mie |noua |)(linkul|link-ul|datele de conectare|datele de acces)',
    // The document asked for after the wish: "Aș dori să particip. Puteți să-mi trimiteți și planul de acțiune în format Word?" (h410_008).
    '(puteti|ati putea|poti|ai putea) (sa-mi|sa imi|sa ne|sa) (trimiteti|trimite|retrimiteti|retrimite) (si |din nou |iar |)(planul|documentul|materialul|materialele|agenda|prezentarea|fisierul)',
    // Asked as what one will get, as h407_061 asks in English: "Voi primi linkul din nou în ziua întâlnirii?".
    '(voi|vom|o sa|o sa mai|mai) (primi|primesc|primim) (si |din nou |iar |)(linkul|link-ul|datele de conectare|datele de acces)',
    // Another registration step: "Trebuie să ne înscriem și altundeva?".
    '(trebuie|e nevoie) (sa |)(ma|ne) (mai |)(inscriu|inscriem|inregistrez|inregistram) (si |)(altundeva|in alta parte|pe (o |)platforma)',
    // The room's means, asked after the wish: "Aș dori să particip. Există videoproiector?".
    '(partaja ecranul|partajare (de |a |)ecran*|share screen|proiector|videoproiector|parcare|loc de parcare)'],
  attendanceWords: [
    'particip*', 'prezent', 'prezenta', 'veni', 'vin', 'venim', 'ajung*', 'conect*', 'atelier*', 'eveniment*', 'sesiun*', 'intalnir*',
  ],
  eventActivities: [
    '(spun|spunem|zic|zicem) (ceva|cateva cuvinte|doua vorbe)',
    '(sa |)(pun|punem|adresez|adresam) (o |cateva |niste |cate o |)(intrebare|intrebari)', '(sa |)(intervin|intervenim|comentez|comentam|vorbesc|vorbim|prezint|prezentam)', '(sa |)(iau|luam) cuvantul',
    // "ma conectez de pe telefon, deci probabil mai mult ascult": the doubt is about the role.
    '(mai mult|mai degraba|doar|numai) (ascult|ascultam|urmaresc|urmarim)',
    // "Particip, dar cred că o să stau doar să ascult": the doubt is about the role, as above.
    '(stau|stam) (mai mult |mai degraba |doar |numai |)(sa |)(ascult|ascultam|urmaresc|urmarim)',
    // "vin să ascult, poate aflu ceva util": what the sender may take home presumes being there.
    '(aflu|aflam|invat|invatam) (ceva|cate ceva|lucruri)',
    // "Ne conectăm toți trei. Probabil ne conectăm din sala de ședințe, de pe un singur cont": the doubt is where from.
    '(ne conectam|ma conectez|ne vom conecta|ma voi conecta|intram|intru|urmarim|urmaresc) (toti |toate |impreuna |)(din|de pe|de la|prin) (sala|biroul|birou|laptopul|laptop|contul|un singur|acelasi|telefon|telefonul|sediu|sediul)',
  ],
  disclaimerOpeners: [
    'nota de confidentialitate', 'confidentialitate', 'clauza de confidentialitate', 'declinarea responsabilitatii', 'avertisment',
    'acest (mesaj|e-mail|email) (si (eventualele|orice|toate) (atasamente|anexe|fisiere) |)(este|sunt|poate fi|pot fi|contine|contin|se adreseaza|e destinat|este destinat) (strict |)(confidential*|privilegiat*|informatii confidentiale|exclusiv|numai|doar)',
    'informatiile (continute |cuprinse |)(in|din) acest (mesaj|e-mail|email)',
    'daca (nu sunteti destinatarul|ati primit acest (mesaj|e-mail|email) (din greseala|eronat))',
    // A bank's footer: "Rugăm să nu răspundeți cu date personale. Dacă nu doriți să mai primiți mesaje de la noi, nu vom participa…" (h274_045).
    '(va |)rugam sa nu (raspundeti|transmiteti|trimiteti)', 'daca nu (mai |)doriti sa (mai |)primiti', '(protectia|prelucrarea) datelor (cu caracter personal|personale)',
  ],
  // "Ne va fi imposibil să fim alături de dumneavoastră": impossibility negates what follows.
  negators: ['nu', 'n', 'nici', 'niciodata', 'nicidecum', 'imposibil'],
  // "Cu mare drag aș veni, numai că luni sunt internată" (h501_020): after a comma only (see `SPLIT_CONTRAST`), not "numai ca
  // auditor". Not "doar că": "doar ca observatori" is far more common.
  contrast: ['dar', 'insa', 'totusi', 'desi', 'cu toate acestea', 'in schimb', 'numai ca',
    // A correction in the same mail: "Confirm participarea. Revin cu o corectură: … nu voi participa".
    'revin cu o corectura', 'rectific'],
  partial: [
    // What comes with the meeting, not the meeting: "Mulțumesc, dar nu pot participa la prânz. La sesiune vin cu drag" (h531_022).
    // Not "la masa rotundă", which is the meeting.
    'la (cina|dineu|dineul|receptie|receptia|cocktail|cocktailul|masa de pranz|pranz|pranzul|turul ghidat|vizita ghidata|pauza de cafea)',
    // A session of the day named: "Vin, dar la sesiunea de după-amiază am o ședință și nu pot participa".
    '(sesiunea|partea|sectiunea) (de|din) (dupa-amiaza|dupa amiaza|dimineata|seara|pranz)',
    'la timp', 'la ora #', 'la #', 'la inceput', 'de la inceput', 'la deschidere', 'pana la (final|sfarsit|ora)', 'toata (durata|sesiunea)',
    // Staying all day is a part; the sender's own day taken all day is not ("pe 17 am sesiune de examene toată ziua și nu voi putea participa", h155_005).
    '(sta|stau|stam|ramane|raman|ramanem|fi|fiu|fim|particip|participam|participa) toata ziua',
    'fizic', 'in persoana', 'in sala', 'la sediu', 'dimineata', 'inainte de', 'dupa ora', 'decat (dupa|pana|de la|la|online)',
    'la prima parte', 'la a doua parte', 'pana la sfarsit', 'ziua intreaga', 'toata intalnirea',
    // Coming late or leaving early is a constraint of a yes: "s-ar putea să întârzii câteva minute".
    'intarzii', 'intarziem', 'cu (putina |o mica |)intarziere', '(plec|plecam) (mai devreme|mai repede|inainte de final|inainte de sfarsit)',
    // "s-ar putea să intru cu vreo 20 de minute întârziere", "Vlad probabil întârzie".
    'intarziere', 'intarzie',
    // "Cred că voi întârzia, dar vin. Probabil ajung pe la 10:30" (h468_042): the infinitive, and the hour of arriving.
    'intarzia', '(ajung|ajungem|intru|intram|ma conectez|ne conectam) (abia |)pe la #',
    // "Dacă se termină după 13 plec puțin mai devreme".
    '(plec|plecam) (putin|un pic|ceva|un pic) (mai devreme|mai repede)',
    // Arriving late: "vin și eu. cred că ajung un pic mai târziu, pe la 10:20" (h83_021).
    '(putin|un pic|ceva|cateva minute|cu cateva minute|cu # (de |)minute) mai tarziu',
    // Only part of the session: "mă voi conecta, dar probabil doar în prima oră".
    '(doar|numai) (in|la|pentru) (prima|primele|ultima|ultimele) (ora|ore|parte|jumatate|minute)',
    // Not extra people beyond those announced: "eu sunt una dintre cele două persoane anunțate …, nu venim în plus".
    'in plus$',
    // How one travels, asked about for the bike parking: "Nu venim cu bicicleta (suntem mai în vârstă)".
    '(cu|pe) (bicicleta|bicicletele|bicla|biciclete|masina|masinile|trotineta|trotinetele)', 'pe jos',
  ],
  // "No, mă bag și eu": the regional filler, not the English refusal.
  regionalFillers: ['no'],
  // "Da, sigur, puteți să-mi treceți numele pe ecusonul de grup al asociației" (h471_049).
  // "Sigur, nicio problemă dacă mai adăugați pe cineva la masa noastră" (h483_070).
  leaveGiven: ['nicio problema (daca|sa) (mai |)(adaugati|adauga|treceti|trece|puneti|pune|includeti|include|invitati)', '(puteti|poti) (sa |sa-mi |sa-ne |sa imi |sa ne |)(treceti|trece|folositi|folosi|publicati|publica|distribuiti|distribui|pastrati|pastra|adaugati|adauga|includeti|include|mentionati|mentiona|puneti|pune)'],
  // "Da, vă pot trimite prezentarea până vineri".
  sendingOffers: ['(va pot|va putem|iti pot|v-as putea|ti-as putea) (sa |)(trimite|trimit|trimitem|transmite|transmit) ... (prezentarea|slide-urile|slide-ul|slideurile|logo-ul|logoul|sigla|materialele|materialul|documentul|documentele|pozele|fotografiile|videoul|video-ul|raportul|brosura|datele|lista|contactele)', '(va|iti) (trimit|trimitem|transmit|transmitem) ... (prezentarea|slide-urile|slide-ul|slideurile|logo-ul|logoul|sigla|materialele|materialul|documentul|documentele|pozele|fotografiile|videoul|video-ul|raportul|brosura|datele|lista|contactele)'],
  // "Da, am primit invitația, mulțumesc. Din păcate nu pot fi prezent" (h283_005).
  // "Da, am înțeles, mulțumesc" (h441_010): the organiser's notice understood.
  mailRemarks: [
    // "Da, am văzut că lista stakeholderilor e lungă" (h567_011); "Da, da, bineînțeles că e un subiect important pentru oraș!"
    // (h567_066): agreeing with a remark, not answering the invitation.
    '(am vazut|am observat|am remarcat|am citit|stiu) ca (lista|planul|documentul|invitatia|tema|subiectul|agenda)',
    // "Da, am participat si la proiectul Timisoara 2021 - Orasul Inteligent pe care il coordonati" (h597_006): the organiser's
    // other project recalled, not this meeting answered.
    '(am participat|am fost|am luat parte) (si |deja |)(la proiectul|la programul|la initiativa|la celalalt|la cealalta|la editia)',
    // "Da, am văzut că ați mutat întâlnirea de la Cluj pe 25" (h579_009): news taken in, not the invitation answered.
    '(am vazut|am observat|am aflat|am citit|stiu) ca (ati|ai|s-a|s-au) (mutat|amanat|schimbat|reprogramat|anulat|modificat)',
    '(bineinteles|sigur|evident|desigur) ca (e|este) (un |o |)(subiect|tema|problema|lucru) (important|importanta|interesant|interesanta|esential|esentiala)',
    // "Da, sunt de acord ca numele meu și al organizației să apară în lista de participanți din raportul proiectului" (h525_020).
    '(sunt|suntem) de acord ca (numele|datele|fotografiile|imaginile)',
    // "Da, vă rog să îmi trimiteți și mie planul de acțiune în format Word" (h519_071): the material asked for, not the meeting.
    '(va|te) rog (frumos |)sa (imi|mi|ne|-mi) (trimiteti|trimiti|retrimiteti|transmiteti) (si |)(mie |noua |)(planul|documentul|materialele|materialul|prezentarea|draftul|fisierul|atasamentul)',
    // "Da, am participat și la prima sesiune din septembrie și a fost foarte utilă" (h513_043): a past session, not this one.
    '(am|noi am|eu am) participat (si |)la (prima|prima sesiune|sesiunea|atelierul|intalnirea|editia) (din|de|trecuta|precedenta|anterioara)', '(am|noi am|eu am) (citit|parcurs|rasfoit|studiat|vazut) (deja |)(planul|documentul|atasamentul|draftul|materialele|materialul|proiectul de plan)$',
    // "Da, a fost foarte util atelierul din septembrie, mulțumesc pentru materiale!" (h471_065).
    'a fost (foarte |chiar |)(util|utila|interesant|interesanta|bun|buna|reusit|reusita|frumos|frumoasa) (si |)(atelierul|intalnirea|sesiunea|evenimentul|workshopul) (din|de) (ianuarie|februarie|martie|aprilie|mai|iunie|iulie|august|septembrie|octombrie|noiembrie|decembrie|anul trecut|luna trecuta|data trecuta|toamna|vara|primavara|iarna)',
    // "Da, am completat chestionarul trimis săptămâna trecută" (h465_007); "Da, aș dori să fiu pe lista pentru newsletterul
    // proiectului" (h465_078).
    '(am|noi am) (completat|trimis|raspuns la) (si |deja |)(chestionarul|formularul|sondajul)',
    // "Da, sigur, completez cu plăcere chestionarul până vineri" (h477_008).
    '(completez|completam|o sa completez|o sa completam|voi completa|vom completa) (cu placere |si |imediat |)(chestionarul|formularul|sondajul)',
    '(as dori|as vrea|vreau|doresc|vrem|dorim) sa (fiu|fim) (pe lista|in lista) (pentru|de|la) (newsletter|newsletterul|newsletter-ul)',
    
    // "Da, suntem de acord să distribuim invitația și în rețeaua noastră" (h459_019): yes to passing it on.
    '(suntem|sunt) de acord (sa|cu) (distribuim|distribui|trimitem|transmitem|promovam|diseminam|dam mai departe|distribuirea|promovarea)',
    
    // "Da, vă rog, puteți să-l adăugați pe colegul meu pe lista de e-mail?": the mailing list, not the invitation.
    '(puteti|ati putea|poti|ai putea) (sa |sa-l |sa-o |)(adaugati|includeti|treceti|adaugi|incluzi|treci) ... (pe|in) (lista de (mail|email|e-mail|distributie|difuzare)|newsletter)',
    '(am|amu|noi am) primit', 'am inteles$', 'mi-a (parvenit|ajuns)', 'ne-a (parvenit|ajuns)', '(a|au) ajuns',
    // "Da, sunt de acord cu prelucrarea datelor personale" (h289_091): consent to the form, not an answer.
    '(sunt|suntem) de acord cu (prelucrarea|procesarea|utilizarea|folosirea|stocarea)', '(imi|ne) (dau|exprim|exprimam) (acordul|consimtamantul)',
    '(atasamentul|fisierul|documentul|linkul|link-ul) (acum |)(se deschide|functioneaza|merge|e ok|este ok)',
    // "Nu pot ajunge, dar da, vă rog să-mi trimiteți minuta": yes to what is sent after the meeting.
    '(va rog |te rog |)(sa |sa-mi |sa-ne |)(imi |ne |mi |)(trimiteti|trimiteti-mi|trimiteti-ne|trimite-mi|transmiteti|transmiteti-mi) (si |)(minuta|materialele|prezentarea|prezentarile|inregistrarea|concluziile|rezumatul|raportul|notitele)'],
  // "Confirm, numărul este corect" (h441_033), "Confirm, aceasta este adresa" (h441_055).
  confirmedData: [
    '^(numarul|nr|adresa|emailul|e-mailul|mailul|datele|telefonul|numele) (de telefon|de email|de e-mail|) (este|e|sunt) (corect|corecta|corecte|corecti|bun|buna|ok|in regula)$',
    '^(aceasta|asta|aceea|aia) (este|e) (adresa|numarul|emailul|adresa corecta)$'],
  ironyOpenings: ['ca si cum', 'de parca', 'chipurile'],
  gladAnswers: ['sigur ca da', 'sigur', 'da', 'da (sigur|desigur|bineinteles)', 'desigur', 'bineinteles', 'evident', 'cu (mare |tot |)(drag|placere)'],
  regrets: ['din pacate', 'din nefericire', 'cu parere de rau'],
  regretOpenings: ['pacat (doar |insa |numai |)ca'],
  // "Confirm. Nu. Scuze, am apăsat trimite prea repede. Voiam să scriu: …" (h429_080).
  relativeComing: ['care (va|vor|o sa)'],
  // "Sigur. Adică sigur nu pot, scuze, sunt în avion" (h519_067): "I mean" takes the first answer back.
  missent: ['am apasat (pe |)(trimite|send|butonul) (prea |)(repede|devreme)', '^adica (sigur |de fapt |)(nu|da)'],
  echoedNegatives: [
    // "daca tot ma intrebati de comentarii scrise - nu, nu trimit nimic in scris" (h381_030).
    'nu (trimit|trimitem|am|avem) nimic (in scris|scris)',
    // "Nu, nu am primit nicio altă invitație … Și da, particip miercuri" (h537_032).
    '(n-am|nu am) primit (nicio|niciun|nimic|vreo|alta|alt)',
    // "Nu, nu am primit încă versiunea de lucru a planului … Particip la întâlnire" (h585_002).
    '(n-am|nu am) primit inca',
    // "Nu, nu pot lipsi" (h501_044).
    'nu (pot|putem|as putea) (sa |)(lipsi|lipsesc|lipsim)',
    // "Nu, nu am restricții alimentare" (h453_010): the organiser's question about food.
    '(n-am|nu am|n-avem|nu avem) (nicio |vreo |)(restrictii|restrictie|alergii|cerinte|preferinte) (alimentare|speciale|)',
    // "Nu, mersi, nu vreau să fiu pe lista de vorbitori" (h447_065); "Nu, nu am nevoie, vin cu tramvaiul" (h447_083, parking).
    'nu (vreau|vrem|doresc|dorim|tin|tinem) sa (fiu|fim) (pe lista|in lista|printre) (de |)(vorbitori|vorbitorilor)', '(n-am|nu am|n-avem|nu avem) nevoie$',
    // "Nu, vă rog să nu mă scoateți" (h441_013), "Nu, îl am, mulțumesc" (h441_031): the list or the link.
    '(va rog sa |)nu (ma|ne) (scoateti|stergeti|eliminati|dezabonati)', '(il|o|le|i) (am|avem)( deja|)$',
    // The organiser's practical question answered: "Nu, nu vom avea nevoie de proiector" (h429_004), "Nu, nu mai e nevoie să-mi
    // trimiți linkul separat" (h429_082).
    'nu (vom avea|voi avea|avem|am|o sa avem|o sa am) nevoie (de|sa)', 'nu (mai |)(e|este) (cazul|nevoie)',
    // "Sigur că da. (Nu, n-am citit încă planul, dar îl citesc până atunci 😅)" (h352_024): no to having read it.
    '(n-am|nu am|n-avem|nu avem) (citit|parcurs|apucat sa citesc|apucat sa citim) (inca |)(planul|documentul|materialul|materialele|atasamentul|draftul|documentele)',
    'nu (am|avem) uitat', 'nu (am|avem) (alte |nicio |niciun |vreo |)(intrebar*|nelamurir*|obiecti*|observati*|comentari*|sugesti*|propuneri)', 'nu ma deranjeaza', 'nu e nicio problema',
    // "Nu, nu am nicio problemă cu ora 11. Ne auzim pe Zoom." (h591_071): the hour asked about suits.
    'nu (am|avem) (nicio|nici o) problema (cu|legat de)',
    // "Nu, nu e deranj deloc, am înțeles că e online. Voi fi acolo." (h367_024).
    'nu (e|este) (niciun |nici un |)deranj',
    '(n-am|nu am|n-avem|nu avem) (primit|vazut|gasit) (inca |)(planul|documentul|materialul|materialele|atasamentul|draftul|documentele|agenda|linkul)',
    // "Nu, nu am nevoie de link separat, îl folosesc pe cel din invitație" (h399_051): no to a need asked about.
    '(n-am|nu am|n-avem|nu avem) nevoie de'],
  languageCues: [
    'si', 'sa', 'nu', 'va', 'la', 'cu', 'de', 'pentru', 'multumesc', 'multumim', 'buna', 'ziua', 'voi', 'vom', 'sunt',
    'este', 'particip', 'participa', 'participarea', 'confirm', 'din', 'pacate', 'stima', 'salut', 'dumneavoastra', 'ca', 'pot',
    'fi', 'prezent', 'eu', 'noi', 'meu', 'mea', 'inca', 'doar', 'cand', 'unde', 'daca', 'dar', 'insa',
  ],
  details: detailsRo,
};
