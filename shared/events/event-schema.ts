import * as z from '../zod';

const languages = ['ro', 'en'] as const;
export const languageSchema = z.enum(languages);
export type Language = z.infer<typeof languageSchema>;

/** A string of at least one character (classic zod's `z.string().min(1)`). */
const nonEmpty = () => z.string().check(z.minLength(1));

/** Text in one or both languages; at least one must be present. */
export const localizedSchema = z
  .strictObject({ ro: z.optional(nonEmpty()), en: z.optional(nonEmpty()) })
  .check(z.refine((v) => v.ro !== undefined || v.en !== undefined, 'needs at least one of "ro" or "en"'));
export type Localized = z.infer<typeof localizedSchema>;

const isoWithOffset = z
  .string()
  .check(
    z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/, 'must be an ISO date-time with an offset, e.g. 2020-01-20T10:00:00+02:00'),
    z.refine((s) => !Number.isNaN(Date.parse(s)), 'is not a real date-time'),
  );
const dateOnly = z
  .string()
  .check(
    z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD'),
    z.refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'is not a real date'),
  );
const hhmm = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM (24 h)'));

const timeZone = z.string().check(
  z.refine((tz) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }, 'is not an IANA time zone'),
);

const addressSchema = z.pipe(
  z.email(),
  z.transform((s) => s.trim().toLowerCase()),
);

const placeSchema = z.strictObject({
  name: nonEmpty(),
  address: nonEmpty(),
  city: z.optional(nonEmpty()),
  notes: z.optional(localizedSchema),
});

const onlineSchema = z.strictObject({
  platform: z._default(nonEmpty(), 'Zoom'),
  url: z.url({ protocol: /^https?$/ }),
  password: z.optional(nonEmpty()),
});

const positiveInt = () => z.number().check(z.int(), z.positive());

const speakingSchema = z.strictObject({
  /** Minutes each speaker presents. */
  minutesPerSpeaker: positiveInt(),
  /** Minutes of discussion after each intervention. */
  discussionMinutesPerSpeaker: z._default(z.number().check(z.int(), z.minimum(0)), 0),
});

const agendaItemSchema = z
  .strictObject({
    start: hhmm,
    end: hhmm,
    title: localizedSchema,
    presenter: z.optional(nonEmpty()),
    /** Marks the stakeholder speaking block. */
    speaking: z.optional(speakingSchema),
  })
  .check(z.refine((i) => i.start < i.end, 'agenda item must end after it starts'));

const managerSchema = z.union([
  z.pipe(
    addressSchema,
    z.transform((email) => ({ email, name: undefined as string | undefined })),
  ),
  z.strictObject({ email: addressSchema, name: z.optional(nonEmpty()) }),
]);

export const eventSchema = z
  .strictObject({
    id: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug (a-z, 0-9, dashes)'), z.maxLength(40)),
    title: localizedSchema,
    language: languageSchema,
    startsAt: isoWithOffset,
    endsAt: isoWithOffset,
    timeZone: z._default(timeZone, 'Europe/Bucharest'),
    location: z
      .strictObject({ place: z.optional(placeSchema), online: z.optional(onlineSchema) })
      .check(z.refine((l) => l.place !== undefined || l.online !== undefined, 'needs a "place", an "online" link, or both')),
    /** A date alone means the end of that day in the event's time zone. */
    rsvpDeadline: z.union([dateOnly, isoWithOffset]),
    /** The address replies go to; plus addresses <local>+<eventId>@<domain> route to this event. */
    inbox: addressSchema,
    /** Display name for mail we send from the inbox. */
    organizer: z.optional(z.strictObject({ name: localizedSchema, phone: z.optional(z.string()) })),
    managers: z.array(managerSchema).check(z.minLength(1, 'needs at least one manager to receive the digest')),
    agenda: z.optional(z.array(agendaItemSchema)),
    capacity: z.optional(positiveInt()),
    acceptUninvited: z._default(z.boolean(), true),
    digest: z._default(
      z.strictObject({ time: z._default(hhmm, '08:00'), skipWhenUnchanged: z._default(z.boolean(), false) }),
      { time: '08:00', skipWhenUnchanged: false },
    ),
    reminders: z._default(z.strictObject({ daysBefore: z._default(z.array(positiveInt()), []) }), { daysBefore: [] }),
    description: z.optional(localizedSchema),
  })
  .check(z.refine((e) => Date.parse(e.startsAt) < Date.parse(e.endsAt), { message: 'must end after it starts', path: ['endsAt'] }));

export type RsvpEvent = z.infer<typeof eventSchema>;
export type RsvpEventInput = z.input<typeof eventSchema>;
export type AgendaItem = z.infer<typeof agendaItemSchema>;

/** Picks the text for `lang`, falling back to the other language. */
export function localized(text: Localized, lang: Language): string {
  return (lang === 'ro' ? (text.ro ?? text.en) : (text.en ?? text.ro)) ?? '';
}
