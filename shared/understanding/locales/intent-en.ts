import type { IntentLocale } from '../phrase-table';

/**
 * English answers to an invitation, lower-case, apostrophes as ' (curly ones are folded
 * before matching). Syntax in `phrase-table.ts`. A negated `yes` phrase ("I won't be able to
 * attend") is a refusal without being listed in `no`.
 */
export const intentEn: IntentLocale = {
  language: 'en',
  yes: [
    '^yes', 'yes please', 'yes i (will|can|do|am)', '^yep', '^yeah', '^sure$', '^sure thing', '^absolutely', '^definitely', '^of course',
    '^certainly', "^i'm in$", '^i am in$', 'count me in', 'count us in', 'count (me|us) ... in$', 'sign me up', 'sign us up', '(please |)register me',
    'save me a (seat|spot|place)', 'reserve (me |)a (seat|spot|place)',
    "(i'll|i will|we'll|we will|i shall|we shall) be (there|present|attending|joining|participating|coming)",
    "(i'll|i will|we'll|we will|i shall|we shall) (attend|come|join|participate|make it)",
    '(will|shall) (attend|participate|join|come|be there|be present)', "(i'm|i am|we're|we are) (only|just) (attending|coming|listening)", '^(attendees|participants)$',
    "(i'll|i will|we'll|we will) (gladly|happily|definitely|certainly|surely|be happy to|be glad to|be pleased to) (attend|come|join|participate|be there)", "(i'm|i am|we're|we are) (attending|coming|joining|participating|going)",
    '(i|we) (can|could) (attend|come|join|make it|participate|be there)', '(able|be able) to (attend|come|join|make it|participate|be there)',
    '(happy|glad|delighted|pleased|thrilled|excited) to (join|attend|come|participate|be there|accept|confirm)',
    '(i|we) (plan|intend|expect) to (attend|come|join|participate|be there)', 'planning to (attend|come|join|be there)',
    '(i|we) accept', 'accept (the|your) (kind |)invitation', '^accepted$', '^accept$',
    // "Confirm" answers only alone or with what it confirms: "I confirm my e-mail address" is not a yes.
    '^(i |we |)(confirm|confirmed)$', '(i|we) (hereby |can |)confirm (attendance|participation|presence|for|on behalf)',
    'confirm(|ing) (my|our) (attendance|participation|presence|place|spot|seat)',
    '(my|our) (attendance|participation|presence) is confirmed', '^attending$', '^attendance confirmed',
    'see you (there|then|on|at|next)', 'looking forward to (it|attending|seeing|the event|the meeting|the workshop|joining|being there|participating)',
    "can't wait to (attend|join|see|be there)", "^(i |)(can't|cannot) wait$", "(won't|wouldn't|will not|would not) miss (it|this|the)", '^will do$', 'rsvp yes',
    // Stating how many will come answers the invitation.
    "(we'll|we will|we shall) be (#|# of us)", "there (will|'ll) be # of us",
    // Someone attends in the sender's place: the invitation is answered with a yes.
    'will (attend|participate|come) (in my place|instead of me|on my behalf)', 'in my place',
  ],
  wish: [
    "^(would|i'd|i would|we'd|we would) (love|like) to$",
    "(i'd|i would|we'd|we would) (love|like|be happy|be glad|be delighted|be pleased|be honoured|be honored) to (join|attend|come|participate|be there|take part)",
    "(i'd|i would|we'd|we would) (really |very much |)(love|like) to (join|attend|come|participate|be there|take part)",
  ],
  no: [
    '^no$', '(sorry|unfortunately|regretfully|sadly|afraid) (no|not)$', '^not (this time|now|this year)', 'not this time$', '^nope', '^no (thanks|thank you)', 'no, sorry', 'count me out', 'count us out', 'rsvp no',
    "(i|we) (can't|cannot|can not|won't|will not)$", "(i'm|i am|we're|we are) (unable|not able)$",
    "(can't|cannot|can not|won't|will not|couldn't|could not) (make it|attend|come|join|participate|be there|be present)",
    'unable to (attend|come|join|make it|participate|be there|be present)', '(not|never) (be |)(able|available) to',
    "(won't|will not|not) be (attending|joining|coming|participating|there|present|available)",
    '(not|never) (attend|coming|joining|participating)', 'not attending$', '^not attending', 'have to (decline|pass|miss)', 'must (decline|pass|miss)',
    'decline', 'declining', 'regretfully', 'regrettably', '(i|we) (will|must|have to) miss', 'will be missing',
    "(i'm|i am|we're|we are|i'll be|i will be) (not available|unavailable)", '(not|no longer) interested',
    "(i'll|i will) (pass|skip)", 'give it a miss', 'sit this one out',
  ],
  maybe: [
    '^maybe', 'maybe', 'perhaps', 'possibly', 'probably', "(not|n't) (yet |)(sure|certain)", 'unsure', 'not 100%',
    "(don't|do not|didn't|did not) (know|yet know) (yet|if|whether|for sure|for certain)",
    "(can't|cannot|can not) (promise|guarantee)", "(can't|cannot|can not|unable to) confirm", 'no guarantee', "(it's|it is) not (certain|sure|definite)", 'not know yet', "don't know$",
    'tentative', 'tentatively', "(i'll|i will|we'll|we will) do (my|our) best", '(my|our) best to (attend|come|join|make it|be there)',
    "(i'll|i will) make every effort", '^provided', 'provided (that|)', 'on condition', 'as long as',
    // First-person conditions only: disclaimers ("If you are not the intended recipient…")
    // and the quoted invitation ("If you would like to speak…") are conditions too.
    "^if (i|i'm|i am|we|we're|we are|my|our|nothing|all goes|everything goes|time|the schedule|schedule|work)", "(i'll|i will|we'll|we will) try", 'try (to|and) (attend|come|make it|join|be there|participate)', 'trying to',
    '(i|we) might', 'might (attend|come|make it|join|be there)', 'may (be able to|attend|come|join|make it)', 'hopefully',
    '(i|we) hope to', 'hoping to', '(i|we) hope (i|we|that|so)', 'should be able to', 'likely', 'most likely', "(i'll|i will|we'll|we will) let you know", 'let you know (later|soon|by|next|as soon)',
    "(i'll|i will|we'll|we will) (confirm|get back to you|revert)", 'confirm (later|closer to|next week|as soon)', 'get back to you', 'will revert', 'still checking', 'checking (my|our) (diary|calendar|schedule|agenda)', '(i|we) think so',
    'to be confirmed', 'tbc', 'tbd', 'depends', 'depending on', 'if i can', 'if we can', 'if (my|our) schedule allows',
    "(can't|cannot|unable to) (confirm|commit) (yet|right now|at the moment|at this (stage|point|time))", 'pending',
    "(i|we) (can't|cannot) (confirm|commit) (yet|now)",
  ],
  weakYes: ['^ok$', '^okay$', '^ok (thanks|thank you)$', '^fine$', '^great$', '^sounds good$', '^noted$'],
  weakNo: [
    'regrets', 'unfortunately', 'sorry', "(i'm|i am) afraid", 'regret', 'sadly', 'alas',
    "(i would|i'd|we would|we'd) have (loved|liked)", 'wish (i|we) could',
    "(i would|i'd|we would|we'd) have (loved|liked) to (attend|come|join|participate|be there)",
    '(wish|wished) (i|we) could (attend|come|join|participate|be there|make it)',
  ],
  excuses: [
    'another (commitment|engagement|meeting|event|appointment)',
    '(prior|previous|other|conflicting) (commitment|engagement|appointment)', 'scheduling conflict', 'clash', 'double-booked',
    '(have|got) (a|another) (scheduling |)(conflict|clash)',
    'out of (town|the country|office)', "(i'm|i am|i'll be|i will be) (away|traveling|travelling|abroad|on leave|on holiday|on vacation|ill|sick)",
    'already (booked|committed|scheduled)', 'fully booked', "(i'm|i am) (busy|booked)", 'personal reasons', 'family reasons', 'health reasons',
  ],
  neutral: [
    'no problem', 'no worries', '(please|kindly) confirm', 'confirm your', 'confirm (by|whether|if)', 'no objection', 'not a problem', 'thank(s| you) for the (invitation|invite|kind invitation)',
    'confirm receipt', 'acknowledge receipt', 'received', 'if possible', 'if (you|needed|necessary|required|so)', 'as soon as possible', "don't hesitate",
    '(i|we) (confirm|can confirm|hereby confirm) that', "(i'm|i am) writing to (let you know|inform you|confirm) that",
    'let me know', 'please let (me|us) know', 'not only', 'no later than', 'no matter',
  ],
  speakerYes: [
    "(i'd|i would|we'd|we would) (like|love|be happy|be glad) to (speak|present|say a few words|take the floor|make a (short |brief |)(statement|presentation|intervention|contribution)|give a (short |brief |)(talk|presentation|speech))",
    "(i'll|i will|we'll|we will|i can|i could|i'm happy to|i am happy to|happy to) (speak|present|say a few words|take the floor|give a (short |brief |)(talk|presentation|speech)|make a (short |brief |)(statement|presentation))",
    '(want|wish|plan|intend|hope) to (speak|present|take the floor|say a few words|make a statement)',
    'as a speaker', 'speaking slot', '(and|to) (present|speak) (our|my|the|a|about|on)', '(minutes|time) to (present|speak)',
    '(i|we) will (present|speak)', '(a|my) (short |brief |)(intervention|statement)',
  ],
  speakerNo: [
    "(won't|will not|don't|do not|wouldn't|would not) (need to |want to |plan to |intend to |)(speak|present|take the floor|be speaking|be presenting|say anything|make a statement)",
    '(just|only) (listening|to listen|listen|observing|to observe|observe|attending|as an observer|as a listener|in the audience)',
    'as an observer', 'as observer', 'as a listener', '(only|just) attending', 'no (intervention|presentation|speaking)', 'not (speaking|presenting)',
    "(i'll|i will|we'll|we will) (just|only) (listen|observe|attend)",
  ],
  questionStarts: [
    'where', 'when', 'what', 'who', 'how', 'which', 'why', 'is there', 'are there', 'is it', 'can i', 'can we', 'could i',
    'could we', 'could you', 'can you', 'would you', 'do i', 'do we', 'do you', 'does', 'should i', 'should we', 'will there',
    'would it', 'may i', 'may we', 'any chance',
  ],
  conditionals: ['if', 'whether', 'unless', 'provided', 'in case', 'as long as'],
  negators: ['not', 'no', 'never', "can't", 'cannot', "won't", "don't", "doesn't", "didn't", "wouldn't", "couldn't", "shouldn't", "isn't", "aren't", "wasn't", "haven't", 'unable', 'neither', 'nor'],
  contrast: ['but', 'however', 'though', 'although', 'yet', 'except', 'instead'],
  partial: [
    'on time', 'in person', 'at the (start|beginning|opening)', 'from the (start|beginning)', 'for the (whole|entire|full|first|second)',
    'until the end', 'till the end', 'the whole', 'in the (morning|afternoon)', 'physically', 'before #', 'at #', 'until #', 'after #', 'by #',
    'stay (long|until|for)', 'the (first|second) (half|part)',
  ],
  languageCues: [
    'the', 'i', 'will', 'and', 'to', 'you', 'thank', 'thanks', 'be', 'attend', "i'll", 'we', 'my', 'for', 'of', 'is', 'am', 'are',
    'yes', 'not', 'sorry', 'unfortunately', 'regards', 'best', 'dear', 'hello', 'hi', 'there', 'can', "can't", 'with', 'would', 'like',
  ],
  details: {
    numberWords: {
      one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
      'a couple of': 2, couple: 2, both: 2,
    },
    totals: [
      "(we'll|we will|there will be|there'll be|we are|we're|we shall) be #", 'there will be #', "there'll be #", 'we are #', '# of us',
      'party of #', 'group of #', 'team of #', 'total of #', '# (people|persons|attendees|participants|guests|delegates|colleagues|representatives|members)',
      'for # (people|persons|attendees|participants)', 'both of us', 'all # of us', '# of us',
    ],
    extras: [
      '(with|and|bring|bringing|plus|along with|accompanied by|together with) # (colleagues|people|persons|guests|others|friends|team members|members|representatives|associates)',
      '# (more|other|additional|extra) (people|persons|colleagues|guests|attendees)', '(with|and|bring|plus) # others',
      '(with|and|plus|bring|bringing) # of (my|our) (colleagues|team members|coworkers|co-workers|staff|team)',
    ],
    companion: [
      '(with|and|bring|bringing|plus|along with|accompanied by|together with) (a|one|my|our) (colleague|coworker|co-worker|friend|guest|partner|wife|husband|spouse|assistant|associate|manager|boss|director|deputy|team member|plus-one|plus one|+1)',
      '(with|and|bring|bringing|along with|accompanied by|together with) (mr|mrs|ms|dr|prof)',
      'plus one', '+1', 'a plus-one',
    ],
    attendeeListIntro: [
      'will attend', 'attendees', 'attending', 'participants', 'the following (people|persons|colleagues|participants)',
      'on behalf of (our|the) (organisation|organization|company|institution|team)', 'from our (side|team|organisation|organization)', 'will be attending',
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
  },
};
