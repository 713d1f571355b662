import type { DetailsLocale } from '../phrase-table';

/**
 * English phrases for the details of an answer: how many come, who is named, what the
 * organiser should read. Folded form, syntax in `phrase-locale.ts`.
 */
export const detailsEn: DetailsLocale = {
  numberWords: {
    one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
    'a couple of': 2, couple: 2, both: 2, 'a dozen': 12,
  },
  totals: [
    // "… would like to join as well, so please count two from our side" (h206_048).
    'count # (from our side|from our team|from us|of us)',
    // "We're about 5 from the Iosefin skate crew" (h199_066).
    "(we're|we are|we'll be|we will be) (about|around|roughly|approximately|maybe|like) #",
    // "We are a team of 12 at the hub but only the two of us will be online" (h193_084).
    'only the # of us', '(actually|in fact|or rather) #',
    "(we'll|we will|there will be|there'll be|we are|we're|we shall) be #", 'there will be #', "there'll be #", 'we are #', '# of us',
    // "We're a team of four": the team is the party; "I lead a team of 12" says nothing.
    // "We will be a team of four (three students and I, their coordinator)".
    "(we'll|we will|we shall|we would) be (a |)(team|group|party|delegation) of #",
    // "Paul is sick, so we will be only 2 from the cluster (me and Cătălina)".
    "(we'll|we will|we shall) be (only|just) #", "(we'll|we will|we shall) (only|just) be #",
    // A count corrected: "please note we will now be three rather than two" (h172_059).
    "(we'll|we will|we shall) (now|then|therefore|thus|actually) be #",
    // "confirming attendance for our team of four: Elisa, Paolo, Chiara and me" (h170_077).
    '(attendance|participation|registration|seats|places|confirm|confirming|register) for (our|my|a) (team|group|delegation|party) of #',
    // "Ana and me from Rijeka 2020 will both connect" (h238_047).
    "(will|'ll) both (connect|attend|join|come|be there|participate|dial in|log in)",
    // "We r coming 3 from the startup" (h243_012).
    "(we're|we are|we r) coming #",
    'party of #', 'group of #', "(we are|we're|we are all|we're all|as) (a |)team of #", 'total of #',
    '(put|mark|pencil|book|register|reserve) (us|me) (down |in |)for #', '# (people|persons|attendees|participants|guests|delegates|colleagues|representatives|members|seats|places|spots)',
    'for # (people|persons|attendees|participants)', 'both of us', 'both (founders|co-founders|partners|owners|directors|colleagues|of my colleagues)', 'all # of us', '# of us',
    // "Kaunas 2022 will be represented by three team members (…). I won't be joining myself." (h546_034).
    '# (team members|team-members|teammates|staff members|members of (our|the) team)',
    // "a delegation of three (3) persons", "3 in total".
    'delegation of #', '# in total', 'in total #',
    // "On behalf of Timisoara Free Walking Tours: yes, 2 guides will attend the lab": an organisation's people by role.
    '# (guides|tour guides|staff|staff members|volunteers|trainers|educators|teachers|researchers|students) (will|shall) (attend|come|join|participate|be there)',
    // "Jurgita and I will both be there", "we'll both join".
    "(we|we'll|we're|and i|and me) (will |shall |are |would |can |)both",
    // "We are with 2 in person (me and Pieter Dijkstra)": a Dutch "wij zijn met twee".
    "(we are|we're|we'll be|we will be) with # (in person|on site|physically)",
    // "1 in person + 1 online": the hybrid format, the online part added after.
    '# (in person|on site|onsite|physically)', "(we'll|we will) (only |just |)be # (now|instead)",
    // "I'm travelling with Sanne, so you can count us both".
    '(count|counting|include|including|register|add) us #',
    // "My husband Klaus and I (we run the guesthouse together) would both like to come": an aside between the pair and its verb.
    '(would|will|shall|can|could) both (like to |love to |want to |be able to |)(come|attend|join|participate|be there)',
    // "Both me and Irina (our COO) will join": the pair named after "both".
    'both (me|myself|i) and',
    // A form filled in: "- people: 2 (…)", "Number of attendees: 3".
    '(people|persons|attendees|participants|number of people|number of persons|number of attendees|number of participants|headcount): #',
  ],
  extras: [
    // "together with two of our beneficiaries, both wheelchair users" (h195_007).
    '(with|and|plus|bring|bringing|along with|together with) # of (my|our) (beneficiaries|clients|residents|users|young people|youngsters|kids|pupils|patients|apprentices|participants)',
    // "together with two Erasmus+ volunteers currently hosted in Timișoara, Lucía and Ahmed" (h192_093).
    '(with|and|bring|bringing|plus|along with|together with) # (erasmus+|erasmus|international|foreign|local|young|exchange|eu) (volunteer*|student*|intern*|trainee*|pupil*|guest*)',
    '(with|and|bring|bringing|plus|along with|accompanied by|together with) # (colleague*|people|person*|guest*|others|friend*|team member*|teammate*|team-mate*|member*|representative*|associate*|student*|volunteer*|intern*|coworker*|co-worker*|staff|partner*|co-founder*|cofounder*)',
    // "I'll be there, and so will my two colleagues from the … cluster (Pieter and Sanne)" (h367_045).
    'so (will|do|does|can|shall) (my|our) # (colleague*|team member*|teammate*|coworker*|co-worker*|partner*|associate*|student*|volunteer*|intern*|friend*|member*|representative*)',
    // "Count me in + 2 colleagues from Startup West" (h338_075): a plus sign for "and".
    '(in|me|myself|i|join|come|attend|be there) + # (colleague*|people|person*|others|friend*|team member*|teammate*|member*|representative*|student*|volunteer*|intern*|coworker*|co-worker*|guest*|partner*)',
    // "I'm in, plus two from our team (Luca and Sofia)" (h213_068).
    '(plus|and|with) # (from our|from my|from the) (team|office|organisation|organization|company|association|department|lab|side|group)',
    // "Me and two board members (Cristina Iordache and Mihnea Sava)" (h209_082).
    '(with|and|plus|bring|bringing|along with|together with) # (board|committee|council|club|association|faculty|steering committee|executive board) (member*)',
    // "I am bringing along two of my master students" (h139_048).
    '(bring|bringing) (along |)# of (my|our) (master |masters |phd |doctoral |bachelor |undergraduate |)(student*|pupil*|intern*|trainee*|volunteer*|colleague*|team member*)',
    '(bring|bringing) along # (colleague*|people|person*|guest*|others|friend*|team member*|member*|representative*|associate*|student*|volunteer*|intern*|coworker*|co-worker*|staff|partner*)',
    '# (more|other|additional|extra) (people|persons|colleagues|guests|attendees)', '(with|and|bring|plus) # others',
    '(with|and|plus|bring|bringing) # of (my|our) (colleagues|team members|coworkers|co-workers|staff|team)',
    // "Me plus two of my students from the Business School will come".
    '(with|and|plus|bring|bringing|along with|together with) # of (my|our) (student*|pupil*|intern*|trainee*|volunteer*|partner*|associate*|representative*|member*|friend*)',
    '(with|and|plus|bring|bringing|along with|together with) (my|our) # (colleague*|coworker*|co-worker*|team member*|friend*|guest*|student*|volunteer*|intern*|partner*|associate*|representative*)',
    // "me + 2 colleagues".
    '(me|myself|i) + # (colleague*|coworker*|co-worker*|people|person*|guest*|others|friend*|team member*|member*|representative*|student*|volunteer*|intern*|partner*)',
    // The sender's people as the subject: "count me in. Two of my PhD students (Aoife and Liam) will join as well" (h171_041).
    '# of (my|our) (phd |doctoral |master |masters |graduate |)(student*|colleague*|team member*|intern*|coworker*|co-worker*|staff|researcher*) ... (will|shall|are going to|would|can) (also |)(join|come|attend|participate|be there)',
    // "A dozen students from our design class will come with me" (h271_035): the subject of "with me" is who comes along.
    '# (student*|pupil*|colleague*|volunteer*|intern*|trainee*|team member*|member*|people) ... ... (will|shall|are going to|would) (come|travel|join|attend) (with me|along with me|together with me)',
    // "Two colleagues from our Creative Economy team, Tom Hart and Ana Rusu, would also like to attend" (h348_020).
    '# (colleague*|team member*|coworker*|co-worker*|student*|researcher*|intern*) (from|of) (our|my) ... ... (would|will|shall|are going to) also (like to |)(join|come|attend|participate|be there)',
    // "Two of our colleagues from the innovation team, Matei Simu and Laura Todea, will attend" (h492_064): their team and names.
    '# of (my|our) (colleague*|team member*|coworker*|co-worker*|staff) (from|in) ... ... ... (will|shall|are going to|would|can) (also |)(join|come|attend|participate|be there)',
    // "two of my colleagues, Rasa and Tomas, will join instead" (h282_090): the names in commas (a gap does not start at one).
    '# of (my|our) (colleagues,|students,|team members,|staff,|coworkers,|co-workers,) ... ... (will|shall|are going to|would|can) (also |)(join|come|attend|participate|be there)',
    // "I'll attend with two of my PhD students": a kind of student before the noun.
    '(with|and|plus|bring|bringing|along with|together with) # (of my |of our |)(phd|doctoral|graduate|postgraduate|masters|master|undergraduate|exchange) (student*|candidate*|researcher*|intern*)',
    // "Pixel Forge will attend with 2 devs + me": people by their trade.
    '(with|and|plus|bring|bringing|along with|together with) # (of my |of our |)(dev|devs|developer*|engineer*|designer*|researcher*|analyst*|trainee*|teacher*|pupil*)',
    // A webinar form's count: "Number of colleagues: 1 (besides me)": the colleagues besides the sender.
    '# (besides me|besides myself|apart from me|apart from myself|not counting me|excluding me|excluding myself|other than me|in addition to me)',    // "I will be accompanied by two of our incubated creators, Ana Popa … and Bogdan Rusu …": whoever they are, people along.
    '(accompanied by|joined by) # (of my|of our|of the|)',
    // The family workshop: "I'm happy to join with my two kids". Their own: "a school with 300 children" brings no one.
    '(with|and|plus|bring|bringing|along with|together with) (my|our) # (kids|children|sons|daughters|grandchildren|grandkids|little ones)',
    "(come|coming|join|joining|attend|attending|be there) with # (kids|children|grandchildren|grandkids)",
  ],
  companion: [
    // "Count me in for Wednesday. Actually, please add my colleague Ivan Horvat too" (h600_037).
    '(please |pls |)add (my|our) (colleague|coworker|co-worker|deputy|assistant|partner)',
    // "I'll be there with my neighbour Ana" (h199_087); "count me and Alin in" (h198_071).
    '(with|bringing|along with|together with|joined by) my (neighbour|neighbor|flatmate|roommate|mate)', '(count|include|register|put down) (me|myself) and',
    // "I will attend on the 20th together with my sister Ana": family along.
    '(with|bringing|along with|accompanied by|together with|joined by) my (sister|brother|son|daughter|mother|father|mom|mum|dad|cousin|niece|nephew|aunt|uncle)',
    // "I'll come with my kid", "bringing my little one": one child along.
    '(with|bringing|along with|accompanied by|together with|joined by) my (kid|child|little one|toddler|grandson|granddaughter|grandchild|grandkid)',
    // "My colleague Ana Kovač from the Rijeka 2020 legacy team will also connect" (h254_087).
    // "My PhD student, Luca Ferri, will also follow the session" (h411_069).
    '(my|our) (colleague|coworker|co-worker|deputy|partner|intern|assistant|phd student|student|doctoral student|postdoc) ... ... will also (connect|join|attend|come|dial in|be there|follow the session|follow the meeting|follow the discussion|listen in)',
    // "My pastry chef Andrei will come along too" (h235_027).
    '(my|our) ... ... will (also |)(come along|tag along|accompany me|come with me|join me)',
    // "I confirm my participation. My colleague Milica Jović will be also present" (h280_088): also there, beside the sender.
    '(my|our) (colleague|coworker|co-worker|deputy|director|manager|assistant|partner|boss) ... ... will (also be|be also) (present|there|attending|joining|with us)',
    // "I will attend, me + colleague (Marco Ferri)" (h243_011).
    '(me|myself|i) + (a |my |one |our |)(colleague|coworker|co-worker|partner|friend|wife|husband|assistant|intern|deputy|manager)',
    // "Both Hanna and I (Luka Perić) will attend as listeners" (h232_067).
    'both ... and (i|me|myself) ... (will|shall|are going to|plan to|would like to) (attend|join|come|be there|participate|connect|dial in)',
    '(with|and|bring|bringing|bring along|bringing along|plus|along with|accompanied by|together with|joined by) (a|one|my|our) (colleague|coworker|co-worker|friend|guest|partner|wife|husband|spouse|assistant|associate|manager|boss|director|deputy|team member|intern|trainee|apprentice|student|volunteer|plus-one|plus one|+1|head of)',
    '(with|and|bring|bringing|along with|accompanied by|together with|joined by) (mr|mrs|ms|dr|prof)',
    // "I'd be glad to come …, together with our cultural attaché, M. Julien Moreau": an office of the sender's side, singular.
    '(along with|accompanied by|together with|joined by) (our|my) (cultural |deputy |executive |press |project |programme |program |)(attache|ambassador|consul|counsellor|counselor|secretary|coordinator|curator|chair|chairman|chairwoman|president|vice-president|officer)',
    // "I confirm my participation and also of my colleague X".
    '(and|as well as) (also |)(that |)of (my|our) (colleague|coworker|co-worker|friend|partner|wife|husband|assistant|manager|boss|director|deputy|team member)',
    'plus one', '+1', 'a plus-one',
    // "Count me in! Also my colleague Andrei from the Timisoara 2023 programme team will join" (h215_021).
    '(also|and) my (colleague|coworker|co-worker|partner|friend|boss|manager|assistant|deputy) ... ... (will|would|is going to|shall) (also |)(join|come|attend|be there|participate)',
    // "Yes, I join online, together with mayor office colleague Petra Lang" (h208_073): the colleague's office before the word.
    '(together with|along with|joined by|accompanied by) ... (colleague|coworker|co-worker)',
    // "I will be there on Monday, together with our chef, Dorin" (h473_045): one of the house by trade.
    '(along with|accompanied by|together with|joined by) (our|my) (head |sous |pastry |)(chef|cook|baker|barista|brewer|winemaker|photographer|videographer|designer|architect|accountant|lawyer|engineer|founder|co-founder|cofounder|owner|business partner)',
    // "I will attend together with an interpreter, as my Romanian is limited" (h204_042).
    // Not "(well, skimmed with a translator) the working draft" (h57_022): a translator after a bare "with" may be software.
    '(with|bring|bringing|along with|accompanied by|together with|joined by) (an|my|our) (interpreter|translator|sign language interpreter|sign-language interpreter)',
    '(bring|bringing|along with|accompanied by|together with|joined by) (a|one) (interpreter|translator|sign language interpreter|sign-language interpreter)',
    // "Rijeka 2020 will be represented by me and our interpreter" (h378_051).
    '(represented by|attended by) (me|myself) and (an|my|our|one) (interpreter|translator|sign language interpreter|sign-language interpreter|colleague)',
    // "Yes, I'll be there with our cultural attaché, Julien Moreau" (h209_051): a bare "with" after coming.
    '(be there|come|attend|join|participate|be attending|be coming) with (our|my) (cultural |deputy |executive |press |project |programme |program |)(attache|ambassador|consul|counsellor|counselor|secretary|coordinator|curator|chair|chairman|chairwoman|president|vice-president|officer)',
    // "I'd like to bring our new intern, Maya": a word on the newcomer between.
    '(with|and|bring|bringing|plus|along with|accompanied by|together with|joined by) (a|one|my|our) (new|young|junior|senior) (colleague|coworker|co-worker|assistant|associate|team member|intern|trainee|student|volunteer)',
    '(with|and|plus|bring|bringing) (one more|another|an additional|an extra) (colleague|coworker|co-worker|person|guest|friend|team member|teammate|representative|volunteer|intern|student|member)',
    '(my|our) (colleague|coworker|co-worker|friend|partner|wife|husband|assistant|manager|boss|director|deputy|team member) (and i|and me|and myself|will join me|will come with me|will accompany me)',
    '(will|would|is going to|can|could) (come along|come|be coming|tag along) with (me|us)', '(will|would|is going to) (join|accompany) me', '(is|are) coming with me',
    '(attend|come|participate|be there|be attending|be coming|join) (along|together) with me',
    // "… forward the link to my colleague Mantas? He'll be joining as well".
    "(he'll|she'll|he will|she will) (be joining|be attending|be coming|be there|join|attend|come) (as well|too)",
    // "Could you please also add my colleague Marieke (…)? She would like to join as well." (h365_056).
    "(he|she) would (also |)(like|love) to (join|attend|come|be there|participate) (as well|too)", "(he'll|she'll|he will|she will) also (be joining|be attending|be coming|be there|join|attend|come)",
    // "Our director Ivana Kovačić will attend …, together with me", "he will be accompanied by me".
    '(together with|along with|accompanied by) me', 'with me (as well|too)',
    // "I will attend together with our dramaturg, Ms Katharina Weiss": a titled name after the role.
    '(together with|along with|accompanied by|joined by) (our|my) ... (mr|mrs|ms|dr|prof)',
    // "me + my business partner Luca", "it'll be me and our community lead Sara": one role after the sender.
    '(me|myself) (and|+) (my|our|a|one) (business|community|project|team|programme|program|marketing|creative|research|) (colleague|coworker|co-worker|partner|assistant|associate|manager|boss|director|deputy|lead|intern|cofounder|co-founder|cto|ceo|coordinator|designer|wife|husband|spouse|friend)',
    // "My colleague Marta Hoekstra will join as well": the name between, "as well" adds to the sender.
    '(my|our) (colleague|coworker|co-worker|friend|partner|wife|husband|assistant|manager|boss|director|deputy|team member|intern) ... (will|shall|is going to|would) (also |)(join|attend|come|be joining|be attending|be coming|be there) (as well|too)',
    '(my|our) (colleague|coworker|co-worker|friend|partner|assistant|manager|boss|director|deputy|team member|intern) ... would (also |)(like|love) to (join|attend|come|be there|participate) (as well|too)',
    // "My colleague Joana Ferreira from the Guimarães team will join as well" (h346_042): where she is from, between.
    '(my|our) (colleague|coworker|co-worker|friend|partner|assistant|manager|boss|director|deputy|team member|intern) ... (from|of|at) ... (will|shall|is going to|would) (also |)(join|attend|come|be joining|be attending|be coming|be there) (as well|too)',
    '(my|our) (colleague|coworker|co-worker|friend|partner|wife|husband|assistant|manager|boss|director|deputy|team member|intern) ... (will|shall|is going to|would) also (join|attend|come|be joining|be attending|be coming|be there)',
    // "I'll be there, and so will my wife Carmen".
    '(and |)so (will|does|would|is|shall) (my|our) (colleague|coworker|co-worker|friend|partner|wife|husband|spouse|assistant|manager|boss|director|deputy|team member|son|daughter)',
    // "Also my colleague Milica Jovanović from the Novi Sad 2022 Foundation would like to attend": one more wishing to come, a long name and its office between.
    // "Also our chairman, Mr. Lukas Gruber, would like to join" (h144_073).
    '(also|and) (my|our) (colleague|coworker|co-worker|friend|partner|wife|husband|assistant|manager|boss|director|deputy|team member|intern|chairman|chairwoman|chair|president|vice-president|secretary|treasurer|ceo|coordinator) ... ... (would like|wants|plans|intends|is planning|hopes|is hoping) to (attend|join|come|participate|be there)',
    '(my|our) (colleague|coworker|co-worker|friend|partner|wife|husband|assistant|manager|boss|director|deputy|team member|intern|colleague,|coworker,|co-worker,) ... ... (would|does|do) also (like|want) to (attend|join|come|participate|be there)',
    // "I confirm my participation. Also my colleague Giulia Romano will join" (h304_050): "also" before the subject.
    '^also (my|our) (colleague|coworker|co-worker|friend|partner|wife|husband|assistant|manager|boss|director|deputy|team member|intern) ... (will|shall|is going to) (join|attend|come|participate|be there|connect)',
    // "I'll give the short talk, my colleague Ana will just listen": only listening, beside the sender who speaks.
    '(my|our) (colleague|coworker|co-worker|colleague,|coworker,|co-worker,) ... (will|shall|would) (only|just) (attend|listen|listen in|observe|sit in)',
    // "My colleague Rūta will come along as well".
    '(my|our) (colleague|coworker|co-worker|friend|partner|wife|husband|assistant|manager|boss|director|deputy|team member|intern) ... (will|shall|is going to|would) (also |)(come along|tag along)',
    // "Myself and our SME officer Dimitris Antoniou will travel": a role of a few words after the sender.
    '(me|myself) (and|+) (my|our) ... (officer|expert|specialist|advisor|adviser|consultant|colleague|coordinator|manager|director|deputy|assistant|partner|lead|head)',
    // "I'll be there in person, along with our Arts Manager, Ruxandra Iliescu": a role of a few words.
    '(along with|together with|accompanied by|joined by) (my|our) ... (colleague|coworker|co-worker|manager|director|coordinator|curator|assistant|officer|lead|head|producer|designer|partner|deputy|intern|journalist|reporter|photographer|cameraman|camerawoman|editor)',
    // "Will bring my co-founder too, Anna Weiss": a founder of the sender's own venture.
    '(with|and|bring|bringing|plus|along with|accompanied by|together with|joined by) (my|our|a|one) (co-founder|cofounder|fellow founder|business partner)',
    // "I'll be bringing our new programme officer, James, if that's alright" (h327_029): a role of a few words.
    '(bring|bringing) (my|our) ... (officer|manager|coordinator|assistant|intern|director|lead|colleague|trainee)', '(bring|bringing) along (my|our) ... (officer|manager|coordinator|assistant|intern|director|lead|colleague|trainee)',
    // "Sounds good, I'll join + my colleague Lina": a plus sign for "and".
    '(join|come|attend|be there|participate) + (my|our|a|one) (colleague|coworker|co-worker|friend|partner|wife|husband|spouse|assistant|associate|manager|boss|director|deputy|team member|intern|trainee|student|volunteer)',
    // "myself and our CSR intern, Bogdan Tănase": a junior named by the sender's office, a word on it between.
    // "me plus our project manager, Nora Lindqvist" (h340_066).
    '(me|myself) (and|+|plus) (my|our) ... (intern|trainee|student|volunteer|developer|designer|researcher|cofounder|co-founder|manager|officer|coordinator|director|lead|assistant|advisor|adviser|specialist|expert)',
    // "With me will be my colleague Jelena Savić from the legacy team": the companion named after the verb.
    '(with|alongside) me (will be|will come|will also be|will also come|comes|is coming|will travel) (my|our|a|one)', 'joining me (will be|is|are) (my|our|a|one)',
    // "I will attend, and with me my colleague Marko Babić" (h306_050): the verb left out.
    '(and |)with me (my|our) (colleague|coworker|co-worker|deputy|assistant|partner|manager|director|boss|intern)',
    // "I'll be there on Friday the 17th together with our CTO, Bogdan": an executive of the sender's company.
    '(with|bring|bringing|along with|accompanied by|together with|joined by) (my|our) (cto|ceo|coo|cfo|cmo|cio|founder|chairman|chairwoman|chairperson|president|vice-president|secretary general|treasurer|curator|coordinator|head of ...)',
    // "Yes — I'll join, and so will our arts manager, Ioana": a role of a few words.
    '(and |)so (will|would|shall) (my|our) ... (manager|director|coordinator|curator|officer|lead|head|producer|designer|assistant|colleague|partner|deputy|intern)',
    // "My colleague Ivan will join from the same connection": beside the sender, at one screen.
    '(my|our) (colleague|coworker|co-worker|friend|partner|assistant|manager|boss|director|deputy|team member|intern) ... (will|shall|is going to|would) (also |)(join|connect|dial in|be joining|be connecting|watch|follow) (from|on|via|through) the same (connection|link|laptop|computer|screen|account|device|room|office)',
    // "A colleague, Femke Bakker, will also join from our office": an unnamed one first, the name between.
    '(a|one) (colleague|coworker|co-worker)(,|) ... (will|shall|is going to) also (join|attend|come|be joining|be attending|be coming|be there)',
    // "A colleague from our office, Marta, would also like to join" (h289_041): the wish, her office and name between.
    '(a|one) (colleague|coworker|co-worker|colleague,|coworker,|co-worker,) ... ... (would|does) also (like|want) to (attend|join|come|participate|be there)',
    // "I'll be there with a visiting Erasmus colleague from Szeged": a word or two on the guest between.
    '(with|along with|accompanied by|together with|joined by) a (visiting|guest|foreign|international) ... (colleague|researcher|professor|scholar|fellow|student)',
    // "I'll also bring along our product lead, Irina": a lead of the sender's start-up, named by its field.
    '(bring|bringing|bring along|bringing along|with|along with|together with|joined by|accompanied by) (my|our) (product|project|tech|technical|design|community|marketing|research|engineering|sales|creative|team|program|programme|operations|data) (lead|manager|designer|owner|head)',
    // "yes yes I'm coming, with my flatmate Julia": someone the sender lives with.
    '(with|bring|bringing|bring along|plus|along with|together with|joined by) my (flatmate|roommate|housemate|room-mate|flat-mate|girlfriend|boyfriend|fiance|fiancee|classmate|coursemate|course-mate|bestie|best friend)',
    // "I'll attend in person. Colleague of mine, Nemanja, will follow on Zoom from Novi Sad": online counts too.
    '(colleague|coworker|co-worker) of (mine,|ours,|mine|ours) ... (will|is going to|shall) (also |)(follow|join|attend|connect|participate|dial in|come|be there|be joining|be following)',
  ],
  conversations: [
    '(spoke|spoken|talked|discussed|agreed|arranged|corresponded|chatted) (it |this |that |already |)(with|to)', 'as (agreed|discussed|arranged) with',
    '(following|after) (my|our|the) (conversation|call|discussion|chat|phone call) with',
    // "a friend forwarded me your invitation", "after discussing with our director": no companion.
    '(a|my|one|our) (friend|colleague|coworker|co-worker|partner) (forwarded|sent|shared|passed|recommended|mentioned)',
    '(discuss|discussing|consult|consulting|check|checking|talking|speaking) (it |this |that |internally |again |first |)with',
    // "I will manage with a colleague translating in the chat": help, not company.
    '(manage|managing|cope|coping|get by) with',
    // "As agreed on the phone with Ms Simion I will give a short presentation": whom the sender spoke with.
    '(as |)(agreed|discussed|arranged) (on the phone|by phone|over the phone|by telephone|by email|by e-mail|earlier|before|last week|yesterday) with',
    '(spoke|spoken|talked|chatted) (on the phone|by phone|over the phone|earlier|yesterday|last week) (with|to)',
    // "I swapped classes with a colleague, so I can come": the colleague stays behind.
    '(swapped|swap|swapping|switched|switch|traded|trade|exchanged) (my |)(classes|class|lessons|lesson|shift|shifts|hours|slot|slots|duty|days|day) with',
    // "I live with my flatmate near the venue": whom the sender lives with, not who comes.
    '(live|lives|living|share a flat|sharing a flat|share an apartment|sharing an apartment|share a room|sharing a room) with',
  ],
  // "I will come together with:" and the names below.
  companionListIntro: ["(i will|i'll|i am going to) (come|attend|join|be there) (together with|along with|with)$", '(i will|i\'ll) be (accompanied|joined) by$'],
  attendeeListIntro: [
    // "We'll attend with the whole team from Banat IT Cluster:" and the names on the lines below (h243_033).
    "(we'll|we will|i'll|i will) (attend|come|join|be there) with (the |our |)(whole |entire |full |)team",
    // "Rijeka 2020 team will join with:" and a dashed list of names and roles (h426_051).
    '(will|we) (join|come|be there|participate) with:',
    'will attend', 'attendees', '^(confirming|confirmed|confirm) for', 'attending', 'participants', 'the following (people|persons|colleagues|participants)',
    'on behalf of (our|the) (organisation|organization|company|institution|team)',
    // "I confirm participation of Chemnitz 2025 with following persons: 1. … 2. … 3. …" (h208_057).
    'with (the |)following (people|persons|colleagues|participants|delegates|representatives)', 'from our (side|team|organisation|organization)', 'will be attending',
    '(will|shall) be represented by', 'confirm(|ing) the (participation|attendance|presence) of',
    // "so we're coming: Rūta Jankauskienė and Tomas Petrauskas".
    "(we're|we are|we'll be|we will be|we'll both be|we will both be) coming:",
    // "I'd like to confirm that my colleagues Rūta Žilinskienė and Tomas Petrauskas will join".
    '(confirm|confirming) that (my|our) (colleagues|coworkers|co-workers|team members|representatives)',
    '(colleagues|people|persons|team members) (who|that) will (attend|join|come|connect|be attending|be joining)',
    // "We confirm: Aistė Petrauskienė and Mindaugas Kazlauskas from Kaunas City Municipality will be present".
    '(we|i) (confirm|can confirm|hereby confirm):',
  ],
  organisationWords: [
    'department', 'directorate', 'office', 'unit', 'service', 'services', 'council', 'city', 'municipality', 'ministry', 'agency',
    'university', 'faculty', 'school', 'college', 'association', 'foundation', 'federation', 'union', 'chamber', 'centre', 'center',
    'institute', 'museum', 'theatre', 'theater', 'library', 'team', 'group', 'club', 'ltd', 'inc', 'gmbh', 'board', 'committee',
    // "Kaunas Science and Technology Park will join": an organisation's name joined by "and", no two people.
    'science', 'sciences', 'technology', 'technologies', 'cluster', 'incubator',
  ],
  onBehalf: [
    '(confirm|confirming|rsvp|rsvping|accept|accepting|replying|answering|writing) (attendance |participation |)(for|on behalf of) (my colleague|my boss|my manager|my director|mr|mrs|ms|dr|prof|)',
    'on behalf of (my colleague|my boss|my manager|my director|mr|mrs|ms|dr|prof|)',
    '(my colleague|my coworker|my deputy) (will attend|is attending|will come|will join) (in my place|instead of me|instead)',
    'in my place', 'instead of me',
  ],
  noteCues: [
    'online', 'remote', 'remotely', 'zoom', 'teams', 'virtual', 'virtually', 'late', 'later', 'leave (early|at|by|before|after)', 'arrive',
    'until #', 'after #', 'only (online|remotely|the first|the second|the morning|the afternoon|until)', 'parking', 'wheelchair', 'access',
    'accessib*', 'dietary', 'vegetarian', 'vegan', 'allerg*', 'in person', 'physically', 'slides', 'materials', 'agenda', 'link', 'interpret*',
    'translation',
  ],
};
