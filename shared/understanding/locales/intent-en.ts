import type { IntentLocale } from '../phrase-table';
import { detailsEn } from './details-en';

/**
 * English answers to an invitation, lower-case, apostrophes as ' (curly ones are folded
 * before matching). Syntax in `phrase-table.ts`. A negated `yes` phrase ("I won't be able to
 * attend") is a refusal without being listed in `no`.
 */
export const intentEn: IntentLocale = {
  language: 'en',
  yes: [
    // "Two of us from Kaunas 2022 (Jonas and myself) will be in Timisoara that week and would gladly attend on Monday" (h569_070).
    // "Matera 2019 Foundation will follow the session remotely if a streaming is provided" (h539_032).
    "(will|'ll|would|shall) follow (the session|the meeting|the discussion|the workshop|it) (remotely|online|via zoom|on zoom|by streaming|via the stream|from home)",
    // "… but I'll be happy to listen in on Zoom" (h531_081): listening is being there.
    // Not "I'd be happy to …, but": the conditional leads into a refusal.
    "(i'll|i will|we'll|we will) (be |)(happy|glad|pleased) to (just |)(listen in|listen|follow) (on|via) (zoom|the call|teams|the link)",
    // "I am in the city that week, so yes, I would like to come" (h531_023).
    '^(so|then) yes$',
    // "I do plan to attend and would like to say a few words" (h519_055).
    "(i|we) (do |still |)plan to (attend|come|join|be there|take part)",
    // "How could I say no to that" and "I can't say no to this one": a refusal refused.
    "(i|we) (couldn't|could not|can't|cannot) (say no|refuse) to (this|that|it)",
    "how (could|can) (i|we) (say no|refuse)",
    // "I will not be able to miss this one - count me in for Monday" (h501_010).
    "(i|we) (will not|won't|could not|couldn't) (be able to |)miss (this|it)",
    // "I'm in Timișoara that week, so I'll drop by" (h489_033).
    "(i'll|i will|we'll|we will) (definitely |surely |)(drop|pop|stop) (by|in)$", "(i'll|i will|we'll|we will) (definitely |surely |)(drop|pop|stop) (by|in) (on|for|in the|that|at the start)",
    // "Three of us from the Kaunas team will connect" (h362_005), "Two of us from the Chemnitz bid office will travel to Timișoara for
    // the session" (h474_035), "Wiebe and I will both travel to Timisoara for the session" (h485_084).
    '(#|both|all) of us ... (will|are going to|shall) (connect|join|travel|come|be there|attend|log in|dial in)',
    '(i|we|us|office|team|delegation) (will|are going to|shall) (both |all |)travel to (timisoara|romania) for the (session|workshop|meeting|lab|event|consultation)',
    // "I'm out this week … but I will definitely dial in on Wednesday" (h483_050).
    "(i'll|i will|we'll|we will) (definitely |surely |certainly |still |)dial in",
    // "Wouldn't dream of missing it. See you online on Wednesday!" (h477_051).
    "(wouldn't|would not|won't|will not) (dream of missing|want to miss|miss) (it|this|that|the meeting|the workshop)",
    // "Just me. Happy to listen in" (h456_023): the party, said short.
    '^(just|only) me$', '^(happy|glad) to (just |)listen in',
    // A follow-up: "One more thing – my colleague Anke Bouma would also like to join (listening only)" (h446_040): "also"
    // adds the colleague to the sender, who comes.
    '(my|our) (colleague|colleagues) ... would also like to (join|attend|come)',
    // "I will not speak this time, but I will be following the discussion on Zoom" (h447_066).
    "(i will|i'll|we will|we'll) be following the (discussion|discussions|meeting|debate|session|workshop)",
    // "due to budget constraints only I will travel. So just one from Matera" (h444_067).
    'only (i|me|myself) will (travel|come|attend|join)',
    // "Five people from our hub will connect" (h438_028); "Please count us as a party of four" (h438_067).
    // Not "Two people from our office will attend: … I won't be there myself" (h271_023): who attends may be sent.
    '# (people|persons) will (connect|join)', '# (people|persons) from (our|my) ... will (connect|join)', 'count us (in |)as a party of #',
    // "If it finishes early I'll hop on the call for the last part" (h419_023).
    "(i'll|i will|we'll|we will) (hop|jump|get) on (the call|the zoom|zoom|the zoom call)",
    // "my colleague Marko Babić will also join with me" (h416_034): the sender comes too.
    "(will|'ll) (also |)(join|come|attend|connect) (together |)with me",
    // "I won't be presenting anything this time, but I'll definitely be on the call to listen in" (h414_032).
    "(i'll|i will|we'll|we will) (definitely |certainly |surely |)be on the (call|zoom|zoom call|line)",
    // A late yes, as h408_067 says it in Romanian: "I hope it's not too late to confirm my attendance".
    "(it's not|it is not|it isn't) too late to (confirm|rsvp|say yes)",
    // "I confirm that I will be in Timisoara and attend the session on 20 January" (h335_063, read by the model before).
    "(i|we) (will|'ll|shall) be in (timisoara|town|the city) and (attend|join|take part|participate)",
    // "Two of us will connect from Matera: myself and my colleague …" (h402_016).
    '^(#|both|all) of us will (connect|join|attend|come|be there|participate|dial in)',
    // A follow-up's new total: "our intern Paul Nedelcu will also join, so 3 people from CodeCraft" (h400_033).
    '^so (we are |we will be |that makes |that is |)# (people|persons|of us|participants) (from|in total|total|altogether)',
    // "Regrets for missing the last session - I'll definitely be at this one" (h346_050).
    "(i'll|i will|we'll|we will) (definitely |certainly |surely |absolutely |for sure |)be at (this one|this session|this meeting|this workshop|this lab|this event|the workshop|the meeting|the session)",
    // "A quick note to say I'm confirmed for Monday's workshop" (h338_099).
    "(i am|i'm|we are|we're) (all |)confirmed (for|to attend|to join|to come)",
    // "Please confirm me for Wednesday" (h285_074).
    '^(please |kindly |)confirm me (for|as a participant|as participant)',
    // "I am confirming participation. Could you please add my colleague …?" (h255_056).
    "(i am|i'm|we are|we're) (hereby |)confirming (my |our |the |)(participation|attendance|presence)",
    // "I confirm that I will follow the Local Learning Lab as an observer on behalf of …" (h248_005).
    "(i|we) (will|'ll|shall) follow the (meeting|session|workshop|lab|local learning lab|discussion|event|consultation) as (an |)(observer|observers|listener|listeners)",
    // The sender representing: "I will represent our organisation" (not another's "… will represent us").
    '^(i|we) (will|shall|am going to|are going to) represent',
    // The part one comes for: "…, only the first hour. Is that ok?" (h213_060).
    '^(but |)(only|just) (for |)the (first|last|opening|closing|final) (hour|half hour|half|part|session|# minutes)',
    // "Thanks - I'll be listening in, not planning to intervene this time" (h212_031).
    "(i'll|i will|we'll|we will) (be |)(listening|listen) in",
    // "We will only listen in this time – 3 of us from the Rijeka 2020 team" (h534_035); at the clause's end, so that "we'll
    // just listen in and hopefully meet a few folks" keeps its yes from elsewhere, unhedged.
    "(i'll|i will|we'll|we will) (only|just) listen in (this time|today|)$",
    // The sender among who represents: "… will be represented by me and our deputy director".
    '(will be|shall be|is|are) represented by (me|myself)',
    // "my colleague Sanne Bakker would like to join as well, so please count two from our side" (h206_048).
    '(please |so please |)count # (from our side|from our team|from us|of us|people|persons|participants)',
    // "We are a small delegation of five from Pécs: two from the city, three from the university" (h204_048).
    '^we (are|will be|shall be|come as) a (small |)delegation of #',
    // Subject-less: "Will definitely be there. Could you resend the Zoom password?" (h198_068).
    "^(will|'ll) (definitely |surely |certainly |absolutely |)be there",
    '^(actually|in fact) (i will|i\'ll|i am|i\'m|we will|we\'ll|we are|we\'re) (coming|come|attending|attend|joining|join|be there)',
    // "I have accepted the meeting. Only one question - will there be interpretation" (h189_028).
    // Not "I accepted the calendar invite earlier by mistake … I can't attend" (h36_066).
    "(i have|i've|we have|we've) accepted (the|your) (meeting|invitation)",
    // "Not going to miss this one!" (h190_057), "I'll definitely not miss it" (h190_064).
    "(not going to|am not going to|i'm not going to|won't|will not|wouldn't|would not) miss (this|it|that)", "(i'll|i will) (definitely |certainly |surely |)not miss (it|this|that)",
    // The sender stands in: "Tomas can't make it, so I will represent Kaunas 2022 at the meeting instead" (h185_041).
    "(i will|i'll|i shall|i am going to|i'm going to) (represent|be representing) ... (at the|instead|in (his|her|their) place)",
    // "I plan to log in from the train" (h183_037).
    '(i|we) (plan|am planning|are planning|intend) to (log in|log on|join|attend|come|connect|dial in|be there)',
    // "Hi, just to let you know I'm in": the phrase at the end of the clause, after its frame.
    "(let you know|letting you know|to say|to confirm) (that |)(i'm|i am|we're|we are) in$",
    // "I'm out of the office next week but I'll be back by the 19th and will definitely attend the lab": the subject left out after "and".
    'and (will|shall) (definitely |certainly |surely |gladly |also |still |)(attend|come|join|participate|be there|make it)',
    // Hybrid event: "I confirm online participation"; "please put my name on the list".
    // "The Rijeka team will be connected: Ivan Horvat and myself" (h50_065).
    "(i|we|i'll|we'll|i will|we will) (both |all |)be connected$", "(the|our) ... (team|delegation|office) will (both |all |)be connected$",
    // "One of us will attend, not sure who yet": the organisation comes, maybe the sender.
    '(one of us|one person from (our|my) (team|office|side|organisation|organization|company)) (will|shall|is going to|can) (attend|join|come|be there|participate|make it)',
    'confirm (my |our |)(online|in-person|in person|remote|virtual|zoom) (attendance|participation|presence)',
    '(put|add|write) (me|us|my name|our names) (on|to|down on) (the|your) (list|attendee list|guest list|participant list|participants list)',
    // "Marta can't come after all, so it'll just be me": the sender still comes, alone.
    "(it'll|it will|it's going to|it is going to) (just |only |)be (just |only |)(me|myself)",
    // "I cannot wait to join!": the spelled-out negation of the same eagerness.
    '(cannot|can not) wait to (attend|join|see|be there|come)',
    // "I can't make it in person but will follow on Zoom": the subject left out after "but".
    '^(will|shall) (also |)(follow|join|attend) (it |the (meeting|session|event|workshop|lab|discussion) |)(online|remotely|on zoom|via zoom|on teams|via teams)',
    '^yes', 'yes please', 'yes i (will|can|do|am)', '^yep', '^yeah', '^sure$', '^sure thing', '^absolutely', '^definitely', '^of course',
    // "hey, sure im in." (h45_072): the answer word before it.
    "^(sure|yes|yep|yeah|ok|okay|of course|absolutely|definitely) (i'm|i am|we're|we are) in$",
    '^certainly', "^(we're|we are) on$", "^i'm in$", '^i am in$', "^(we're|we are) in$", "^(i'm|i am|we're|we are) all in$", 'count me in', 'count us in', 'count (me|us) ... in$', 'count (me|us) (and|plus) ... in$', 'sign me up', 'sign us up', '(please |)register me',
    'save me a (seat|spot|place)', 'reserve (me |)a (seat|spot|place)',
    "(i'll|i will|we'll|we will|i shall|we shall) (both |all |also |)be (there|present|attending|joining|participating|coming)",
    "(i'll|i will|we'll|we will|i shall|we shall) (attend|come|join|participate|make it)",
    // "We'll all come by bike, so 4 bike spots please!".
    "(we'll|we will|we shall) (both|all) (attend|come|join|participate|make it)",
    "(i'm|i am|we're|we are) (only|just) (attending|coming|listening)", '^(attendees|participants)$',
    "(i'll|i will|we'll|we will) (gladly|happily|definitely|certainly|surely|be happy to|be glad to|be pleased to) (attend|come|join|participate|be there)", "(i'm|i am|we're|we are|we r) (actually |still |definitely |indeed |certainly |)(attending|coming|joining|participating)",
    // Going, but not elsewhere: "I am going to Rome that day" is a refusal's reason.
    "(i'm|i am|we're|we are) (actually |still |definitely |indeed |certainly |)going$", "(i'm|i am|we're|we are) (actually |still |definitely |indeed |certainly |)going to (attend|join|come|participate|be there|take part|dial in|connect|log in|be present)", "(i'm|i am|we're|we are) (actually |still |definitely |indeed |certainly |)going to be (in|at|on) (the|your) (meeting|session|workshop|event|lab|call|zoom|consultation)", "(i'm|i am|we're|we are) (actually |still |definitely |indeed |certainly |)going (there|to (the|your) (workshop|meeting|session|event|lab|consultation))",
    // "I'm definitely coming, maybe my colleague too" (h125_036).
    "(i'm|i am|we're|we are) (definitely|certainly|surely|absolutely|still|of course) (attending|coming|joining|participating|going)",
    // A wish that follows from being in town: "I'll be in Timisoara that week, so I'd be happy to join on the 20th" (h125_046).
    "^so (i'd|i would|we'd|we would) (be happy|be glad|be delighted|love|like) to (join|attend|come|participate)",
    '(i|we) can (attend|come|join|make it|participate|be there)',
    // "Anyway, I'm in for Wednesday", "We are three coming from the office".
    "(i'm|i am|we're|we are) in for (the |)(monday|tuesday|wednesday|thursday|friday|saturday|sunday|it|this one|the (meeting|session|workshop|event|lab|consultation))",
    "(we are|we're|we will be|we'll be) (#|two|three|four|five|six) (coming|attending|joining)",
    // A phone note: "hello, confirm attendance - Andreea Pop"; "please register two participants".
    '^(confirm|confirming) (my |our |)(attendance|participation)',
    '(please |kindly |)register (#|two|three|four|five|both) (participants|people|persons|attendees|of us)',
    // Online attendance: the event is on Zoom, so connecting is attending.
    "(i'll|i will|we'll|we will) (be |)(connect|connecting|log in|logging in|log on|logging on|dial in|dialling in|dialing in|tune in|tuning in)",
    '(put|mark|pencil) (me|us) down (for|as attending|as coming|as a yes)', 'put (my|our) (name|names) down',
    // Bringing people along says the sender comes too.
    "(i'll|i will|we'll|we will|i'm|i am|we're|we are) (bring|bringing|be bringing) (along |)(#|a|one|my|our|some) (colleague*|coworker*|co-worker*|friend*|guest*|student*|volunteer*|intern*|team member*|member*|partner*|people|person|representative*)", '(able|be able) to (attend|come|join|make it|participate|be there)',
    '(happy|glad|delighted|pleased|thrilled|excited) to (join|attend|come|participate|be there|accept|confirm)',
    // Dropping by an event in town anyway: "I'll be in Timisoara that week anyway so yes, happy to drop by" (h68_056).
    '(happy|glad|delighted|pleased|thrilled|excited) to (drop by|drop in|stop by|pop in|pop by|swing by|come by|come along)',
    // "we won't manage to travel to Timișoara for the 20th" (h106_072) refuses; said plainly it comes.
    "(i'll|i will|we'll|we will|i can|we can|i|we) manage to (attend|come|join|make it|participate|be there|travel to|travel over|get there)",
    '(i|we) (plan|intend|expect) to (attend|come|join|participate|be there)', 'planning to (attend|come|join|be there)',
    '(i|we) accept', 'accept (the|your) (kind |)invitation', '^accepted$', '^accept$',
    // "Confirm" answers only alone or with what it confirms: "I confirm my e-mail address" is not a yes.
    '^(i |we |)(confirm|confirmed)$', '^(confirmed|confirming) (for|on|attendance|participation|presence)', '(i|we) (hereby |can |)confirm (attendance|participation|presence|for|on behalf)', '(i|we) (hereby |can |)confirm (the|our|my) (attendance|participation|presence)',
    // The same as a bare gerund: "Confirming - though I might join 15 minutes late".
    '^confirming$',
    'confirm(|ing) (my|our) (attendance|participation|presence|place|spot|seat)',
    '(my|our) (attendance|participation|presence) is confirmed', '^attending$', '^attendance confirmed',
    // Clipped, as a clause: "Participation confirmed for 2 persons".
    '^(participation|presence) (is |)confirmed',
    // "I'm in 👍 see you Wed!": the day as a phone types it.
    'see you (mon|tue|tues|wed|thu|thur|thurs|fri)$',
    'see you (there|then|on|at|next|monday|tuesday|wednesday|thursday|friday|tomorrow)', 'looking forward to (it|attending|seeing|the event|the meeting|the workshop|joining|being there|participating)',
    "can't wait to (attend|join|see|be there)", "^(i |)(can't|cannot) wait$", "(won't|wouldn't|will not|would not) miss (it|this|the)", '^will do$', 'rsvp yes',
    // Stating how many will come answers the invitation.
    // A count corrected: "small correction: it'll be three of us" (h120_075).
    "(it'll|it will|it's going to|it is going to) (now |then |)be # of us",
    "(we'll|we will|we shall) be (#|# of us)", "there (will|'ll) be # of us", "(we'll|we will|we shall|we are|we're) be a (party|group|team) of",
    // "Two of us will travel from Rijeka: myself and my colleague": a count of the sender's party coming.
    "(#|both|all|all #) of us (will|shall|are going to|'ll) (be |)(come|coming|attend|attending|join|joining|travel from|travelling from|traveling from)",
    // Partial attendance is attendance: "I can only stay for the first hour".
    '(i|we) (can|could) only (stay|join|attend|come|be there|dial in|connect|log in|listen in)', "(i'll|i will|we'll|we will) (only |)(join|attend|stay) (for|until) the first",
    '(can|could) (attend|come|join|make it|connect|dial in|log in|be there|participate) after all',
    // After another duty: "I teach until 10, then I'll come".
    "(then|after that|afterwards) (i'll|i will|we'll|we will|i can|we can) (come|join|attend|be there|head over|dial in|connect|come over)", "(i'm|i am|we're|we are) still on for", '^still on for',
    // Arriving late presumes coming: "I'll get there around 11:15".
    "(i'll|i will|we'll|we will) (get there|arrive) (around|at|about|by|after|shortly after|at around|at about|a bit late|a little late|late)",
    // "I will follow the discussion as an observer on behalf of the Joint Secretariat" (h152_060): there, listening.
    "(i'll|i will|we'll|we will) (follow|attend|join) the (discussion|meeting|session|workshop|lab|debate) as (an |)(observer|observers|listener|listeners)",
    // "Two of us will travel to Timisoara for the session on 20 January" (h152_066).
    "(i'll|i will|we'll|we will|# of us will|both of us will|i am going to|we are going to) (travel|fly|drive|come) to (timisoara|the session|the meeting|the workshop|the lab|the event) (for|to attend|to join)",
    // "Nothing would stop me from joining" (h156_013).
    '(nothing|nobody|no one) (would|will|could|can) (stop|keep) (me|us) from (joining|attending|coming|being there|participating)',
    // "I'm confirming attendance for myself and Andrei Pop" (h160_074).
    '(confirming|i confirm|we confirm|i am confirming|we are confirming) (the |)(attendance|participation) (for|of) (myself|me|us|both of us|the two of us)',
    // A phone's "confirmed thanks" (h150_041).
    '^confirmed (thanks|thank you|thx|ty|cheers|many thanks)$',
    // "Confirmed from my side, plus Diana from our team - 2 people" (h297_095).
    '^confirmed (from|on|for) (my|our) (side|part)', '^confirmed for (me|us|myself)$',
    // A reply to a reminder or a change: "I already confirmed", "my RSVP stands", "the new time works for me".
    "(i|we|i've|we've|i have|we have) already (confirmed|rsvp'd|rsvped|registered|signed up)", '(my|our) (confirmation|rsvp|attendance|registration|participation) (still |)stands',
    "(i'm|i am|we're|we are) still (confirmed|coming|attending)", '^still (confirmed|coming|attending)',
    // A second mail changing only the talk: "small change of plan: I am still joining, but please take me off the speakers list".
    "(i'm|i am|we're|we are) still (joining|participating|connecting|taking part)",
    '(the |)new (time|date|venue|room|location|slot) (works|is fine|is ok|is okay|suits) (for me|for us|)',
    // "But count on me!"; texting shorthand "see u there".
    // A bare "+1" (h163_077): the chat way of "count me in".
    'count on (me|us)', '^(+1|+ 1) (from|for) (me|us)', '^(+1|+ 1)$', 'see (u|ya) (there|then|on|at|next|tomorrow)',
    // "Please count on two of us"; "It's a yes from me"; a second sender's "confirming as well".
    // The party summed up after a colleague added: "my colleague Niamh will also join from our office, so 2 of us".
    '^(so|that makes|making it|which makes) (it |)# of us$', '^(so|that makes|making it|which makes) (it |)# of us (in total|altogether|all together|in all)$',
    // "Two colleagues from the Matera foundation would also like to join me" (h292_065): others come with the sender.
    '(would|will) (also |)like to join me$',
    'count on (#|both) of us', "^(it's|it is) a (definite |firm |)yes (from (me|us|my side|our side)|)$",
    "^(i'm |i am |we're |we are |)(also |)confirming (as well|too)$", '^(i |we |)(also |)confirm (as well|too)$',
    // A double negative: "I can't not join this one".
    "(i|we) (can't|cannot|couldn't|could not) not (join|come|attend|be there|participate|take part)",
    // Double negatives that accept: "I can't say no to that", "I don't see why not".
    "(can't|cannot|can not|couldn't|could not) (say no|refuse|resist|turn (it|this|that) down)",
    // "Me +1", "us plus one": the sender and a companion, as a list of who comes.
    '^(me|us|myself) (+1|+ 1|plus one|plus 1|and a plus one|and a plus-one)',
    // "I join online, but I have to leave at 11:30": the way of attending says it.
    '^(i|we) (join|come|attend|participate|connect) (online|in person|remotely|virtually|physically|via zoom|on zoom|by zoom|through zoom)',
    // The format chosen for a hybrid event, as a whole clause: "Zoom for me please. I'll just listen".
    '^(zoom|online|remote|remotely|virtual|virtually|in person|in-person|on site|onsite|on-site|physically) (for me|for us|for both of us) (please|pls|thanks|thank you|)$',
    // Speaking for one's organisation: "I will represent the university".
    // Numbers confirmed: "Confirming 2 participants from Esch2022 + 1 from the City".
    '^(confirming|confirmed|(i|we) (hereby |)confirm) # (participants|people|persons|attendees|delegates|representatives|colleagues|seats|places|guests)',
    // A delegation announced by its size: "Our delegation from Veszprém will consist of 4 people".
    '(our|my) delegation ... (will|shall|is going to) (consist of|comprise|include|be made up of|number|be) #', "(we'll|we will|we are going to|we're going to) send a delegation of #",
    "(i'll|i will|i shall|we'll|we will) (gladly |)represent (the|our|my)", "(don't|do not) see why (not|(i|we) (wouldn't|couldn't|shouldn't|would not|could not|should not))",
    // "I'll take part, thank you"; "be able to take part" (negated, "unable to take part", it refuses).
    "(i'll|i will|we'll|we will|i shall|we shall) (gladly |happily |definitely |certainly |also |both |all |be happy to |be glad to |)take part", "(i'm|i am|we're|we are) taking part", '(i|we) can take part', '(able|be able) to take part',
    // Online attendance said plainly: "I will be online", "I will be with you in Zoom", "I will follow online".
    "(i'll|i will|we'll|we will) (also |)be (online|on zoom|on teams|on the call|connected|with you)",
    // The modal, so that "so I cannot be with you on the 20th" refuses.
    '(i|we) can be with you (on|at|in|there|that day)',
    // "so we will be only 2 from the cluster (me and Cătălina)": how many come, with the sender.
    "(we'll|we will) be (only |just |)(#|two|three|four|five) (from|of us)",
    "(i'll|i will|we'll|we will) (also |)follow (it |the (meeting|session|event|workshop|lab|discussion) |)(online|remotely|live|on zoom|via zoom|on teams|via teams)",
    // "In both cases please count me" (non-native for "count me in").
    '(please |)count (me|us)$',
    // Coming to listen is coming: "I'll join and listen in – no presentation from my side" (h276_068); the listening is the speaker's.
    "(i'll|i will|we'll|we will|i am going to|we are going to) (join|attend|come|connect|dial in) and (just |only |)listen",
    // The answer after a question settled: "… no, actually same time as you, sorry. Then yes, I connect at 11:00" (h310_004).
    '^then yes$', "^(i|we) (will |'ll |)connect at #",
    // "my 12 o'clock got cancelled, so I'm in for the whole session" (h324_095).
    "(i'm|i am|we're|we are) in for the (whole|entire|full) (session|meeting|workshop|lab|thing|morning)",
    // A reply to a reminder: "confirming again for the 17th" (h322_085).
    '^(confirming|confirmed|i confirm|we confirm) (again|once again|once more)',
    // "Accepting with pleasure. I'll be arriving from Rijeka the day before" (h315_058).
    '^accepting with pleasure$', "^(i'm |i am |we're |we are |)(happy to |glad to |)accept(ing|) (the invitation |your invitation |)with (great |)pleasure$",
    // A follow-up asking whether the yes arrived: "I want to make sure I'm on the list for the 17th" (h311_067).
    "(i want|i'd like|i would like|we want|we'd like|we would like) to make sure (i'm|i am|we're|we are) on the (list|attendee list|guest list|participants list|list of participants)",
    // A follow-up adding to the party: "Sorry, one more thing: my colleague Petra will also join from Zagreb, so 2 from us" (h310_023).
    '^so # from (us|our side|our team|our office)$',
    // "I have put it in my calendar and will connect at 11:00 CET" (h294_036).
    "(put|added|saved|blocked|entered) it (in|to|into) (my|our) (calendar|agenda|diary) and (will|'ll) (connect|join|attend|dial in|be there)",
    // "For this one, please count me and my colleague Lina Petrauskaitė" (h289_044).
    'please count (me|us) (and|plus|along with|together with) (my|our|a|one|#)',
    // Registering oneself with others: "Please register Ms Elena Vasić and myself for the Lab".
    '^(please |kindly |)register ... (and|&) (myself|me)',
    // "Either way, please put me down.", "If that works for you, please add me."
    '(please|kindly) put (me|us) down$', '(please|kindly) add (me|us) (to the (list|attendee list|participant list|list of participants|list of attendees) |)$',
    // "Count me and two of my PhD students in."
    'count (me|us) and ... (student|students|colleague|colleagues|team|people|others|staff|researchers) in$',
    // Part of the event is attendance: "I can do the morning part only".
    '(i|we) can (only |)do (the |)(morning|afternoon|first|second|last|final) (part|half|session|hour|slot)',
    // "If so, please count us as two": a count of the sender's party, the sender included.
    '(please |)count (me|us) as (#|a yes|attending|present|confirmed)',
    // "Timing-wise the 17th works fine for me, so please consider me attending".
    '(please |)consider (me|us) (as |)(attending|present|confirmed|registered|a yes)',
    // "so you can count us both": the sender's party, the sender included ("count us both out" is masked in `neutral`).
    'count (us|me) (both|all|all #)',
    // "my colleague Dario and I will both dial in": "both"/"all" between the verb and its auxiliary.
    "(i|we) (will|'ll) (both|all|each) (be |)(connect|connecting|log in|logging in|dial in|dialling in|dialing in|tune in|join|attend|come|be there|be present)",
    // A learner's present for the future, as a whole clause: "ok for me, I come".
    '^(i|we) (come|attend|participate|join)$',
    // Non-native acceptances: "for sure we join!", "I will assist to the meeting" (Dutch/French
    // "assister à"), "I am with you on Wednesday".
    '^(for sure|surely|sure|certainly|definitely|of course|absolutely) (i|we) (come|attend|participate|join)$',
    // ... and with the adverb after: "so we come for sure" (h71_051).
    '^(so |then |)(i|we) (come|attend|participate|join) (for sure|surely|certainly|definitely|for certain)$',
    // A companion dropped out: "Oana won't be able to join after all, so it's just me" (h72_088).
    "^(so |then |)(it's|it is|it'll be|it will be) (just|only) me$",
    "(i'll|i will|we'll|we will|i shall|we shall) (both |also |gladly |)assist (to |at |)the (meeting|session|workshop|event|lab|conference|consultation)",
    "(i'm|i am|we're|we are) (also |)with you (on |this |next |)(monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|that day|on the day|on the #)",
    // The sender standing in: "I will attend in her place".
    "(i'll|i will|i would like to|i'd like to|i can|i shall|we'll|we will|we can) (attend|come|participate|join|go|be there|take part) in (his|her|their) place",
    // Short informal acceptances: "Happy to! Send me the link?", "that's grand – I'll be on", a phone's "In 👍".
    '^(happy|glad|delighted|pleased) to$', "^(i'm|i am|we're|we are) (happy|glad|delighted|pleased) to$", "(i'll|i will|we'll|we will) be on$", '^in$',
    // The learner's present confirmed or with company: "I confirm that I come", "I come with my husband" (h86_040, h86_095).
    '(i|we) (hereby |)confirm (that |)(i|we) (come|attend|participate|join)',
    '^(so |)(i|we) (come|attend|participate|join) (together |)with (my|our) (husband|wife|spouse|partner|colleague|colleagues|son|daughter|friend|boss|director|manager|assistant|deputy)',
  ],
  wish: [
    // "… would gladly attend on Monday" (h569_070): a wish, refused by a "but" with a reason; not "I would gladly attend the next edition".
    'would gladly (attend|join|come|participate) (on|this|your)',
    // "I will be in Timisoara that day and would love to join" (h518_061).
    "and (would|'d) (really |very much |)(love|like) to (join|attend|come|be there|take part)$",
    // "I'd love to listen in if that's ok" (h391_048): to listen is to come.
    "(i'd|i would|we'd|we would) (love|like) to (listen in|tune in|dial in|sit in)",
    // "Me and two colleagues from the Novi Sad 2022 team would like to join" (h272_021): the party the sender heads.
    '^(me|myself|i) and ... ... (would like|would love|wish|want|would be glad|would be happy) to (join|attend|come|participate|take part)',
    // "… but I am in Timisoara next week and would love to attend on Monday" (h157_065): the wish after "and", its subject before.
    // Not "… and would like to join the walk" (h159_032): the optional walk or lunch is no answer.
    '(and|but) would (really |very much |)(love|like) to (attend|come|participate|be there|take part|join (us|you|the (session|meeting|workshop|lab|discussion|event))|join$)',
    // "My husband Klaus and I (we run the guesthouse together) would both like to come".
    "(and i|we) ... (would|'d) (both|all) (like|love) to (come|attend|join|participate|be there)",
    // "Four of us from the Erasmus Student Network Timișoara would like to come (me + 3 volunteers)".
    "^(# of us|both of us|all of us|the # of us) ... ... (would|'d) (like|love) to (come|attend|join|participate|be there|take part)",
    "^(would|i'd|i would|we'd|we would) (love|like) to$",
    // The subject left out on a phone: "Would love to join if there's still room".
    "^would (really |very much |)(love|like) to (join|attend|come|participate|be there|take part)",
    "(i'd|i would|we'd|we would) (all |both |)(love|like|be happy|be glad|be delighted|be pleased|be honoured|be honored) to (join|attend|come|participate|be there|take part)",
    // "Such a great initiative, I'd love to be part of it but …".
    "(i'd|i would|we'd|we would) (really |very much |)(love|like) to be (a |)part of (it|this|the (event|workshop|session|meeting|lab|discussion))",
    "(i'd|i would|we'd|we would) (all |both |)(really |very much |)(love|like) to (join|attend|come|participate|be there|take part)",
    // "Lavinia, I'd be delighted.": the answer alone, its "to come" left out.
    "^(i'd|i would|we'd|we would) be (delighted|honoured|honored|glad|happy|pleased)$",
    // An online session only listened to: "since this one is online I would be glad to listen in" (h73_063).
    "(i'd|i would|we'd|we would) be (delighted|glad|happy|pleased) to (listen in|tune in|dial in|follow (the discussion|the session|online|along))",
    "(i'd|i would|we'd|we would) (love|like|be happy|be glad|be delighted|be pleased) to (drop by|drop in|stop by|pop in|pop by|swing by|come by|come along)",
    // A plan in the past tense, usually undone by what follows: "I was planning to join, but we've just been told …" (h104_069).
    '(i|we) (was|were) (planning|going|hoping|meaning|intending|looking forward) to (attend|come|join|participate|be there|make it|take part|attending|coming|joining)',
    "(i|we|i'd|we'd) had (planned|intended|hoped|meant) to (attend|come|join|participate|be there|make it|take part)", "(i'd|we'd) (planned|intended|hoped|meant) to (attend|come|join|participate|be there|make it|take part)",
  ],
  no: [
    // "As the session is in Romanian and in person, we will not travel for it" (h578_049).
    '(we|i) (will not|won\'t|cannot|can\'t) travel (for it|for this|for this one|to timisoara|there)',
    // "I think it is better if I do not attend this session" (h566_067); "I'm afraid Monday morning is impossible for me" (h567_027).
    "(it is|it's|it would be) better (if|that) (i|we) (do not|don't|did not|didn't|not) (attend|come|join|participate) (this session|this time|the session|the workshop|the meeting|this one|)$",
    '(monday|tuesday|wednesday|thursday|friday|the date|the time|this date|that day|the morning|monday morning|wednesday morning|the slot) (is|would be) (impossible|not possible) for (me|us)',
    // "Maybe next time! This time I really can't make the trip to Timișoara." (h549_065).
    "(can't|cannot|won't be able to|couldn't|will not be able to) make the trip",
    // "Unfortunately none of our team can travel to Timișoara on 20 January" (h533_016).
    'none of (us|our team|our colleagues|my colleagues|the team) (can|will be able to|could|is able to) (travel|come|attend|join|make it|be there)',
    // "Sure, I would be happy to attend – if only it weren't the same morning as our council meeting" (h519_013).
    "if only (it|that) (weren't|wasn't|were not|was not|didn't|did not)",
    // "I would have loved to come, if it weren't for the fair in Berlin": the condition contrary to fact refuses.
    "(if it weren't|if it wasn't|if it were not|if it was not|were it not) for", "if i (weren't|wasn't|were not|was not) (away|travelling|traveling|abroad|on leave|in)",
    // "Sure thing, but not this Wednesday" (h495_004); "Unfortunately my calendar says otherwise" (h495_053).
    '^not this (wednesday|monday|time|week|one)$', '(my|our) (calendar|schedule|agenda|diary) says otherwise',
    // "none of us from Rijeka 2020 will be available on Wednesday" (h491_018).
    '(none of us|neither of us|nobody|no one) (will|would|is going to) be available', '(none of us|neither of us|nobody|no one) from ... (will|would|is going to) be available',
    // "Unfortunately I'm out — flying to Vilnius that day" (h486_063).
    "^(unfortunately|sadly|sorry|alas) (i'm|i am|we're|we are) out$",
    // "I'm out for this one, sorry" (h483_009), "I'm out, sorry – family matters" (h483_051); not "I'm out this week … but I will dial in".
    "(i'm|i am|we're|we are) out (for|on) this (one|time|session|round)",
    "^(i'm|i am|we're|we are) out$",
    // "the meeting will be held in Romanian, so I think it makes little sense for us to join" (h469_015).
    '(makes|make) (little|no) sense (for (me|us) |)to (join|attend|participate|come|take part)', "(there is|there's) (little|no) point (for (me|us) |)in (joining|attending|coming|taking part)",
    // "I'm afraid Wednesday is not possible for me - I have a shoot" (h459_003).
    "(monday|tuesday|wednesday|thursday|friday|that day|the date|the #th|the #st|the #nd|the #rd) (is not|isn't) possible for (me|us)",
    // "none of my colleagues from the ECoC-SME team will be able to join on the 17th" (h455_006).
    "none of (my|our|the) (colleagues|team|staff|people|members) ... (will|can|could|would) (be able to |)(join|attend|come|make it|participate|connect|be there)",
    "if (i|we) (weren't|wasn't|were not|was not) (away|travelling|traveling|abroad|on|in|at|already)",
    // "unfortunately I can't be in Timisoara on the 20th" (h391_054); "Please don't wait for me on Monday".
    "(i|we) (can't|cannot|can not|won't be able to|will not be able to|am not able to|'m not able to|are not able to) be in (timisoara|town|romania|the city) (on|that|this|for|at|in)",
    "(please |)(don't|do not) wait for (me|us)",
    // "as this is a local session in Romanian we will not travel" (h374_068).
    "(we|i) (will not|won't|shall not) (travel|be travelling|be traveling)$",
    // "For the Timisoara session on the 20th I'm afraid we cannot travel" (h423_041).
    "(we|i) (cannot|can't|can not|am unable to|are unable to|won't be able to|will not be able to) travel$",
    // "I will not travel for this session, but we'll send written comments" (h410_048): the session named after the verb.
    "(we|i) (will not|won't|shall not) (travel|be travelling|be traveling) (for|to) (this|the) (session|meeting|workshop|lab|event|one)",
    // "Unfortunately it is not possible for me to travel to Timișoara for this session" (h353_080).
    "(it is|it's|it will be|it won't be|it will not be) not possible for (me|us) to (travel|come|attend|join|be there|make it|participate)",
    "(it won't|it will not) be possible for (me|us) to (travel|come|attend|join|be there|make it|participate)",
    // "I'd love to, but Wednesday is impossible for me" (h352_047).
    '(wednesday|monday|tuesday|thursday|friday|that day|the date|that date|it|this date|the day) (is|will be|would be) (simply |just |unfortunately |sadly |)impossible for (me|us)',
    "(we are|we're) no longer (involved|taking part|participating) in (the|this) (project|programme|program|initiative)",
    // "It will not be possible for me to attend this time, but please keep us on your list" (h260_069).
    "(it will not|it won't|it is not|it isn't|it's not) (be |)(possible|feasible) for (me|us) to (attend|join|come|participate|be there|make it)",
    // "Sorry Lavinia, I can't on Wednesday. Next time for sure!" (h255_068).
    "^(i|we) (can't|cannot|can not|won't be able to) (on|this|that|next) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|day)$",
    // "Unfortunately this one won't work for me, but please keep me posted about the next lab" (h249_013).
    "this one (won't|will not|doesn't|does not) work (for me|for us)",
    // "I think I got this by mistake … Please remove me from the list" (h249_035); h226_009 is labelled so too.
    // Not a mailing list: "Please remove me from this mailing list" is an unsubscription (sets 17, 21, 69 … label it unknown).
    // "We confirmed two people last week, but neither of them can come now. Please remove us from the list" (h271_048).
    '^(so |)(please |kindly |)remove (me|us|them|both of us|our names) from (the|this|your) (list|attendee list|participant list|list of participants)',
    // A yes said only to be taken back: "Definitely there! … I wish I could say that, but I fly to Berlin that day." The whole
    // clause only: not "I would like to say that I will be happy to attend".
    "(i wish i could|i'd love to|i would love to) say (that|so)$",
    "^(so |)(i|we) (have to|need to|must|will have to|'ll have to) cancel (for|on|my|our|this)",
    '^(something came up|something has come up) and (i|we) (have to|need to|must) cancel',
    // Non-native: "I regret, but I am not in possibility to attend this time" (h246_020).
    '(not|no) in (the |a |)possibility to (attend|participate|come|join|be present)',
    // An office for its head: "The Honorary Consul … regrets that, owing to prior commitments, he is unable to attend" (h247_011).
    'regrets that ... ... (is|will be) (unable|not able) to (attend|participate|join|be present)', '^(he|she) (is|will be) (unable|not able) to (attend|participate in|join) the (meeting|workshop|session|event|lab|consultation)',
    // An answer taken back: "so please take me off the list" (h240_060).
    '^(so |and |)(please |kindly |)(take|cross|strike) (me|us) off the list',
    // "I'm afraid the Serbian Forum will not be represented, as our whole team is at the celebrations" (h238_060).
    "(will not|won't|cannot|can't|will not be able to|won't be able to|is not able to|are not able to) be represented",
    // "I've decided to step back from ECoC-related consultations for now" (h232_062).
    "(i've|i have|we've|we have|i|we) decided (not to (attend|participate|take part|join|come)|to step back from|to withdraw from|to stay away from|to sit (this|these) out)",
    // "We … would prefer to be informed about the outcome rather than take part" (h215_063).
    "(would prefer|prefer|'d prefer|would rather|'d rather) ... ... (rather than|instead of) (take|taking) part",
    // "Please excuse us for this session, our team has an all-hands that morning" (h214_069).
    '(please |kindly |)excuse (us|me) (for|from) (this|the) (session|meeting|workshop|event|time|one|occasion)',
    // "Most probably not, we have our own board meeting that morning" (h198_049); "I doubt it" (h198_069).
    '^(most probably|most likely|very likely|almost certainly) not', '^i doubt it$', '^i doubt (i|we) (can|will|could) (make it|come|attend|join)',
    // "sorry cant, in Brussels that week" (h190_054).
    "^(sorry|so sorry|really sorry) (i |)(can't|cannot|can not)$",
    // "I must refuse this time" (h184_040); "I have no possibility to connect" (h184_015).
    '(i|we) (must|have to|need to) (refuse|decline)', '(i|we) (have|has) no possibility to (connect|attend|come|join|participate|be there|be present|travel)',
    // "Unfortunately none of our team will be available on the 20th" (h180_023).
    '(none|no one|nobody|neither) of (our|my) (team|staff|colleagues|people|office|unit) (will be|is|are|would be) (available|free|around)',
    // "I'd be delighted to contribute in principle, but I'm afraid the date doesn't work for me at all" (h177_065).
    "(the|this|that) (date|day|time|timing|slot) (doesn't|does not|won't|will not|just doesn't|simply doesn't) work (for me|for us)",
    // "Apologies, I will not be in a position to attend" (h178_061).
    "(will not|won't|am not|'m not|are not|'re not|would not|wouldn't|shall not) be in a position to (attend|come|join|participate|be there|make it|travel)",
    "(i am|i'm|we are|we're) not in a position to (attend|come|join|participate|be there|make it)",
    // An assistant for the invitee named before: "On behalf of Dr. Hans Müller, who is travelling, I would like to inform you that he will not be able to attend" (h148_047).
    // Without "that": "On behalf of Director Marko Babić, I regret to inform you he is unable to attend" (h160_038).
    "(inform you|let you know|tell you|advise you|notify you) (that |)(he|she) (will not|won't|cannot|can't|is unable to|will be unable to|is not able to|isn't able to) (be able to |)(attend|participate|join|come|make it|be present)",
    // "Thanks Lavinia, sadly a no from me this time" (h142_055).
    "(it's a|its a|it is a|that's a|that is a) (no|'no') from (me|us|our side|my side)", "^(sadly |unfortunately |regretfully |so |)a (no|'no') from (me|us|our side|my side)",
    // A phone's whole answer: "Can't, sorry. In Brussels all week" (h96_068); not "Can't wait!".
    "^(i |)(can't|cannot|can not)$",
    // "Regrettably, none of our team will be able to attend on this date" (h139_047).
    '(none|no one|nobody|neither) (of us|of our team|of our colleagues|of the team|from our team|from our office|from the team) (will|can|could|would|is going to) (be able to |)(attend|come|join|participate|make it|be there|be present)',
    // "Nobody from AmCham staff can attend personally" (h138_076).
    '(nobody|no one|none) from ... (staff|team|office|colleagues|side) (will|can|could|would|is able to) (be able to |)(attend|come|join|participate|make it|be there|be present)',
    // "I'm afraid I won't be around that day" (h135_056).
    "(i|we|i'll|we'll) (won't|will not) be around (that day|on that day|that week|that morning|then|on the day)",
    // "I'm no longer with Fundația PEGAS since December, so I won't be taking part" (h122_033).
    "(i|we|i'll|we'll) (won't|will not|shan't|shall not) be (taking part|participating|attending|joining|coming)",
    "(i'll|we'll|i will|we will) not be (taking part|participating|attending|joining|coming)",
    // "Regrettably I have a conflicting commitment that morning, but I would be glad to send written comments" (h95_089).
    "(regrettably|unfortunately|sadly|i'm afraid|i am afraid) (i|we) (have|have got|'ve got) (a|another) (conflicting|prior|previous) (commitment|engagement|appointment)( (that|on that|the same) (morning|day|afternoon|week|date)|)",
    // Away on the date: "Sadly our delegation from Matera will not be in Timișoara on 20 January" (h308_055).
    "(will not|won't|shall not|will not be able to|won't be able to) be in (timisoara|town|the city|romania) (on|that|this|for|at)",
    // "We have decided not to take part in the workshops this year" (h119_058).
    "(i|we|i've|we've|i have|we have|the board has|the board) (decided|chosen|opted) not to (take part|participate|attend|join|come)",
    // "Our organisation has decided not to take part in this round of consultations" (h301_062).
    "(our|my) (organisation|organization|institution|association|company|office|team|department|foundation|municipality|board) (has |have |)(decided|chosen|opted) not to (take part|participate|attend|join|come)",
    // "I only land in Timișoara on the 21st, so I'll miss the lab": the event missed (not "won't miss it", "miss the meeting's first hour").
    "(i'll|i will|we'll|we will|i'm going to|i am going to|we're going to|we are going to) (have to |unfortunately |sadly |probably |)miss (the|this|your) (lab|workshop|meeting|session|event|consultation|discussion|call|gathering|one)$",
    // "Sadly we won't manage to travel to Timișoara for the 20th" (h106_072): the negator sits between subject and verb.
    // An office for the one invited: "On behalf of Mr. Dieter Hofer, we confirm that he will take part" (h132_072) — see othersYes.
    "(i|we) (won't|will not|can't|cannot|couldn't|could not|didn't|did not) manage to (attend|come|join|make it|participate|be there|travel to|travel over|get there)",
    // The head's office for the head invited: "The Director will not be able to attend".
    "^(the|mr.|mrs.|ms.|mr|mrs|ms) (director|mayor|prefect|rector|vice-rector|dean|president|chair|manager|general inspector|inspector general|head) (will not|won't|cannot|can't|is unable to|will be unable to) (be able to |)(attend|participate|join|be present|take part)",
    // A registry's letter: "no representative of the DKMT Euroregional Development Agency will be available on 17 January".
    "no (representative|one|delegate) (of|from) ... ... (will be available|will be able to attend|can attend|will attend|will be present|will participate)",
    // "the mission was not approved, so I cannot be with you on the 20th".
    "(i|we) (cannot|can't|won't|will not|shan't|couldn't|am unable to|are unable to) be with you",
    // "I'm going to have to bow out – a family matter has come up".
    "(have to|had to|must|need to|will|'ll|going to) bow out", '^bow out',
    "(i'm|i am|we're|we are) going to have to (bow out|decline|pass|miss it|miss this one|skip it|skip this one|say no|give it a miss)",
    // "I have to say no this time"; "neither I nor anyone from our team can attend".
    // "It is not possible for me, sadly, because…": only alone or about coming ("…for me to send the slides" is not a refusal).
    "(it is|it's|it will be|it'll be) (not possible|impossible) for (me|us)$", "(it is|it's|it will be|it'll be) (not possible|impossible) for (me|us) to (attend|come|join|participate|be there|make it|be present)",
    "(have to|must|need to|will have to|'ll have to) say no", 'neither (i|we|me) nor ... (can|could|will|is able to|are able to) (attend|come|join|make it|participate|be there)',
    // "Unfortunately I must renounce, on the 20th I am in Brussels" (Italian "rinunciare").
    "(i|we) (must|have to|need to|will have to|'ll have to|am forced to|are forced to|had to|unfortunately) renounce",
    // An organisation that sends nobody: "we cannot delegate anyone for this session".
    "(can't|cannot|can not|won't be able to|will not be able to|are unable to|is unable to|not be able to) (send|delegate|nominate|designate) (anyone|anybody|a representative|a delegate|any representative)",
    // "Neither in person nor online"; "I won't be joining in person, nor online".
    'neither in person nor (online|remotely|on zoom|via zoom|virtually)', '^nor (online|remotely|on zoom|via zoom|virtually)',
    // Slang: "I'll pass this time".
    "(i'll|i will|we'll|we will|i'm going to|i have to|i'll have to) pass (this time|on this one|on this|on it)",
    // "I won't be in Timisoara in March": away from the city is away from the workshop.
    "(i|we) (won't|will not|wont) be in (timisoara|town|romania|the city|the country)",
    "(none of us|neither of us|nobody from (our|my) (team|office|side)) (will|would|can|could|is going to) be in (timisoara|town|romania|the city|the country)",
    '^no$', '(sorry|unfortunately|regretfully|sadly|afraid) (no|not)$', '^not (this time|now|this year)', 'not this time$', '^nope', '^no (thanks|thank you)', 'no, sorry', '^no (sorry|unfortunately)', 'count me out', 'count us out', 'rsvp no',
    // "so it's a no from Bright Labs this time".
    "(it's|it is|that's|that is|it'll be|it will be) a (no|pass) (from|for)",
    "(i|we) (can't|cannot|can not|won't|will not)$", "(i'm|i am|we're|we are) (unable|not able)$",
    "(can't|cannot|can not|won't|will not|couldn't|could not) (make it|attend|come|join|participate|be there|be present)",
    // "Sorry, cannot make this one" ("can't make this one work" is about something else).
    "(can't|cannot|can not|won't|will not|couldn't|could not|unable to) make (this one|that one|this|it this time)$", "(can't|cannot|can not|won't|will not|couldn't|could not|unable to) make the (meeting|session|workshop|event|lab|date)",
    'unable to (attend|come|join|make it|participate|be there|be present)', '(not|never) (be |)(able|available) to',
    // "Please take me off the attendee list"; only at the clause start, so "please don't take me off" is no refusal.
    '^(please |kindly |)(take|remove|strike|cross) (me|us|my name|our names) (off|from) the (attendee|attendance|participant|participants|guest|registration|delegate) list',
    '^(please |kindly |)(take|remove|strike|cross) (me|us|my name|our names) (off|from) the list of (participants|attendees|guests|delegates)',
    "(won't|will not|not) be (attending|joining|coming|participating|there|present|available)",
    '(not|never) (attend|coming|joining|participating)', 'not attending$', '^not attending', 'have to (decline|pass|miss)', 'must (decline|pass|miss)',
    'decline', 'declining', '(have to|must|need to) skip', 'skip this one', 'regretfully', 'regrettably', '(i|we) (will|must|have to) miss', 'will be missing',
    "(i'm|i am|we're|we are|i'll be|i will be) (not available|unavailable)", '^(not available|unavailable) (that|this|on|the|for)', '(not|no longer) interested',
    "(i'll|i will|we'll|we will) (pass|skip)",
    // Dutch "deze aan me voorbij laten gaan": "I have to let this one pass" (h86_084).
    '(have to|must|will|shall|going to|need to) let (this one|this|it|this time|this session|this meeting|this workshop) pass', "(i'll|i will|we'll|we will) (have to |)pass (this time|on this)", 'give it a miss', 'sit this one out',
    "(can|could|will|am|are|i'm|we're|i'll|we'll|i|we) no longer (make it|attend|come|join|participate|be (able|there|present|available|attending|joining|coming))",
    'no longer (able|available) to', "(not|no longer) (going|gonna) to (make it|attend|come|join|be there|participate)",
    // Phone slang: "prob not gonna make it", "no can do this time, exams".
    "(not|no longer) gonna (make it|attend|come|join|be there|participate)", '^no can do',
    '(cancel|withdraw) (my|our) (attendance|participation|registration|rsvp|place|spot|seat|confirmation)',
    // Taking back an earlier yes: "Unfortunately I have to cancel – our board meeting has been rescheduled".
    "(i|we) (have to|must|need to|'ll have to|will have to|had to) cancel$",
    // A formal RSVP by an assistant, in the third person: "Mr. Hale, Managing Director, regrets that he is unable to attend".
    "regrets (that |)(he|she) (is unable to|is not able to|will be unable to|will not be able to|won't be able to|cannot|can't|can not) (attend|come|join|make it|participate|be present|be there)",
    // "I'm afraid neither I nor any of my colleagues from the Foundation will be available that morning".
    // "Neither me nor my wife (we run the guesthouse together) can join on Sunday": an aside between.
    'neither (i|we|me|myself) nor ... ... (can|could|will|is able to|are able to) (attend|come|join|make it|participate|be there)',
    // "Unfortunately I am not in Timisoara in January, but I am very happy to follow the results" (h591_069).
    "(unfortunately|sadly|regrettably|alas) (i am not|i'm not|i will not be|i won't be|i'll not be|we are not|we're not|we will not be|we won't be) (in timisoara|in town|in romania|in the country|in the city|around)",
    // "Regarding the meeting: I won't be able to connect, sorry." (h597_064).
    // Only the future: "I cannot log in" reports a problem with the link, not a refusal.
    "(i|we) (won't|will not|wouldn't|would not) be able to (connect|dial in|log in|log on)$",
    // "I won't be able to travel then, but please keep me in the loop" (h590_024).
    "(i won't|i will not|i'll not|we won't|we will not|i shall not) be able to travel (then|that day|that week|on that date|at that time|in january|for it|for the meeting|for the workshop|for the session|to timisoara)",
    // "neither I nor anyone from our team will be available that day" (h588_025).
    'neither (i|we|me|myself) nor (anyone|anybody|any of us|any of my colleagues|any of our colleagues) ... ... (will be|would be|is|are) (available|free|around)',
    '(neither|not) (i|we|me|myself) nor (any of |)(my|our) (colleague|colleagues|team|staff|coworkers|co-workers|team members) ... (will be|would be|is|are|can be|could be) (available|free|able to (attend|come|join|make it))',
    // Nobody of the organisation comes: "none of us from Matera will be able to travel".
    '(none of us|neither of us|nobody|no one) (will|can|could|would|is|are|shall) (be able to |)(attend|come|join|make it|travel|be there|be present|participate)',
    '(none of us|neither of us|nobody|no one) from ... (will|can|could|would|is|are|shall) (be able to |)(attend|come|join|make it|travel|be there|be present|participate)',
    // "none of us from Leeuwarden will be in Timisoara on 20 January" (h69_011).
    '(none of us|neither of us|nobody|no one) (will|can|could|would|shall) be in (timisoara|romania|town|the city)',
    '(none of us|neither of us|nobody|no one) from ... (will|can|could|would|shall) be in (timisoara|romania|town|the city)',
    // The subject after the verb, as a Serbian or Croatian word order has it: "from our side will participate nobody this time".
    '(will|can|could|would|shall) (be able to |)(attend|come|join|participate|be present|take part) (nobody|no one|noone|none of us)',
    // Taking back an earlier yes: "I have to withdraw after all", "I really can't get away".
    "(have to|must|need to|'ll have to|will have to|had to) (withdraw|pull out|drop out|back out)", "(i'm|i am|we're|we are) (withdrawing|pulling out|dropping out)",
    "(can't|cannot|can not|couldn't|could not) get away",
    // "My schedule does not allow me to be in Timișoara on 20 January".
    "(schedule|calendar|diary|agenda|workload|commitments|duties|health|budget) (does not|doesn't|will not|won't|would not|wouldn't) (allow|permit) (me|us)",
    // Doubting one's own coming is a polite refusal: "I don't think I'll manage".
    // A language the sender cannot follow: "the meeting is in Romanian, so I don't think I can follow it" (h422_009).
    "(don't|do not) think (i|we) (can|could|would be able to|will be able to) follow (it|the meeting|the discussion|the session|the workshop)$",
    "(don't|do not) think (i'll|i will|we'll|we will|i can|we can) (manage|make it)$", "(don't|do not) think (i'll|i will|we'll|we will|i can|we can) (be able to |)(make it|attend|come|join|be there) (this time|that day|that week|on|to the|the)",
    // "I doubt I can make it on Monday": doubting one's own coming declines (not "I don't doubt …", kept in `neutral`).
    "(i|we) (really |very much |)doubt (that |)(i|we|i'll|we'll) (can |could |will |would |'ll |)(be able to |)(make it|attend|come|join|be there|participate|be present)",
    "(won't|will not|wouldn't|would not) be able$", "(can't|cannot|won't|will not|unable to|not be able to|won't be able to|will not be able to) travel (to|there)",
    // Non-native refusals: "I have not the possibility to participate", "for me it is not possible to join".
    "(have not|haven't|do not have|don't have|have no|there is no|there's no) (the |any |a |)(possibility|chance|opportunity) (for (me|us) |)to (attend|come|join|participate|make it|be there|be present|take part)",
    'not possible (for (me|us) |)to (attend|come|join|participate|make it|be there|be present|take part)',
    "unable to take part", "(won't|will not) (be able to |)take part", "(won't|will not) be (online|on zoom|on teams|on the call|connected|with you)",
    // Nobody of the sender's organisation, the sender included: "nobody from our office will be available on 14 June".
    '(nobody|no one|noone|none of us) (from|at|of|in) (our|my) (office|team|organisation|organization|institution|department|company|unit|agency|side) (will be|is|can be|would be|could be) (available|free|able to (attend|come|join|make it))',
    // The organisation named: "nobody from the Kulturbetrieb is available on 21 April".
    '(nobody|no one|noone|none of us) (from|at) (the|our|my) ... (will be|is|can be|would be|could be) available',
    // "…, so it won't work this time", "so I'll miss it": the outcome of a reason, said plainly.
    "(it|that|this) (won't|will not|isn't going to|is not going to) work (out |)(for (me|us) |)this time", "(it|that) (won't|will not|isn't going to|is not going to) work out",
    "(i'll|i will|we'll|we will|i'm going to|i am going to|we're going to|we are going to) (have to |)miss (it|this one)",
    // "this isn't really relevant for our company": no interest, no attendance.
    "(isn't|is not|not) (really |very |particularly |)relevant (for|to) (us|me|our|my)",
    // British and North-American declines without a "no": "Afraid I'll have to send my apologies for
    // Wednesday", "Sorry, can't do Monday", "Wednesday doesn't work for me", "I can't make the 17th",
    // "I wish I could say yes but…". Whole clauses only: "I can't make the 17th deadline" is no decline.
    "(have to|must|need to|will|'ll) send (my|our) apologies (for (monday|tuesday|wednesday|thursday|friday|the (meeting|session|workshop|lab|event|day)|this one|that day)|)$",
    "(can't|cannot|can not|couldn't|could not) do (monday|tuesday|wednesday|thursday|friday|the #(st|nd|rd|th)|that day|that date|the date|that morning)$",
    "(monday|tuesday|wednesday|thursday|friday|the #(st|nd|rd|th)|that day|that date|the date) (doesn't|does not|won't|will not|isn't going to|is not going to) work (for (me|us)|)$",
    // "The 17th is really not going to work for our team" (h120_090), "I'm afraid the timing doesn't work for us" (h121_083).
    "(monday|tuesday|wednesday|thursday|friday|the #(st|nd|rd|th)|that day|that date|the date|the timing|the time|the day|this date|this time|the slot) (really |just |simply |)(doesn't|does not|won't|will not|isn't going to|is not going to|is really not going to|is just not going to|is simply not going to|'s not going to) work (for (me|us|our team|my team|our side|our office|our organisation|our organization)|)$",
    "(can't|cannot|can not|won't|will not|couldn't|could not|unable to) make the #(st|nd|rd|th)$", "(i|we) wish (i|we) could say yes$",
    // "I'm afraid I can't make Wednesday - I'll be in Vienna".
    "(can't|cannot|can not|won't|will not|couldn't|could not|unable to) make (monday|tuesday|wednesday|thursday|friday)$",
  ],
  maybe: [
    // "I would like to join, but I still have to check whether the … meeting on the same morning gets moved" (h541_044).
    // Whether one can come, or a meeting moves: not a side check ("We need to see if the room has a projector").
    '(i|we) (still |)(have to|need to|must|will have to) (check|see|find out) (whether|if) (i|we|my|our) ', '(i|we) (still |)(have to|need to|must|will have to) (check|see|find out) (whether|if) the ... (meeting|session|trip|appointment|board)',
    // "Could you resend the draft action plan? … Then I'll let you know" (h519_021): the answer waits on the organiser's.
    "^then (i'll|i will|we'll|we will) (let you know|confirm|get back to you)",
    // "As for the Zoom meeting, I still have to check with my director and will let you know" (h477_043).
    '(i|we) (still |first |)(have to|need to|must|will have to) (check|confirm|clear it) with (my|our) (director|boss|manager|head|team|colleagues|supervisor|board)',
    '(i|we) (still |)(have to|need to) check (my|our) (calendar|agenda|schedule) (and|first)',
    // A bare deferral: "Possibly online. Will confirm."
    '^(i |we |)(will|shall|ll) confirm (soon|later|shortly|asap|next week|tomorrow|)$',
    // "Our participation is pending approval by management": the organisation has not decided yet.
    '(participation|attendance) (is |)(pending|awaiting|subject to) (the |)(approval|authorisation|authorization|sign-off) (of|by|from) (the |our |my |)(management|director|board|head*|manager*)',
  // "in principle yes, I would like to come, but I have to check first with my boss".
  '^in principle (yes|i will|we will|i can|we can|i come|we come)', "(i|we) (have to|need to|must|will have to|'ll have to) (first |)check (first |)with (my|our) (boss|manager|director|head|supervisor|superior|line manager|team|colleagues|board)",
  // "Not a no, but not a yes either — let me check with my manager first" (h265_070).
  '^let (me|us) (first |)check (first |)with (my|our) (boss|manager|director|head|supervisor|superior|line manager|team|colleagues|partner|partners)',
  // "I'm 50/50 for Wednesday … I'll know by Monday".
  // "I'd like to come, but I'll need to check my schedule first" (h328_016).
  "(i|we|i'll|i will|we'll|we will) (need|have|will need|will have) to check (my|our) (schedule|calendar|agenda|diary)",
  // "might pop in for the last half hour if my client call ends early. No promises" (h322_086).
  '(might|may|could) (pop in|drop in|drop by|stop by|swing by|pop by|look in)',
  '50/50', '50-50', 'fifty-fifty', 'fifty fifty', "(i'll|i will|we'll|we will) (only |)know (by|on|after|tomorrow|next|later)",
    '^maybe', 'maybe', 'perhaps', 'possibly', 'probably', "(not|n't) (yet |)(sure|certain)", 'unsure', 'not 100%',
    "(don't|do not|didn't|did not) (know|yet know) (yet|if|whether|for sure|for certain)",
    "(can't|cannot|can not) (promise|guarantee)", "(can't|cannot|can not|unable to) confirm", 'no guarantee', "(it's|it is) not (certain|sure|definite)", 'not know yet', "don't know$",
    'tentative', 'tentatively', "(i'll|i will|we'll|we will) do (my|our) best", '(my|our) best to (attend|come|join|make it|be there)',
    "(i'll|i will) make every effort", '^provided', 'provided (that|the|it|there|we|i|you|my|our)', 'on condition', 'as long as',
    // First-person conditions only: disclaimers ("If you are not the intended recipient…")
    // and the quoted invitation ("If you would like to speak…") are conditions too.
    "^if (i|i'm|i am|we|we're|we are|my|our|nothing|all goes|everything goes|time|the schedule|schedule|work)", "(i'll|i will|we'll|we will) try", 'try (to|and) (attend|come|make it|join|be there|participate)', 'trying to',
    '(i|we) might', 'might (attend|come|make it|join|be there)', 'may (be able to|attend|come|join|make it)', 'hopefully',
    // A possibility of not coming, like "might not": "I may not be able to attend live" (h363_067).
    '(i|we) may not (be able to|be available|make it|manage)',
    // "Might be able to pop in for part of it": the subject left out.
    'might be able to (attend|come|make it|join|be there|pop in|drop in|drop by|pop by|stop by|swing by|come by|dial in)',
    '(i|we) hope to', 'hoping to', '(i|we) hope (i|we|that|so)', 'should be able to', 'likely', 'most likely', "(i'll|i will|we'll|we will) let you know", 'let you know (later|soon|by|next|as soon)',
    "(i'll|i will|we'll|we will) (confirm|get back to you|revert)", "(i'll|i will|we'll|we will|shall) come back to you", 'come back to you', 'confirm (later|closer to|next week|as soon)', 'get back to you', 'will revert', 'still checking', 'checking (my|our) (diary|calendar|schedule|agenda)', '(i|we) think so', "(i|we) think (i'll|i will|we'll|we will|i can|we can|i should|we should)",
    'to be confirmed', 'tbc', 'tbd', 'depends', 'depending on', 'if i can', 'if we can', 'if (my|our) schedule allows',
    "(can't|cannot|unable to) (confirm|commit) (yet|right now|at the moment|at this (stage|point|time))", 'pending',
    "(i|we) (can't|cannot) (confirm|commit) (yet|now)",
    // "I'm not able to confirm my own attendance yet": a deferral, not a refusal.
    '(not|never) (yet |)able to (confirm|commit)',
    // Waiting for someone else's say: "I don't have my manager's approval yet".
    '(waiting|awaiting|pending) (for |on |)(the |)(approval|sign-off|go-ahead)', "(don't|do not) (yet |)have (the |my |our |)(approval|sign-off|go-ahead)", 'subject to (approval|confirmation)',
    // "I'd love to attend but I'm still waiting to hear whether I get the day off".
    "(waiting|wait) to (hear|find out|know|see) (whether|if) (i|we) (get|can|will|'ll|am|are|'m|'re) (the day off|a day off|time off|leave|free|off|approval|permission|the go-ahead|the approval|the permission)",
    // "Definitely interested, but I'm waiting to hear back about another meeting" (h281_052).
    '(waiting|wait) to hear back (about|from|on|regarding)',
    // "I would love to attend but I'm still waiting to hear whether my trip to Berlin gets moved" (h297_048): whatever it hangs on.
    "(i'm|i am|we're|we are) (still |)(waiting|wait) to (hear|find out|know|see) (whether|if)",
    // "I'm still waiting to hear if I'm needed at the office that day" (h279_061).
    "(waiting|wait) to (hear|find out|know|see) (whether|if) (i'm|i am|we're|we are|i'll be|we'll be|i will be|we will be) (needed|required|expected) (at|in)",
    // "First I need the approval of my director for the travel. I will give you the answer on Friday".
    '(i|we) (first |still |)(need|have to get|must get|need to get|must obtain|have to obtain|have to ask for|need to ask for) (the |an |my |our |)(approval|permission|authorisation|authorization|sign-off|go-ahead)',
    "(i'll|i will|we'll|we will) give you (the|my|our|a|an) (final |definitive |definite |)(answer|reply|response|confirmation)",
    // A tentative booking: "Pencil me in! … Will confirm properly by Weds."
    'pencil (me|us) in', "(will|i'll|i will|we'll|we will) confirm (properly|definitely|for sure|officially|formally)",
    // Leave asked to answer later: "my flights are not booked yet. Can I confirm by Tuesday?".
    '(can|could|may) (i|we) (confirm|let you know|get back to you|come back to you) (by|on|before|later|next|early next|tomorrow|in a few days|closer to)',
  ],
  modalHedges: [
    '^maybe', 'maybe', 'perhaps', 'possibly', 'probably', 'likely', 'most likely', '(i|we) might', 'hopefully',
    '(i|we) hope (i|we|that|so)', '(i|we) hope to', 'hoping to',
  ],
  partyCues: [
    // "I will attend, arriving around 10 A.M. Not sure my colleague can come." : whether a colleague comes too.
    "(not sure|unsure|don't know|do not know|not certain) (if |whether |)(my|our) (colleague|colleagues|boss|director|manager|team|intern|assistant)",
    // "I'll attend. Two of my PhD students working on creative-industry clusters might join too" (h561_054).
    '# of (my|our) (phd students|students|colleagues|team|team members|staff|interns)',
    // "I will join the Zoom call: me + 1 colleague (TBC), most likely Rūta" (h498_011).
    '(me|myself) (+|plus) #',
    // "Yes, I will join, and possibly Ana from our team" (h468_085): a clause adding someone only possibly, after the sender's own yes.
    '^(and|plus) (possibly|maybe|perhaps|probably|likely) (also |)',
    // Whom the sender asked along: "I'm coming. I've asked Tom to join too, but he isn't sure yet."
    "(i've|i have) asked ... to (join|come|attend) (too|as well|also|with me)",
   '# or #', '# to # (people|persons|of us|colleagues)', 'the (names|number)', '(names|number) of (the |)(people|persons|participants|attendees|colleagues)', 'how many', 'who (exactly |else |)(will|of us|from)', '#-# (people|persons|of us|colleagues|participants|attendees|members|students)', 'depends on who',
    // "One of us will attend, not sure who yet - either me or Paolo. I'll let you know the name next week".
    'not (sure|certain) (yet |)(who|which of us)', "(don't|do not) know (yet |)(who|which of us)", 'the name', '(me|i) or (my colleague|a colleague|#)'],
  pastConfirmations: ["(i|we|i've|we've|i have|we have|i had|we had) (already |)confirmed"],
  noneSent: [],
  colleagueMessages: ['(further to|following up on|in addition to|regarding) (my colleague|our colleague|mr|ms|mrs|dr) ... (email|e-mail|message|reply|confirmation)',
    '(further to|following up on|in addition to) the (email|e-mail|message|reply|confirmation) (from|of|sent by) (my colleague|our colleague|mr|ms|mrs|dr)'],
  organiserRequests: ['please (tell me|let me know|let us know|send|resend|re-send|confirm|clarify|advise)', '(could|can|would) you (please |kindly |)(tell|send|resend|re-send|confirm|clarify|let me know|let us know|advise)',
    "(i'd|i would|we'd|we would) (be grateful|appreciate it) if you (could|would)"],
  deferrals: ["then (i'll|i will|we'll|we will) (let you know|confirm|get back to you)", "(i'll|i will|we'll|we will) (get back to you|revert)", 'get back to you', 'will revert',
    // Leave asked to answer later: "Can I confirm by Tuesday?".
    '(can|could|may) (i|we) (confirm|let you know|get back to you|come back to you) (by|on|before|later|next|early next|tomorrow|in a few days|closer to)',
    // "I'll come back to you shortly": an answer promised, not coming (and never the yes "I'll come").
    "(i'll|i will|we'll|we will|shall) come back to you", 'come back to you'],
  eventCues: [
    'workshop*', 'event*', 'session*', 'meeting*', 'lab', 'zoom', 'teams', 'online', 'link', 'there', 'late', 'later', 'early', 'earlier',
    'leave', 'arriv*', 'come', 'coming', 'join*', 'attend*', 'participat*', 'connect*', 'dial', 'log in', 'venue', 'room', 'seat', 'spot',
    'time', 'schedule', 'calendar', 'diary', 'agenda', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'morning', 'afternoon',
    'make it', 'drop by', 'drop in', 'pop in', 'pop by', 'come by', 'stop by', 'swing by', '(first|last|second|final) part', 'colleague*', 'invitation', 'invite', 'confirm*', 'rsvp',
  ],
  fillers: [
    'that', 'this', 'with', 'will', 'would', 'have', 'from', 'they', 'what', 'when', 'which', 'about', 'into', 'also', 'just', 'very',
    'some', 'your', 'their', 'been', 'were', 'then', 'than', 'them', 'maybe', 'perhaps', 'probably', 'might', 'could', 'should', 'quite',
    'still', 'there', 'here', 'these', 'those', 'such', 'only', 'well', 'much', 'many',
  ],
  softYes: [
    '(i|we) could (attend|come|join|make it|participate|be there)',
    // Arriving late presumes coming: "I'm teaching until 11, so I'd get there around 11:15 if that's alright".
    "(i'd|i would|we'd|we would) (get there|be there|arrive) (around|at|about|by|after|shortly after|at around|at about|a bit late|a little late|late)",
    // Listening presumes being there: "I will not take the floor of course, but it is good for me to follow the discussion" (h73_063).
    "(it is|it's|it will be|it'll be) (good|useful|valuable|important) for (me|us) to (follow|listen to|hear) (the|this) (discussion|debate|session|meeting|workshop|presentations)",
  ],
  othersYes: [
    // "I personally can't make it on the 17th (teaching), so it will be just Mihai from us" (h543_012).
    "(it will be|it'll be|that will be|it will only be) (just|only) ... from (us|our side|our team|our department|the department|our office)",
    // "we are 2 people from our association coming" (h282_027).
    "^(we are|we're|we will be|we'll be) # (people|persons|of us) ... (coming|attending|joining|participating)",
    // "My colleague Milica Jović will be also present" (h280_088): the adverb after the verb, as a Serbian writes it.
    '(will|shall) be also (present|there|attending|joining|coming)',
    // "I will forward this to my colleague Anke Visser, who will attend on behalf of Leeuwarden-Fryslân" (h267_025).
    '^who (will|shall|is going to) (attend|participate|join|take part|be there|be present) on (behalf of|our behalf|my behalf)',
    // "I won't be able to attend personally, but Ms. Kaisa Virtanen from our Culture Office will represent Oulu" (h222_029).
    // Titled only: "Rūta from Kaunas 2022 will represent our side" (h115_065), a first name, stays the sender's refusal.
    '(mr.|mrs.|ms.|dr.|prof.|mr|mrs|ms|dr|prof) ... ... (will|shall|is going to) represent',
    // "Sorry cant make it. Sending Irina from my team instead" (h151_058): someone of the sender's side goes; after a refusal a person decides.
    "^(i'm |i am |we're |we are |i'll |i will |we'll |we will |)(sending|send) ... from (my|our) (team|office|department|unit|lab|studio)$",
    // "On behalf of Mr. Dieter Hofer, we confirm that he will take part in the online meeting" (h132_072).
    '(we|i) (hereby |)(can |)(confirm|are confirming|am confirming) that (he|she|they) (will|would|is going to|are going to) (take part|attend|participate|join|be present|be there|connect)',
    '(will|shall) (attend|participate|join|come|be there|be present)', '(will|shall) be (attending|joining|coming|participating)',
    "(he|she|they) (will|shall|can) (attend|participate|join|come|be there|be present|be attending|be joining)",
    "(he'll|she'll|they'll) (attend|participate|join|come|be there|be present|be attending|be joining)",
    // "she'll dial in on the Zoom link"; "Cristina and Mihai will both join the Zoom".
    "(he'll|she'll|they'll|he will|she will|they will) (dial in|log in|log on)", '(will|shall) (both|all) (attend|participate|join|come|be there|be present)',
    // "My colleague Dr. X will represent the university" (the splitter may cut after "Dr.").
    '(will|shall|is going to|are going to) represent (the|our|my) (university|organisation|organization|institution|company|department|office|team|association|foundation|city|municipality|council|ministry|agency|school|museum|centre|center|institute)',
    '(my|our) (colleague|colleagues|coworker|coworkers|co-worker|deputy|director|manager|boss|assistant|partner|representative|team member) ... (will|shall|can|is going to|are going to) (attend|participate|join|come|be there|be present|be attending|be joining|represent)',
    // "myself and my colleague Giuseppe Santoro will connect to the Zoom meeting"; "My colleague Milica and I will drive over from Novi Sad".
    '(my|our) (colleague|colleagues|coworker|coworkers|co-worker|deputy|director|manager|boss|assistant|partner|representative|team member) ... (will|shall) (connect|dial in|log in|log on|tune in|drive over|travel over|come over|fly in|fly over)',
    // "Daniela from our office will definitely connect": a colleague named before where they work.
    'from (our|my) (office|team|department|unit|organisation|organization|institute|agency|foundation|association|company) (will|shall) (definitely |certainly |surely |also |)(attend|participate|join|connect|come|be there|be present|take part)',
  ],
  substitute: [
    // "I've forwarded the invitation to Tomas, who will join on our behalf" (h607_058).
    "(i've|i have|we've|we have) (forwarded|passed|sent|passed on) (the invitation|it|this|your invitation|your email|the link) to ... who will (join|attend|come|participate|be there)",
    // Writing for someone absent: "She will not participate, but our colleague Tomas would like to attend in her place".
    '(attend|come|participate|join|go|be there|take part) in (his|her|their) place',
    'in (my|our) place', 'instead of (me|us|myself)', '(take|taking|go in|attend in) (my|our) place', 'in place of (me|us)', '(attend|come|join|participate|be there) on (my|our) behalf',
    '(replace|represent|stand in for|substitute for|cover for) (me|us)',
    // "I'll attend through my colleague Tom": the colleague goes, not the sender.
    '(attend|participate|take part|be present) (through|via) (my|our) (colleague|colleagues|deputy|representative|assistant)',
    "(i'll|i will|i am|i'm|we'll|we will|we are|we're) (send|sending|be sending|delegating|delegate) (a colleague|my colleague|our colleague|my deputy|a deputy|someone|a representative|a substitute|my assistant|one of (my|our) colleagues)",
    'delegated (this|it) to',
    // The office sending someone by title after the head's refusal: "the Mayor cannot attend; we will send Mr. Ákos Tóth … instead" (h110_066).
    "(i'll|i will|we'll|we will|we are|we're|we shall) (send|sending|be sending|delegate|delegating) (mr|mrs|ms|dr|prof|professor|mister|madam)",
    // "I will ask one of my colleagues from the innovation office to connect": who is not said yet.
    "(i'll|i will|we'll|we will|i'm going to|we're going to) ask (a colleague|my colleague|our colleague|one of (my|our) colleagues|someone|somebody|my deputy|a deputy|my team|our team) ... to (attend|come|join|connect|participate|go|be there|dial in|replace)",
    // "I've asked Bianca from our marketing team to join instead": a stand-in already asked ("I'll ask" is only a plan);
    // "instead" opens a clause of its own, so the request ends its clause.
    "(i've|i have|we've|we have) asked ... ... to (join|attend|come|go|participate|connect|dial in|take part|represent us)$",
    // A stand-in put to the organiser: "could I possibly send a colleague instead?" (h113_042).
    '(could|can|may|might) (i|we) (possibly |perhaps |maybe |also |)(send|delegate) (a colleague|my colleague|our colleague|my deputy|a deputy|someone|somebody|a representative|a substitute|my assistant|one of (my|our) colleagues) (instead|in my place|in our place)',
    // "instead" opens a clause of its own: the request then ends its clause.
    '(could|can|may|might) (i|we) (possibly |perhaps |maybe |)(send|delegate) (a colleague|my colleague|our colleague|my deputy|a deputy|someone|somebody|a representative|a substitute|my assistant|one of (my|our) colleagues)$',
  ],
  orgYes: [
    // "Our delegation for the Local Learning Lab on 20 January will be: Jan de Vries, Marten Hoekstra and Femke Dijkstra" (h624_094).
    '^(our|the) delegation (for|to|at) ... ... ... (will be|is|consists of)$',
    // "Please register from our side: Ana Ionescu (Director) and Tom Hughes (Project Officer)" (h606_021).
    // Not "please add the following points to the discussion".
    '^(please |kindly |)(register|sign up|put down) (from our side|on our behalf|for our organisation|for our organization)',
    // A list headed for the sender's side: "Attendees from our side: 1. Nikos Papadakis 2. Eleni Georgiou" (h258_074).
    '^(attendees|participants|delegates) (from|on|for) our (side|team|organisation|organization|office|institution|city)$',
    // An organisation confirming in the third person, its count or names after: "Kaunas team confirms. We will be (4) people
    // online: …" (h243_051). Only at the clause's end, so "the team confirms whether …" is no answer.
    '(team|office|department|organisation|organization|company|association|foundation|university|museum|library|cluster|centre|center|council|chamber|school|network|forum) confirms$',
    // Others registered, named after it: "Please register two participants from the Evangelical Lutheran Parish: Pastor
    // Walter Sinn and Ms. Ingrid Bauer. I myself will not attend" (h238_046); "of us" stays the sender's own yes.
    '(please |kindly |)register (#|two|three|four|five|both) (participants|people|persons|attendees) from',
    // "The Mayor's Office of Novi Sad confirms the participation of Mr. Milan Petrović" (h201_004).
    '(office|department|ministry|council|municipality|city hall|university|foundation|association|embassy|consulate|institute|chamber|agency|secretariat) ... (confirms|hereby confirms|is pleased to confirm|would like to confirm) the (participation|attendance|presence) of',
    // A list of names registered by the sender: "Please register the following participants from Continental: 1. … I will not attend personally" (h99_068).
    '(please |kindly |)(register|note down|add|book|sign up|put down) the following (participants|people|persons|colleagues|attendees|representatives|names|members)',
    'confirm(|ing) the (participation|attendance|presence) of',
    // "Please find below the participants from Kaunas City Municipality for the Local Learning Lab:" and a list (h124_035).
    "(please find|here are|below are|we send you|sending you) (below |attached |enclosed |)(the |our |)(participants|attendees|delegates|representatives) (from|of|for)",
    // An assistant for the one invited: "On behalf of Mr Jan de Vries, I hereby confirm his participation" (h124_022).
    "(i |we |)(hereby |herewith |kindly |)(confirm|confirming) (his|her|their) (participation|attendance|presence)",
    "(please find|here is|here's|below is|we send you|sending you) (below |attached |)the (list|names) of (our |the |)(participants|attendees|delegates|representatives|delegation)",
    // "I confirm - as requested, here is the name of our participant: Ms. Kari Berg. I myself will not attend." (h367_072).
    "(please find|here is|here's|below is|we send you|sending you) (below |attached |)the name of (our|the) (participant|attendee|delegate|representative)",
    // "Please find below the name of the person attending on behalf of Rijeka 2020 LLC: Marko Perić".
    "(please find|here is|here's|below is|we send you|sending you) (below |attached |)the (name|names) of the (person|persons|people|colleague|colleagues|representative) (attending|joining|participating|who will attend|who will join|who will participate|who will be attending)",
    // "We would like to register the following participants from the International Relations Office:" and a table of names.
    "(we|i) (would like to|wish to|want to|'d like to|hereby) register the following (participants|attendees|delegates|representatives|colleagues|people|persons|staff)", '(will|shall) be represented (by|at the (meeting|workshop|event|session|lab) by)',

    // The team's party counted: "We'll have four people from our team on the call: Sofia Marin, Radu Enescu…" (h98_086).
    "^(we'll|we will) have # (people|persons|colleagues|participants|attendees|representatives|members) (from (our|my|the) (team|office|department|organisation|organization|company|unit) |)(on the call|at the (meeting|workshop|event|session|lab)|attending|joining)",
  ],
  delegations: ['delegated (this|it) to'],
  handover: [
    // "I'm forwarding this to my partner at the studio; I am abroad until February" (h383_036).
    // Not "I will forward this to my colleague Anke Visser, who will attend on behalf of …" (h267_025): a stand-in announced.
    "(i'm|i am|we're|we are) (forwarding|passing) (this|it|the invitation|your invitation) (on |)to (my|our)",
    // "forwarding this to our programme team, someone will get back to you" (h196_072).
    '(forwarding|forwarded|i forwarded|i have forwarded|i\'ve forwarded|passing|passed) (this|it|the invitation|your invitation|your email|your message) (on |)to (our|my|the) (programme |program |events |project |communication |research |sme |business |policy |culture |cultural |)(team|colleagues|colleague|department|office|director|manager|boss|unit|chair|chairwoman|chairman|president|head)',
    // "Team - anyone keen to join this on the 17th?": the sender asks who goes (a question, yet a hand-over).
    "(anyone|anybody|who is|who's|whoever is|is anyone|is anybody) (else |)(keen|interested|available|free|up for it|wants|fancies|would like) (to |on |in |)(join|go|attend|joining|going|attending|come|coming)",
    'forwarding (this|it|the invitation) to you', '(please|kindly) (attend|go|join) (instead of me|in my place|on my behalf|for me)',
    // "I'm forwarding this to my colleague Marta who handles e-government topics, she'll get back to you directly" (h114_060).
    "(i'm|i am|we're|we are) (now |also |)forwarding (this|it|the invitation|your invitation|the invite|your email|your message) to (my|our) (colleague|colleagues|team|department|office|deputy|assistant)",
    // A registry or an assistant passing the invitation up: the answer is the director's to give.
    "(i|we|i've|we've|i have|we have) (forwarded|passed on|passed|sent|submitted) (it|this|your invitation|the invitation|your invite|the invite) (on |)to (the|our|my) (director|mayor|manager|head|ceo|president|board|management|dean|rector)",
    // "I'll forward this to our events team and get back to you with names": the team answers.
    "(i'll|i will|i've|i have|we'll|we will|we've|we have) (forward|forwarded|pass|passed|circulate|circulated) (this|it|the invitation|your invitation|the invite) (on |)to (our|my|the) ... (team|members|colleagues|network|partners|staff|department)",
    '(could|can|would) you (take|cover|attend|go to|handle) (this|it|this one) (for me|instead|in my place)',
  ],
  othersMaybe: [
    // "Maybe one of my PhD students could join - I'll forward the invitation" (h536_065).
    '(maybe|perhaps) (one of |)(my|our) (phd students|students|colleagues|colleague|team members|team|staff) (could|can|will|might|may) (join|attend|come)',
    // A companion only possible: "Yes, count me in … Possibly also Bogdan from our team" (h398_014), "myself and our
    // marketing lead, plus possibly our intern" (h400_073).
    '^(possibly|maybe|perhaps|probably) also', // Not "and maybe one colleague" after "Tentatively yes for me" (h51_085): there the sender hedges too.
    'plus (possibly|maybe|perhaps|probably) (also |)(our|my|a|one|another|the|a second)',
    // "I will attend; let me check with my team whether anyone else can join and I'll get back to you" (h339_003).
    '(check|see|ask|find out) (with my team |with the team |with my colleagues |with the office |around |internally |)(whether|if) (anyone|someone|somebody|any of my colleagues|any colleague|a colleague|others|more people|more colleagues) (else |)(can|could|will|would|wants to|want to|might|is able to|are able to) (join|come|attend|be there|make it)',
    // "My colleague Ioana will try to join instead": a stand-in who will only try.
    "(she|he|they) (will|'ll|is going to|are going to) try to (attend|come|join|make it|be there|dial in|connect)",
    // "My colleague Rokas Vaitkus will probably join too" (h254_064), "My colleague Dan will probably join too, not sure yet" (h255_059).
    '(my|our) (colleague|coworker|co-worker|deputy|partner|boss|manager|director) ... (will probably|might|may|could|will possibly) (also |)(join|come|attend|connect|dial in|be there)',
    // "Yes, I'll attend, and maybe I bring a friend from my lab, not sure yet" (h250_073).
    "(maybe|perhaps|possibly) (i|we) (bring|will bring|'ll bring|come with) (a|my|one|our)",
    // "I will attend, probably together with my colleague Femke" (h198_058).
    '(probably|maybe|perhaps|possibly) (together |along |)with (my|our) (colleague|colleagues|coworker|partner|wife|husband|boss|manager|deputy|director|assistant)',
    // "Count me in for the 20th. Possibly one more colleague from the cluster, I'll confirm by Wednesday" (h290_035).
    '^(probably|maybe|perhaps|possibly) (also |)(one more|another|a second|an extra|a|one) (colleague|coworker|co-worker|person|participant|guest|partner)',
    // "We'll be there with about 10 Erasmus students, maybe a couple more" (h316_032): the doubt is the group's size.
    '^(probably|maybe|perhaps|possibly) (a couple|a few|one or two|two or three|some) more',
    // "I will check with her whether she can attend" (h195_040): the colleague's answer, to come.
    '(check|checking|ask|asking) (with |)(her|him|them|my colleague|the colleague) (whether|if) (she|he|they) (can|could|will be able to|is able to|are able to) (attend|come|join|make it|participate)',
    // "I'll join you at the City Hall at 10. A colleague might also come along, I'll let you know by Friday" (h127_062).
    '(a|my|one|our) (colleague|coworker|co-worker|partner|intern|assistant) (might|may|could) (also |)(come|join|attend|be there)',
    // The stand-in answers for herself: "I've asked Ana to attend in my place; she will get back to you herself" (h92_004).
    "(she|he|they) (will|'ll|is going to|are going to) (get back to you|confirm|write to you|reply|be in touch|let you know) (herself|himself|themselves|directly|personally|separately)",
    // "I've asked my colleague Francesco Bianchi to attend on our behalf; he'll write to you to confirm" (h112_063).
    "(she'll|he'll|they'll|she will|he will|they will|she is going to|he is going to|they are going to) (write to you|get back to you|contact you|be in touch|email you) (to confirm|to let you know|with (a|the|her|his|their) confirmation)",
    // "I won't be able to join. My colleague Rūta might connect but I can't promise it".
    // "My business partner Vera might join too, I'll let you know" (h155_079).
    '(my|our) (colleague|colleagues|coworker|coworkers|co-worker|deputy|assistant|team member|director|manager|business partner|partner|co-founder|cofounder|associate|wife|husband|spouse) ... (might|may|could|possibly|perhaps) (connect|join|attend|come|participate|be there|dial in|log in|make it)',
  // A stand-in only asked: "I'll ask Luka if he can cover for me, but don't count on it".
  '(ask|asking|check with|see if) ... (if|whether) (he|she|they|someone|somebody|a colleague) (can|could|would) (cover for me|cover for us|stand in|replace me|go instead|attend instead|come instead|come in my place)',
    '(maybe|perhaps|possibly|probably) (also |too |)(my|our) (business |)(colleague|colleagues|coworker|coworkers|partner|wife|husband|boss|manager|deputy|director|assistant|co-founder|cofounder|associate)',
    // "Count me in. I might bring our HR lead as well, will let you know": doubt about a companion.
    // Only "I": "we might bring a student" may be said by a colleague's party after the sender's own no.
    'i (might|may) (also |)(bring|be bringing) (along |)(a|one|my|our|another|some|#|a few|more)',
    // "I'm sure; my colleague probably too": the hedge closing a clause about a companion.
    '(my|our) (colleague|colleagues|coworker|coworkers|partner|wife|husband|boss|manager|deputy|director|assistant) ... (probably|maybe|perhaps|possibly) (too|as well|also|)$',
    // A stand-in only if he manages: "I've asked Tom to join in my place if he can make it".
    '(in my place|instead of me|on my behalf|in our place|instead of us|on our behalf) ... if (he|she|they) (can|can make it|manages|manage|is able to|are able to|has time|have time|is free|are free|is available|are available)',
    '(my|our) (colleague|colleagues|coworker|coworkers|partner|wife|husband|boss|manager|deputy|director|assistant) (might|may|could|hopes to|will try to) (also |)(come|join|attend|be there|make it)',
    // "Our team lead from Bucharest might join too": a word or three between the person and the doubt.
    '(my|our) (colleague|colleagues|coworker|coworkers|partner|boss|manager|deputy|director|assistant|team lead|team leader|head|supervisor|coordinator) ... (might|may|could) (also |)(come|join|attend|be there|make it)',
    "(let you know|confirm|get back to you) (about|regarding|for|if|whether) (he|she|they|(my|our) (colleague|colleagues|coworker|coworkers|partner|wife|husband|boss|manager|deputy|director|assistant|team))",
    // "Not sure yet if I can bring the whole team": doubt about the others, not oneself.
    "(not sure|unsure|don't know|do not know|not certain|not yet sure|no idea) (yet |)(if|whether) (i|we) (can|could|will) (come|attend|bring) (with |)(the whole|the entire|all the|all of the|my|our) (team|colleagues|staff|group)",
    // "Confirming for myself. Not sure yet about my colleague Taras".
    '(not sure|unsure|not certain|not yet sure|undecided) (yet |)(about|regarding|of|for) (my|our) (colleague|colleagues|coworker|coworkers|partner|wife|husband|boss|manager|deputy|director|assistant|team)',
    "(not sure|unsure|don't know|do not know|not certain|not yet sure|no idea) (yet |)(if|whether) (he|she|they|(my|our) (colleague|colleagues|coworker|coworkers|partner|wife|husband|boss|manager|deputy|director|assistant|team)|the others)",
    // "I put my colleague in cc, maybe he can take over": his coming is his to say.
    '(maybe|perhaps|possibly|probably) (he|she|they) (can|could|will|might|would|is able to|are able to) (take over|step in|join|attend|come|go|replace)',
    // A colleague named by the office: "Maybe Paolo from our office can follow the results later, I will forward him your mail" (h71_073).
    '(maybe|perhaps|possibly|probably) ... from (my|our) (office|team|department|unit|organisation|organization|institute|staff) (can|could|might|will|would) (follow|take over|step in|join|attend|come|go|replace|be there)',
  ],
  requestCondition: [
    'if you (can|could|would|are able to|send|share|provide|let|confirm|give)',
  ],
  otherOccasion: [
    // A press conference is never the workshop (h513_061 in Romanian).
    '(to|for|at) (the|your|our) press (conference|briefing)',
    // A meeting offered for the other date just named: "Our colleague Jan will be in Timișoara in February, perhaps we can meet then" (h389_045).
    '(perhaps|maybe|possibly|hopefully) (we|you and i|i) (can|could|might) (meet|talk|catch up|see each other|connect) (then|at that time|on that occasion|while (he|she|they) (is|are) there)',
    // "We already confirmed our participation at the Leeuwarden partner meeting in February" (h375_063).
    // "I confirm my participation in the transnational meeting in Matera in March" (h423_041): its place between.
    '(at|for|to|in) the ... (partner|partners|project|steering|consortium|transnational|network) (meeting|conference|visit) in ... in (january|february|march|april|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter)',
    '(at|for|to) the ... (partner|partners|project|steering|consortium|transnational|network) (meeting|conference|visit) (in|on) (january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter)',
    // "we are not able to participate unfortunately. Maybe in the next session" (h246_033).
    '^(maybe|perhaps|hopefully) (in|at|for|during|with) the next (session|meeting|edition|event|workshop|one|round|lab)',
    // "For the January 17 workshop count me in. For the in-person session in February I can't commit yet" (h240_072).
    '(for|about|as for) the (in-person|online|next|following|second|other|later|study) (session|workshop|meeting|visit|event) (in|on|next)',
    // "I cannot travel to Timișoara on that date. If there is ever an online session, I would be glad to join" (h133_060).
    "if there (is|'s) ever (an|a|another)",
    // A season alone: "No presentation this time, maybe in the autumn".
    '^(maybe|perhaps|hopefully) (in the|in|this|next) (autumn|fall|spring|summer|winter|year)$',
    // "Not this time. Maybe next session!", "Maybe next LLL.": a hope for a later one declines this one.
    '^(maybe|perhaps|hopefully) next (session|edition|event|workshop|meeting|lab|lll|one|round|year)',
    // "Not this time, sorry! Maybe the next one."
    '^(maybe|perhaps|hopefully) (at |for |)the next (session|edition|event|workshop|meeting|lab|one|round)',
    '(maybe|perhaps|hopefully|see you) (next time|another time|some other time|at the next (one|session|edition|event|workshop|meeting|lab))',
    // "I hope we can meet at the next partner meeting" (h285_039): the project's own next meeting.
    'the next (partner|project|steering|consortium|transnational|network) (meeting|session|event|conference)',
    // An earlier session named by its month: "We could not join the September session, sadly, but on 20 January we'll be there" (h283_018).
    '(the|our|your) (last|previous|earlier|first|september|october|november|december|autumn|fall|spring|summer) (session|meeting|workshop|lab|edition|event)',
    // An earlier occasion: "I think I already registered for that one back then".
    'back then', '(the one|that one) (that was|which was|we|you) (postponed|cancelled|canceled|moved)',
    'next time', 'another time', 'some other time', '(at|for) the next$', "(see|meet|catch) (you|up) (at|on) the next", '(at|for) the next (one|session|edition|event|workshop|meeting|lab)', '(join|attend|come to|catch|make) the next one', 'next year',
    // The next one named by its form: "We are of course happy to join the next online session".
    '(at|for|to|join|attend) the next (online|virtual|in-person|hybrid|live|remote) (one|session|edition|event|workshop|meeting|lab|call)',
    // "We'd be happy to join the next one": the wish is about that one, not this.
    '(happy|glad|love|like|pleased|delighted) to (join|attend|come to|catch|make) the next (one|session|edition|event|workshop|meeting|lab)',
    // A call of its own offered instead: "We would be very happy to join a follow-up call if you organise one".
    '(happy|glad|love|like|pleased|delighted) to (join|have|do|set up|arrange) a (follow-up|follow up|separate|later|short|quick) (call|meeting|chat|catch-up|catch up|session)',
    // Another date offered instead: "I am not able to attend on the 17th, but I could join if you move it to the 18th" (h304_051).
    '(could|can|would|will) (join|attend|come|make it|be there) if (you|they|the organisers|the organizers) (move|moved|reschedule|rescheduled|shift|shifted|change|changed|postpone|postponed) (it|the date|the meeting|the session|the workshop)',
    // "Is this the same meeting as the one in January at City Hall? I already confirmed for that one, I think" (h304_069).
    '(i|we) (have |)(already |)(confirmed|registered|signed up|replied|rsvped) (for|to) (that|the other|the previous|the earlier|the first) (one|meeting|session|event|workshop|lab)',
    // "Sadly we can't travel in January, but we'd be happy to join any online follow-up" (h290_067).
    '(happy|glad|love|like|pleased|delighted) to (join|attend|take part in|be part of) (any|a future|future|a later|later|any future) (online |virtual |remote |)(follow-up|follow up|followup|follow-ups|follow ups|session|sessions|meeting|meetings|edition|round)',
    // Later sessions in general: "if you organise similar events in the future".
    '(future|similar|further|later) (sessions|events|meetings|workshops|editions|labs|occasions)', 'such (sessions|events|meetings|workshops|labs)', 'in the future',
    '(next|upcoming|coming|following|subsequent|other) (sessions|events|meetings|workshops|editions|labs|occasions|ones)',
    // "Please take me off the list for the in-person session, I can't travel. Happy to join online ones." (h371_024).
    '(join|attend|take part in|follow) (the |any |)(online|virtual|remote) (ones|sessions|events|meetings)$',
    '(a|any|one of the) (future|later|next|upcoming) (session|event|meeting|workshop|edition|lab|occasion)',
    // Meeting again in another month: "Looking forward to seeing you all in Kaunas in April!" ("may" left out: a modal).
    '(seeing|see|meet|meeting) you (all |again |)(in|at) ... (january|february|march|april|june|july|august|september|october|november|december|spring|summer|autumn|winter)$',
  ],
  relations: [
    '(my|our) (colleague|colleagues|coworker|coworkers|co-worker|deputy|director|manager|boss|assistant|partner|representative|team member)',
    // "My co-founder Sophie will not be able to make it" (h151_065).
    '(my|our) (co-founder|cofounder|co-founders|cofounders|business partner|associate|wife|husband|spouse)',
    // "My PhD student, Luca Ferri, will also follow the session" (h411_069).
    '(my|our) (phd student|doctoral student|postdoc|intern|trainee)',
  ],
  rankTitles: ['(the|our) (director|director general|deputy director|mayor|deputy mayor|rector|vice-rector|dean|president|chairman|chairwoman|chair|ceo|head of unit|head of department|secretary general)'],
  dateReferences: [
    '(on|on the) #(st|nd|rd|th|)', 'the #(st|nd|rd|th)',
    '(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec) #(st|nd|rd|th|)',
    '#(st|nd|rd|th|) (of |)(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)',
    '(monday|tuesday|wednesday|thursday|friday|saturday|sunday)',
  ],
  withSelf: ['(i|me|we|us|myself) (and|together with|along with|with)', '(and|with|together with|along with) (i|me|myself|us)', '(join|accompany|come with) (me|us)'],
  difficulty: [
    // Of the sender ("it would be hard", "hard for me to"), or of getting there; not "it's hard to say".
    "(it'd|it would|it will|it'll|that would|that will|that'd|it might|it may|it could|would|will|might) be (very |quite |rather |a bit |a little |really |pretty |too |)(hard|difficult|tricky|complicated|challenging|a challenge|a struggle|a stretch)",
    "(it is|it's|that is|that's) (very |quite |rather |a bit |a little |really |pretty |too |)(hard|difficult|tricky|complicated|challenging) (for (me|us)|to (get there|make it|attend|come|join|travel|be there))",
    '(hard|difficult|tricky|complicated) for (me|us) to', "(i'd|i would|i'll|i will|we'd|we would|i|we) (find it|have a) (hard|difficult|tricky|tough)",
    'not (easy|simple) (for (me|us) |)to', "(i'm|i am|we're|we are) (struggling|finding it hard|finding it difficult) to",
  ],
  typoTargets: ['confirm', 'confirmed', 'confirming', 'attend', 'attending', 'attendance', 'participate', 'participating', 'participation'],
  forwardedAnswerPointers: [
    // "Forwarding below the reply from my colleague Vlad" (h453_008).
    "(forwarding|forward|sending|passing on|pasting|copying) (below|) (the|) (reply|answer|response|confirmation) (from|of) (my|our|) (colleague|colleagues|director|boss|manager|head)",
    "(see|find|here is|here's|below is) (below|) (my|our|the|) (colleague's|colleagues'|director's|boss's|manager's|his|her) (reply|answer|response|confirmation)",
    "(colleague's|colleagues'|director's|boss's|manager's) (reply|answer|response|confirmation) (is|) below",
  ],
  inlinePointers: [
    '(my |our |)(answer|answers|reply|replies|response|responses|comments) (are |is |)(below|inline|in red|in blue|in green|in bold|in the text|between the lines)',
    'see (my |our |)(answer|answers|reply|replies|responses|comments) (below|inline|in red|in blue)',
    "(i've|i have|i|we've|we have|we) (answered|replied|responded|commented) (below|inline|in red|in blue|in the text|between the lines)",
  ],
  weakYes: ['^ok$', '^okay$', '^ok (thanks|thank you)$', '^fine$', '^great$', '^sounds good$', '^noted$'],
  counterfactuals: [
    "(i would|i'd|we would|we'd) have (loved|liked|come|attended|joined|been there)",
    // "Nothing would make me happier than to join, but sadly my daughter's wedding is that very day" (h304_062).
    'nothing would make (me|us) (happier|more happy|more glad) than (to|joining|attending|being there)',
  ],
  weakNo: [
    // "I would never want to miss one of your labs... but this time I really have to" (h537_062): regret, not alone an answer
    // ("I missed the last lab, but this time I really must" comes).
    '^(but |)this time i (really |simply |just |)(have to|must|need to)$',
    // The formula of a decline, not an acceptance ("accept" is also Romanian for "I accept"): "Please accept my apologies, I will be on leave";
    // an assistant's "please accept his apologies" too.
    '(please |kindly |)accept (my|our|his|her|their) (sincere |sincerest |deepest |)(apologies|apology|regrets|excuses)',
    'regrets', 'unfortunately', 'sorry', "(i'm|i am) afraid", 'regret', 'sadly', 'alas',
    "(i would|i'd|we would|we'd) have (loved|liked)", 'wish (i|we) could',
    "(i would|i'd|we would|we'd) have (loved|liked) to (attend|come|join|participate|be there)",
    // "Nothing would make me happier than to join, but sadly …" (h304_062): the wish before the "but" says the sender can't.
    'nothing would make (me|us) (happier|more happy|more glad) than (to|joining|attending|being there)',
    // A hope given up: "I was really hoping to attend and even present our project, but …".
    '(i|we) (was|were|had been) (really |so |very much |truly |)hoping to (attend|come|join|participate|be there|make it|present)',
    '(wish|wished) (i|we) could (attend|come|join|participate|be there|make it)',
    // Good wishes for an event one will not be at: "we wish you a fruitful session".
    '(i |we |)wish you (a |all a |)(fruitful|successful|productive|good|great|nice|pleasant) (session|meeting|event|workshop|discussion|lab|day)',
    '(good luck|all the best|best of luck) (with|for) the (session|meeting|event|workshop|discussion|lab)',
  ],
  excuses: [
    // "as on the 17th we are travelling" (h585_051).
    "(we are|we're|i am|i'm|we will be|i will be|we'll be|i'll be) travelling$",
    // "We would love to, but our whole team is at a trade fair in Stockholm that week" (h555_031).
    "(team|we|i|everyone|all of us) (is|are|am|will be|'ll be|'re|'m) (all |)at (a|the) (trade fair|fair|conference|congress|festival|summit|expo)",
    // "I'm at a Basilicata region board meeting the whole morning of the 17th" (h537_062).
    "(i'm|i am|i'll be|i will be) at (a|an|the) ... (board meeting|committee meeting|conference|congress) (the whole|all) (morning|day)",
    // "I'm sorry, I am teaching on Monday morning" (h536_065).
    "(i'm|i am|i will be|i'll be) teaching (on|that|all|the whole|in the|a class)",
    // "I'd say yes in a heartbeat, but I'm in Berlin until the end of January" (h507_017).
    "(i'm|i am|we're|we are) (in|away in|abroad in) ... until the end of",
    // "on Wednesday morning I am teaching and cannot reschedule" (h495_002); beside a yes it is a constraint ("I'm in, though …").
    "(i am|i'm) teaching (and|that|then|at that time|at the same time|all day|all morning|the whole)", "(cannot|can't|can not) reschedule",
    // "For the workshop on Monday I'm sorry, I fly back at 9am" (h489_069).
    "^(i|we) (fly|am flying|'m flying|are flying|'re flying) (back|out|home|to)",
    // "Would love to, but on Wednesday morning we have our board meeting in Matera" (h483_017).
    '^(on |)(monday|wednesday|that day) (morning |afternoon |)(i|we) (have|already have|have got) (a|an|our|my|the) ... (meeting|conference|board|commitment|engagement|event|workshop|session|trip|class|classes|lecture|exam|hearing)',
    // "I'm not in Timișoara that week, sorry." (h476_062).
    "(i'm|i am|i'll be|i will be|we're|we are|we'll be|we will be) not (in|around in|back in) (timisoara|town|the city|romania|the country) (that|this|next) (week|day|month|monday|tuesday|wednesday|thursday|friday)",
    // "I have to stay in Matera for the closing event the same day".
    "(i|we) (have to|must|need to|will have to|'ll have to) stay in",
    // "Jan 20 morning I'm pitching to a client in Cluj and can't move it": the clash is fixed.
    "(can't|cannot|can not|couldn't|could not|unable to) (move|reschedule|postpone|shift) (it|that|this)$",
    // Partners abroad: "nobody from the team can leave the city now" (h71_058), "I cannot travel in January" (h71_073).
    '(none of us|neither of us|nobody|no one) (can|could|will be able to|is able to|are able to) (leave|get away from) (the city|town|the office|the country|here)',
    '(none of us|neither of us|nobody|no one) from ... (can|could|will be able to|is able to|are able to) (leave|get away from) (the city|town|the office|the country|here)',
    "(i|we) (can't|cannot|can not|won't be able to|will not be able to|am not able to|are not able to|am unable to|are unable to) travel (in|during|this|that|next) (january|february|march|april|may|june|july|august|september|october|november|december|month|week)",
  // "That Wednesday I'm teaching back-to-back … there's really no way to swap the seminar".
  'no way to (swap|move|reschedule|shift|cancel|skip|get out of)', "(i'm|i am|i'll be|i will be) teaching (back-to-back|back to back|all day|that day|that morning|then|at that time)",
    // Elsewhere at that time: "I'm in Brussels that week" (the event's own city is masked in `neutral`).
    "(i'm|i am|i'll be|i will be|we're|we are|we'll be|we will be) (away |abroad |)in * (that|the same|all that|the whole) (week|day|morning|afternoon|month)",
    // The sender's whole team: "Sadly our whole team is in Brussels that week for a youth event prep".
    "(our|the) (whole|entire) (team|office|staff|department|organisation|organization) (is|'s|will be) (away |abroad |)in * (that|the same|all that|the whole) (week|day|morning|afternoon|month)",
    // At another event: "I'm at a fair in Vienna", "we'll be in Ghent for a conference".
    "(i'm|i am|i'll be|i will be|we're|we are|we'll be|we will be) (at|in) * (at|for) (a|an|the) (fair|trade fair|conference|congress|festival|exhibition|seminar|summit|symposium|training)",
    // "Sorry, I am at a conference in Vienna that week. Maybe next time!" (h171_045): another event, indefinite ("the conference" may be ours).
    "(i'm|i am|i'll be|i will be|we're|we are|we'll be|we will be) (at|attending) (a|an) (fair|trade fair|conference|congress|festival|exhibition|seminar|summit|symposium|training)",
    'another (commitment|engagement|meeting|event|appointment)',
    '(prior|previous|other|conflicting) (commitment|engagement|appointment)', 'scheduling conflict', 'clash(|es|ed|ing)', 'double-booked', 'coincides with',
    '(have|got) (a|another) (scheduling |)(conflict|clash)',
    'out of (town|the country|office)', "(i'm|i am|i'll be|i will be) (away|traveling|travelling|abroad|on leave|on holiday|on vacation|ill|sick)",
    // Held elsewhere for the whole time: "I'm stuck in Tartu for the budget session that week".
    "(i'm|i am|i'll be|i will be|we're|we are|we'll be|we will be) stuck (in|at|abroad|away)",
    "(that|this|the whole) (week|day|morning|month) (i'm|i am|i'll be|i will be|we're|we are|we'll be|we will be) (in|at|away|abroad)",
    'on (annual|sick|parental|maternity|paternity|study|medical) leave',
    // A duty at that very time: "I'm teaching that morning".
    '(teaching|lecturing|examining|invigilating|on duty|on call|in class|in court) (that|this|all|the whole) (day|morning|afternoon|evening|week)',
    // Busy with something else right then: "we are in the middle of closing the reports".
    "(i'm|i am|we're|we are) in the middle of", 'at the same time (i|we) (have|will be|are)', "(i|we) (have|'ve got|have got) ... scheduled at the same time",
    "(my|our) (schedule|calendar|diary|agenda) (is|'s|will be) (rather |quite |very |really |pretty |completely |already |)(full|packed|booked)",
    'already (booked|committed|scheduled)', 'fully booked', "(i'm|i am) (busy|booked)", 'personal reasons', 'family reasons', 'health reasons',
    // Regret, then something of one's own at that time: "sadly we have our spring book fair that week".
    "(sadly|unfortunately|regrettably|alas) (i have|we have|i've got|we've got|i have got|we have got) (our|my|a|an|another|the) ... (that|the same|on that) (week|day|morning|afternoon|date|weekend)",
    // The same after a wish and its "but": "I would love to come, but I have a board meeting that morning".
    "^(i have|we have|i've got|we've got|i have got|we have got) (our|my|a|an|another|the) ... (that|the same|on that) (week|day|morning|afternoon|date|weekend|time)$",
    // News of such a duty: "but we've just been told we have an accreditation visit that morning" (h104_069).
    "(been told|learned|learnt|found out|been informed|been notified|heard) (that |)(i|we) (have|'ve got|have got|will have) (our|my|a|an|another|the) ... (that|the same|on that) (week|day|morning|afternoon|date|weekend|time)$",
    // A duty without the cover it would need: "I am teaching on Tuesday morning and could not find anyone to cover for me".
    "(could not|couldn't|can't|cannot|didn't|did not|haven't|have not) (find|found) (anyone|anybody|someone|somebody|a colleague|a replacement|a substitute|cover) (to (cover|replace|stand in|fill in)|)",
    // Travelling at that very time: "so sorry, I'll be on a plane that morning".
    "(i'll|i will|i'm|i am|we'll|we will|we're|we are) (be |)(on a plane|on a flight|in the air|flying) (that|on that|all that|the whole) (morning|day|afternoon|week)",
  ],
  neutral: [
    // A doubt about asking, not about coming: "We do not plan to present anything; maybe just one question at the end" (h624_048).
    '(maybe|perhaps|possibly) (just |only |)(one|a|a short|a quick|one short|one quick) (question|comment|remark)',
    // "Not sure if you remember me, we met at the September lab": whether one is remembered.
    "(not sure|i'm not sure|i am not sure|i don't know|i do not know|don't know) (if|whether) you (still |)remember",
    // "I'm not sure the invitation was meant for us too" (h581_024): whether they are invited, not whether they come.
    "(not sure|unsure|wondering) (if |whether |)(the |this |your |)invitation (was|is) (meant|intended|addressed) (for|to)",
    // "Our comments on the action plan will come by email by Friday" (h579_035): the comments come, not the sender.
    '(comments|feedback|input|remarks|observations|contribution|contributions|suggestions|notes|proposals|answers) (will come|will follow)',
    '(comments|feedback|input|remarks|observations|contribution|contributions|suggestions|notes|proposals|answers) (on|about|regarding|to|for) ... (will come|will follow)',
    // Something sent, not someone coming: "it will be only written comments from our side".
    "(it will be |it'll be |that will be |)(only|just) (written comments|comments|a short written note|a written note|a note|input|feedback|slides|our comments|some comments) from (us|our side|our team|our department)",
    // A yes to something sent, not to coming: "Yes to the minutes, please" (h531_047).
    '^yes (to|for) the (minutes|recording|newsletter|slides|summary|report|materials|mailing list|survey|photos)',
    // A hedge on one's reading, not a condition: "If I understand correctly this is on 20 January in Timisoara?" (h531_023).
    "if i (understand|understood|read|get|got) (it |this |that |you |)(correctly|right|well)",
    // "I regret that I did not reply earlier" (h519_055): the regret is for the late reply.
    "(i|we) regret (that |)(i|we) (did not|didn't|have not|haven't|could not|couldn't) (reply|replied|answer|answered|respond|responded|write|written)",
    // "I'll be listening in rather than commenting this time, as my colleague Pieter will speak for Leeuwarden" (h507_026): the
    // reason the sender listens, said of a colleague not in the party.
    '(as|since|because) my colleague ... will (speak|present|take the floor|comment)',
    // "I will make a short intervention …, the others attend as observers" (h492_028): the rest of the party listens.
    'the (others|rest|rest of us|rest of the team) (will |)(attend|join|come|be there|take part) (only |just |)as (observers|listeners|an audience)',
    // "I might also have a couple of comments but I don't need a speaking slot" (h492_027): doubt about comments.
    '(i|we) might (also |)have (a|some|a couple of|a few|two|one or two) (comment|comments|question|questions|remark|remarks|thoughts)',
    // "Yes to the dinner on Sunday evening, thank you! For the workshop on Monday I'm sorry" (h489_069).
    '(yes|no|count me in|count us in) (to|for) the (dinner|reception|lunch|cocktail|drinks|party|visit|tour)',
    // "I am not sure whether this is a follow-up or a new workshop" (h490_020): about what the meeting is.
    'not sure (whether|if) this is (a|the)',
    // "let me know if I can comment in writing on the action plan" (h463_012): a condition on comments, not on coming.
    'if (i|we) (can|could|may) (comment|send|submit|contribute|give|share) (in writing|written|my comments|our comments|comments|feedback|input)',
    // "Yes to the recording, no problem on our side" (h453_017): consent to the recording, not attendance.
    '(yes|no) to (the |being |)(recording|recordings|filming|photos|photographs|pictures|livestream|live stream|streaming|video)',
    // "Yes to the survey - I filled it in this morning" (h477_043).
    '(yes|no) to the (survey|questionnaire|feedback form|form|poll|newsletter|mailing list)',
    // "none of us can travel … We'll be with you in spirit" (h427_041): a wish, no coming.
    "(i'll|i will|we'll|we will|i am|i'm|we are|we're) (be |)with you (all |)in (spirit|thought|thoughts)",
    // A companion only possible, and their name to follow: "Yes, I will come on Monday the 20th. Probably with one intern, I will
    // confirm her name later." (h412_039): the doubt is the intern's, not the sender's.
    '^(probably|possibly|maybe|perhaps) (also |)(with|plus|and) (one|an|a|#|my|our) (intern|interns|colleague|colleagues|coworker|assistant|student|students|trainee)',
    "(i'll|i will|we'll|we will) (confirm|send|let you know|share) (her|his|their|the) (name|names|details) (later|separately|soon|tomorrow|in due course)",
    // "No worries if I can't speak, I'll just be there to listen" (h405_022): the slot, not coming.
    "no worries if (i|we) (can't|cannot|don't get to) (speak|present|talk|get a slot|have a slot)",
    // A reason naming an earlier lab: "We will just listen and take notes, as we presented at the previous lab" (h402_016).
    '(as|since|because) (we|i) (presented|spoke|talked|had a slot|already presented) (at|in|during) the (previous|last|earlier) (lab|session|workshop|meeting|one)',
    // Interest in the plan, not coming: "Yes, of course I would love to hear about the Timisoara plan – please send me the
    // recording afterwards, as Wednesday I am travelling" (h399_058).
    "of course (i'd|i would|we'd|we would) (love|like|be happy) to (hear|read|learn|know) (about|more about|how)",
    // Joining late is a note, not a doubt: "I might join a bit later than 11 though" (h391_048).
    '(i|we) (might|may|could) (join|connect|dial in|log in|come|arrive) (a bit |a little |slightly |)later',
    // How much one follows, not whether one comes: "I will probably follow most of it with the help of a colleague" (h353_024).
    'probably (follow|understand|catch) (most|much|part|parts) of (it|the discussion|the session|the meeting)',
    // Whether the sender answered before, not whether they come: "Not sure I replied already, but yes, attending" (h346_049).
    "(not sure|unsure|i'm not sure|i am not sure|i don't know|i do not know|i can't remember|i don't remember) (if |whether |)(i |we |)(have |)(already |)(replied|answered|responded|confirmed|written back|wrote back)",
    // The recording, not the meeting: "If so, maybe I'll watch it later".
    "(maybe|perhaps|probably) (i'll |i will |i can |i could |we'll |we will |we can |)(watch|view|listen to) (it |the recording |the video |)(later|afterwards|after)",
    // What the rest of the party does: "Our director would like to present … The other two will only listen" (h340_067).
    "^(the other|the others|the rest|the remaining|the other ones) (two |three |# |of us |of the team |)(will|would|'ll|are going to) (only |just |mostly |)(listen|observe|follow)",
    // An apology for writing again, not a refusal: "Sorry for the second mail: my colleague Petra will also join".
    '^(sorry|apologies) (for|about) (the |another |a second |)(second |extra |follow-up |additional |)(mail|email|message|follow-up)',
    // A time hedged, not the coming: "yes I'll join but I'll be late, maybe 11:30 - I teach a class until 11:15" (h304_070).
    '^(maybe|perhaps|probably|possibly) (around |about |by |at |closer to |)#:#$', '^(maybe|perhaps|probably|possibly) (around |about |by |at |closer to |)#:# (am|pm|or so|or later)$',
    // A doubt about what one can offer, not about coming: "Not sure I can add much to the discussion, but I'll join" (h289_026).
    '(not sure|unsure) (if |whether |)(i|we) (can|could|will|would) (add|contribute|bring|offer) (much|a lot|anything|something|more)',
    // "Definitely interested, but I'm waiting to hear back about another meeting" (h281_052): interest, not an answer.
    '^(definitely|absolutely|certainly|very|really|most|sure) interested',
    // Who, not whether: "I'll forward this to our student association, I'm not sure yet who from us can attend" (h250_059).
    '(not sure|unsure|don\'t know|do not know) (yet |)who (from us|of us|from our (team|side|association|office|group)) (can|will|could|would) (attend|come|join|go)',
    // Whether the invitation fits the sender: "I'm not sure if this is for me - is it only for cultural organisations?" (h247_054).
    '(not sure|unsure) (if|whether) (this|it) is (for me|for us|meant for me|meant for us|relevant for me|relevant for us|for my|for our)',
    // The clock doubted: "I am not sure whether 11:00 is Romanian time" (h244_066).
    '(not sure|unsure|not certain) (whether|if) ... (romanian|local|cet|eet|cest|eest|our|your|bucharest) time',
    // Someone else's answer to come: "I've forwarded this to our youth coordinator, Ms. Kinga Pál, who will get back to you" (h238_069).
    "(who|she|he|they) (will|'ll|is going to) (get back to you|reply|answer|respond|confirm|let you know|be in touch|contact you)",
    // Only possible if there is a way in: "is there an online option …? I could only join remotely" (h222_072).
    '(i|we) could only (join|attend|participate|connect|take part) (remotely|online|virtually|via zoom|on zoom)',
    // A stand-in named before and no longer coming: "my colleague Petra, whom I had named to attend in my place, has fallen ill" (h222_076).
    '(whom|who) (i|we) had (named|asked|sent|delegated|nominated) to (attend|come|join|go|participate) in (my|our) place',
    // Not the whole of it, a part said next: "I'm not able to attend the full workshop, only the first hour" (h213_060).
    "(not able to|unable to|can't|cannot|won't be able to|will not be able to) (attend|stay for|be there for|join|make) the (full|whole|entire) (workshop|event|session|meeting|day|time|programme|program)",
    // A doubt about how one joins, not whether: "we'll probably connect from two laptops".
    '(probably|maybe|perhaps|possibly) (connect|join|dial in|log in) (from|with|via) (# |two |one |a |our |my |separate |different |)(laptop*|phone*|computer*|device*|tablet*|room*|office*)',
    // Who comes, not whether: "Depending on agenda we decide who from our team joins" (h208_062).
    '(depending on|based on|according to) ... (we|i) (will |can |shall |)(decide|choose|see|determine) who',
    // Whom to send it to: "I am not sure who should receive this in our organisation" (h198_070).
    '(not sure|unsure) who (should|to|will|would|is supposed to) (receive|get|answer|handle|attend)',
    // The length of a talk doubted: "… present how we piloted the vouchers, maybe 5-10 minutes if there is room" (h191_004).
    // With its condition of room: "I will connect maybe 15 minutes later" stays a doubt (set 83).
    '(maybe|perhaps|probably|approximately|about) (#-#|# to #|# or #|#) (minutes|mins|min) (if|depending)',
    // "I am not sure I am the right person for this — I left the cultural centre" (h191_039): whom to ask, not whether to come.
    "(not sure|unsure) (if |whether |that |)(i am|i'm) the right (person|contact|one)",
    // A part doubted, the rest answered: "Not sure about staying for the conclusions, but I'm in for the workshop" (h190_044).
    // The clock, not the coming: "What time is 11:00 in CET? I am not sure about the time difference" (h227_062).
    '(not sure|unsure|not certain|confused) (about|of) the (time difference|time zone|timezone|time conversion|local time)',
    '(not sure|unsure|not certain) (about|if i can stay for|whether i can stay for) (staying|the walk|the lunch|the tour|the dinner|the reception|the second part|the end|the last part|the conclusions|the networking)',
    // An apology in advance for the line: "If I drop out, sorry in advance" (h183_037).
    'if (i|we) (drop out|drop off|lose (the |my |our |)connection|get disconnected|disconnect|get cut off|lose signal)',
    // Whether a mail arrived, not whether the sender does: "I already answered, not sure it reached you".
    "(not sure|don't know|do not know|unsure) (if|whether) (it|my (reply|answer|email|e-mail|mail|message)|the (reply|answer|email|e-mail|mail|message)) (reached you|arrived|got through|came through|was received)",
    // An earlier doubt reported before the answer: "I wrote earlier that I'm not sure, but I can now confirm I will be there" (h136_069).
    "(i|we) (wrote|said|told you|mentioned) (earlier |before |previously |last week |)that (i'm|i am|we're|we are|i was|we were) not (sure|certain)",
    // Asking leave to bring someone: "I'd also like to ask whether I can come with our intern".
    "(ask|asking|wondering) (you |)(also |)(if|whether) (i|we) (can|could|may|might) (also |)(come|attend|join) (together |along |)with",
    // No one to stand in: "Unfortunately my colleague can't replace me either" (h120_062) — no substitute.
    "(can't|cannot|can not|couldn't|could not|won't|will not|isn't able to|is not able to|is unable to|aren't able to|are unable to) (replace|substitute for|stand in for|cover for|take the place of) (me|us)( either|)",
    "(can't|cannot|can not|couldn't|could not|won't|will not|isn't able to|is not able to|is unable to) (go|come|attend|join) (instead|in my place|in our place)( either|)",
    // Doubt about the topic's fit, not about coming: "We are a manufacturing company, so I am not sure this is relevant for us" (h101_023).
    "not sure (if |whether |that |)(this|it|the (meeting|event|workshop|topic|lab)) (is|would be|will be) (relevant|of interest|a (good |)fit|useful) (for|to) (us|me|our)",
    // Doubt whether one's organisation fits the sector: "I am not sure our company belongs to the 'cultural and creative sector'" (h112_034).
    "not sure (if |whether |that |)(our|my) (company|organisation|organization|studio|school|association|institution|business|team|work) (belongs|belong|fits|fit|qualifies|counts|is eligible|would qualify|would count|is relevant)",
    // Doubt about having read the invitation right: "I'm not sure I understood the date and the format correctly" (h111_040).
    "not sure (if |whether |that |)(i|we) (have |)(understood|understand|got|read) (it|the|this|that|everything|correctly|right)",
    // Reading before deciding: "I'd like to read it before I decide whether it makes sense to participate".
    "before (i|we) (decide|make up (my|our) mind|commit) (whether|if) (it makes sense to |)(i |we |)(should |can |)(attend|come|join|participate)",
    // How long a talk would be, not whether one comes: "happy to say a few words … – maybe 5 minutes, no more" (h112_007).
    "(maybe|perhaps|probably) (just |only |about |around |up to |)(#|a few|a couple of) (minutes|minute|mins|min)$",
    // Something of the event one might reuse: "The format … is something we might copy for our own session!" (h112_049).
    "(we|i) (might|may|could) (copy|borrow|adopt|replicate|reuse|re-use|try out) (it|this|that|the format|the idea|for our)",
    // Doubt about an optional extra, not the coming: "I'll attend. Not sure about the walk yet".
    "not (yet |)(sure|certain) (yet |)about the (walk|guided walk|tour|guided tour|visit|excursion|dinner|lunch|reception)",
    "^(as for|as to|regarding|about) the (walk|guided walk|tour|guided tour|visit|excursion|dinner|lunch|reception) ... not (yet |)(sure|certain)",
    // Told on the spot presumes being there: "I'll let you know on the spot".
    "(i'll|i will|we'll|we will) (let you know|tell you|confirm) (that |it |)(on the spot|when (i'm|i am|we're|we are) there)",
    // A guess about the reader, not a hedge: "hopefully my out-of-office didn't confuse things", "you probably got my auto-reply".
    "(hopefully|probably|perhaps) (my|the) (out-of-office|out of office|ooo|auto-reply|autoreply|automatic reply|auto reply)", "(you|you've) (probably|may have|might have) (got|received|seen)",
    // The comments round refused, not the event: "We will not take part in the comments round, we will only observe" (h86_065).
    'take part in the (comments|comment|discussion|debate|questions|q&a|stakeholder) (round|part|session|segment|)',
    // Returning to work, not coming to the event: "I will come back on 11 January" (an out-of-office's words).
    "(i'll|i will|we'll|we will) (come|be coming) back (on|in|to (the|my|our) (office|desk|work)|to work|after|from|by|before)",
    // Late by an amount of time, not a party: "We will be 5 minutes late" (the party total "we will be #").
    "(we'll|we will|we are|we're|i'll|i will|i am|i'm) (only |just |probably |)be # (minutes|minute|min|mins|hours|hour) (late|early|later|earlier|behind)",
    // "Marko from our team can't make it this time, but I'll join": a colleague's refusal, not the sender's.
    "from (our|my) (team|office|department|unit|organisation|organization|institute|agency|foundation|association|company) (can't|cannot|won't|will not|isn't able to|is not able to|is unable to) (make it|attend|join|come|be there|participate)",
    // "(10:00 our time, if I did the maths correctly)": the writer's doubt about a fact, no condition.
    'if (i|we) (did|got|have done|have got) (the|my|our) (maths|math|calculation|calculations|conversion|sums) (right|correctly)', 'if (i|we) (remember|recall|understood|read) (it |that |this |)(correctly|right|well)',
    // The reason for a refusal, another event: "as our team will be attending the annual assembly in Vienna".
    '(will be|are|is|am|be) attending (the|an|a|our) (annual|general|international|national|european|regional|other|another) (assembly|conference|congress|fair|summit|forum|meeting|festival|expo|convention)',
    // Who comes still to be decided: "before we decide who will attend from our side".
    '(who|which of us|how many of us) (will attend|attends|will come|comes|will join|joins|will go|goes|will participate|participates|will be attending) (from our side|on our behalf|for us|from our (team|office|company|organisation|organization)|)',
    // "I don't doubt I can make it": the negator belongs to the doubt.
    "(don't|do not|never) doubt",
    // Doubt about writing later, not coming: "I am glad to listen and maybe send comments by email later" (h71_048).
    "(maybe|perhaps|possibly) (i'll |i will |i can |i could |we'll |we will |we can |)(also |)(send|share|forward|email|write) (you |)(some |a few |my |our |any |written |)(comments|feedback|remarks|thoughts|notes|suggestions|input)",
    'count (us|me) (both|all) out',
    // A decision waiting on the organiser's answer: "Depending on that I'll decide whether it makes sense for me to join".
    // Not "Depending on that I can join" (h404_032): there the answer waits on the organiser's.
    "^depending on (that|this|your answer|the answer) (i'll|i will|i would|i'd|we'll|we will|we would|i shall|i can|we can) (decide|see|know|confirm|tell you|let you know)",
    // Cut off by its comma (h180_092: "Depending on that, I would decide whether it makes sense").
    '^depending on (that|this|your answer|the answer)$',
    // The topic, not coming: "of course I can answer questions on our voucher scheme if it comes up".
    '(if|when|in case|should) (it|this|that|the (topic|subject|question|issue)) (comes|come) up',
    // "I'm going to have to bow out": "going to" is the future, not going there.
    "(i'm|i am|we're|we are) going to (have to|need to|see|check|let|ask|send)",
    // An earlier doubt retold before the new answer: "I wrote that I wasn't sure yet: it's sorted, I'll come".
    "(i|we) (told you|wrote|said|mentioned) (that |)(i|we) (wasn't|was not|weren't|were not) sure",
    // Nobody stands in: "no one else will attend in her place", "Tomas cannot come in her place either".
    '(nobody|no one|noone|none of (us|them)|no colleague|no replacement) ... (in (his|her|their|my|our) place|instead of (him|her|them|me|us))',
    "(can't|cannot|can not|won't|will not|not be able to|unable to|couldn't|could not) (attend|come|participate|join|go|be there|take part) (in (his|her|their) place|instead of (him|her|them))",
    // "If yes please send me the link": the "yes" is the organiser's, to a question asked.
    '^if (yes|so) (please|kindly)',
    // "If it's in Romanian I am not sure I will understand much": doubt about following, not coming.
    "(not sure|unsure|not certain) (if |whether |that |)(i|we) (will|would|'ll|can|could) (understand|follow) (much|anything|everything|it|the|all)",
    // An indirect question, not a condition: "please let us know whether partner NGOs can attend too".
    '(let (me|us) know|tell (me|us)|advise|clarify) (if|whether) ... (can|could|may) (also |)(attend|participate|join|come|take part)',
  // Doubt in the past, since settled: "until yesterday I was not sure whether … It is, and I will attend".
  "(i|we) (was|were) not (sure|certain)", "(i|we) (wasn't|weren't) (sure|certain)",
  // ... and an earlier absence: "I was not able to attend the first session in September".
  "(i|we) (was|were) (not |un)able to (attend|come|join|make it|participate)", "(i|we) (wasn't|weren't) able to (attend|come|join|make it|participate)",
    // "My colleague won't be able to come, so it will be just me": another person's refusal, not the sender's.
    "(my|our|the other) (colleague|colleagues|coworker|coworkers|co-worker|deputy|director|manager|boss|assistant|partner|wife|husband|team member|intern|student) (also |too |)(won't|will not|can't|cannot|can not|couldn't|could not|isn't able to|is not able to|is unable to|aren't able to|are not able to|are unable to|will be unable to) (be able to |)(come|attend|join|make it|participate|be there|be present)",
    "(he|she|they) (also |too |)(won't|will not|can't|cannot|can not|couldn't|could not|isn't able to|is not able to|is unable to|aren't able to|are not able to|are unable to|will be unable to) (be able to |)(come|attend|join|make it|participate|be there|be present)",
    // Leaving early for it is a caveat, not a reason to stay away: "I have to leave at 11:30 for another meeting".
    "(have to|need to|must|will have to|'ll have to) leave (at|by|around|before|early|a bit early) ... (for|because of) (another|a|an|my|our) (meeting|appointment|commitment|engagement)",
    // A purpose, not an answer: "it would help so that we can come with concrete comments".
    '(so that|so|in order to|in order that) (we|i|) (can |could |)(come|attend|participate|join) (with|prepared)',
    // In the event's own city that week is no excuse.
    "(i'm|i am|i'll be|i will be|we're|we are|we'll be|we will be) (away |abroad |)in (timisoara|town|the city|romania) (that|the same|all that|the whole) (week|day|morning|afternoon|month)",
    // Watching the recording instead is no attempt to come: "I'll try to watch the recording".
    "(i'll|i will|we'll|we will) (try|attempt) to (watch|catch|see|listen to|follow) the (recording|replay|video)",
    // Doubt about one's language, not about coming: "I'm not sure my Romanian is good enough".
    '(not sure|unsure) (if |whether |that |)(my|our) (romanian|english|language|language skills) (is|are|will be)',
    // "My colleague Rebecca was hoping to come along too but she's got a clash": her hope, not the sender's doubt.
    '(my|our) (colleague|colleagues|coworker|coworkers|partner|wife|husband|boss|manager|deputy|director|assistant) ... (was|were|had been) hoping to (also |)(come|join|attend|be there|make it)',
    // Who the companion will be, not whether: "I and one more colleague (name to be confirmed, it depends on who is free that week)".
    '(name|names|his name|her name|their names|the name|the names) (is |are |)(still |)(to be confirmed|tbc|tbd|to follow|to be announced)', 'depends on (who|which colleague|which of (my|our) colleagues) (is|will be) (free|available) (that week|that day|on the day|then)',
    // A late reply's condition is the organiser's room, not the sender's doubt: "if there is still room, I will come".
    "if (there is|there's|there are) still (room|space|a place|a seat|a spot|places|seats|spots)", "if (it's|it is) not too late", 'if (you|you can) still (accept|take|have room|have space)', 'if still possible', "if (it is|it's) still possible",
    // Weighing whether to come is no attempt to come: "we are trying to decide whether it makes sense".
    '(trying|try) to (decide|figure out|work out|understand|find out|determine|assess|weigh|see whether|see if|judge)',
    // Passing the invitation along is not passing on it: "let me know and I'll pass it on".
    '(pass|passing|forward|forwarding|share|sharing) (it|this|that|them|the (link|invitation|invite|information|info|message|details)) (on|along)', '(pass|passing) (it|this|that|them) to',
    // "Please disregard my earlier message saying I couldn't come": the old answer, retracted.
    '(disregard|ignore) my (earlier|previous|last|first|original) (message|email|e-mail|mail|reply|answer|note) ... (come|attend|make it|join|participate|be there)',
    // Leaving early is a note, not a doubt: "Confirmed, 1 person (me). I might need to leave around 11:30".
    '(i|we) (might|may|could) (need|have) to (leave|step out|head off|go) (early|earlier|around|at|by|before|after|a bit|a little|slightly)',
    // "I'll join on Zoom. I might have to drop off around 12:30 for another call".
    '(i|we) (might|may|could) (need|have) to (drop off|log off|hop off|sign off|jump off|disconnect) (early|earlier|around|at|by|before|after|a bit|a little|slightly)',
    // Arriving late is a note, not a doubt: "Yes, I will attend. I might arrive around 14:15, sorry in advance" (h99_085).
    '(i|we) (might|may|could) (arrive|get there|be there|turn up|show up) (only |)(around|at|about|by|after|a bit late|a little late|slightly late|late|later)',
    // Joining late by an amount is a note too: "Confirming - though I might join 15 minutes late because of another call".
    '(i|we) (might|may|could) (join|connect|dial in|log in) (# (minutes|min|mins)|a (few|couple of) minutes|a bit|a little|slightly) late',
    // A check aside, not a condition: "Same time zone, if I'm not mistaken".
    "if (i'm|i am) not mistaken", 'if i remember (correctly|right)', 'if i understood (correctly|right)',
    // Politeness after a changed answer: "I can join after all … I hope that is still fine".
    "(i |we |)hope (that |)(this|that|it) (is|will be|would be) still (ok|okay|fine|alright|all right|acceptable)",
    // A newcomer's story, no attempt to come: "I have been trying to find my way into the local cultural scene".
    'trying to find (my|our) way',
    // Doubt about a word said, not about coming: "I might say a couple of words at the end", "happy to listen in and maybe add a word"
    // (not "I could say a few words": an offer to speak, read by the details).
    '(i|we) might (also |)(say|add|share) (a|one|a few|a couple of|some|two) (word|words|thoughts|remarks)',
    // "Maybe I'll add a comment at the end, we'll see" (h481_088).
    "(maybe|perhaps|possibly) (also |)(i'll |i will |we'll |we will |)(say|add|share|make) (a|one|a few|a couple of|some|two) (word|words|thoughts|remarks|comment|comments|short comment|quick comment)",
    // Politeness, not doubt: "I hope that is ok", "hope this helps".
    "(i |we |)hope (that |)(this|that|it|that's|it's) (is |will be |would be |)(ok|okay|fine|alright|all right|acceptable|not a problem|no problem|helpful|useful|clear|helps)",
    "(i |we |)hope (that |)(this|that|it) (doesn't|does not|won't|will not) (cause|create|be) (a |any |too much |)(problem|problems|trouble|inconvenience|issue|issues)",
    // An obligation elsewhere ("a board meeting I have to attend") is no answer.
    '(where|which|that) (i|we) (have|need|must|had) to (attend|be at|be present|join)', '(i|we) (have|need|must) to attend (it|that|this)',
    // Whoever wants to speak (an invitation's wording) is nobody in particular.
    '(anyone|anybody|whoever|those|everyone|someone|somebody|participants|people) (who |that |)(wants|wishes|want|wish|would like|plans|intends) to (speak|present|take the floor)',
    // The calendar button named ("I clicked Accept by mistake"): no answer; the words after it are.
    '(clicked|pressed|hit|tapped|selected|chose) (on |)(the |)(accept|accepted|yes|decline|declined|tentative|no) (button |)(by mistake|by accident|accidentally|in error|)',
    '(accepted|declined) (this |it |the invitation |the invite |)(by mistake|by accident|accidentally|in error)', 'accidentally (accepted|declined|clicked)',
    "(whether|if) (i|we|i've|we've) (have |had |)already (confirmed|rsvp'd|rsvped|registered)",
    'no problem', 'no worries', '(please|kindly) confirm', 'confirm your', 'confirm (by|whether|if)', 'no objection', 'not a problem', 'thank(s| you) for the (invitation|invite|kind invitation)',
    // A decision waiting on the organiser's answer: "what time zone is the 11:00 start? Then I can tell you whether I can join" (h132_008).
    "then (i|we) (can|will|'ll|could) (tell|let) you (know |)(whether|if) (i|we) (can|will|could) (join|attend|come|make it|participate)",
    'confirm receipt', 'acknowledge receipt', 'received', 'if possible', 'if (needed|necessary|required)', 'as soon as possible', "don't hesitate",
    '(i|we) (confirm|can confirm|hereby confirm) that', "(i'm|i am) writing to (let you know|inform you|confirm) that",
    'let me know', 'please let (me|us) know',
    "if (that's|that is|it's|it is|this is) (ok|okay|fine|alright|all right|not a problem|no problem)", "if (it|this|that) (doesn't|does not|won't|will not) (cause|create|bother|matter)",
    // The organiser's consent to a caveat: "I can do the morning part only… If that works for you, please add me."
    '^if (that|this|it) (works|suits) (for you|for you all|for everyone|)$',
    // Other people who will or will not come: "members who can't attend live" is nobody's answer here.
    "who (can|can't|cannot|could|couldn't|will|won't|are|aren't|is|isn't|may|might|did|didn't) (not |)(be |)(unable to |able to |)(attend|join|come|make it|participate|be there|be present|attending|joining|coming)",
    // A language, not the speaking slot: "because I don't speak Romanian".
    "(don't|do not|can't|cannot|doesn't|does not|) speak (much |any |)(romanian|english|french|german|italian|spanish|dutch|lithuanian|croatian|the language|the local language)",
    // Embedded questions: "tell me who will attend" answers nothing.
    '(who|how many|which|whoever|anyone who|those who|everyone who|people who) (else |)(will|shall) (attend|participate|join|come|be there|be present|be attending|be joining)', 'not only', 'no later than', 'no matter',
    // Doubt about the formality, not about coming: "Not sure if I still need to confirm, but I'll definitely come".
    "(not sure|unsure|don't know|do not know|no idea) (if|whether) (i|we) (still |even |)(need|have|needed) to (confirm|reply|respond|rsvp|register|sign up)",
    // A doubt about the Zoom link, not about coming: "Maybe is a problem from my side."
    "(maybe|perhaps|probably|possibly) (it is|it's|is|there is|there's|it was|was) (a |an |some |the |)(problem|issue|bug|error|glitch) (from|on|with|at) (my|our) (side|end)",
    // A hope about having understood, not about coming: "I had to use Google Translate, so I hope I got the details right".
    "(i|we) hope (i|we) (got|understood|have understood|read|translated) (it |this |that |everything |the (details|invitation|message|date|time) |)(right|correctly|properly|well)",
    "(not sure|unsure|don't know|do not know) (if|whether) you (still |)(remember|recall) (me|us)",
    // Keeping in touch later, not a hope of coming: "We hope to follow up at the transnational meeting in May".
    '(i|we) (hope|are hoping) to (follow up|catch up|reconnect|stay in touch|keep in touch|continue the (conversation|discussion|exchange|cooperation))',
    // The mode of a yes said elsewhere, as the whole clause: "I'll join, probably online".
    '^(probably|maybe|perhaps|possibly|most likely) (online|remotely|in person|on zoom|via zoom|on teams|via teams)$',
    // The same after the mode: "Yes, I'll come. Online probably".
    '^(online|remotely|in person|on zoom|via zoom|on teams|via teams) (probably|maybe|perhaps|possibly|most likely)$',
    // Someone else's reply to come: "I've forwarded the invitation to my colleague Alina, she … will get back to you herself".
    "(get|getting) back to you (herself|himself|themselves|directly herself|directly himself)", "(she|he|they) (will|'ll) (get|be getting) back to you",
    // The device, not the coming: "I'll join, probably from my phone".
    '(probably|maybe|perhaps|possibly|most likely) (from|on|via) (my |the |a |)(phone|mobile|laptop|tablet)', '(from|on|via) (my |the |a |)(phone|mobile|laptop|tablet) (probably|maybe|perhaps|possibly|most likely)',
    // Reading the minutes afterwards is no stand-in: "I'll ask a colleague to go through the minutes afterwards".
    "(i'll|i will|we'll|we will|i'm going to|we're going to) ask (a colleague|my colleague|our colleague|someone|somebody|my team|our team) ... to (go through|go over|read|review|look at|look through|check|watch) (the |)(minutes|notes|recording|materials|slides|summary|conclusions|outcomes|presentation|presentations)",
    // The earlier answer the mail reverses: "my mail of yesterday, in which I said I couldn't come".
    "(in which|where) (i|we) (said|told you|wrote|mentioned) (that |)(i|we) (couldn't|could not|can't|cannot|wouldn't|would not|won't|will not) (come|attend|make it|join|participate|be there)",
  ],
  speakerYes: [
    // "I'll prepare a short comment on the incubator action" (h563_081); "I'd like to say something about the Leeuwarden small grants
    // scheme" (h564_040); "can present for 5-10 minutes if useful" (h565_028).
    "(i'll|i will|we'll|we will) prepare a (short |brief |)(comment|contribution|intervention|presentation)", "(i'd|i would|we'd|we would) like to say something (about|on)",
    '(i|we) (can|could) present for #',
    // "I'll be there (online) - and I'd like 5 minutes to tell about our Friesland creative hub" (h551_036).
    "(i'd|i would|we'd|we would) like # (minutes|min|mins) to (tell|talk|present|speak|say|share)",
    // "I will comment on action 2" (h543_020); "I'll need maybe 3 minutes to present the Leeuwarden example" (h543_049).
    // "One of us – probably Giulia – would like to comment on action 1" (h558_028).
    '(would like|wishes|wants|want|wish) to (briefly |)comment on (action|actions|the action|the actions|the plan|the action plan) (#|)',
    "(i will|i'll) comment on (action|actions|the action|the actions) #", "(i'll|i will|i would|i'd) need (maybe |about |around |roughly |)# minutes to (present|speak|explain|show|talk)",
    // "I will comment on the mentoring action for 5 minutes if there is still a slot" (h539_085).
    "(i will|i'll) comment on (the|our|action|actions) ... (# minutes|five minutes)",
    // "I still have a short contribution prepared" (h538_049).
    '(i|we) (still |)have a (short |brief |small |)(contribution|presentation|talk|intervention) (prepared|ready)',
    // "If there is time I would like to briefly share how we handled the legacy programme" (h533_064); "Happy to say a word on
    // Rijeka's experience if there is time" (h535_034).
    "(i would|i'd|we would|we'd) like to (briefly |)(share|present|explain) (how|what|our|a few|some)", '(happy|glad) to say a (word|few words) (on|about)',
    // "Happy to give a 5-min take on the maker space idea" (h519_069).
    '(happy|glad) to give (a|an) (#-min|#-minute|# min|# minute|short|quick|brief) (take|talk|intro|overview|pitch|input)',
    // "I will join. … I'm not sure yet whether I'll comment" (h510_067): a doubt about speaking, not about coming.
    "(whether|if) (i'll|i will|i would|i'd|i should|we'll|we will) (comment|say something|say a few words|intervene|take the floor)",
    // "We'll want our 5 minutes for the gaming cluster idea" (h507_069).
    "(we'll|we will|i'll|i will) (want|need|take) (our|my) # minutes",
    // "I'd love to come on Monday and maybe briefly introduce my studio" (h502_047).
    '(briefly |)introduce (my|our) (studio|company|organisation|organization|project|work|programme|program|initiative)',
    // "Will I get the 5 minutes too? I'd like to share the Leeuwarden example if useful" (h495_034).
    "(i'd|i would) (like|love) to share (the|our|my) ... (example|experience|case|story)",
    // "I will make a short intervention on behalf of the cluster" (h492_028).
    "(i will|i'll) make a (short |brief |quick |)(intervention|presentation|statement)",
    // "I have also prepared a short comment for my 5 minutes" (h486_011); "I'd also like a couple of minutes to comment" (h487_022).
    '(i have|i\'ve|we have|we\'ve) (also |)prepared (a|my|our) (short |brief |few |)(comment|comments|remarks|intervention|presentation|slides)',
    "(i'd|i would|we'd|we would) (also |)like (a couple of|a few|two|three|#) minutes to (comment|speak|present|say|share|talk)",
    // "I could also share in 2-3 minutes how Kaunas is piloting a similar action" (h484_018).
    '(i|we) could (also |briefly |)(share|present|explain|tell you) (in|within) #',
    // "I'll do the talking (5 min), the others will just observe" (h480_030).
    "(i'll|i will|i am going to|i'm going to) do the (talking|speaking|presenting)",
    // "I'd love to share one minute of our experience" (h468_074).
    "(i would|i'd|we would|we'd) (like|love|want) to (share|take|have|use) (one|a|two|three|five|#) (minute|minutes)",
    // "We would be happy to briefly share the Kaunas experience … if there is a slot" (h461_063).
    '(happy|glad|pleased) to (briefly |)share (the|our|my) ... (experience|experiences|story|lessons|case)',
    // "I will give a short 5-min intro on the UK creative economy toolkit" (h456_059, a calendar comment).
    "(i will|i'll|we will|we'll) give (a|an|my|our) ... (intro|introduction|talk|presentation|pitch|input|overview)",
    // "Happy to share a 5-minute reflection on the Leeuwarden legacy programme if useful" (h449_023).
    '(happy|glad|pleased) to (share|give|offer|do) (a|my|our) ... (reflection|reflections|input|intervention|talk|pitch)',
    // "will attend on our behalf and present briefly the … programme" (h444_052); "I still do the 5 min" (h445_045).
    '(and|to|will) (present|speak) (briefly|shortly)', '(i|we) (still |)(do|take|have) the # (min|mins|minutes)',
    // "Marko will give a short comment on the SME vouchers, I will just listen" (h441_068).
    '(will|shall) give a (short|brief|quick) (comment|remark|input|statement)',
    // "I will coordinate and speak for all of us" (h438_028).
    '(speak|talk|present) (for|on behalf of) (all of us|us all|the team|our team|everyone|the group|our group)',
    // "I will join, and I may add a short comment about our own SME programme if time allows" (h424_024).
    "(i|we) (may|might|could|will|'ll|would) (also |)add a (short|brief|quick) (comment|remark|word|few words|note|point) (about|on)",
    // "I'll keep my 5 minutes short - I'd like to comment on the mentoring action" (h384_091).
    "(i'll|i will|we'll|we will) keep (my|our) (# minutes|#-minute slot|# minute slot|slot|intervention|remarks) (short|brief)",
    // "I'd like to comment briefly on action 3." (h411_069).
    "(i'd|i would|we'd|we would) (like|love|want) to comment (briefly|shortly) (on|about)",
    // "Yes, I'll be there. Would like to say a few words about our incubator" (h406_024).
    '^(would|i would|i\'d|we would|we\'d) (like|love) to (say|share) (a few|some|a couple of) words',
    // "I would be glad to use the 5 minutes to comment on the cross-sector cooperation action" (h401_062).
    '(use|take) (the|my|our) (#|five) (minutes|min|minute slot) (to|for)',
    // "I would be happy to share in my 5 minutes a few words on the Matera 2019 experience" (h403_011).
    '(in|during|within|with) my (#|five) (minutes|min|minute slot)',
    // "We would be happy to briefly share how Kaunas 2022 works with local SMEs, if there is time" (h398_009).
    "(i'd|i would|we'd|we would|i'm|i am|we're|we are) (be |)(happy|glad|pleased) to (briefly |)share (how|what|our|my)",
    // "I'll keep my contribution within the 5 minutes" (h397_055); "I'd appreciate 5 minutes to mention our programme" (h393_053).
    '(keep|limit) (my|our) (contribution|input|remarks|intervention|presentation) (within|to|under) (the |)(#|five) (minutes|min)',
    "(i'd|i would|we'd|we would) appreciate (#|a few|five) (minutes|min) to",
    // "I'd present the Rijeka 2020 SME voucher scheme if possible" (h378_051).
    "(i'd|i would|we'd|we would) present (the|our|a|my) ... (scheme|programme|program|project|model|platform|initiative|results|experience|case|study|network)",
    // "I can share our experience from Wrocław 2016 — would 5 minutes in the stakeholder comments slot be OK?" (h278_044).
    '(would|could|can) # (minutes|min|mins) ... ... (slot|segment|part) (be ok|be okay|be fine|work|be possible)',
    // "I would be glad to share a short 5-minute comment on the SME actions" (h242_077).
    // "I would be happy to share a few comments on the second action, about 5 minutes" (h288_004).
    "(i would|we would|i'd|we'd) be (glad|happy|pleased) to (share|give|make|offer) (a |some |a few |a couple of |)(short |brief |quick |)(#-minute |# minute |)(comment|comments|remarks|input|reflection|reflections|perspective|thoughts)",
    // "if there is time, share a short comment on the creative hubs action" (h252_004); "I would be glad to share in a few words
    // the experience of Matera" (h253_024).
    "share (a |some |a few |a couple of |)(short |brief |quick |)(comment|comments|remarks|reflection|reflections|input|thoughts) (on|about)", "share in (a few|some|few) words",
    // Non-native: "We would like also to make short presentation of our SME programme" (h246_041); "I would be glad to share some
    // words about Kalamata candidacy" (h246_053).
    "(would like|want|wish|would love) (also |)to (make|do|give|hold) (a |)(short |brief |small |)presentation",
    // "Is a projector available? I'd like to show a short presentation (max 10 min)" (h315_058).
    "(i would|we would|i'd|we'd) like to (show|give|do|hold) (a |our |my |)(short |brief |quick |)(presentation|demo|video|slideshow)",
    // "I would also like to share a short update (max 5 min)" (h327_024); "Also would like to pitch our accelerator call for 3 mins" (h328_017).
    "would (also |)like (also |)to (share|give|present) (a |)(short |brief |quick |)update", "(want|wish) (also |)to (share|give|present) (a |)(short |brief |quick |)update",
    '(would like|want|wish|would love) (also |)to pitch (our|my|the|a)',
    // "I would also like to share briefly (max 5 minutes) the Matera experience" (h343_008); "would be happy to share a short
    // 5-minute input on our legacy programme" (h342_066).
    '(like|love|happy|glad|want|wish|keen) to (share|present) briefly',
    // "would be happy to share a few comments (5 minutes) on the second action" (h347_003).
    'share (a few|some|a couple of|brief|short|my) (comments|remarks|thoughts|reflections|insights|observations) ... (minutes|min|mins)',
    // "I would be happy to share the Kaunas experience with local SMEs in a short 5-minute intervention" (h355_029).
    'in a (short |brief |quick |)(#-minute|# minute|#-min|# min) (intervention|presentation|talk|input|pitch|slot|contribution)',
    // "Would it be possible to show a short video (3 min) about Art Encounters?" (h359_063).
    '(show|play|screen|present) (a |our |my |)(short |brief |quick |)(video|film|clip|demo|slideshow) ... (min|mins|minutes)',
    // "I would like to give a short comment (5 min) on action 1" (h356_028); "I will try to share a few insights on funding
    // lines if useful (5 min max)" (h356_067): the trying is the talk's, not the coming's.
    '(give|make|share|offer) (a |)(short|brief|quick) (comment|remark|reflection|input) ... (min|mins|minutes)',
    "(i will|i'll) try to (share|give|present|say) (a few|some|a couple of|a short|a brief|my) (insights|comments|thoughts|remarks|words|input|update)",
    '(share|give|offer|present|deliver) (a |)(short |brief |quick |)(#-minute|# minute|#-min|# min) (input|update|presentation|intervention|contribution|talk|overview|pitch)',
    // "Happy to pitch our pre-acceleration idea for 5 min" (h338_075).
    '^(happy|glad|keen|eager|ready|willing) to pitch (our|my|the|a|an)',
    // "I'd love to join and could say a few words about our maker space if there is a slot" (h340_058).
    '(i |)could (also |)(say a few words|say some words|share a few words|give a short (talk|presentation|input)|present briefly|briefly present)',
    // "I will prepare a short 5-minute input on audience development" (h306_086).
    "(i|we) (will|'ll|shall|am going to|are going to) prepare (a |some |)(short |brief |quick |)(#-minute |# minute |)(input|intervention|contribution|presentation|talk|pitch)",
    // "I would also like to share a short input (5 minutes) about our experience with creative hubs" (h295_055).
    "(i would|we would|i'd|we'd) (also |)like to (share|give|make|offer|present) (a |some |)(short |brief |quick |)(#-minute |# minute |)(input|intervention|contribution)",
    // "If possible I would like to share a 5-minute reflection on the … legacy programme" (h309_015): a length makes it a slot.
    "(i would|we would|i'd|we'd) (also |)like to (share|give|make|offer|present) (a |)(#-minute|# minute) (reflection|perspective|presentation|talk|comment|overview|update)",
    // Non-native: "I would like also to present shortly our experience with the Rijeka 2020 'Kitchen' programme" (h310_003).
    "(i would|we would|i'd|we'd) like (also |)to (also |)present (shortly|briefly)",
    "(i|we) (would|'d) be (glad|happy|pleased) to (share|say|give) (a few|some|few|a couple of) words",
    // "I will attend and I'd like a slot for comments on action 2" (h240_069).
    "(i'd|i would|we'd|we would) (like|love) (a|the) (short |brief |quick |)(slot|speaking slot|moment|few minutes) (for|to)",
    // "Mr. Baker would appreciate the opportunity to deliver brief opening remarks" (h214_066).
    '(would appreciate|would welcome|would value|would love|would like) (the|an) (opportunity|chance) to (deliver|give|make|offer) (brief |short |a few |some |)(opening |closing |introductory |welcome |)(remarks|words|address|intervention|presentation)',
    // "Is it possible that I say few words about Galway small business network?" (h208_072).
    '(that|if|whether) (i|we) (can |could |may |might |)(say|share) (a |)few words',
    // "If useful, I can share a short (5 min) update on how Leeuwarden is piloting …" (h203_063): a talk offered, its length in brackets.
    '(i|we) (can|could|would be happy to|would be glad to|am happy to|are happy to) (also |briefly |)(share|give|present|offer) (a|one) (short|brief|quick) ... (update|example|presentation|case study|story|overview|pitch|talk)',
    // "Dr. Kiss would like to take the floor for 5 minutes" (h195_003; a named subject is the party's wish).
    "(would like|'d like|would love|wish|wishes|want|wants|plan|plans|intend|intends) to take the floor",
    // "I would welcome the chance to share, in a short 5-minute intervention, …" (h195_057).
    '(would welcome|would appreciate|would value) (the chance|the opportunity|a chance|an opportunity) to (share|present|speak|say a few words|contribute)',
    // "I could also share a few words about Veszprém-Balaton 2023 — maybe 5–10 minutes?" (h196_021).
    '(i|we) (could|can) (also |briefly |)(share|say) (a few|some|a couple of) (words|thoughts)',
    // "We would both like to share a short example (5 minutes) from our Leeuwarden 2018 school programme" (h192_007).
    // Not "I would like to give a short comment on the draft: action 2 is too vague" (a written remark, set 53).
    "(i|we) (would|'d) (both |also |)(like|love) to (briefly |also |)(share|show|present) (a|one) (short|brief|quick) (example|case|case study|presentation|story|pitch)",
    // "we would like to share a short 5-minute example from Novi Sad" (h189_058).
    "(i|we) (would|'d) (like|love) to (briefly |also |)(share|give|show|present) (a|one) (short |brief |quick |)(#-minute|# minute|#-min|# min) (example|case|case study|presentation|comment|input|story|pitch)",
    // "Could I get 5 minutes to pitch the idea of a … fair?" (h187_080).
    '(get|have) # (minutes|min|mins) to (pitch|present|speak|talk|share|say|introduce)',
    // "if there is a slot, I would be happy to share a 5-minute comment" (h182_043).
    "(happy|glad|pleased|delighted|willing|keen) to (also |briefly |)(share|give|offer|make|contribute) (a|one) (#-minute|# minute|#-min) (comment|remark|input|intervention|contribution|presentation|talk)",
    // "We can share our experience with the SME accelerator if it fits the agenda" (h180_061).
    '(we|i) (can|would be happy to|would be glad to|would love to|are happy to|am happy to) (briefly |also |)share (our|my) (experience|experiences|lessons|lessons learned|practice|approach)',
    // "I'd like 5 minutes to comment on action 1" (h176_067).
    "(i'd|i would|we'd|we would) (like|love) (#|a few|a couple of) (minutes|mins|min) to (comment|present|speak|say|talk|share|give|introduce|raise|pitch)",
    // Leave asked in a statement: "would like to ask whether I may give a short presentation (approx. 10 min)" (h173_040).
    '(like to ask|wanted to ask|would ask|ask) (whether|if) (i|we) (may|might|could|can) (give|make|hold|do|deliver) (a|an) (short |brief |quick |)(presentation|talk|intervention|input|pitch)',
    // "I'd actually like to pitch a small idea during the discussion" (not "pitch in", helping); "Would love to pitch our idea in 5 min" (h140_074).
    '^would (actually |also |really |)(like|love) to pitch (a|an|my|our|the)',
    // "I will attend together with our deputy mayor … He would like to address the participants briefly" (h148_066).
    '(would like|would love|wants|wishes|plans|intends|hopes) to address (the participants|the audience|the meeting|the session|the workshop|the room|everyone|the group)',
    // "I would be happy to share, in a few minutes, how the … programme supported small companies" (h152_051): the comma ends the clause.
    "^(i'd|i would|we'd|we would) (also |)be (happy|glad|pleased|delighted) to (briefly |)share$",
    // "… and, if possible, present our action proposal for about 5 minutes" (h153_063).
    '^(and |)(present|show|introduce) (our|my|the|a|an) ... (for|in) (about |around |approximately |roughly |max |)(#|a few|a couple of) (minutes|min|mins)',
    // "Bart would like to share a short example from Leeuwarden 2018" (h155_074).
    '(would like|would love|wants|wishes|plans|intends|hopes|happy|glad|pleased|delighted) to share a (short|brief|quick) (example|case|story|update|experience)',
    // "I would be glad to attend and, if possible, give a short 10-minute presentation on …" (h160_080): the comma ends the clause.
    '^(and |)(give|make|deliver|hold|do) a (short |brief |quick |)(#-minute |# minute |#-min |# min |)(presentation|talk|pitch|intervention|input)',
    // "Yes to the 5-min slot if still available", "Yes please, a 5-minute slot for Anneke" (h159_068, h159_017).
    '^yes (please |)to the (#-minute |# minute |#-min |# min |five-minute |speaking |presentation |)slot', '^(a|one|the) (#-minute|# minute|#-min|# min|five-minute|speaking) slot for',
    // "We would be happy to share briefly how Leeuwarden handled the SME legacy programme" (h162_036).
    '(happy|glad|pleased|delighted|willing|keen) to share (briefly|shortly) (how|what|our|my|the|a few|some)',
    // "If there is time, I could share a 5-minute example from Rijeka 2020" (h161_030).
    '(i|we) (could|can|would|will|\'d|\'ll) (also |)share a (#-minute|# minute|#-min|# min|short|brief|quick) (example|case|story|update|overview)',
    // "If there is a slot I would be glad to give a short comment (5 min)" (h149_039).
    '(glad|happy|pleased|delighted|willing|keen) to (also |)(give|make|offer|share) (a|an) (short|brief|quick) (comment|remark|contribution)',
    // "We'll share a short intro, 5 min max, if possible" (h147_058).
    "(i'll|i will|we'll|we will|i can|we can|i could|we could) (also |)share a (short|brief|quick) (intro|introduction|overview|update|presentation|pitch)",
    // "Giulia would like to present briefly how the school continued" (h141_076).
    // "I would be glad to join online and, if useful, briefly present the … scheme (5 minutes max)" (h145_022).
    '^(and |)(briefly|shortly) (present|introduce|speak about|talk about) (the|our|my|a|an)',
    '(would like|would love|wants|wishes|plans|intends|hopes) to (present|speak) (briefly|shortly)',
    "(i'd|i would|we'd|we would) (actually |also |really |)(like|love|want) to pitch (a|an|my|our|the)",
    // "I'd like to comment — in English — about the idea": commenting aloud, in a language.
    "(i'd|i would|we'd|we would) (also |really |)(like|love|want) to comment (briefly |)(in english|in romanian|aloud|verbally)",
    // "… I'd like to comment — in English — about …": the dash ends the clause on the wish itself.
    "(i'd|i would|we'd|we would) (also |really |)(like|love|want) to comment$",
    // "… we will be only 2 now. I still take the floor for our comments": the slot kept after a change.
    "(i|we) still (take|will take|want to take|plan to take) the floor",
    // An invitation asking for a short case: "I can do a short case on how we moved our library lending".
    '(i|we) (can|could|would|will|\'d|\'ll) (do|present|share|give) a (short |quick |brief |mini |)(case|case study)',
    "(i'd|i would|we'd|we would) (also |really |)(like|love|be happy|be glad) to (also |briefly |)(speak|present|say a few words|share a few words|share (my|our|some) (experience|insights|thoughts)|take the floor|make a (short |brief |)(statement|presentation|intervention|contribution)|give a (short |brief |)(talk|presentation|speech))",
    // Asking for time: "I would appreciate a few minutes on Wednesday to present these points".
    '(#|a few|some) minutes ... to (present|speak|say a few words|talk about|share)', '(will|shall) (shortly|briefly) (present|speak)',
    "(i'll|i will|we'll|we will|i can|i could|i'm happy to|i am happy to|happy to) (speak|present|say a few words|take the floor|give a (short |brief |)(talk|presentation|speech)|make a (short |brief |)(statement|presentation))",
    '(want|wish|plan|intend|hope) to (speak|present|take the floor|say a few words|make a statement|intervene)',
    // Going into one's points in the meeting: "I will elaborate on these during the meeting".
    "(i'll|i will|we'll|we will|and will) (also |)(elaborate|expand|go into detail|explain|walk you through|go through) ... (at|during|in) the (meeting|session|workshop|lab|discussion)",
    // "I'll be attending the session on the 17th and will go into more detail there": there, in the session.
    "(i'll|i will|we'll|we will|and will) (also |)(elaborate|expand|go into more detail|go into further detail|go into detail) (on (this|these|them|it|that|those) |)there$",
    // Preparing something to present, or commenting aloud: "should I prepare a presentation, or are verbal comments enough".
    "(i|we|i'll|we'll|i will|we will|i can|we can|i could|i should|should i|shall i|whether to|whether i should|if i should) prepare (a |some |)(short |brief |)(presentation|slides|talk|intervention)", '(verbal|oral) (comments|remarks|input|contribution|feedback)', 'comment verbally',
    // "I'd like to use one of the 5-minute slots to say a few words".
    '(use|take|have|book|get) (one of the|a|the|one) ... (slot|slots|speaking slot)', 'to say a few words',
    // Someone of the sender's party wants to speak ("Andrea wishes to present our call").
    '(wants|wishes|plans|intends|hopes) to (speak|present|take the floor|say a few words|make a statement|give a (short |brief |)(talk|presentation))',
    // "I would be glad to give a short (5-minute) input on…".
    // Not "share"/"provide": "happy to share a copy of the presentation" is no talk.
    '(glad|happy|pleased|delighted|willing|like|love) to (give|make|offer|deliver) (a|an|my|our|some) ... (input|contribution|intervention|talk|presentation|statement|remarks|pitch|speech)',
    // Commenting aloud in the meeting: "I would like to comment on Action 1 early in the stakeholder round".
    "(i'd|i would|we'd|we would|and would|and i'd|and i would) (also |really |)(like|love|want) to comment ... (in|during|at) the (stakeholder round|round|meeting|session|discussion|workshop|lab)",
    // "I'll attend and would like to present briefly our experience".
    '(and|i|we) would (also |really |)(like|love) to (also |briefly |)(speak|present|say a few words|take the floor)',
    // "I'd like to take the 5 minutes in the stakeholder comments slot to present…".
    "(i'd|i would|we'd|we would) (also |)(like|love|want) to (take|use|have|get|book) (the|a|one of the) (#|#-minute|few) (minutes|minute|min|slot|slots)",
    "(and|i'll|i will|we'll|we will|to) (briefly|shortly) (present|speak)", '(present|speak) (briefly|shortly)$',
    'as a speaker', 'speaking slot', '(and|to) (present|speak) (our|my|the|a|about|on)', '(minutes|time) to (present|speak)',
    '(i|we) will (present|speak)', '(a|my) (short |brief |)(intervention|statement)',
    // Said of the one sent: "My colleague Alin Stan will attend in my place and will give our short statement" (h422_063).
    '(will|shall|is going to|to) (give|make|deliver|read) (our|my|his|her|their) (short |brief |)(statement|intervention|speech|presentation)',
    // "I'm happy to briefly present where we are", "We would be happy to share a few lessons from our ECoC year".
    '(happy|glad|pleased|delighted|willing) to (briefly|shortly|also) (present|speak|say a few words|take the floor)',
    '(happy|glad|pleased|delighted|willing|like|love) to (briefly |also |)share (a few|some|our|my) ... (lessons|experience|experiences|insights|learnings|reflections)',
    // "Happy to give a short reflection at the start", "He would like to hold a short speech".
    '(glad|happy|pleased|delighted|willing|like|love) to (give|make|offer|deliver|hold) (a|an|my|our|some) ... (reflection|reflections|speech|address|keynote)',
    // "Please put me down for one of the 5-minute slots".
    '(put|sign|pencil) (me|us) (down |in |up |)for (one of the|a|the|one) ... (slot|slots)',
    // "I will show the results of the mentoring, max 5 minutes".
    "(i'll|i will|we'll|we will) (briefly |)(show|demonstrate) (you |)(the|our|my) (results|outcomes|findings|lessons|experience|work|pilot|project)",
    // "Would love to grab 5 min in the stakeholder slot", "We'd love a 5-minute slot to show…".
    '(would|would also|would really) (like|love) to (grab|take|use|have|get|book) (the|a|one of the|) (#|#-minute|#-min|a few|few) (minutes|minute|min|slot|slots)',
    "(would|i'd|we'd) (also |really |)(like|love|appreciate) (a|one of the|the) (#-minute|# minute|#-min|# min|short|brief|speaking|presentation|demo) (slot|slots)",
    // "I can give a 5-minute update on our open call", "can we do a quick demo …? max 5 min".
    '(i|we) (can|could) (also |)(give|offer|do|deliver|make) (a|an) (#-minute|# minute|#-min|# min|short|brief|quick) (update|presentation|talk|overview|pitch|demo|intro|introduction|input)',
    '(do|give|run|show) (a|an|our|my) (quick|short|brief|live|small|#-minute|# minute|#-min) (demo|pitch)',
    // "I can do a short 5-min update", "I could also give a short (5 min) reflection": a short offering, its length in between.
    '(i|we) (can|could) (also |)(give|offer|do|deliver|make) (a|an) (short|brief|quick) ... (update|presentation|talk|overview|pitch|demo|intro|introduction|input|reflection|reflections|intervention|statement|remarks|speech|contribution)',
    // Asked as a question: "Would it be possible to give a short input (5-10 min) about the … programme?" (h268_063).
    '(would it be possible|is it possible|would it be ok|is it ok|could i|can i|may i|could we|can we|may we) (to |)(give|make|deliver|hold|do|offer) (a|an) (short|brief|quick) ... (update|presentation|talk|overview|pitch|demo|intro|introduction|input|reflection|intervention|statement|contribution)',
    // "I would welcome the opportunity to give a brief (five-minute) contribution", "I'd be keen to give a short input".
    '(welcome|appreciate|value) (the|an|this) (opportunity|chance|occasion) to (give|make|offer|deliver|hold) (a|an|my|our|some) ... (input|contribution|intervention|talk|presentation|statement|remarks|pitch|speech|reflection|reflections|update|overview)',
    '(welcome|appreciate|value) (the|an|this) (opportunity|chance|occasion) to (briefly |also |)(speak|present|say a few words|take the floor)',
    '(keen|eager) to (give|make|offer|deliver|hold) (a|an|my|our|some) ... (input|contribution|intervention|talk|presentation|statement|remarks|pitch|speech|reflection|reflections|update|overview)',
    '(keen|eager) to (briefly |also |)(speak|present|say a few words|take the floor)',
    // "I would like to register for one of the 5-minute slots to share…".
    // Not "register for the morning slot": the slot says it is for speaking or how long it is. Not
    // "register me for…": that would mask the yes of "register me".
    '(register|sign up|enrol|enroll|apply|reserve) for (one of the|a|the|one) (#-minute|# minute|#-min|# min|short|speaking|presentation|pitch|stakeholder) (slot|slots)',
    // "Happy to share 5 min on our Creative Vouchers pilot if there's a slot": minutes offered.
    '(happy|glad|pleased|delighted|willing|keen|like|love) to (also |briefly |)share (#|a few|a couple of) (min|mins|minutes)',
    // "We would be happy to give a short update on the Friesland pilot": an update that is short is a spoken one.
    '(happy|glad|pleased|delighted|willing|keen) to (also |briefly |)(give|offer|do|deliver) (a|an) (short|brief|quick|#-minute|# minute|#-min|# min) (update|overview|intro|introduction|round-up|recap)',
    // "Happy to give brief comments on the vouchers action if there's still a slot then" (h120_057): comments said aloud.
    '(happy|glad|pleased|delighted|willing|keen) to (also |)(give|offer|make|share) (a few |some |)(brief|short|quick|oral|verbal) (comments|remarks|input|feedback)',
    // "I'll attend and would like to share a short 5-minute presentation on the … programme" (h138_045).
    '(like|love|happy|glad|pleased|delighted) to (share|give|make|deliver|hold|do) (a|one) (short |brief |quick |)(#-minute |# minute |#-min |# min |)(presentation|talk|pitch|intervention)',
    // "I would be glad to contribute a short comment (5 minutes) on action 1" (h134_031).
    '(glad|happy|pleased|delighted|willing|like|love) to (also |)contribute (a|an|some) (short|brief|quick|#-minute|# minute) (comment|comments|remark|remarks|input|intervention|contribution)',
    // "I will join … and can give a short intro on the project timeline if useful" (h129_022).
    '(can|could|will|would be happy to|happy to|glad to) (also |)give (a|an) (short|brief|quick) (intro|introduction|overview|presentation|update)',
    // The slot named as the sender's: "would be happy to share them in my 5-minute slot" (h126_056); "I have prepared 8 slides
    // for my 10-minute slot" (h322_085).
    '(in|for) (my|our) (#-minute|# minute|#-min|# min|short|speaking|presentation) (slot|spot|intervention)',
    // "I will attend … and would like to contribute with a short comment on action 1" (h321_080).
    '(would like|want|wish|would love) to contribute (with |)(a |some |)(short |brief |quick |)(comment|comments|remarks|input|intervention)',
    // Work shown for a time: "Would it be OK if I show some of my work for 5 minutes?" (h127_058).
    // Not "We could present our results in a few minutes": a manner, not a slot asked.
    '(show|demo|demonstrate) (some of |a bit of |a few of |)(my|our) (work|works|project|projects|platform|product|products|portfolio|app) for (#|a few) (minutes|mins|min)',
    // "I could also say a few words about our programme if there is a free slot".
    '(i|we) (can|could) (also|briefly) (present|say a few words|say a couple of words|take the floor)',
    // The subject shared with the yes before it: "I'd be glad to attend on 20 January and could present briefly the … programme" (h300_043).
    'and (can|could) (also |)present briefly', 'and (can|could) (also |)briefly present',
    // "We could present our … initiative in 5 minutes if there's a slot": an offer with its time.
    '(i|we) (can|could) (also |)present (our|my|the|a|an) ... ... in # (minutes|mins|min)',
    // "I will raise this during the stakeholder round": commenting aloud in the meeting.
    "(i'll|i will|we'll|we will|i'd like to|i would like to|i plan to|we plan to) raise (this|it|that|these points|this point|the point|the issue|these issues) (during|in|at) the (stakeholder round|stakeholder discussion|discussion round|workshop|lab|debate)",
    // "Would it be ok if I shared 5 min about our follow-up?": minutes asked for (a question counts only with a time).
    '(i|we) (share|shared) (#|a few|a couple of) (min|mins|minutes)',
    // "I will ask for the floor on the SME funding".
    "(i'll|i will|we'll|we will|i'd like to|i would like to|we'd like to|we would like to) (ask|request) (for |)(the floor|a few minutes|a speaking slot)",
    // "I'll do the 5 minutes on our side": the speaking slot taken.
    "(i'll|i will|we'll|we will|i can|we can) (do|take|use) the (# minutes|# mins|# min|#-minute slot|# minute slot|#-min slot|speaking slot)",
    // "I'd like to briefly comment on Action 1 … 5 minutes is perfect": the offered speaking time accepted.
    "(i'd|i would|we'd|we would) (like|love) to briefly comment", '# (minutes|mins|min) (is|are|would be|will be|sounds) (perfect|fine|enough|plenty|great|ideal|ok|okay)',
    // "I would like to take my 5 minutes in the stakeholder comments slot": the sender's own slot.
    "(i'd|i would|we'd|we would) (also |)(like|love|want) to (take|use|have|get|book) (my|our) (#|#-minute|few) (minutes|minute|min|slot)",
    // "I'd also be happy to give a short (5-minute) overview of our programme": its length in brackets between.
    '(glad|happy|pleased|delighted|willing|keen) to (also |briefly |)(give|offer|do|deliver) (a|an) (short|brief|quick) ... (overview|update|summary|intro|introduction|round-up|recap)',
    // "… and, if possible, present a 5-minute summary of a survey": a time-boxed item is a talk.
    '(present|give|deliver|do) (a|an) (#-minute|# minute|#-min|# min) (summary|overview|presentation|talk|update|pitch|demo|intro|introduction|input)',
    // "She would like to comment on Action 2 during the stakeholder round": the party's colleague.
    '(he|she|they) (would like|would love|wants|wishes|plans|intends) to comment ... (in|during|at) the (stakeholder round|round|meeting|session|discussion|workshop|lab)',
    // "Put me down for a 5-minute case study too": the workshop's time-boxed talk.
    '(#-minute|# minute|#-min|# min) (case study|case-study)', '(present|give|do|deliver) (a|an|our|my) (short |brief |quick |)(case study|case-study)',
    // "Happy to give 5 min of feedback on action 2".
    '(happy|glad|pleased|delighted|willing|keen|like|love) to (also |briefly |)(give|offer|contribute) (#|a few|a couple of) (min|mins|minutes)',
    // "I will share 2 slides on the SME voucher", "I'd like to show 2-3 slides": slides counted are a talk (not "share the slides afterwards").
    '(show|present|share) (#|#-#|# or #) (slides|slide)',
    // "Hylke and I could shortly present it (10 min?)".
    '(could|can|would) (also |)(briefly|shortly) (present|speak)',
    // "I can tell in 3 minutes what we learned from Leeuwarden 2018".
    '(tell|say|explain|share|show|present|talk) (in|for|during) (#|a few|a couple of) (minutes|min|mins)',
    // "I would be delighted to speak for 3 minutes about…", "show our ceramics and talk a little if possible".
    "(i'd|i would|we'd|we would) (also |really |)(be delighted|be pleased|be honoured|be honored|be thrilled|be keen) to (also |briefly |)(speak|present|say a few words|take the floor)",
    '(speak|present|talk) for (#|a few|a couple of) (minutes|min|mins)',
    "(i'd|i would|we'd|we would) (also |)(like|love) to ... (and|or) (talk|speak) a (little|bit)", '(talk|speak) a (little|bit) about (our|my|the) (project|projects|work|studio|programme|program|experience|results|initiative|company|organisation|organization|association)',
    // The forum's open-mic: "I'd like the 3 minutes", "a slot at the open-mic".
    "(i'd|i would|we'd|we would) (also |really |)(like|love|want|take) (the|a|my|our) (#|#-minute|# minute) (minutes|slot)", '(a|the|one) (slot|spot) (at|in) the (open-mic|open mic) (for (me|us)|please)',
    // "We would both like to speak briefly about the Open Design School": the sender and the colleague named.
    "(we|we'd|we would|we'll|we will|we can|we could) (would |will |can |could |)both (like to |love to |want to |be happy to |be glad to |)(also |briefly |)(speak|present|say a few words|take the floor)",
    // "Happy to join on Zoom and share a few words about what Matera 2019 did".
    '(and|to) share (a few|a couple of) words (about|on)',
    // "I have a few comments on Action 2 …, which I'd be glad to raise on the day": points raised aloud in the meeting.
    '(glad|happy|pleased|keen|like|love|want|plan|intend) to raise (them |these |those |it |this |my comments |my points |these points |some points |a few points |)(on the day|at the (meeting|workshop|session|lab)|during the (meeting|workshop|session|discussion|lab)|in the (meeting|workshop|session|discussion|lab))',
    "(i'll|i will|we'll|we will) raise (them|these|those|it|my comments|my points|these points) (on the day|at the (meeting|workshop|session|lab)|during the (meeting|workshop|session|discussion|lab)|in the (meeting|workshop|session|discussion|lab))",
    // "If there is a slot, I would also present briefly (5-7 min) the Kaunas 2022 scheme".
    '(i|we) would (also |)(briefly|shortly) (present|speak)', '(i|we) would (also |)(present|speak) (briefly|shortly)',
    // "I would like to give short comment about our experience with creative vouchers, maybe 5 min".
    '(like|love|want|glad|happy) to (give|make) (a |)(short|brief|quick) (comment|comments) (about|on) (our|my) (experience|experiences|work|project|practice|programme|program)',
    // "If useful I can take 5 minutes to say how we ran the creative vouchers".
    '(can|could|would|will|to|let me|let us) (take|use|have|get) (#|a few|some) (minutes|min) to (say|tell|explain|show) (how|what|why)',
    // "I'd love to take 5 minutes in the comments slot to pitch a small idea": minutes without an article, a pitch.
    "(i'd|i would|we'd|we would) (also |really |)(like|love|want) to (take|use|have|get|book|grab) (#|#-#|a few|a couple of) (minutes|min|mins)",
    // "Happy to share 2-3 minutes on how the voucher pilot went": a range of minutes offered.
    '(happy|glad|pleased|delighted|willing|keen|like|love) to (also |briefly |)(share|give|offer|contribute) (#-#|# or #|# to #) (min|mins|minutes)',
    // "Yes - and I'd like to comment on action 1, if there's still a slot for me": an action of the plan commented in the meeting.
    "(i'd|i would|we'd|we would) (also |really |)(like|love|want) to (also |briefly |)comment on (action|actions|measure|measures|pillar|pillars|objective|objectives)",
    // "Confirmed - I'll join. Could I take 5 min to comment on action 2?": time asked to speak, "min" for minutes.
    '(take|have|get|grab|use) (#|a few|a couple of|some) (minutes|minute|min|mins) to (comment|present|speak|talk|share|say a few words)',
    // "Happy to share a few thoughts on the co-working side if there is time": thoughts offered in the meeting.
    '(happy|glad|pleased|delighted|willing|keen|like|love) to (briefly |also |)share (a few|a couple of|some|my|our) (thoughts|ideas|remarks|observations)',
    // "I'm happy to take 5 minutes and share what we learned": speaking time offered.
    '(happy|glad|pleased|delighted|willing|keen) to (also |briefly |)(take|use|have) (#|a few|a couple of) (minutes|minute|min|mins)',
    // "I'd love to mention it briefly during the stakeholder comments slot": something said in a speaking slot.
    '(mention|announce|introduce|pitch|present) ... (during|in|at) the ... (slot|round)',
    // "If useful, I can share 5 minutes on how Matera handled the open calls": minutes offered on a topic.
    "(i|we) (can|could|will|would|'ll|'d) (also |briefly |)(share|give|offer|take) (#|#-#|a few|a couple of) (min|mins|minutes) (on|about|to)",
    // "Would it be ok if I take the floor for a couple of minutes?": leave asked (a question counts only with a time).
    'if (i|we) (could |can |may |might |)(take|took) the floor',
    // "We would be happy to comment on the second action": an action of the plan commented in the meeting.
    '(happy|glad|pleased|delighted|willing|keen) to (also |briefly |)comment on ... (action|actions|measure|measures|pillar|pillars|objective|objectives)',
    // "I'm happy to do the 3-minute pitch as well": the invitation's time-boxed slot taken.
    '(do|give|take|deliver|make|hold) the (#-minute|# minute|#-min|# min|short|quick|brief) (pitch|demo|presentation|talk|intervention|case study)',
    // "Happy to share a short presentation on Friesland food tourism": a short one is given aloud.
    '(happy|glad|pleased|delighted|willing|keen) to (also |briefly |)share a (short|brief|quick|#-minute|# minute|#-min|# min) (presentation|talk|pitch|intervention|input|case study)',
    // "We would like to say few words about Novi Sad 2021": the article left out.
    "(i'd|i would|we'd|we would) (also |really |)(like|love|want) to (say|share) (few|some|two|couple of) words",
    // "We take the floor for short intervention about the artisans": the present for the plan.
    '(i|we) (take|will take|would take) the floor (for|to|about|on|with)',
    // "I prepared 5 minutes of comments on the first action": speaking time filled.
    '(prepared|prepare|preparing|have|bring|bringing) (#|a few|a couple of) (minutes|min|mins) of (comments|remarks|observations|input|feedback)',
    // "I will give short feedback to action 2": an action of the plan commented in the meeting.
    '(give|make|offer|share) (a |)(short|brief|quick) (feedback|comment|comments|remarks|input) (to|on|about) (action|actions|measure|measures|pillar|pillars|objective|objectives)',
    // "delighted to join on Wednesday and share a few minutes on our voucher scheme".
    '(and|to) (share|give|offer) (#|#-#|a few|a couple of) (min|mins|minutes) (on|about)',
    // "if there's a slot we'd like to show it for 3-4 minutes": a demo, time-boxed.
    "(we'd|i'd|we would|i would) (like|love) to (show|demo|present|pitch) (it|this|them|our app|our project|our platform|our tool|our work|our prototype|the app|the prototype|the platform) for (#|# to #|#-#|a few|few|a couple of) (minutes|min|mins)",
    // "I have some thoughts … I'd like to raise them during my slot": the sender's own slot.
    '(raise|present|share|say|make|mention|explain) (it|them|this|these|that|those|my points|our points) (during|in) (my|our) (slot|speaking slot|intervention|minutes|# minutes)',
    // A webinar's Q&A counts as speaking: "I would like to ask a question about Interreg IPA during the Q&A", "can we raise it in the Q&A?".
    '(ask|pose|put|raise) (it|them|this|that|the question|my question|our question|a question|one question|a short question|a quick question|a few questions|some questions|a couple of questions) ... ... (during|in|at) the (q&a|q & a|q&a session|questions round|question round|questions session|question session|questions part)',
    // "I'd be glad to join and, if there's time, offer a couple of comments from our evaluation": remarks offered aloud.
    '^(and |)(to |)offer (a couple of|a few|some|my|our|two|three) (brief |short |quick |)(comments|remarks|reflections|observations|insights)',
    // "We would be glad to share a short example from the LF2018 volunteer programme": the invitation's short good-practice case, told.
    '(happy|glad|pleased|delighted|willing|keen) to (also |briefly |)share a (short|brief|quick) (example|case|good practice|good-practice example)',
    // The invitation's progress update taken: "I can do the 5-minute update on our action plan", "I'm also preparing the 5-minute update".
    '(do|give|take|deliver|make|hold|prepare|preparing|present) the (#-minute|# minute|#-min|# min|short|quick|brief) (update|progress update|overview|input|summary)',
    "(i|we|i'll|we'll|i will|we will|i can|we can|i could|i'm|i am|we're|we are) (also |)(prepare|preparing) (a|an|the) (short|brief|quick|#-minute|# minute|#-min|# min) (update|overview|input|summary|pitch|presentation)",
    // "I'll do the presentation for Rijeka": the one the invitation asked for (not "the update to our mayor").
    "(i'll|i will|we'll|we will|i can|we can|i could|we could|happy to|glad to) (also |)(do|give|hold|deliver|make) the (presentation|update|progress update|pitch|talk) (on|about|for|of)",
    "(i'll|i will|we'll|we will|i can|we can|i could|we could|happy to|glad to) (also |)(do|give|hold|deliver|make) the (presentation|update|progress update|pitch|talk)$",
    // A terse reply drops the "I": "Yes. Will present the tourism part for Novi Sad."
    '^(will|can|shall) (also |briefly |)(present|speak|take the floor|say a few words)',
    // "Would be great to have 5 minutes in the comments slot for CultureHub".
    '(great|nice|good|lovely|helpful|useful|ideal) to (have|get|take|grab) (#|#-#|a few|a couple of) (minutes|min|mins) (in|during|at|to|for)',
    // Leave asked, counted only with a time or a topic: "Could I say a few words about the SME voucher scheme? Five minutes max."
    '(could|can|may) (i|we) (also |briefly |)(say a few words|say a couple of words|speak|present|take the floor)',
    // "Ivana would like to comment on action 1 for about 5 minutes": time-boxed, said aloud.
    '(like|love|want|wants) to comment (on|about) ... (for|in) (about |around |approximately |roughly |some |)(#|#-#) (minutes|minute|min|mins)',
    // "We'd like one 5-min slot for the team": the slot by its length, "one" for the article.
    "(would|i'd|we'd) (also |really |)(like|love|appreciate) one (#-minute|# minute|#-min|# min|short|brief|speaking|presentation) (slot|slots)",
    // "Happy to do a 5-minute slot on our barrier-free courtyard": the slot offered.
    '(happy|glad|willing|keen|pleased) to (do|take|fill|give) (a|one|the) (#-minute|# minute|#-min|# min|short|brief|speaking|presentation) (slot|talk|presentation|pitch)',
    // "I would like to add a short comment during the stakeholder round": said in the meeting's round.
    '(like|love|want) to (add|make|give|share) (a|one|my|our|some) (short |brief |quick |few |)(comment|comments|remark|remarks|word|words|contribution|input) (during|in|at) the ... (round|session|slot|discussion)',
    // "If useful I can briefly share how our youth board worked with local SMEs": what the sender's side learned, told in brief
    // (not "share the slides": a copy is no talk).
    '(i|we) (can|could) (also |)(briefly|quickly) share (how|what|our|my|some|a few)',
    // "I would appreciate the chance to comment on the second action".
    "(i'd|i would|we'd|we would) (really |)appreciate (the|a|an) (chance|opportunity) to (comment|speak|present|say a few words|share)",
    // "I will attend and I would appreciate a slot to comment on action 2" (h368_067).
    "(i'd|i would|we'd|we would) (really |also |)appreciate (a|an|one) (short |brief |#-minute |# minute |)(slot|moment|few minutes) to (comment|speak|present|say a few words|share|talk)",
    // "I'd be glad to join … and share them in the stakeholder slot": thoughts shared in a speaking slot.
    '(share|present|raise|voice) (them|it|this|these|those|my thoughts|our thoughts|my comments|our comments) (in|during) the (stakeholder |speaking |comments |partners |)(slot|round)',
    // "Yes, I'd be glad to show a few slides about the orti urbani".
    "(i'd|i would|we'd|we would|i'll|i will|we'll|we will|i can|we can) (be glad|be happy|love|like|gladly|happily|) (to |)show (a few|some|our|my|the|a couple of) (slides|photos|pictures|images)",
    // "… two of our creators, who could briefly share their experience if there is time for it".
    '(could|can|would|will) briefly (share|present|tell) (their|our|my|his|her) (experience|story|work|project|insights)',
    // "… and, if there is room, say two words about how residency programmes could involve local SMEs".
    '(and|to|i could|i can|we could|we can) say (two|a few|a couple of) words (about|on)',
    // The clause cut off by a condition before it ("…, if there is room, say two words about …").
    '^say (two|a few|a couple of) words (about|on)',
    // "I'd appreciate the chance to briefly comment on the co-working action": commenting aloud, the chance asked.
    '(welcome|appreciate|value) (the|an|this) (opportunity|chance|occasion) to (briefly |also |)comment on',
  ],
  othersSpeaker: [
    // "One of us will comment on action 2" (h493_067).
    'one of us will (comment|speak|present|say a few words|take the floor|give)',
    // "Jan will give a short 5-minute reflection on the Leeuwarden experience" (h486_024).
    'will give a (short |brief |)(#-minute |# minute |)(reflection|presentation|talk|input|intervention|comment|pitch)',
    // "My colleague Luka Perić and I will both join on Zoom. Luka would like to present (5 min) …" (h475_011).
    '(would like|wants|wishes|plans|intends|is going) to (present|speak|say a few words)',
    // The stand-in: "My colleague Ioana Frent will join instead and can speak for Kreativ Hub" (h401_059).
    '^(and |)(can|will|could) (also |)speak (for|on behalf of)',
    // "My colleague Sjoerd de Vries will join instead and can share a few words on the LF2018 legacy" (h378_033).
    // The clause after "instead": "… will attend instead and he can say a few words about our student incubator" (h262_037).
    '^(and|) (he|she|they) (can|could) (share|say) (a few|some) words (on|about)',
    '^and (can|could) (share|say) (a few|some) words (on|about)',
    // After whom one stands for: "My colleague Paolo Ferri will connect on behalf of our Foundation and can say a few words about
    // …" (h409_013). Not any "and could say a few words": "I'd love to join and could say a few words" is the sender's (h340_058).
    '(on behalf of|in the name of|for) (our|the|my) ... and (can|could) (share|say) (a few|some) words (on|about)',
    // "… will attend on behalf of Kaunas 2022 and will share a few words about …" (h412_021).
    '(will|shall|is going to|are going to) (present|speak|take the floor|say a few words|share a few words|say some words|give a (short |brief |)(talk|presentation))',
    "(he'll|she'll|they'll) (present|speak|take the floor|say a few words)",
    // "I will also bring my colleague Sanne Visser … she could present it briefly if there is time" (h336_060).
    '(he|she|they) could (present|introduce|show|pitch) (it |this |that |them |our work |the scheme |the project |)(briefly|shortly|in # minutes|in a few minutes|for # minutes)',
    '(he|she|they) could (briefly|shortly) (present|introduce|speak|say a few words)', '(he|she|they) could (also |)(say a few words|say some words|share a few words)',
    // "Our director Mr. Pierre Hoffmann would like to intervene 5 minutes" (h280_015); "Kari wish to say some words" (h280_083).
    '(would like|would love|wants|wishes|wish|hopes|plans|intends) to (intervene|say some words|say a few words|speak briefly|present briefly)',
    // "She would like to speak briefly about our research".
    '(he|she|they) (would like|would love|wants|wishes|hopes|plans|intends) to (speak|present|take the floor|say a few words|give a (short |brief |)(talk|presentation))',
    '(he|she|they) (would like|would love|wants|wishes|hopes|plans|intends) to (hold|give|deliver|make) (a|an) (short |brief |)(speech|talk|presentation|intervention|address|statement)',
    // "Mantas will do the presentation as Rūta mentioned", "Katrin will give the update on the Chemnitz action plan".
    '(will|shall|is going to|are going to) (do|give|hold|deliver|make) the (presentation|update|progress update|#-minute update|# minute update|pitch|talk) (on|about|for|of|as)',
    '(will|shall|is going to|are going to) (do|give|hold|deliver|make) the (presentation|update|progress update|#-minute update|# minute update|pitch|talk)$',
  ],
  speakerNo: [
    // "I'll be a passive participant this time" (h567_029).
    // Not "I don't want to be a silent observer".
    "(i'll|i will|i'm|i am|we'll|we will) be a (passive|silent) (participant|listener|observer|attendee)", 'as a (passive|silent) (participant|listener|observer|attendee)',
    // "We are happy to listen in; we don't plan to give input this time" (h564_005).
    "(don't|do not|won't|will not) plan to (give input|speak|present|take the floor|comment)",
    // "I will join the Zoom call myself to take notes for him" (h561_070): an assistant who listens for the invitee.
    '(myself |)to take notes (for him|for her|for them|for my boss|for the director)',
    // "Our colleague Ana Rus from the Brussels office will attend on our behalf and listen in" (h556_058).
    // From "and" on: a phrase that took "attend" too would hide the colleague's coming.
    '^and (just |only |)listen in$', '(behalf|place|instead) and (just |only |)listen in$',
    // "I would rather listen this time, but happy to answer questions … if asked" (h554_017).
    "(i would|i'd|we would|we'd) (rather|prefer to) (just |only |)listen",
    // "I'll only be able to follow the discussion passively" (h552_066).
    'follow (the discussion |the session |the meeting |it |)passively',
    // "count me in. Will listen mostly." (h530_021).
    "^(i'll |i will |)(will |)(listen|observe) (mostly|mainly|only)$",
    // "He will mostly observe" (h521_059).
    'will (mostly|mainly|largely) (observe|listen)',
    // "would like to join the session and observe" (h511_048).
    'and (just |only |)observe (the session|the meeting|the discussion|the workshop|)$',
    // "I'll skip my 5 minutes, Laura will cover our points" (h507_054); "I'll be listening in rather than commenting" (h507_026).
    "(i'll|i will) skip my (# minutes|slot|turn|intervention)", '(listening|listen) (in |)rather than (commenting|speaking|presenting|talking)',
    // "I don't think I will have comments this time" (h491_020).
    "(i|we) (don't|do not) think (i|we) (will|'ll) have (any |)(comments|remarks|anything to add|anything to say)",
    // "I'd be glad to join, but I'm afraid I'll have to listen only - my Romanian is not good enough to comment" (h471_058).
    "((i'm|i am) afraid |)(i'll|i will|we'll|we will) (have to|only be able to) (just |only |)listen( only| in|)",
    // "We don't plan a contribution, we will be there to listen and learn" (h457_062).
    "(we|i) (don't|do not) plan (a|any) (contribution|presentation|intervention|talk)", '(be there|attend|join|connect) to listen',
    // "we are happy to listen, we will not take the 5 minutes this time" (h450_019).
    "(we|i) (will not|won't) (take|use) the (#|five) minutes", '(happy|glad|content) to (just |only |)listen$',
    // "I would mostly listen" (h445_039); "I would not present this time" (h444_067).
    "(i'll|i'd|we'll|we'd|i would|we would|i will|we will) (mostly|mainly) listen", '(i|we) (would|will) not (present|speak)',
    // "count me in - I'll sit in and listen" (h435_057).
    "(i'll|i will|we'll|we will) (just |only |)sit in and (just |)listen",
    // "I'll be there on Zoom with my business partner Zsófia. We'd only like to follow the discussion." (h431_023).
    "(we'd|i'd|we would|i would) (only |just |)like to (only |just |)(follow|listen to|observe) the (discussion|debate|meeting|session|conversation)",
    // "I will just listen … but no need to give me a slot" (h427_008).
    'no need (to give me|to give us|for) (a|any) (speaking |)(slot|speaking slot|time slot)',
    // "I will not be able to present anything, as our evaluation report is not ready yet. I will however attend" (h423_090).
    "(i will not|i won't|we will not|we won't|i shall not|i am not|i'm not|we are not|we're not) (be able to |able to |going to |)(present|say) (anything|something|a presentation|much)",
    // "I'll just follow along and not intervene" (h416_058). Not "happy to listen": it opens offers ("… and share a few thoughts").
    "(i'll|i will|we'll|we will) (just |only |)follow along",
    // "He will not intervene." (h411_048).
    "(he|she|they) (will not|won't|does not|doesn't|do not|don't) (intervene|speak|present|take the floor)",
    // "We'll skip the 5-minute slot" (h411_063): the slot, not the meeting.
    "(i'll|i will|we'll|we will|i'd|we'd) (skip|pass on|give up|leave) the (#-minute |# minute |#-min |speaking |)(slot|speaking slot|intervention)",
    // "happy to listen and learn" (h395_062).
    '(happy|glad|pleased|keen) to (just |)(listen and learn|listen in and learn)',
    // "Please register me and my colleague Alex Dinu. We will listen in only" (h275_090).
    "(we|i) (will|'ll|shall|would) (just |only |)listen in( only|)",
    // "We will just follow the discussion" (h272_029).
    "(we|i) (will|'ll|would|shall) (just|only|simply) (follow|listen to|observe) the (discussion|debate|meeting|session|conversation|presentations)",
    // "four of us total. None of us need a speaking slot" (h268_054).
    '(none of us|neither of us|nobody|no one) (needs|need|wants|want|requires|require) (a |any |)(speaking slot|slot|time to speak|to speak|to present)',
    // "Yes, I will connect on Zoom. I will be only an observer this time" (h250_063).
    "(i|we) (will|'ll) be (only|just) (an |)(observer|observers|listener|listeners)",
    // A calendar comment: "Happy to join and listen" (h235_077).
    '(join|attend|come|be there|dial in|connect) and (just |only |)listen',
    // A calendar comment: "Will join with camera off, listening only" (h320_071).
    '^(just |)listening only$', '^(only|just) listening$', '^listening mostly$', '^mostly listening$',
    // "We mostly want to listen this time" (h329_038).
    '(i|we) (mostly|mainly|just|only) (want|wish|plan|intend) to listen',
    // "We do not plan to make a presentation this time" (h311_051).
    "(i|we) (do not|don't|did not|didn't) plan to (make|give|hold|do|deliver) (a |any |)(presentation|talk|intervention|speech|pitch)",
    // "I'll be listening in, not planning to intervene this time" (h212_031).
    "(not planning|not intending|no plans|don't plan|do not plan|not going) to (intervene|speak|present|take the floor|say anything|talk)",
    // "I'll definitely not miss it. Not presenting though." (h190_064).
    '^not (presenting|speaking|going to present|going to speak)',
    // "my colleague … will attend online in my place. She is not planning to speak" (h127_029).
    "(is|are|am|i'm|we're|she's|he's|they're) not planning to (speak|present|take the floor|intervene|give a talk)",
    // "I would like to follow the discussion without an intervention" (h136_068).
    '(follow|attend|listen to|join) the (discussion|meeting|session|workshop|lab) without (an|any|a) (intervention|presentation|talk|speaking slot)',
    // "I'm terrible at speaking in meetings so I'll just sit quietly at the back and take notes".
    "(i'll|i will|we'll|we will) (just |only |)sit (quietly|in the back|at the back|and listen)", "(i'm|i am) (terrible|bad|hopeless|no good|not good) at (public |)speaking",
    // "… so no case study from our side".
    'no case (study |)(from (our|my) side|from us|from me)',
    "(won't|will not|don't|do not|wouldn't|would not) (need to |want to |plan to |intend to |)(speak|present|take the floor|be speaking|be presenting|say anything|make a statement)",
    '(just|only) (listening|to listen|listen|observing|to observe|observe|attending|as an observer|as a listener|in the audience)',
    // "I'll just be observing", "I'll be in listening mode only".
    "(i'll|i will|we'll|we will) (just|only|mostly|merely) be (observing|listening)", '(in|on) (listening|listen-only|listen only|observer|observing|observation) mode',
    // "We confirm attendance for 2. Neither of us will present."
    // "Neither of them will be speaking" (h480_060): the colleagues sent.
    '(neither of us|none of us|neither of them|none of them|nobody|no one) (will|is going to|plans to|intends to|wants to|would like to) (present|speak|take the floor|say anything|be presenting|be speaking)',
    // "Neither of them will give a presentation" (h496_027).
    '(neither of us|none of us|neither of them|none of them) (will|is going to) (give|make|hold) (a|any) (presentation|talk|speech|statement)',
    'as an observer', 'as observer', 'as a listener',
    // A calendar comment: "I will join, happy to listen only" (h358_080).
    '(happy|glad|content|here) to listen only',
    // "I would be glad to attend as an external observer" (h338_027).
    'as (an |a |)(external|silent|passive|simple|independent|outside|interested) (observer|listener)', '(only|just) attending', 'no (intervention|presentation|speaking)', 'not (speaking|presenting)',
    // "I would not intervene, only take notes for my thesis".
    "(i|we) (won't|will not|wouldn't|would not|don't|do not) (need to |want to |plan to |)intervene", '(only|just) (take|taking) notes',
    "(i'll|i will|we'll|we will) (just|only) (listen|observe|attend)",
    'nothing to (present|say|contribute)', "(i'll|i will|we'll|we will) (mostly |just |only |)be listening", 'mostly (listening|to listen)',
    "(i'd|i would|we'd|we would) rather not (speak|present|take the floor|say anything|talk)", '(there|here|come|coming|attend|attending|join|joining) (just |only |)to listen',
    // "we prefer not to present this time", "I will not do a presentation this time, I just want to listen".
    '(prefer|prefers|preferred|would prefer) not to (present|speak|take the floor|make a presentation|give a presentation|do a presentation)',
    "(won't|will not|don't|do not|wouldn't|would not) (do|give|make|hold|have) (a|any) (presentation|talk|speech|intervention)", '(just|only) (want|wish|plan|intend|like) to (listen|observe)',
    // "no talk from us this time tho".
    'no (talk|talks|presentation|presentations|intervention|speech|slides) from (me|us|our side)',
    // "we would prefer to listen rather than present this time".
    '(prefer|prefers|would prefer|would rather|rather) (to |)(just |only |)(listen|observe) (rather than|instead of|than) (present|presenting|speak|speaking|take the floor|taking the floor)',
    '(prefer|prefers|would prefer) to (just |only |)(listen|observe) (this time|for now|at this (session|meeting|workshop))',
    // "this time I would prefer to listen and learn what the local companies need" (h88_023).
    "(i|we|i'd|we'd) (would |)(prefer|rather) (to |)(just |only |)(listen|observe) (and|to) (learn|understand|hear|take notes|see)",
    // The list of speakers refused, not the list of guests: "please do not put me on the list of speakers" (h88_023).
    "(do not|don't|please do not|please don't|no need to) (put|add|include|list|register) (me|us) (on|to|in|among) the (list of speakers|speakers list|speakers' list|speaker list|speaking list|list of presenters|presenters list)",
    // "We don't need a speaking slot", "I'll leave the speaking time to others".
    "(don't|do not|won't|will not|wouldn't|would not) need (a|any) (speaking slot|speaking time|slot to (speak|present)|time to (speak|present))",
    '(leave|leaving) (the |my |our |)(speaking time|speaking slot|slot|floor) to (others|the others|other (people|partners|speakers|participants)|colleagues)',
    '(only|just) (watching|to watch|watch|following the discussion|to follow the discussion)',
    // "I will not be taking the floor", "None of us will be presenting": the progressive.
    "(won't|will not|wouldn't|would not) be taking the floor", '(neither of us|none of us|nobody|no one) (will|is going to) be (presenting|speaking|taking the floor)',
    // "I come mainly to listen; I haven't prepared any presentation".
    "(i|we) (haven't|have not|didn't|did not) prepare(|d) (a|any) (presentation|talk|intervention|statement|input)",
    // "I'd prefer not to make any statement, I'll just follow the discussion"; "but only as listener".
    '(prefer|prefers|preferred|would prefer|rather) not to (make|give|do|have|hold) (a|an|any) (statement|intervention|presentation|speech|talk)',
    '(just|only) follow the (discussion|debate|meeting|session|conversation)', 'as listener',
    // "We will be three … We will listen and maybe ask questions" (h143_082).
    "^(i|we) (will|shall|'ll) (listen|be listening) (and|$)", '(only|just) as (a |an |)(participant|attendee|guest|listener)',
    // "I'll be an observer", "We would not like to speak in the open-mic session", "No slot needed".
    "(i'll|i will|i'm|i am|we'll|we will|we're|we are) (just |only |)(be |)(an |)(observer|observers|listener|listeners)", 'as observers', 'as listeners',
    "(wouldn't|would not|don't|do not) (like|wish|care) to (speak|present|take the floor|say anything|make a statement)",
    "(don't|do not|won't|will not|wouldn't|would not) need (a|any) (slot|spot|time) (in|at|for) the (open-mic|open mic)",
    'no (slot|speaking slot|open-mic slot|open mic slot|open-mic|open mic) (needed|required|necessary|for (me|us))', '(neither of us|none of us|nobody|no one) (needs|wants|requires) (a|any) (speaking slot|slot|speaking time)',
    'no (open-mic|open mic) (slot |)for (me|us)',
    // "I'm not planning to speak but will listen with great interest".
    "(i'm|i am|we're|we are) not (planning|intending|going|hoping|looking) to (speak|present|take the floor|say anything|intervene)",
    // "I am an Erasmus student … and would love to observe".
    "(would|i'd|we'd) (love|like|prefer) to (observe|sit in and observe|sit in and listen)",
    // "I will mostly listen this time".
    "(i'll|i will|we'll|we will) (mostly|mainly|merely) (listen|observe)",
    // "I'd like to comment on action 1 in writing", "I'll send my comments on action 2 in writing": not aloud.
    '(comment|comments) (on|about) ... ... in writing',
    // "Happy to share some thoughts by email": written, not said in the meeting.
    'share (a few|a couple of|some|my|our) (thoughts|ideas|remarks|observations|comments) (by email|by e-mail|via email|via e-mail|in writing)',
    // "We will not prepare a presentation".
    "(won't|will not|wouldn't|would not|don't|do not|shall not) (need to |)prepare (a|any) (presentation|talk|intervention|statement|input|pitch|slides)",
    // "Please don't count on me for a comment slot".
    "(don't|do not) count on (me|us) for (a|the|any) ... (slot|comment|comments|presentation|talk|intervention|pitch|speech)",
    // "Happy to share a short presentation by email afterwards": a file sent, not a talk.
    'share a (short|brief|quick) (presentation|talk|pitch|intervention|input|case study) (by email|by e-mail|via email|via e-mail|afterwards|beforehand|in advance|in writing)',
    // "I will speak only if you ask me, I do not plan an intervention": the floor left to the organiser's call.
    "(i|we|i'll|we'll|i'd|we'd) (will |would |can |)(speak|present|intervene|take the floor|say something|comment) only if (you|someone|somebody|anyone|they|the moderator|needed|necessary|asked|required|invited)",
    "(don't|do not|didn't|did not) plan (a|an|any) (intervention|presentation|talk|speech|statement|pitch)", 'no planned (intervention|presentation|talk|speech|statement)',
    // "We'd like to hear the partners rather than talk ourselves this time".
    '(listen|hear) ... (rather than|instead of) (talk|talking|speak|speaking|present|presenting|take the floor|taking the floor)',
    // "Only for listening, I am not prepared for speak".
    '(only|just|mainly|mostly) for (listening|listen|observing|observe)', "(i am|i'm|we are|we're) not prepared (for|to) (speak|speaking|present|presenting|talk|talking|a presentation|an intervention)",
    // "I will give short feedback on action 2 by email": written, not said in the meeting.
    '(short |brief |quick |written |some |my |our |)(feedback|comment|comments|remarks|input) (to|on|about) (action|actions|measure|measures|pillar|pillars|objective|objectives) ... (by email|by e-mail|via email|via e-mail|in writing)',
    // "yes i will atend, no speach from me": none from the sender (the common misspelling too).
    'no (speech|speach|speeches|speaking|talk|presentation|intervention|statement) from (me|us|my side|our side)',
    // "I'll join the Zoom but probably stay quiet".
    "(i'll|we'll|i will|we will|i|we|probably|just|mostly|rather) (stay|keep|remain) (quiet|silent)",
    // "Happy to say a few words … if useful, but no need if the agenda is full": the offer left to the organiser (with it, undecided).
    'no need (if|in case|should) the (agenda|programme|program|schedule|day) (is|gets|turns out) (too |)(full|tight|busy|packed|crowded)',
    // "I don't need a presentation slot": no time to present asked for.
    "(don't|do not|won't|will not|wouldn't|would not) need (a|any) (presentation|presenting|speaker|speaker's) (slot|time)",
    // "Please register the following participants: … None of them will present."
    '(none|neither) of them (will|is going to|plans to|intends to|wants to|would like to) (present|speak|take the floor|say anything)',
    // "I'll listen mostly" (h162_038).
    "(i'll|i will|we'll|we will) (listen|observe) (mostly|mainly|only|this time)",
    // "Listening mode only for me" (h150_004).
    '^(listening|listen-only|listen only|observer|observing) mode',
    // "I will attend the session on 20 January, mainly to listen and learn" (h146_025).
    '^(mainly|mostly|largely|primarily|chiefly) to (listen|observe)',
    // "I'll mostly listen", "we will mainly listen this time".
    "(i'll|i will|we'll|we will|i'm going to|we're going to) (mostly|mainly|largely|primarily) (listen|observe)",
  ],
  answerParticles: ['yes', 'yeah', 'yep', 'sure', 'sure thing'],
  // A form filled in by hand: "Participation: online / Intervention: no" (the value answers its own label).
  speakingFieldLabels: [
    // A form's slot field: "5-minute slot: no, thank you", "Slot: maybe" (h159_004, h159_036).
    '^(#-minute |# minute |#-min |# min |five-minute |speaking |presentation |)(slot|slots)$',
    '^(intervention|presentation|speaker|speaking|talk|speech|pitch|presenting|(wish|would like|want|wants) to (speak|present|intervene))$',
    '^(question|questions|question/presentation|question / presentation|presentation/question|question or presentation|presentation or question)$',
    // The topic named before the colon: "Regarding the presentation: I'd rather not this time, Luka will cover Rijeka".
    '^(regarding|as for|as to|as regards|concerning|about|re) (the |my |our |a |)(presentation|presenting|speaking|speaking slot|slot|talk|intervention|pitch|5-minute presentation|five-minute presentation)$',
  ],
  fallbackOpeners: ['^(if not|otherwise|failing that|if that fails|if i can\'t|if i cannot)$',
    // The "if not" spelled out: "Can I bring a friend? If that's not ok, I'll come alone".
    "^if (it's|it is|that's|that is) not (ok|okay|possible|fine|alright|all right)$"],
  attendanceFieldLabels: ['^(participation|attendance|presence|rsvp|confirmation|attending|(participation|attendance) (mode|format)|mode of (participation|attendance))$'],
  attendingFieldValues: [
    '^(online|in person|in-person|on site|onsite|on-site|on teams|via teams|on zoom|via zoom|remote|remotely|virtual|virtually|physically|hybrid|both)$',
  ],
  additiveCues: ['^(and|plus|also)', 'also', 'too', 'as well'],
  logisticsTopics: [
    // "Yes, of course … please send me the recording afterwards, as Wednesday I am travelling" (h399_058).
    '(send|share|forward) (me|us) the (recording|minutes|slides|video)',
    // "Regarding the parking: yes, we will need a place for one car (plate number SZA-482)".
    'parking', 'car park', 'parking space', 'parking place', 'place for (one|a|our|my|the) car', '(one|a|our|my) car', 'plate number', 'number plate', 'licence plate', 'license plate',
    'accommodation', 'hotel room', '(vegetarian|vegan|gluten-free|halal|kosher) (lunch|meal|menu|option)', 'dietary (requirements|requirement|needs)', 'projector', 'invoice', 'certificate of attendance',
    // The optional guided walk after the lab: "Walk: no".
    'guided (walk|tour)', 'the (walk|tour) (afterwards|after)', '^(walk|tour)$',
    // A form's food field: "Dietary: no pork please" (h159_036).
    '^(dietary|diet|menu|meal|lunch|food|allergies|dietary needs|dietary requirements)$',
  ],
  asideTopics: [
    // "I hope we can find a way to collaborate later in the year": working together, not coming.
    'collaborate', 'collaboration', 'cooperate', 'cooperation', 'work together',
    // "Yes, I'll be there! … is there a dial-in option? I might be on the road": how, not whether (h85_089).
    'on the road',
    // "I can't attend, but I'm sending a few comments, maybe they are useful": the comments' use, not coming.
    'useful', 'helpful', 'of use', 'of some use', 'of help',
    'camera', 'webcam', 'video', 'microphone', 'mic', 'audio', 'sound', 'connection', 'internet', 'wifi', 'wi-fi', 'bandwidth', 'signal', 'headset', 'slides', 'screen',
    // "Count me in. … I'll probably walk from the hotel": the way there, not coming.
    '(walk|cycle|bike|drive|take a taxi|take a cab|get a taxi|take the bus|take the tram|take the train) (over |there |)(from|to) (the|my|our) (hotel|station|airport|office|venue)'],
  shorthand: {
    // "I wil join, thanks for the link": one letter short of "will", which is no other word.
    wil: 'will',
    cant: "can't", dont: "don't", didnt: "didn't", couldnt: "couldn't", wouldnt: "wouldn't", shouldnt: "shouldn't", isnt: "isn't",
    arent: "aren't", wasnt: "wasn't", havent: "haven't", doesnt: "doesn't", im: "i'm", ive: "i've", youre: "you're",
    sry: 'sorry', srry: 'sorry', soz: 'sorry', thx: 'thanks', pls: 'please', plz: 'please', u: 'you', ur: 'your', coz: 'because', cuz: 'because',
  },
  confirmingTags: ['right', 'no', 'correct', "isn't it", "aren't we", "isn't that right", 'yes'],
  tagQuestions: [
    "(is|would|will) (that|this|it) (be |)(ok|okay|fine|alright|all right|a problem|an issue|acceptable|possible|allowed)", "(hope |)(that's|that is|it's|it is) (ok|okay|fine|alright|all right)", 'right', 'ok', 'okay', 'correct', "isn't it", "aren't we", "isn't that right",
    // A slot asked about after the statement: "I'll join and would be happy to say a few words - would 5 minutes work?".
    '(would|will|does|do) (# minutes|# mins|# min|a few minutes|that|this|it) (work|be enough|suffice)', '(are|is|would|will) (# minutes|# mins|# min|a few minutes) (be |)(ok|okay|fine|enough|alright|all right)',
  ],
  questionStarts: [
    'where', 'when', 'what', 'who', 'how', 'which', 'why', 'is there', 'are there', 'is it', 'can i', 'can we', 'could i',
    'could we', 'could you', 'can you', 'would you', 'do i', 'do we', 'do you', 'does', 'should i', 'should we', 'will there',
    'would it', 'may i', 'may we', 'any chance',
    // The polite past of a question: "I was wondering whether a written contribution might be useful".
    'i wondered', 'we wondered', 'i was wondering', 'we were wondering',
  ],
  conditionalSequels: ['if so', 'if yes', 'in that case', "if (that's|that is) the case", "if (there is|there will be|there's) (an |any |some |)(interpretation|translation|english)", "if (it is|it's|it will be) (held |)in english"],
  listRequests: ['^(can|could) you (please |)(add|put) (me|us) (on|to) the (list|attendee list|guest list)$'],
  rhetoricalYes: ['(yes|sure|of course|ok|okay|yeah) (why not|why wouldn\'t i|how could i not)'],
  questionSequels: [
    // "…will there be interpretation? If so, I'll definitely come": the answer hangs on theirs.
    'if so', 'if yes', 'if not', 'in that case',
    // For whom it is asked: "Is there parking nearby? I'm asking for my colleagues who come by car." (not "because", which may answer).
    "(i'm|i am|we're|we are) (just |only |)asking (for|on behalf of) (my|our|the|a|some) (colleague|colleagues|team|participants|others|people)",
    // "Who else is attending? If it is mostly local organisations I'm not sure…": a condition on their answer.
    "if (it is|it's|they are|they're|that is|that's|there are|there is|there will be|it will be)",
    // "Will it be in English or Romanian? I will confirm attendance after that."
    "(i'll|i will|we'll|we will) (then |)confirm (my |our |)(attendance|participation|presence|) (after that|then|afterwards)",
    'otherwise', 'else', 'so that', 'in order to'],
  admissionQuestions: [
    '(can|could|may) (i|we) still (register|sign up|join|come|attend|confirm|participate|take part)',
    '(is|are) there (still |)(room|space|a place|a seat|places|seats|spots) (left|available|for)', '(is|are) there still (room|space|a place|a seat|places|seats|spots)',
    "(is it|it's|is it already) too late (to|for)",
  ],
  selfRequests: [
    'could i', 'can i', 'may i', 'could we', 'can we', 'may we', 'would it be possible', 'is it possible',
    // Leave asked as whether something would be fine ("Would it be ok if I shared 5 min about…?").
    'would it be ok if i', 'would it be okay if i', 'would it be alright if i', 'would it be all right if i', 'is it ok if i', 'is it okay if i',
    'would it be ok if we', 'would it be okay if we', 'would it be alright if we', 'is it ok if we', 'is it okay if we', 'would you mind if i', 'would you mind if we',
  ],
  afterwardRequests: ['record*', 'the minutes', 'summary', 'slides', 'materials', 'presentations', 'notes', 'afterwards', 'conclusions', 'outcomes'],
  pastAbsences: [
    // "unfortunately I could not attend the last Local Learning Lab in December, sorry again. This time I will be there" (h591_018).
    "(could not|couldn't|was unable to|wasn't able to|did not|didn't|could not make it to|couldn't make it to) (attend |join |be at |)(the last|the previous|the december|the earlier|last year's|last month's) (one|meeting|session|workshop|lab|local learning lab|edition|event)",
    "(could not|couldn't|was unable to|wasn't able to|were unable to|weren't able to|did not|didn't) (attend|join|make it|come|be there|participate) ... (despite (my|our) (confirmation|registration|rsvp|yes)|yesterday)",
    '(sorry|apologies|i apologise|i apologize) (that |)(i|we) (missed|could not attend|couldn\'t attend) (it|the meeting|the session|the workshop|the lab|the event|yesterday|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday))',
  ],
  recordingQuestions: [
    '(is|will|would) (it|this|the meeting|the session|the workshop|the lab|the event|the discussion|this meeting|this session) (be |going to be |)(recorded|streamed)',
    '(is|will) there (be |)(a recording|a replay)',
    // Asked without its mark: "would like to know whether the meeting will be recorded" (`indirectQuestions`).
    '(it|the meeting|the session|the workshop|the lab|the event|the discussion|this meeting|this session) (will|would|is going to) be (recorded|streamed)',
  ],
  pendingAnswer: ['before (i|we) (confirm|can confirm|reply|answer|commit)', 'before confirming', '(see|find) (below|the message below|underneath) (the |)(reply|answer|confirmation) (of|from)'],
  referBack: ['^(she|he)'],
  presumingQuestions: ['(is there|will there be|do we get|will we get|do you issue|will you issue|can i get|could i get) (a |an |any |)(certificate|certificates|attestation|confirmation) of (attendance|participation)', "(is it ok|is that ok|would it be ok|would it be possible|is it possible|can i|could i|may i|can we|could we) (if i |if we |to |)(bring|come with|be accompanied by)"],
  talkFollowUps: ['(whether|if) (that|this|it|the talk|the presentation) (fits|would fit|works|would work|is possible|is ok|is okay)', '(fits|fit) (the|your|into the|in the) (agenda|programme|program|schedule)'],
  questionAnnouncements: ["(i have|i'd have|i would have|we have|just|only|one|a quick|a small|one quick) (one |a |)(quick |small |short |)question"],
  countDoubts: ["^(i'm |i am |we're |we are |)not (yet |)sure (yet |)(exactly|of the exact number|of the number)$", "^(i |we |)(don't|do not) know (yet |)(exactly|the exact number)$", '^not (yet |)(final|confirmed|definite)$'],
  standInComes: ["(will|to|'ll|is going to) (come|attend|join|go|participate|take part|be there)", '(is|are) (coming|attending|joining|going)', '(comes|attends|joins)'],
  indirectQuestions: ['(to know|to find out|to check|to ask|to learn) (whether|if)', '(wonders|wondering|wondered|asks|asked|asking) (whether|if)'],
  conditionals: ['if', 'whether', 'unless', 'provided', 'in case', 'as long as'],
  conditionOpeners: ['if', 'only if', 'provided', 'providing', 'in case', 'as long as'],
  // "I'll attend. Actually, I can't make it after all"; not "I actually look forward to it": a clause's start, or the end.
  // "I confirm my attendance. Edit: I've just been told I have to travel …" (h240_060); "Happy to join! … PS - sorry, just saw
  // that it clashes with our board meeting. I'll have to skip this one" (h240_045).
  // "No. I mean yes, I'll be there": the answer corrected at once.
  changeOfMind: ["^i mean yes$", "^(just kidding|just joking|kidding|i'm kidding|i'm joking|only joking|jk)$", '(please |pls |)(ignore|disregard) (that|it|my (earlier|previous|last|first) (mail|email|e-mail|message|reply|answer))', '^edit', '^(ps|p.s.|p.s|pps)', 'just (saw|noticed|realised|realized|checked|found out|been told|learned|learnt|heard)', '^actually', 'after all$', '(i|we) (have |)changed (my|our) (mind|minds|plans)', 'change of plans', '^on second thought(|s)', '^scratch that', '^update', '^correction', '^(it |)turns out'],
  buttonMistakes: ['by mistake', 'by accident', 'accidentally', 'in error', 'mistakenly', 'wrong button', 'actually', 'after all', 'changed my mind'],
  selfConditions: ["(if|only if|provided|providing|in case|as long as) (i|i'm|i am|i'll|i can|we|we're|we are|we'll|we can|my|our|me|us)"],
  unconditionals: ['anyway', 'anyhow', 'in any case', 'regardless', 'either way', 'all the same', 'no matter what', 'in both cases', 'in either case',
    // A decision after musing: "But I think I should be there. Ok, I'll join" (h112_044).
    '^(ok|okay|alright|all right)$',
    '^(for now|for the time being|until then)'],
  // A condition the writer says is met: "If the meeting is on Zoom (which I see it is), I can join".
  metConditions: ['which (i see |i understand |i gather |i believe |)it (is|will be)', 'as (stated|written|planned|announced|it says|it is) in the (programme|program|agenda|invitation)'],
  occasionAnaphors: ['(some|one|any|all|a few|several|each|either|both|most) of (them|those|these)', 'them', 'those'],
  // "Thank you for the invitation to speak, but I'll pass this time and just listen".
  speakingOffers: [
    '(invitation|invite|offer|opportunity|chance|proposal|request) to (speak|present|give a talk|talk|take the floor|share|contribute|say a few words|be a speaker|do a presentation|make a presentation|hold a presentation|pitch)',
    '(the |a |your |)(speaking|presenting|presentation|speaker|good-practice|good practice) (slot|offer|invitation|spot|opportunity)',
  ],
  // "…will represent us. He speaks Romanian, of course."
  sentenceAdverbs: ['^(of course|certainly|naturally|obviously|definitely|absolutely|sure)$'],
  invitationWords: ['invitation*', 'invite', 'invited'],
  // "I would like to attend. Could you please send the link again, the one in the mail does not open?"
  linkRequests: ['(send|resend|re-send|forward|share) (me |us |)(the|a|your|this) (zoom |teams |meeting |access |connection |new |)(link|access details|login details|connection details)',
    // Another registration step asked after the wish presumes coming: "Should we register anywhere else as well?".
    '(should|must|do|shall) (i|we) (also |)(register|sign up|enrol|enroll) (anywhere|somewhere) else',
    // The room's means for the sender's talk or car, asked after the wish: "I would love to attend. … Will there be a screen-share option?" (h143_078).
    '(screen-share|screen share|screen sharing|share (my|our) screen|projector|beamer|hdmi|parking)',
    // Checking the way in after the wish: "… would both like to join. Can you confirm the Zoom link is the same for everyone?" (h205_056).
    '(confirm|check) (that |whether |if |)(the|our|my) (zoom |teams |meeting |access |)(link|access details|login details|connection details) (is|will be|stays|remains)',
    // "I would love to join and listen. Will I receive the link again on the day?" (h407_061).
    '(will|do|shall|should) (i|we) (receive|get|be sent) (the|a) (zoom |teams |meeting |access |connection |new |)(link|access details|login details|connection details)'],
  attendanceWords: [
    'attend*', 'come', 'coming', 'join*', 'participat*', 'make it', 'be there', 'be present', 'take part', 'travel', 'available', 'event', 'workshop', 'lab', 'meeting', 'session',
  ],
  eventActivities: [
    // "Just me. I might say something if time allows" (h462_026).
    'say (something|a few words|a word|a few things)',
    '(ask|pose|put) (a |some |a few |any |)(question|questions)', 'comment',
    // "happy to just listen in and maybe answer questions about our incubator case".
    '(answer|take|field) (a |some |a few |any |)(question|questions)', 'chip in', 'share (a |some |)(thought|thoughts|experience|experiences|insight|insights)',
    'take the floor', 'speak', 'present', 'intervene', 'contribute', 'write in the chat', 'use the chat',
    // "Yes I'll join. Probably just listening in though": the doubt is about the role.
    '(just|only) (listen|listening|observe|observing|watch|watching)',
    // "I'll join the Zoom but probably stay quiet": silent in the room, still there.
    '(stay|keep|remain|be) (quiet|silent|muted|on mute)',
    // "We'll be 4 people joining … We'll probably connect from the office meeting room on one account" (h119_056): the doubt is where from.
    "(connect|join|dial in|log in|be connecting|be joining|follow) (together |all |)(from|via|through|using|on) (the|our|my|one|a|an|a single|his|her) (office|meeting room|room|laptop|account|computer|screen|phone|premises|headquarters|site)",
  ],
  disclaimerOpeners: [
    'confidentiality notice', 'confidentiality', 'disclaimer', 'legal notice', 'legal disclaimer', 'important notice', 'privileged and confidential',
    'please do not reply (to this|with)', '(if you no longer wish|if you do not wish|if you would prefer not) to receive', 'data protection',
    'this (e-mail|email|message|communication|transmission) (and any (attachments|attachment|files) (to it |transmitted with it |)|)(is|are|may be|contains|may contain|is intended|was intended) (strictly |)(confidential|privileged|legally privileged|solely|only|exclusively|for the)',
    'the (information|content|contents) (contained |)(in|of) this (e-mail|email|message|communication)',
    'if you (are not|have received this) (the intended|in error)',
  ],
  negators: ['not', 'no', 'never', "can't", 'cannot', "won't", "don't", "doesn't", "didn't", "wouldn't", "couldn't", "shouldn't", "isn't", "aren't", "wasn't", "haven't", 'unable', 'impossible', 'neither', 'nor',
    // British "I shan't be able to make it".
    "shan't"],
  contrast: ['but', 'however', 'though', 'although', 'yet', 'except', 'instead',
    // A correction in the same mail: "yes, I can make it. EDIT: scratch that - … I won't be able to attend".
    'scratch that'],
  partial: [
    'on time', 'in person', 'at the (start|beginning|opening)', 'from the (start|beginning)', 'for the (whole|entire|full|first|second)',
    'until the end', 'till the end', 'the whole', 'in the (morning|afternoon)', 'physically', 'before #', 'at #', 'until #', 'after #', 'by #',
    // Joining late: "I'll join on the 17th, but probably only from 11:30".
    'only from #',
    // Arriving later: "my flight lands at 9:40 so I'll probably only make it to the pavilion around 10:45" (h111_049).
    'around #',
    'stay (long|until|for)', 'the (first|second) (half|part)',
    // Coming late or leaving early is a constraint of a yes: "I might be a few minutes late".
    'late', 'leave early', 'leave (a bit|a little|slightly|a few minutes) early', 'leave before the end', 'be there by',
    // "I will be with you in Zoom, maybe only for first part".
    'for first (part|half|hour)', '(first|second) part',
    // "I will connect maybe 15 minutes later": late by an amount of time (h86_074).
    '(#|a few|few|some) (minutes|minute|min|mins) later',
    // "I'll be there, though I might have to slip out around 12".
    '(slip|duck|sneak|step|dash|head) (out|off|away) (early|around|at|before|after|by)',
    // How one travels, asked about for the bike parking: "we won't come by bike".
    'by (bike|bikes|bicycle|bicycles|car|cars)', 'on (a bike|bikes|foot)',
  ],
  regionalFillers: [],
  // "Yes, feel free to use our logo on the slides".
  // "Sure, please forward the invitation to Mihai Costea" (h483_026).
  leaveGiven: ['(you can|you may|feel free to|go ahead and) (use|add|include|share|publish|forward|mention|keep|put|list|print)', 'please (forward|pass on) the invitation to'],
  // "sure, I can send you the two slides on our incubator before the meeting" (h471_055).
  sendingOffers: ["(i|we) (can|could|will|shall) (also |)(send|share|forward|email) ... (slides|slide|presentation|logo|bio|materials|material|document|documents|photos|pictures|video|report|brochure|data|figures|contacts|list)", "(i'll|we'll) (also |)(send|share|forward|email) ... (slides|slide|presentation|logo|bio|materials|material|document|documents|photos|pictures|video|report|brochure|data|figures|contacts|list)"],
  mailRemarks: [
    // "Yes, I had a look at the draft action plan - great work" (h513_015): the plan read, not the meeting answered.
    '(i|we) (had|have had|took|have taken) a (look|quick look|first look) at', '(i|we) (have |)(read|looked at|gone through|went through) the (draft|plan|action plan|document|attachment|materials)',
    // "Yes, the September workshop was really useful" (as h471_065 in Romanian).
    'the (january|february|march|april|may|june|july|august|september|october|november|december|last|previous|autumn|fall|spring|summer|winter) (workshop|meeting|session|lab|event) (was|has been)',
    // "Yes please — could you add my colleague Lukas to the mailing list?" (h447_002).
    '(could|can|would) you (please |)(add|include|put|subscribe) ... (to|on|in) (the|your) (mailing list|mailing-list|newsletter|distribution list)',
    '(i|we) (have |)received', '(i|we) got (it|the invitation|your)', 'got it', 'received',
    // "Yes, the attachment opens fine now" (h289_083); "Yes, I agree to the processing of my data" (h289_091 in Romanian).
    '(the |)(attachment|attachments|file|link|document|pdf) (now |)(opens|open|works|work|is working|are working|is fine|loads)',
    '(i|we) (agree|consent) (to|with) (the |)(processing|data|gdpr|privacy|terms)', '(i|we) give (my|our) consent',
    // "I have to decline this time - but yes, please do send me the minutes afterwards" (h337_050): yes to what is sent after.
    '(please |pls |)(do |)(send|forward|share) (me|us) (the |your |)(minutes|materials|slides|presentation|presentations|recording|summary|conclusions|notes|report|outcomes|results)'],
  confirmedData: [
    '^(the |my |our |)(number|phone number|address|email|e-mail|email address|details|data|name) (is|are) (correct|right|ok|fine)$',
    '^(this|that) is (the|my|our) (correct |right |)(address|number|email|email address)$'],
  // "I would love to! Unfortunately my calendar says otherwise" (h495_053).
  ironyOpenings: ['as if', 'yeah right', 'like i have'],
  gladAnswers: ['yes please', 'yes', '(yes|yes sure) of course', 'sure', 'of course', 'with (great |)pleasure', 'gladly', "(i would|i'd|we would|we'd) (love|like) to"],
  regrets: ['unfortunately', 'sadly', 'regrettably'],
  regretOpenings: ['the only (thing|problem) is'],
  relativeComing: ['who (will|shall|is going to)'],
  missent: ['(hit|pressed|clicked) send too (soon|early|quickly)', "^i mean (no|not|i can't|i cannot|yes)"],
  // "No, I haven't forgotten — I'm attending with two colleagues" (h265_055).
  echoedNegatives: [
    // "No, I never got the first invitation, only this reminder. Anyway: yes, I'll be there Monday" (h453_041).
    '(i|we) never (got|received|saw|had) (the|your|any|an|a)', "(i|we) (don't|do not) have (any |)(dietary|food) (restrictions|requirements|needs)",
    // "No, I won't be needing the Romanian-English interpretation you mentioned" (h429_041).
    "(i|we) (won't|will not|don't|do not|shan't) (be needing|need|require|be requiring) (the|any|a|an)",
    // "Sure! (No, I haven't read the plan yet, but I will)": no to having read it.
    "(i|we) (haven't|have not) (read|gone through|looked at) (the |your |)(plan|document|draft|materials|attachment) (yet|)",
    // A slip taken back: "In Kaunas we are one hour... no, actually same time as you, sorry. Then yes, I connect" (h310_004).
    'actually (the |)same (time|hour|day|date|time zone|timezone)',
    // "No, I haven't received the draft action plan, the attachment seems to be missing. Anyway, count me in" (h367_035).
    "(i|we) (haven't|have not|didn't|did not) (received|receive|get|got|gotten|see|seen|find|found) (the |your |any |an |)(plan|document|draft|materials|attachment|agenda|link|file)",
    "(i|we) (haven't|have not|hadn't|had not|didn't|did not) forg*", "(i|we) (have|had|have got) no (more |further |other |)(questions|objections|comments|remarks)", "(i|we) (don't|do not) have (any |)(more |further |other |)(questions|objections|comments|remarks)", 'no (more |further |other |)(questions|objections|comments|remarks)', 'not (necessary|needed)', 'no problem',
    // "No, I don't need the password again – found it in the invitation. I'll be there" (h399_022).
    "(i|we) (don't|do not) need (the|a|an|any|another|it|them)"],
  languageCues: [
    'the', 'i', 'will', 'and', 'to', 'you', 'thank', 'thanks', 'be', 'attend', "i'll", 'we', 'my', 'for', 'of', 'is', 'am', 'are',
    'yes', 'not', 'sorry', 'unfortunately', 'regards', 'best', 'dear', 'hello', 'hi', 'there', 'can', "can't", 'with', 'would', 'like',
  ],
  details: detailsEn,
};
