import type { DetailsLocale } from '../phrase-table';

/**
 * Romanian phrases for the details of an answer: how many come, who is named, what the
 * organiser should read. Folded form, syntax in `phrase-locale.ts`.
 */
export const detailsRo: DetailsLocale = {
  numberWords: {
    unu: 1, una: 1, doi: 2, doua: 2, trei: 3, patru: 4, cinci: 5, sase: 6, sapte: 7, opt: 8, noua: 9, zece: 10,
    unsprezece: 11, doisprezece: 12, douasprezece: 12, amandoi: 2, amandoua: 2, 'o singura': 1,
  },
  totals: [
    // "Revenim: din cauza sesiunii vor veni doar 2 dintre noi" (h476_047).
    '(vor veni|vom veni|vin|venim|vor participa|vom participa|participam|participa|ne conectam|se conecteaza|vom fi) (doar |numai |)# (dintre noi|din noi|de la noi)',
    // "Vom fi o echipă de trei (eu, Ilinca, Matei)" (h456_054).
    '(vom fi|suntem|venim) o echipa de #',
    // "Rectific: Cosmin nu mai poate, rămânem trei" (h450_025).
    '(ramanem|vom ramane|o sa ramanem) (doar |numai |)#',
    // "Eu, din păcate, nu mai pot …, deci de fapt rămân doar doi: Mihaela și Toma" (h576_092): the others left.
    '(de fapt |deci |asa ca |)(raman|vor ramane) (doar|numai) #',
    // "Ne conectăm doi de pe același laptop (eu și doamna Lungu)" (h271_010): the count of who joins.
    '(ne conectam|ne vom conecta|o sa ne conectam|intram|vom intra|o sa intram) # (de pe|de la|din|impreuna|pe)',
    // A school's party by role: "vor fi prezenți 2 profesori și 2 elevi din consiliul școlar" (h217_077).
    '(vor fi prezenti|vor fi prezente|vor participa|vor veni|participa|vin|venim|vom fi|vom participa) # (profesori|profesoare|cadre didactice|invatatori|invatatoare|educatoare|elevi|eleve|studenti|studente)',
    // "suntem vreo 5" (h199_090).
    '(suntem|vom fi|venim|o sa fim) (vreo|cam|aproximativ|circa|in jur de|aproape) #',
    // A count corrected in passing: "Vom fi 2 persoane... de fapt 3" (h193_020).
    '(de fapt|adica|mai exact|pardon) #',
    // One, said as such: "Revin: o singură persoană, colegul meu s-a îmbolnăvit" (h204_085).
    '(doar |numai |)# persoana',
    // Narrowed after a "not": "nu mai venim trei, ci doar doi (eu și Oana)" (h219_083).
    'ci (doar|numai) #',
    // Set off by a comma: "venim doi: eu și Vlad. Pardon, trei, vine și Oana" (h204_018).
    '(de fapt|adica|mai exact|pardon), #',
    // "Echipa noastră de 3 va fi prezentă la discuție" (h393_004).
    '(echipa|delegatia) (noastra|mea) de #',
    'vom fi #', 'o sa fim #', 'suntem #', 'participam #', 'vom participa #', 'venim #', 'vom veni #',
    // "Ok, venim noi trei de la cooperativă" (h130_056).
    '(venim|vom veni|participam|vom participa|suntem|vom fi|ne conectam) noi #',
    // "Noi trei de la atelierul de ceramică venim sigur" (h228_010).
    'noi # (de la|din|venim|vom veni|participam|vom participa|suntem|vom fi|o sa venim|ne conectam)',
    // A count lowered: "Rectific: venim doar 2, colega Bianca nu mai poate" (h120_091).
    '(vom fi|o sa fim|suntem|participam|vom participa|venim|vom veni|ne conectam|vom fi prezenti) (doar|numai|totusi|deci|acum|in final|pana la urma|tot) #',
    // "… vine și ea. Deci 2 de la noi" (h165_021): the total said as a conclusion.
    '(deci|asa ca|in total|total) # de la noi',
    // "… se mai alătură Ionuț și Cristi. Deci 3 conexiuni" (h230_067): connections counted for the online session.
    '(deci|asa ca|in total|total|adica) # (conexiuni|conectari)',
    // "Din partea Filarmonicii vom fi prezenți trei: subsemnata, dl. Kovacs și dna. Roman" (h147_032).
    '(vom fi|o sa fim) (prezenti|prezente) (doar |numai |)#',
    // "Venim în trei", "suntem în patru".
    '(venim|vom veni|suntem|vom fi|o sa fim|participam|vom participa) in #',
    // "vor participa doi inspectori" (h484_040): people named by their post. "vor veni în locul meu doi masteranzi" (h532_070).
    '# (persoane|participanti|participante|oameni|reprezentanti|delegati|invitati|colegi|colege|membri|inspectori|inspectoare|consilieri|consiliere|experti|experte|specialisti|specialiste|doctoranzi|doctorande|masteranzi|masterande)',
    'participarea a # (persoane|participanti|colegi)', 'un numar de #', 'in numar de #', 'echipa de #',
    // "Confirmăm participarea unui grup de 5 voluntari ai asociației (inclusiv subsemnatul)" (h232_017).
    '(participarea|prezenta) (unui|a unui) grup de #', '(venim|vom veni|participam|vom participa|vom fi) (cu |)(un|) grup de #',
    'amandoi', 'amandoua', 'noi (doi|doua)', '(toti|toate) #', '# pers',
    // "Vin cu Matei și cu Alex, deci trei cu totul": the sum the sender made.
    '# (cu totul|in total|per total)', '(in total|per total|cu totul) #',
    // A school's party after the confirmation: "Confirm participarea: 18 elevi din clasa a XI-a A și 2 profesori însoțitori" (h316_031).
    '(confirm|confirmam|va confirm|va confirmam) (participarea|prezenta|participare): # (elevi|eleve|studenti|studente|copii|profesori|cadre didactice)',
    // "Total 22 de persoane" (h292_045): twenty and up take "de".
    '(in total|per total|total|cu totul) # de (persoane|participanti|participante|oameni)',
    // "confirmăm participare pentru doi profesori de la Liceul …: A și B": the people the count names.
    '(confirm|confirmam|va confirm|va confirmam) (participarea|participare|prezenta) (pentru|a) # (profesor*|cadre didactice|elev*|student*|voluntar*|angajat*|specialist*|expert*|consilier*)',
    // The forum's hybrid format: "1 fizic", "2 la fața locului", then "și 1 online" added after.
    '# (fizic|la fata locului|in sala|in persoana)', 'vom fi (doar|numai) #',
    // A form filled in: "- persoane: 2 (Marta Kiss, Ana Pașca)", "Număr de participanți: 3".
    '(persoane|participanti|numar persoane|numar de persoane|numarul de persoane|numar participanti|numar de participanti|numarul de participanti): #',
    // "deci patru cu tot cu mine": the sum the sender made, with themself in it.
    '# cu tot cu (mine|noi|subsemnatul|subsemnata)',
    // "vor participa 2 profesori și 6 elevi", "vom fi 10 elevi + eu": a school's party by role; what follows is added after.
    '(vor participa|vom participa|vom fi|vom veni|venim|participam|suntem) # (profesori|profesoare|cadre didactice|elevi|eleve|studenti|studente)',
    // "Vom veni cu o clasă întreagă, a X-a B - 24 de elevi": twenty and up take "de"; the party's size after a dash or a plural verb,
    // not "liceul are 24 de elevi în club".
    '(vom fi|suntem|venim|vom veni|vom participa|participam) # de (elevi|eleve|studenti|studente|copii|tineri|persoane|participanti|membri)',
    '(venim|vom veni|vom participa|participam) cu (o |un |)(clasa|grupa|grup|delegatie) ... ... # de (elevi|eleve|studenti|studente|copii|tineri)',
  ],
  extras: [
    // "Vom participa 2 persoane + eu" (h594_059): those counted, then the sender.
    '# (persoane|colegi|colege|oameni|reprezentanti) (+|plus) (eu|mine|subsemnatul|subsemnata)',
    // "Confirm pentru mine și pentru cei doi stagiari ai studioului" (h588_024): the sender, then those booked with them.
    '(pentru|pt) (mine|noi) si (pentru|pt) (cei |cele |)# (persoan*|coleg*|participant*|invitat*|prieten*|insotitor*|reprezentant*|membr*|student*|elev*|voluntar*|colaborator*|stagiar*|doctoran*|intern*|asociat*)',
    // "Sigur vin! Și aduc și stagiarele, sunt două." (h552_042): the ones brought, then how many.
    '(aduc|vin cu|venim cu|aducem) (si |)(stagiarele|stagiarii|colegele|colegii|voluntarii|voluntarele|studentii|studentele|elevii|elevele)(,|) (sunt|sint) #',
    // "Îmi confirm participarea. Vor mai fi prezenți doi colegi din departament" (h540_016): "mai" adds them to the sender.
    '(vor mai fi|vor mai veni|vor mai participa|mai vin|mai participa) (prezenti |prezente |si |)# (colegi|colege|persoane|reprezentanti|reprezentante)',
    // "Sigur vin! Și aduc și pe cei doi stagiari de la galerie" (h450_054).
    '(aduc|aducem|o sa aduc|o sa aducem|voi aduce|vom aduce) (si |)(pe |)(cei|cele|) # (stagiar*|coleg*|student*|voluntar*|colaborator*|membr*|angajat*|elev*|eleve|copii|prieten*)',
    // "Voi participa online. Din partea facultății se mai conectează doi colegi, conf. dr. Anca Tudor și lect. dr. Paul Neagu" (h370_006).
    '(se mai conecteaza|se vor mai conecta|mai vin|vor mai veni|mai participa|vor mai participa) # (persoan*|coleg*|reprezentant*|membr*|student*|colaborator*)',
    // "Vin eu, plus 2 arhitecți din birou" (h438_057): colleagues named by their trade.
    '(cu|si|impreuna cu|alaturi de|insotit de|insotita de|inca|plus) # (persoan*|coleg*|participant*|invitat*|prieten*|vecin*|ghid*|ghizi|instructor*|insotitor*|reprezentant*|membr*|oameni|student*|elev*|voluntar*|colaborator*|masteran*|doctoran*|cursant*|specialist*|expert*|arhitect*|inginer*|designer*|cercetator*|trainer*|formator*|facilitator*|mentor*)',
    // "Confirm participarea mea și a doi colegi": mine, and theirs.
    '(si|plus) a # (persoan*|coleg*|participant*|invitat*|prieten*|insotitor*|reprezentant*|membr*|oameni|student*|elev*|voluntar*|colaborator*|masteran*|doctoran*|cursant*|specialist*|expert*)',
    '(aduc|aducem|voi aduce|vom aduce|o sa aduc|o sa aducem) (si |cu mine |)# (persoan*|coleg*|participant*|invitat*|prieten*|insotitor*|reprezentant*|membr*|oameni|student*|elev*|voluntar*|colaborator*|masteran*|doctoran*|cursant*|specialist*|expert*)',
    '(cu|si) inca #', 'plus #$',
    // More coming besides the sender: "Pe lângă mine vor mai veni doi colegi" (h234_012).
    '(vor mai veni|mai vin|mai vine|vor mai participa|mai participa|se mai alatura|se vor mai alatura) # (persoan*|coleg*|participant*|invitat*|reprezentant*|membr*|student*|elev*|voluntar*|colaborator*)',
    // "Participăm cu un reprezentant, subcomisar Mihai Cârstea": an institution's one representative is all who come (counts no one more).
    // Not "particip cu un reprezentant" (the sender and one more).
    '(participam|vom participa|participa|va participa|vom fi prezenti|vom fi reprezentati|va fi reprezentata|va fi reprezentat) (doar |numai |)cu (un|o|unul|una) (singur |singura |)(reprezentant|reprezentanta|delegat|delegata|persoana)',
    // "… de doamna profesoară Camelia Nistor și de doi elevi din clasa a XI-a".
    '(si|precum si) de (catre |)# (persoan*|coleg*|participant*|reprezentant*|membr*|student*|elev*|voluntar*|colaborator*|masteran*|doctoran*|cursant*|specialist*|expert*)',
    // "1+2 (eu + 2 colegi de la incubator)": the sender, then who comes along.
    '(eu|subsemnatul|subsemnata) + # (persoan*|coleg*|participant*|invitat*|prieten*|insotitor*|reprezentant*|membr*|student*|elev*|voluntar*|colaborator*)',
    // "Voi fi prezentă, împreună cu doi dintre voluntarii noștri, Bianca și Tudor".
    '(cu|si|impreuna cu|alaturi de|insotit de|insotita de|plus) # (dintre|din) (colegii|colegele|voluntarii|voluntarele|studentii|studentele|elevii|elevele|membrii|colaboratorii|reprezentantii|profesorii|specialistii|expertii) (mei|mele|nostri|noastre)',
    // "subsemnata … precum și două cadre didactice", "împreună cu doi tineri din asociația parohială": other people a school or parish brings.
    // Not after a bare "cu": "o școală cu 12 profesori" is no party.
    '(si|precum si|impreuna cu|alaturi de|insotit de|insotita de|plus|vin cu|venim cu|particip cu|participam cu|voi veni cu|vom veni cu|voi participa cu|vom participa cu) # (cadre didactice|profesor*|profesoare|tineri|tinere|copii|invatator*|educator*|parinti|artist*|mestesugar*|antreprenor*|consilier*|delegat*)',
    '(precum si|precum si a) # (persoan*|coleg*|participant*|invitat*|reprezentant*|membr*|student*|elev*|voluntar*|colaborator*|specialist*|expert*)',
    // "Vom participa cu o delegație de 5 studenți și un cadru didactic (eu)": the students, then their teacher.
    '(cu|si) (o |)delegatie de # (student*|elev*|masteran*|doctoran*|cursant*|copii|tineri|voluntar*)',
    // "Eu plus cele două stagiare ale noastre, Alexandra și Diana": the juniors of the sender's office, after "cele".
    '(cu|si|plus|impreuna cu|alaturi de|insotit de|insotita de) (cei |cele |)# (stagiar*|practicant*|intern*)',
    '(cu|si|plus|impreuna cu|alaturi de|insotit de|insotita de) (cei|cele) # (persoan*|coleg*|participant*|invitat*|reprezentant*|membr*|student*|elev*|voluntar*|colaborator*|asociat*|parteneri|partenere)',
    // "vom participa cu un grup de 15 studenți", "vin cu 24 de elevi": a group, or twenty and up with "de".
    // Not after a bare "cu": "lucrez cu un grup de 15 studenți" is no party.
    '(vin cu|venim cu|particip cu|participam cu|voi veni cu|vom veni cu|voi participa cu|vom participa cu|si|plus|impreuna cu|alaturi de|insotit de|insotita de) (un |)grup de # (de |)(persoan*|student*|elev*|tineri|copii|membr*|voluntar*)',
    '(vin cu|venim cu|particip cu|participam cu|voi veni cu|vom veni cu|voi participa cu|vom participa cu|si|plus|impreuna cu|alaturi de|insotit de|insotita de) # de (persoan*|student*|elev*|tineri|copii|membr*|voluntar*|coleg*)',
    // A webinar form's count: "Nr. colegi care se conectează: 1 (în afară de mine)": the colleagues besides the sender.
    '# (in afara de mine|pe langa mine|pe langa subsemnatul|pe langa subsemnata|fara a ma socoti|fara sa ma socotesc)',    // The family workshop: "eu vin cu două fetițe ale mele", "venim cu cei trei nepoți". Not after a bare "cu": "lucrez cu 20 de copii".
    '(vin cu|venim cu|voi veni cu|vom veni cu|particip cu|participam cu|vin si cu|venim si cu|impreuna cu|alaturi de|plus|si cu) (cei |cele |)# (copii|copiii|copilasi|fetite|fetitele|baieti|baietei|nepoti|nepoate|nepotei|nepotele)',
  ],
  companion: [
    // "Atât eu, cât și colegul meu Tudor Sabău vom participa" (h600_008).
    'atat ... cat si (colegul|colega|domnul|doamna|directorul|directoarea|asistentul|asistenta|sotul|sotia|fratele|sora) (meu|mea|nostru|noastra)',
    // "Directorul nostru … va participa …; îl va însoți consilierul juridic, dna Sorina Bud" (h600_054).
    '(il|o) (va|vor) insoti',
    // "Confirm. Colegul meu Paul Dobre va face o scurtă intervenție de 5 minute, eu doar asist." (h600_066): the colleague who
    // speaks is there, beside the sender who only listens (not "Va participa colega noastră Diana Stan, care va susține …").
    '(colegul|colega) (meu|mea|nostru|noastra) ... (va face|va avea|va sustine|va vorbi|va prezenta|va comenta|va lua cuvantul) ... ... eu doar (asist|ascult|urmaresc)',
    // One more sent along, named: "o trimit pe colega mea Andreea Pop și pe Vlad Ionescu de la noi din echipă" (h534_010).
    // Only after one sent already: "Ți-l trimit și pe Ștefan de la noi" (h320_030) sends Ștefan alone.
    '(trimit|trimitem|deleg|delegam) pe (colega|colegul) ... ... si pe ... (de la noi|din echipa|din echipa noastra|din partea noastra|de la birou|din departament)',
    // "Colegul meu Sergiu ar vrea să prezinte …; el va fi acolo cu mine" (h522_037).
    '(el|ea) va fi (acolo |)(cu mine|impreuna cu mine|alaturi de mine)',
    // "vin eu și fotograful, Vlad" (h520_053): someone along by trade.
    'eu si (fotograful|fotografa|cameramanul|operatorul|interpretul|interpreta|traducatorul|traducatoarea|soferul|asistentul|asistenta|stagiarul|stagiara)',
    // "doresc să iau cuvântul (5 minute), iar colega mea va fi prezentă doar ca observator" (h516_012).
    'iar (colegul|colega) (meu|mea|nostru|noastra) (va fi prezent|va fi prezenta|va participa|va veni|vine|va asista|va fi de fata)',
    // "Particip eu, iar colegul meu Horațiu intră doar pentru primele 30 de minute" (h498_015).
    // Not "iar colega mea intră în concediu de mâine".
    'iar (colegul|colega) (meu|mea|nostru|noastra) ... (vine|va veni|se conecteaza|se va conecta|participa|va participa)', 'iar (colegul|colega) (meu|mea|nostru|noastra) ... (intra|va intra) (doar|si|pe|la|pentru)',
    // "Particip eu și încă unul, colegul de la redacție, Tudor" (h474_018); "Confirm participarea mea și a încă unui coleg" (h474_038).
    'eu si inca (unul|una)', '(si a|si pentru) inca (unui|unei) (coleg|colege|persoane|reprezentant|reprezentante|membru)',
    // "Intervenția o va face colegul meu Marius Stan …; eu voi fi doar în audiență" (h474_017): the one who speaks comes too.
    '(interventia|prezentarea) (noastra |)(o va face|o va sustine|o va tine|va fi facuta de|va fi sustinuta de|va fi tinuta de) (colegul|colega) (meu|mea|nostru|noastra)',
    // "Colega Anca se alătură doar pentru a doua parte a întâlnirii" (h462_045).
    '(colega|colegul) (mea|meu|noastra|nostru|) ... se (alatura|va alatura)',
    // "Confirm, vin cu un asociat" (h460_069): with its article, not "soțul meu care e și asociat în firmă" (h51_005).
    '(cu|impreuna cu|alaturi de|insotit de|insotita de) (un|o) (asociat|asociata)',
    // "voi veni împreună cu noul președinte, dna Elisabeta Kiss" (h459_076).
    '(cu|impreuna cu|alaturi de|insotit de|insotita de) (noul|noua) (presedinte|presedinta|director|directoare|sef|sefa|coordonator|coordonatoare|manager)',
    // "colega mea, Diana Roman, va lua notițe" (h456_081): one along to take the notes.
    '(colega|colegul|asistenta|asistentul|secretara|secretarul) (mea|meu|noastra|nostru) ... (va lua|o sa ia|va face|o sa faca) (notite|minuta|procesul-verbal)',
    // A colleague joining on their own, said in a sentence of its own: "Particip … Colegul meu, Levente Szabó, se va conecta separat
    // de pe alt calculator" (h412_019). Only with a word of addition: a stand-in's "Colegul meu Ion Pop va participa" is the one counted.
    '(colegul|colega) (meu|mea|nostru|noastra) ... ... (se va conecta|se conecteaza|va veni|vine|va participa|participa) (separat|si el|si ea|si dansul|si dansa|de asemenea)',
    // A parent or sibling along: "Cu mine vine și tata" (h438_062).
    'cu mine (vine|va veni|o sa vina|se conecteaza|se va conecta) (si |)(tata|mama|fratele|sora|bunicul|bunica|unchiul|matusa|tatal meu|mama mea)',
    // The ones sent while the sender is away: "participă colegii mei Irina și Paul; eu am conflict de agendă" (h437_019).
    '(participa|vor participa|vin|vor veni|se conecteaza|se vor conecta|vor fi prezenti|vor fi prezente) (colegii|colegele) (mei|mele|nostri|noastre) ... si',
    // The one who speaks for the party comes too: "va vorbi colegul meu Mihai Dumitru, eu mă conectez doar ca observator" (h432_047).
    '(va vorbi|va prezenta|va lua cuvantul|va interveni|vorbeste|prezinta) (colegul|colega) (meu|mea|nostru|noastra)',
    // "Colega Réka va fi și ea conectată, doar ascultă" (h432_015); "Andrei, colegul meu, va fi și el în call" (h432_058).
    '(colegul|colega) ... ... va fi si (el|ea|dansul|dansa) (conectat|conectata|prezent|prezenta|in call|pe zoom|in sala|acolo|online)',
    // "Voi fi însoțită de colegul meu Ilie Marin și de o stagiară, Bianca" (h370_030): the "de" repeated goes on with the party.
    'si de (o|un) (stagiara|stagiar|voluntara|voluntar|studenta|student|interpreta|interpret|asistenta|asistent|colega|coleg|masteranda|masterand|doctoranda|doctorand)',
    // "Vă confirm participarea Universității de Vest, prin subsemnata și prof. dr. Mihai Georgescu" (h314_080).
    '(prin|de catre) (subsemnata|subsemnatul) si (prof|prof.|dl|dl.|dna|dna.|domnul|doamna|colegul|colega|dr|dr.|conf|conf.|lect|lect.)',
    // "Voi fi însoțit de bucătarul-șef, dl. Marius Tudor" (h202_051); "însoțit de consilierul său" (h201_062).
    '(voi fi|vom fi) (insotit|insotita|insotiti|insotite) de', '(insotit|insotita) de (consilierul|consiliera|asistentul|asistenta|adjunctul|adjuncta|secretarul|secretara|colaboratorul|colaboratoarea) (sau|sa|lui|ei)',
    // "Eu + fiul meu (10 ani)" (h199_029).
    '(eu|io) + (fiul|fiica|sotul|sotia|colegul|colega|prietenul|prietena|vecinul|vecina|partenerul|partenera) (meu|mea)',
    // "Confirm, eu plus colegul Vlad" (h480_011): the relation named with its name, no possessive.
    '(eu|io) (plus|+) (fiul|fiica|sotul|sotia|colegul|colega|prietenul|prietena|vecinul|vecina|partenerul|partenera|seful|sefa|directorul|directoarea|asistentul|asistenta)',
    // "subsemnatul și un tânăr din programul nostru de angajare asistată, Mihai" (h195_030).
    '(si|cu|impreuna cu|alaturi de|insotit de|insotita de) (un|o) (tanar|tanara|beneficiar|beneficiara|elev|eleva|membru|membra|participant|participanta|copil)',
    '(cu|si|impreuna cu|alaturi de|insotit de|insotita de|plus) (un|o|unul|una|) (coleg|colega|prieten|prietena|insotitor|insotitoare|partener|partenera|asistent|asistenta|reprezentant|reprezentanta|invitat|invitata|sef|sefa|director|directoare|voluntar|voluntara|stagiar|stagiara|intern|interna|practicant|practicanta|student|studenta)',
    '(cu|si|impreuna cu|alaturi de|insotit de|insotita de) (colegul|colega|prietenul|prietena|sotul|sotia|partenerul|partenera|asistentul|asistenta|seful|sefa|directorul|directoarea|fiul|fiica|colaboratorul|colaboratoarea) (meu|mea|nostru|noastra)',
    // "Particip alături de doctoranda Livia Pârvu" (h443_054); "Vin eu plus unul – colegul meu de birou" (h444_015).
    '(cu|impreuna cu|alaturi de|insotit de|insotita de) (doctorandul|doctoranda|masterandul|masteranda|studentul|studenta|stagiarul|stagiara)', 'eu plus (unul|una)',
    // "Vin cu artistul Matei Zaharia" (h448_047): an artist of the gallery, named after the trade.
    '(vin|venim|particip|participam|voi veni|vom veni|o sa vin) (cu|impreuna cu|alaturi de) (artistul|artista|regizorul|regizoarea|curatorul|curatoarea|fotograful|fotografa|arhitectul|arhitecta|designerul|designera|scriitorul|scriitoarea|autorul|autoarea|muzicianul|muziciana|pictorul|pictorita|sculptorul|sculptorita)',
    // "Vin cu regizorul nostru artistic" (h203_024): a role of the sender's team, its adjective after.
    '(cu|si|impreuna cu|alaturi de|insotit de|insotita de) (regizorul|regizoarea|dirijorul|dirijoarea|coregraful|coregrafa|curatorul|curatoarea|fotograful|fotografa|traducatorul|traducatoarea|interpretul|interpreta|translatorul|translatoarea|arhitectul|arhitecta|designerul|designera|inginerul|inginera|trainerul|trainera|mentorul|mentora|coordonatorul|coordonatoarea|managerul|managera|contabilul|contabila|juristul|jurista|avocatul|avocata) (meu|mea|nostru|noastra)',
    // The sender along with the one who answers for the office: "vor participa directorul instituției, dl. Marius Bota, împreună cu subsemnata" (h207_019);
    // "va fi reprezentată de mine și de directorul adjunct, dl. Cornel Sabău" (h208_045), "… și de asistenta mea, Irina" (h218_021).
    '(impreuna cu|alaturi de|insotit de|insotita de|si) (subsemnata|subsemnatul)', '(de mine|de subsemnata|de subsemnatul) si de (directorul|directoarea|colegul|colega|asistentul|asistenta|secretarul|secretara|adjunctul|adjuncta|dl|dna|d-na|domnul|doamna|presedintele|presedinta|managerul|coordonatorul|coordonatoarea)',
    // "da, participam, eu si cofounderul meu, Paul" (h211_012): startup words, Romanian ending.
    '(cu|si|impreuna cu|alaturi de|insotit de|insotita de) (cofounderul|co-founderul|cofondatorul|co-fondatorul|cofondatoarea|asociatul|asociata|partenerul de afaceri|partenera de afaceri) (meu|mea|nostru|noastra)',
    // "confirm pt mine si Ionut Marin" (h223_029): the confirmation for the sender and someone named.
    '(confirm|confirmam|va confirm) (pentru|pt) mine si',
    // A crew member along: "Vin cu un operator. Aș dori să fac o scurtă declarație la final" (h404_072).
    '(cu|si|impreuna cu|alaturi de|insotit de|insotita de) (un|o) (operator|operatoare|cameraman|fotograf|fotografa|reporter|reportera|jurnalist|jurnalista)',
    // An interpreter along: "vin cu o traducătoare".
    '(cu|si|impreuna cu|alaturi de|insotit de|insotita de) (un|o) (traducator|traducatoare|interpret|interpreta|translator|translatoare)',
    // One of the organisation's people along, or an interpreter named by their language: "Confirm participarea mea, alături de
    // fotograful asociației" (h384_088), "Voi participa împreună cu interpreta de limbaj mimico-gestual, colega Dana Onu" (h378_050).
    '(cu|impreuna cu|alaturi de|insotit de|insotita de) (fotograful|fotografa|traducatorul|traducatoarea|interpretul|interpreta|translatorul|translatoarea|asistentul|asistenta|colegul|colega) (asociatiei|organizatiei|firmei|echipei|institutiei|fundatiei|muzeului|teatrului|de limbaj|de limba|mimico-gestual)',
    // "Vă confirm participarea mea și a directorului adjunct al bibliotecii, dl. Horia Cristea" (h401_025).
    '(participarea|prezenta) (mea|noastra) si a (directorului|directoarei|presedintelui|presedintei|managerului|coordonatorului|coordonatoarei|sefului|sefei|colegului|colegei|domnului|doamnei|cofondatorului|cofondatoarei|asociatului|asociatei|partenerului|partenerei|adjunctului|adjunctei|asistentului|asistentei)',
    // "Vă confirm participarea mea și a unei eleve din clasa a XII-a (Bianca Ursu)" (h383_039).
    'si a (unei|unui) (eleve|elev|studente|student|colege|coleg|voluntare|voluntar|doctorande|doctorand|masterande|masterand|stagiare|stagiar)',
    // "vin împreună cu sora mea": family along.
    '(cu|impreuna cu|alaturi de|insotit de|insotita de) (sora|fratele|mama|tata|tatal|verisoara|verisorul|nepoata|nepotul|matusa|unchiul) (mea|meu)',
    // "Particip eu si stagiarul nostru, Vlad Popa": a junior of the sender's office.
    '(cu|si|impreuna cu|alaturi de|insotit de|insotita de) (stagiarul|stagiara|practicantul|practicanta|internul|interna|voluntarul|voluntara|adjunctul|adjuncta) (meu|mea|nostru|noastra)',
    '(cu|si|impreuna cu|alaturi de|insotit de|insotita de) (dl|dna|d-na|d-l|domnul|doamna)',
    '(cu|si|impreuna cu|alaturi de|insotit de|insotita de) (colegul|colega|sotia|sotul|partenerul|partenera|prietenul|prietena|seful|sefa|directorul|directoarea|fiul|fiica|asistentul|asistenta)',
    // "dl. Georgescu, va participa personal, însoțit de secretarul consulatului, dna. Elisabeta Frank" (h247_028).
    '(impreuna cu|alaturi de|insotit de|insotita de) (secretarul|secretara|adjunctul|adjuncta|consilierul|consiliera|consultantul|consultanta)',
    // A titled companion: "participarea domnului av. Mihai Popescu, partener, împreună cu av. colaborator Andreea Stan" (h241_001).
    '(impreuna cu|alaturi de|insotit de|insotita de) (av.|dr.|prof.|ing.|arh.|ec.|conf.|dl.|dna.|dl|dna|d-na|d-l|domnul|doamna)',
    // A trade's own people: "Vin împreună cu bucătarul-șef, Sandu Mircea" (h235_072).
    '(impreuna cu|alaturi de|insotit de|insotita de|si cu) (bucatarul-sef|bucatarul|bucatareasa|somelierul|somelierul nostru|asociatul|asociata|cofetarul|cofetara|barista|managerul|managera)',
    // "Vă confirm prezența mea și a fiului meu, Mihai Tănase" (h348_057): family too.
    '(si a|si pe|si pentru) (colegei|colegului|colega|colegul|domnului|doamnei|dlui|dnei|d-lui|d-nei|sotului|sotiei|fiului|fiicei|fiul|fiica|fratelui|surorii|fratele|sora|partenerului|partenerei|asociatului|asociatei|stagiarul|stagiara|stagiarului|stagiarei|voluntarul|voluntara|asistentul|asistenta) (mele|meu|mea|noastre|nostru|)',
    // "Confirm participarea mea și a unei colege, prof. Mihaela Sas" (h169_048).
    '(participarea|prezenta) (mea|noastra) si a (unei|unui) (colege|coleg|persoane|reprezentante|reprezentant|prietene|prieten)',
    // "Confirm participarea mea și a lui Marius Pintea" (h151_035).
    '(participarea|prezenta) (mea|noastra) si a lui',
    // "Vă confirm participarea mea și a directorului nostru, dl. Sebastian Groza" (h127_056).
    '(si a|si pe|si pentru) (directorului|directoarei|sefului|sefei|presedintelui|presedintei|managerului|coordonatorului|coordonatoarei|asistentului|asistentei|adjunctului|adjunctei|asociatului|asociatei|partenerului|partenerei) (nostru|noastre|meu|mele)',
    'plus unu', '+1', '+ 1', 'plus 1',
    // "Vă rog să-mi rezervați și un loc pentru colega Oana Tănase".
    '(un loc|inca un loc|loc) (si |)pentru (colega|colegul|o colega|un coleg|dl|dna|d-na|domnul|doamna|sotul|sotia|asistentul|asistenta)',
    // "Vin și aduc un coleg".
    '(aduc|aducem|voi aduce|vom aduce|o sa aduc|o sa aducem) (si |cu mine |cu noi |)(un|o) (coleg|colega|prieten|prietena|insotitor|insotitoare|asistent|asistenta|reprezentant|reprezentanta|invitat|invitata|voluntar|voluntara|stagiar|stagiara|student|studenta|membru)',
    // "Vin cu încă un coleg", "plus încă o persoană".
    // "împreună cu 12 elevi … și încă o profesoară, doamna Rusu" (h228_014).
    // A plus sign for "și": "Confirm, vin eu + încă o colegă" (h409_011).
    '(cu|si|plus|+) (inca|tot) (un|o) (coleg|colega|persoana|prieten|prietena|invitat|invitata|reprezentant|reprezentanta|insotitor|insotitoare|voluntar|voluntara|student|studenta|membru|profesor|profesoara|cadru didactic|educatoare|invatator|invatatoare|parinte)',
    '(colegul|colega|sotul|sotia|seful|sefa|prietenul|prietena) (meu|mea|nostru|noastra) (si cu mine|si eu|ma va insoti|ma insoteste|vine cu mine|va veni cu mine)',
    '(ma|ne) (va |vor |)(insoti|insoteste|insotesc) (si |)(colegul|colega|sotul|sotia|seful|sefa|prietenul|prietena|un coleg|o colega)',
    // "Mă va însoți și doamna asist. univ. drd. Ramona Lupu": the one accompanying named by title after the verb, one person.
    '(ma|ne) (va |vor |)(insoti|insoteste|insotesc) (si |)(dl|dna|d-na|d-l|domnul|doamna)',
    // "vin, eu și nevasta", "vom fi prezenți, eu și părintele diacon Mihail": family, clergy, a co-founder.
    '(cu|si|impreuna cu|alaturi de|insotit de|insotita de) (nevasta|barbatul|parintele|preotul|diaconul|fratele|mama|tatal|nepotul|nepoata|mentorul|mentora|asociatul|asociata|cofondatorul|cofondatoarea)',
    // "Vin, plus asociatul meu Sebi": one of the sender's own added with "plus".
    'plus (asociatul|asociata|partenerul|partenera|cofondatorul|cofondatoarea|colegul|colega|sotul|sotia|prietenul|prietena|fratele|sora) (meu|mea|nostru|noastra)',
    // "Eu și vecinul meu Ben … am vrea să venim": a neighbour or in-law along.
    '(cu|si|impreuna cu|alaturi de|insotit de|insotita de|plus) (vecinul|vecina|cumnatul|cumnata|nasul|nasa|finul|fina) (meu|mea|nostru|noastra)',
    // "Și vine și fata mea, Ileana": a daughter or son in the spoken words.
    '(cu|si|impreuna cu|alaturi de|insotit de|insotita de) (fata|baiatul|feciorul|sora) (mea|meu)',
    // "voi fi prezent, împreună cu un membru al consiliului parohial, dl. …": a member of a body, not a bare "cu" ("am vorbit cu un membru").
    '(impreuna cu|alaturi de|insotit de|insotita de) (un|o) (membru|membra) (al|a|din)',
    // "Mă aduce nepoata cu mașina și stă și ea cu mine": the one who drives stays for the meeting too.
    '(sta|ramane|va sta|va ramane|o sa stea) si (ea|el|dansa|dansul) (cu mine|langa mine|alaturi de mine)',
    // "Vom fi prezenți eu și doi elevi …, însoțiți de doamna profesoară": the party, plural, accompanied.
    '(insotiti de|insotite de) (dl|dna|d-na|d-l|domnul|doamna|colegul|colega|un coleg|o colega|un profesor|o profesoara|profesorul|profesoara|doamna profesoara|domnul profesor)',
  '(va veni|vine|ar veni|o sa vina) (si |)(cu mine|impreuna cu mine|alaturi de mine)', '(ma va insoti|ma insoteste)',
    // "Vin cu fetița (6 ani)": one child along, no possessive ("cu fata" is also "with the face", so not that word).
    '(vin|venim|voi veni|vom veni|particip|participam|o sa vin|o sa venim) (si |)(cu|impreuna cu) (fetita|baietelul|copilul|copila|copilasul|nepotelul|nepotica|nepoata|nepotul|fiica|fiul|bunica|bunicul)',
    // "Intră cu mine și Vlad, dar de pe link separat": joining the online meeting along with the sender.
    '(intra|va intra|o sa intre|se conecteaza|se va conecta) (si |)(cu mine|impreuna cu mine|alaturi de mine)',
    // "Eu vin la 10, iar colegul meu se conectează la sesiunea de la 16": a colleague in a clause of their own.
    'iar (colegul|colega) (meu|mea|nostru|noastra) (si |)(vine|va veni|va participa|se conecteaza|se va conecta|o sa vina)',
    // "Eu voi participa fizic, iar colegul meu online": the verb left out, the format alone after the colleague.
    'iar (colegul|colega) (meu|mea|nostru|noastra) (online|fizic|pe zoom|pe teams|de la distanta|in persoana|la fata locului|in sala)',
    // "O aduc și pe Ioana", "prin subsemnata și prin dl. vicepreședinte Paul Niță".
    '(o|il) (aduc|aducem|voi aduce|vom aduce|o sa aduc|iau|luam|voi lua) (si |cu mine |)pe', '(si|precum si) prin (dl|dna|d-na|d-l|domnul|doamna|colegul|colega)',
    // "… va fi reprezentat de subsemnatul și de doamna Elena Tănase".
    '(si|precum si) de (catre |)(dl|dna|d-na|d-l|domnul|doamna|colegul|colega)',
    // "Liceul va fi reprezentat la atelier de doamna profesoară Camelia Nistor și de doi elevi": the first of the party.
    'reprezentat(|a|i|e) (la atelier |la eveniment |la sesiune |la intalnire |la workshop |la reuniune |acolo |)de (catre |)(dl|dna|d-na|d-l|domnul|doamna|colegul|colega)',
    // "… va fi reprezentată la Atelierul Local de Învățare din data de 12.03.2020 de către domnul subprefect Dan Crăciun, însoțit de …".
    'reprezentat(|a|i|e) ... ... ... de catre (dl|dna|d-na|d-l|domnul|doamna|colegul|colega)',
    // "… va fi reprezentată la atelierul din 20.01.2020 de dl. Cristian Olaru, consilier, și de d-na …": the place and date before a bare "de".
    'reprezentat(|a|i|e) la ... ... de (dl|dna|d-na|d-l|domnul|doamna|colegul|colega)',
    // "va participa prin doamna bibliotecar Sanda Pop și subsemnata": a colleague named first, then the sender.
    'prin (dl|dna|d-na|d-l|domnul|doamna|colegul|colega) ... (si|precum si) (subsemnata|subsemnatul)',
    // "pune-o și pe Gabi pe lista de invitați, vine și ea": someone added to the list.
    '(pune-o|pune-l|puneti-o|puneti-l|trece-o|trece-l|treceti-o|treceti-l|adauga-o|adauga-l|adaugati-o|adaugati-l|inscrie-o|inscrie-l|inscrieti-o|inscrieti-l) (si |)pe ... pe lista',
    // "Și-l aduc și pe Matei": the pronoun joined to "și".
    '(si-l|si-o) (aduc|aducem|voi aduce|vom aduce|iau|luam|voi lua) (si |cu mine |)pe',
    // "Doamna director va participa împreună cu o educatoare, doamna Ramona Ivan": a school's staff along.
    // Not after a bare "cu": "lucrăm cu o profesoară de la UVT" is no one coming.
    '(impreuna cu|alaturi de|insotit de|insotita de|insotiti de) (un|o|unul|una) (profesor|profesoara|educator|educatoare|invatator|invatatoare|bibliotecar|bibliotecara|consilier|consiliera|secretar|secretara|inspector|inspectoare|elev|eleva|cadru didactic|expert|experta|specialist|specialista)',
    // "Eu voi lua cuvântul …, colega mea, Andreea Matei, doar va asista": only listening, beside the sender who speaks.
    '(colegul|colega) (meu|mea|nostru|noastra|meu,|mea,|nostru,|noastra,) ... (doar|numai) (va asista|va participa|va asculta|asista|asculta|va fi prezenta|va fi prezent)',
    // "Colegul meu vine și el": also coming, with or without a name between.
    // "colegul Dan Pop va prezenta punctul nostru de vedere … și va intra și el pe Zoom" (h531_064): a talk between, then coming too.
    '(colegul|colega) ... (va prezenta|va vorbi|va sustine|va interveni|va lua cuvantul) ... ... (si va intra|si va veni|si se va conecta|si intra|si vine) si (el|ea)',
    // "Colegul meu, Victor, se va conecta și el de pe alt calculator" (h264_028): the apposition's comma written (a gap does not start at one).
    // "Colega mea Maria Tănase va fi și ea" (h534_026).
    '(colegul|colega|sotul|sotia|seful|sefa|prietenul|prietena) (meu|mea|nostru|noastra|meu,|mea,|nostru,|noastra,) ... (vine|va veni|va participa|participa|o sa vina|se conecteaza|se va conecta|intra|va intra|o sa intre|se va alatura|se alatura|o sa se alature) si (el|ea)',
    // Being there too, said as such: not "va fi și el la Cluj / în concediu".
    '(colegul|colega|sotul|sotia|seful|sefa) (meu|mea|nostru|noastra) ... (va fi|o sa fie) si (el|ea)$', '(colegul|colega|sotul|sotia|seful|sefa) (meu|mea|nostru|noastra) ... (va fi|o sa fie) si (el|ea) si (ar vrea|vrea|doreste|ar dori|va)', '(colegul|colega|sotul|sotia|seful|sefa) (meu|mea|nostru|noastra) ... (va fi|o sa fie) si (el|ea) (prezent|prezenta|acolo|alaturi|cu noi|cu mine|pe zoom|online)',
    // "eu, plus curatorul nostru, Vlad Enache", "eu și un doctorand": a role of the sender's side.
    '(cu|si|plus|impreuna cu|alaturi de|insotit de|insotita de) (curatorul|curatoarea|coordonatorul|coordonatoarea|managerul|managera|presedintele|presedinta|secretarul|secretara|designerul|designera|fotograful|fotografa|profesorul|profesoara|doctorandul|doctoranda|masterandul|masteranda) (meu|mea|nostru|noastra)',
    '(cu|si|plus|impreuna cu|alaturi de|insotit de|insotita de) (un|o) (doctorand|doctoranda|masterand|masteranda|cercetator|cercetatoare|curator|curatoare|coordonator|coordonatoare|designer|fotograf|fotografa)',
    // "Doamna director Elena Popescu va participa la atelier, însoțită de subsemnata": the sender comes along.
    '(insotit|insotita|insotiti|insotite) (de catre|de) (subsemnata|subsemnatul|mine)',
    // "Ii dau link-ul si colegei mele Bianca Petrescu, intra si ea separat": the link passed on, she joins too.
    '(si |)(colegei|colegului|sefei|sefului) (mele|meu|noastre|nostru) ... (intra|se conecteaza|se va conecta|va intra|o sa intre) si (ea|el)',
    // "Vă rog să trimiteți linkul și colegei mele, conf. dr. Adina Pop (adina.pop@…), care va participa și ea": her title, name
    // and address between (a gap does not start at a comma, so the comma is written).
    '(si |)(colegei|colegului|sefei|sefului) (mele|meu|noastre|nostru|mele,|meu,|noastre,|nostru,) ... ... care (va participa|vine|va veni|participa|intra|va intra|se conecteaza|se va conecta|va fi prezenta|va fi prezent|o sa vina|o sa intre) si (ea|el)',
    // "Confirm participarea mea și a doctorandei Alexandra Pop": a university's junior along.
    '(si a|si pe|si pentru) (doctorandei|doctorandului|doctoranda|doctorandul|masterandei|masterandului|studentei|studentului|asistentei|asistentului)',
    // "Vă rog să o treceți pe colega mea, Ana Pop. Eu vin sigur.": someone put on the list (without "pe listă").
    '(sa o|sa il|sa-l|s-o) (treceti|puneti|adaugati|inscrieti|notati|trecem|punem|adaugam|inscriem) (si |)pe (colega|colegul|dna|d-na|dl|d-l|domnul|doamna|sotia|sotul|sefa|seful)',
    '(treceti-o|treceti-l|puneti-o|puneti-l|adaugati-o|adaugati-l|inscrieti-o|inscrieti-l|notati-o|notati-l) (si |)pe (colega|colegul|dna|d-na|dl|d-l|domnul|doamna|sotia|sotul|sefa|seful)',
    // "voi veni împreună cu profesorul de informatică, dl. Ciprian Lungu": a school's staff named by subject.
    '(impreuna cu|alaturi de|insotit de|insotita de|insotiti de) (profesorul|profesoara|responsabilul|responsabila|specialistul|specialista|inginerul|inginera|consilierul|consiliera) de',
    // "Doamna decan … confirmă participarea împreună cu lect. dr. Vlad Sârbu și asist. dr. Oana Mirea": a university's staff by title.
    // Not after a bare "cu": "am discutat cu prof. X" is a conversation.
    '(impreuna cu|alaturi de|insotit de|insotita de|insotiti de) (lect|lector|conf|prof|asist|dr|drd|cercet|cs|ing|arh)',
    // The second of the staff: "… și asist. dr. Oana Mirea" (not "prof."/"dr.", common after "am vorbit cu").
    '(si|precum si) (lect|conf|asist|drd|cercet) (univ |)(dr|drd|ing|)',
    // "Confirm, vin eu + o colegă": a plus sign for "și", the companion by role.
    '(eu|subsemnatul|subsemnata) + (un|o|) (coleg|colega|prieten|prietena|insotitor|insotitoare|asistent|asistenta|voluntar|voluntara|stagiar|stagiara|student|studenta|doctorand|doctoranda)',
    // "Va participa doamna Matei și eu." (h559_059): the sender closing the pair.
    '(va participa|vor participa|va veni|vor veni|vine|vin|vom fi|vom participa) (doamna|domnul|dna|dl|d-na|colega mea|colegul meu|colega|colegul) ... si eu',
    // "sigur voi veni, eu și președinta asociației dna Milica Jovanovici": the head of the sender's body.
    '(eu|subsemnatul|subsemnata) (si|impreuna cu|alaturi de) (presedinta|presedintele|vicepresedinta|vicepresedintele|directorul|directoarea|coordonatorul|coordonatoarea|managerul|managera|secretarul|secretara) (asociatiei|fundatiei|organizatiei|firmei|clubului|institutului|centrului|scolii|liceului|echipei|departamentului|societatii|cooperativei)',
    // "Școala … va fi prezentă: eu (director adjunct) și profesoara de educație tehnologică": a school's staff by role, after the list's colon.
    '(prezenta|prezent|prezenti|prezente|participa|participam|vin|venim|veni): (eu|subsemnatul|subsemnata) ... (si|impreuna cu|alaturi de) (profesoara|profesorul|invatatoarea|invatatorul|educatoarea|educatorul|bibliotecara|bibliotecarul|consiliera|consilierul|psihologa|psihologul|logopeda|logopedul|secretara|secretarul|contabila|contabilul|directoarea|directorul|asistenta|asistentul|medicul|mediatoarea|mediatorul)',
  ],
  conversations: [
    '(am|ati|cum am|dupa cum am|asa cum am|cum ati|dupa cum ati) (deja |)(vorbit|discutat|stabilit|convenit|agreat|comunicat|corespondat) (deja |telefonic |ieri |la telefon |)cu',
    // "Am confirmat deja telefonic cu doamna Petruț, vă scriu doar ca să rămână și în scris" (h561_039).
    '(am|ati|cum am|dupa cum am|asa cum am) (deja |)confirmat (deja |)(telefonic|la telefon|pe telefon|verbal) cu',
    '(conform|in urma|dupa) (discutiei|discutiilor|intelegerii|convorbirii|convorbirilor) (telefonice |avute |purtate |)cu',
    // "un prieten mi-a trimis invitația": who passed the mail on is no companion.
    '(un|o|) (prieten|prietena|coleg|colega) (mi-a|ne-a) (trimis|dat|redirectionat|transmis|spus|recomandat)',
    // "Așa cum v-a anunțat și domnul Bălan, confirm și eu participarea": who answered before is no companion.
    '(asa cum|dupa cum|cum) (v-a|v-au|va|ne-a|mi-a|ati aflat) (deja |)(anuntat|spus|scris|comunicat|transmis|informat|confirmat|mentionat|de la) (deja |)si (dl|dna|d-na|d-l|domnul|doamna|colegul|colega|colegii)',
    // "Am reușit să fac schimb de ore cu o colegă, deci vin": the colleague who swapped stays behind.
    // "am vorbit ieri la telefon cu dna Petruț și i-am confirmat": when and how, both before the "cu".
    '(am|ati|cum am|dupa cum am|asa cum am) (vorbit|discutat|stabilit|convenit) (ieri|azi|astazi|alaltaieri|deja|saptamana trecuta|dimineata) (la telefon|telefonic|pe telefon) cu',
    'schimb (de ore |de tura |de ture |de program |de zi |de zile |)cu', '(am |)(schimbat|inversat) (orele|ora|tura|turele|programul|ziua|zilele) cu',
  ],
  // "Voi veni împreună cu:" and a dashed list of names and roles (h510_038).
  companionListIntro: ['(voi veni|vin|particip|voi participa|ma conectez|ma voi conecta|voi fi prezent|voi fi prezenta) (impreuna cu|alaturi de|cu|insotit de|insotita de)$'],
  attendeeListIntro: [
    // "Nu voi participa, dar colegii mei Ana si Paul (de la Centrul de Cercetare) se vor conecta" (h570_045): the ones who come instead.
    'nu (voi participa|pot participa|pot ajunge|pot veni|voi putea participa|voi putea ajunge)(,|) dar',
    // "Vă confirm participarea ADR Vest prin colegii Marius Tănase și Oana Vasilescu" (h566_045).
    '(confirm|confirmam|va confirm|va confirmam|confirma) participarea ... ... prin (colegii|colegele|colegul|colega|reprezentantii|doamna|domnul|dl|dna)',
    // "reprezentanții Consiliului Județean Timiș la atelier vor fi: dl. Ionuț Barbu, dna. Sanda Vasiu, dna. Teodora Pop" (h554_060).
    '(reprezentantii|reprezentantele) ... ... (vor fi|sunt):',
    // "Vine în locul meu Mihaela Rusu și Petra Iancu de la Direcția Cultură" (h551_087): the ones sent, named after it.
    // Not "va participa în locul meu colega Alexandra Chiriac, coordonator programe Art Encounters" (h396_010): one, with her office.
    '(vine|vin|vor veni|vor participa|se vor conecta|merge|merg|vor merge) in locul meu',
    // "Vă transmit mai jos confirmarea colegilor: - Alina Ciobanu, … - Cătălin Rus, …" (h363_033).
    'confirmarea (colegilor|colegelor)',
    // "Din partea fundației participăm: Elena Mureșan și Cristian Toma" (h190_032).
    'din partea ... (participam|venim|vom veni|vom participa|ne conectam)',
    // "De la Biblioteca Județeană vom veni: Dorina Lazăr, Mircea Bota." (h411_022): "de la", the names under the colon.
    '^de la ... (participam|venim|vom veni|vom participa|ne conectam|vom fi):',
    // "Confirmăm participarea la atelierul din 20 ianuarie: Gabriel Lazăr și Andrei Kovács, din partea Teatrului Maghiar" (h257_010).
    '(confirm|confirmam|va confirm|va confirmam) (participarea|prezenta) la (atelierul|atelier|intalnirea|evenimentul|sesiunea|workshopul)',
    // The third person, the names under the colon: "Din partea Teatrului Basca participă: - Alexandra Moise - Tudor Enache" (h258_003).
    'din partea ... (participa|vor participa|vin|vor veni):',
    // "Ne conectăm de la Hub: Victor Bălan și Irina Sârbu" (h182_061).
    '(ne conectam|venim|participam|vom participa|vom veni|ne vom conecta) (de la|din partea|din) ...',
    // "Vom fi de la noi: Loredana Pop, Ciprian Pop și Ștefan Vasiu" (h228_071).
    '(vom fi|o sa fim|suntem|venim) (de la noi|din partea noastra):',
    '(vor|vom|va) participa', 'participanti', 'participantii', 'participante', 'lista participantilor', 'urmatoarele persoane',
    'urmatorii (colegi|participanti|reprezentanti)', 'urmatoarelor persoane', 'urmatorilor (colegi|participanti|reprezentanti)',
    '(confirm|confirmam) (participarea|prezenta) (pentru|a|urmatoarelor|urmatorilor)', 'din partea (noastra|institutiei|asociatiei|firmei)',
    // "Confirmăm participarea din partea Fundației Triade:" and the names below it.
    '(confirm|confirmam|va confirm|va confirmam) (participarea|prezenta) (din partea|in numele)',
    'persoanele (care vor participa|participante)', '(vor|vom) fi prezent(i|e)', 'confirm participarea (urmatoarelor persoane|colegilor)',
    // Names under a colon: "Confirmăm participarea noastră:\n- Ștefan Neagu\n- Andrei Țăranu" (h120_087).
    '(confirmam|confirm|va confirmam) (participarea|prezenta) (noastra|echipei noastre|delegatiei noastre|echipei|delegatiei):', '(va|vor|vom) fi reprezentat(|a|i|e) de', '(va|vor|vom) fi reprezentat(|a|i|e) ... de catre',
    '(ne|ma) (inscrieti|treceti pe lista|adaugati pe lista)',
    // "ne puteți trece pe listă: Florin Oancea și Maria Oancea".
    '(ne|ma) (puteti|poti|ati putea) (trece|inscrie|adauga) (pe lista|)',
    // "Vin eu, plus Ioana Marin și Dan Suciu": the answer opens a list of who comes.
    '^(vin|venim|particip|participam)',
    // The colleagues named after a third-person verb: "Participă din partea AJOFM Timiș colegii Mirela Toma și Ionuț Lazăr"
    // (h371_043), "din partea ADETIM se vor conecta colegele mele Ramona Vasile și Claudia Neagu" (h376_007). The second intro
    // is not the bare "participă din partea" below: its list starts after "colegii", not at the organisation's name.
    '(participa|vor participa|se vor conecta|se conecteaza|vor veni|vin|vor intra|vor fi prezenti|vor fi prezente) (colegii|colegele) (mele|mei|noastre|nostri|)',
    // "Nu pot participa eu, dar vor intra în locul meu colegele Erika Nagy și Monica Iancu" (h510_021).
    '(participa|vor participa|se vor conecta|vor veni|vin|vor intra) in locul (meu|nostru) (colegii|colegele) (mele|mei|noastre|nostri|)',
    '(participa|vor participa|se vor conecta|se conecteaza|vor veni|vin) din partea ... (colegii|colegele) (mele|mei|noastre|nostri|)',
    // The colleagues named before their verb: "colegii mei Andra si Tiberiu se vor conecta de pe acelasi laptop" (h402_069).
    '(colegii|colegele) (mei|mele|nostri|noastre)',
    // "Din partea Direcției de Dezvoltare vor fi Ana Toma și Cezar Vlad" (h393_021).
    '^din partea ... (vor fi|va fi)',
    // "vor veni doar 3 dintre ei: Alin Toma, Bianca Olaru și Sergiu Florea" (h384_018).
    '(vor veni|vor participa|vin|participa|se vor conecta) (doar |numai |)# dintre (ei|ele|noi)',
    // "Participă din partea Teatrului Național: Marina Ionescu (manager) și Cătălin Grigore (PR)" (h378_085).
    '(participa|vor participa|vor fi prezenti|se vor conecta|se conecteaza) din partea',
    // "din partea muzeului vor fi conectați dr. Claudiu Ilaș și dr. Andrei Georgescu" (h148_038).
    '(vor|vom) fi conectat(i|e)',
    // "Buna ziua. Participam din partea Forumului …: Hans Weber si Ingrid Schmidt" (h144_043): mid-line, with whom it is for.
    '(participam|venim|vom veni) din partea',
    // "Vă trimit numele colegilor care se vor conecta: Vlad Ene și Simina Duță".
    '(colegii|colegilor|colegele|colegelor|persoanele|persoanelor) care (vor participa|se vor conecta|vor veni|vor fi prezent*|vin|participa)',
    // "Confirmăm participarea dlui Bogdan Marinescu și a dnei Carmen Vasiu": the titled names are the list.
    '(confirm|confirmam|va confirm|va confirmam) (participarea|prezenta) (dlui|dnei|d-lui|d-nei|domnului|doamnei)',
    // "îți confirm prezența colegelor Ana Rusu și Daniela Ionescu" (h513_051).
    '(confirm|confirmam|va confirm|va confirmam|iti confirm|iti confirmam) (participarea|prezenta) (colegilor|colegelor) (mei|mele|nostri|noastre|)',
    // "Vă confirmăm participarea la atelier:" and the numbered names below it.
    '(confirm|confirmam|va confirm|va confirmam) (participarea|prezenta) (la atelier|la eveniment|la sesiune|la intalnire|la workshop|la seminar|la reuniune):',
    '(confirm|confirmam|va confirm|va confirmam) (participarea|prezenta):',
    // The organisation named before the colon: "Confirmăm participarea CCIAT: Radu Ionescu și Cosmin Bărbulescu" (h272_049).
    '(confirm|confirmam|va confirm|va confirmam) (participarea|prezenta) ... *:',
    // "Numele participanților:" and the numbered names below it.
    '(numele|lista|datele) (participantilor|persoanelor participante|colegilor participanti)',
    // "Confirmăm participarea Teatrului Național Timișoara cu următoarea echipă:" and the numbered names below it.
    'cu urmatoarea (echipa|delegatie|componenta|formula|formatie)',
  ],
  organisationWords: [
    // A firm named after its founders by trade: "Irina Moldovan și Sergiu Moldovan, Moldovan Arhitectură" (h188_035).
    'arhitectura', 'design', 'consultanta', 'proiect', 'proiecte', 'studio', 'atelier', 'atelierul',
    'directia', 'directiei', 'directie', 'departamentul', 'departamentului', 'departament', 'serviciul', 'serviciului', 'serviciu',
    'biroul', 'biroului', 'birou', 'compartimentul', 'compartiment',
    'consiliul', 'consiliului', 'primaria', 'primariei', 'prefectura', 'prefecturii', 'ministerul', 'ministerului', 'agentia', 'agentiei',
    'universitatea', 'universitatii', 'facultatea', 'facultatii', 'scoala', 'scolii', 'liceul', 'liceului', 'colegiul', 'colegiului',
    'asociatia', 'asociatiei', 'fundatia', 'fundatiei', 'federatia', 'federatiei', 'uniunea', 'uniunii', 'camera', 'camerei',
    'centrul', 'centrului', 'institutul', 'institutului', 'muzeul', 'muzeului', 'teatrul', 'teatrului', 'filarmonica', 'filarmonicii',
    'biblioteca', 'bibliotecii', 'casa', 'casei', 'cabinetul', 'cabinetului', 'echipa', 'echipei', 'grupul', 'grupului', 'clubul', 'clubului',
    'sc', 'srl', 'sa', 'ong', 'judetean', 'judetene', 'municipal', 'municipala', 'municipiul', 'municipiului', 'orasul', 'orasului',
    // "dna Simona Pavel, șef Secție Relații Publice": a museum's section is an office, not a name.
    'sectia', 'sectiei', 'sectie', 'sectiile', 'sectiilor',
    // "Vă confirm participarea Oficiului Județean de Turism Timiș, cu 4 persoane": a county's office.
    'oficiul', 'oficiului',
    // Heads of a name that confirms in the third person (intent's orgYes): "Ordinul Arhitecților filiala Timiș confirmă participarea" (h419_081).
    'ordinul', 'filiala', 'sindicatul', 'patronatul', 'institutia', 'inspectoratul', 'firma', 'compania', 'societatea', 'organizatia',
    'administratia', 'autoritatea', 'clusterul', 'spitalul', 'editura', 'galeria',
    // "Ovidiu Ardelean și Laura Chiș, Opera Națională Română Timișoara" (h574_062): an institution after the names listed.
    'opera', 'operei', 'orchestra', 'orchestrei', 'corul', 'corului', 'ansamblul', 'ansamblului',
  ],
  onBehalf: [
    '(confirm|confirmam|va confirm) (participarea |prezenta |)(pentru|in numele) (colegul meu|colega mea|colegului meu|colegei mele|domnul|doamna|domnului|doamnei|dl|dna|d-na|d-lui|d-nei|)',
    '(confirm|confirmam|va confirm) (participarea|prezenta) (colegului meu|colegei mele|domnului|doamnei|dlui|dnei|d-lui|d-nei)',
    'in numele (colegului meu|colegei mele|domnului|doamnei|dlui|dnei|d-lui|d-nei|sefului meu|sefei mele|directorului|directoarei|)',
    '(colegul meu|colega mea) (va participa|vine) in locul meu', 'in locul meu (va participa|vine) (colegul meu|colega mea|)',
    'in locul (meu|nostru)',
  ],
  noteCues: [
    'online', 'zoom', 'teams', 'la distanta', 'remote', 'ajung (la|dupa|mai tarziu|cu intarziere|in jur de|pe la)', 'intarzi*',
    'plec (la|mai devreme|dupa|inainte|pe la|in jur de)', 'pana la ora', 'doar (pana|dupa|la|online|dimineata|prima|a doua)',
    'numai (pana|dupa|online|dimineata)', 'dupa ora', 'inainte de ora', 'parcare', 'acces', 'scaun cu rotile', 'dizabilit*',
    'dieta', 'vegetarian*', 'vegan*', 'alergi*', 'fizic', 'in persoana', 'materiale', 'link', 'traducere', 'interpret*',
  ],
};
