import * as z from 'zod';

const languages = ['ro', 'en'] as const;
export const languageSchema = z.enum(languages);
export type Language = z.infer<typeof languageSchema>;

/** Text in one or both languages; at least one must be present. */
export const localizedSchema = z
  .object({ ro: z.string().min(1).optional(), en: z.string().min(1).optional() })
  .strict()
  .refine((v) => v.ro !== undefined || v.en !== undefined, 'needs at least one of "ro" or "en"');
export type Localized = z.infer<typeof localizedSchema>;

const isoWithOffset = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/, 'must be an ISO date-time with an offset, e.g. 2020-01-20T10:00:00+02:00')
  .refine((s) => !Number.isNaN(Date.parse(s)), 'is not a real date-time');
const dateOnly = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'is not a real date');
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM (24 h)');

const timeZone = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, 'is not an IANA time zone');

const addressSchema = z.email().transform((s) => s.trim().toLowerCase());

const placeSchema = z
  .object({
    name: z.string().min(1),
    address: z.string().min(1),
    city: z.string().min(1).optional(),
    notes: localizedSchema.optional(),
  })
  .strict();

const onlineSchema = z
  .object({
    platform: z.string().min(1).default('Zoom'),
    url: z.url({ protocol: /^https?$/ }),
    password: z.string().min(1).optional(),
  })
  .strict();

const speakingSchema = z
  .object({
    /** Minutes each speaker presents. */
    minutesPerSpeaker: z.number().int().positive(),
    /** Minutes of discussion after each intervention. */
    discussionMinutesPerSpeaker: z.number().int().min(0).default(0),
  })
  .strict();

const agendaItemSchema = z
  .object({
    start: hhmm,
    end: hhmm,
    title: localizedSchema,
    presenter: z.string().min(1).optional(),
    /** Marks the stakeholder speaking block. */
    speaking: speakingSchema.optional(),
  })
  .strict()
  .refine((i) => i.start < i.end, 'agenda item must end after it starts');

const managerSchema = z.union([
  addressSchema.transform((email) => ({ email, name: undefined as string | undefined })),
  z.object({ email: addressSchema, name: z.string().min(1).optional() }).strict(),
]);

export const eventSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug (a-z, 0-9, dashes)').max(40),
    title: localizedSchema,
    language: languageSchema,
    startsAt: isoWithOffset,
    endsAt: isoWithOffset,
    timeZone: timeZone.default('Europe/Bucharest'),
    location: z
      .object({ place: placeSchema.optional(), online: onlineSchema.optional() })
      .strict()
      .refine((l) => l.place !== undefined || l.online !== undefined, 'needs a "place", an "online" link, or both'),
    /** A date alone means the end of that day in the event's time zone. */
    rsvpDeadline: z.union([dateOnly, isoWithOffset]),
    /** The address replies go to; plus addresses <local>+<eventId>@<domain> route to this event. */
    inbox: addressSchema,
    /** Display name for mail we send from the inbox. */
    organizer: z.object({ name: localizedSchema, phone: z.string().optional() }).strict().optional(),
    managers: z.array(managerSchema).min(1, 'needs at least one manager to receive the digest'),
    agenda: z.array(agendaItemSchema).optional(),
    capacity: z.number().int().positive().optional(),
    acceptUninvited: z.boolean().default(true),
    digest: z
      .object({ time: hhmm.default('08:00'), skipWhenUnchanged: z.boolean().default(false) })
      .strict()
      .default({ time: '08:00', skipWhenUnchanged: false }),
    reminders: z
      .object({ daysBefore: z.array(z.number().int().positive()).default([]) })
      .strict()
      .default({ daysBefore: [] }),
    description: localizedSchema.optional(),
  })
  .strict()
  .refine((e) => Date.parse(e.startsAt) < Date.parse(e.endsAt), { message: 'must end after it starts', path: ['endsAt'] });

export type RsvpEvent = z.infer<typeof eventSchema>;
export type RsvpEventInput = z.input<typeof eventSchema>;
export type AgendaItem = z.infer<typeof agendaItemSchema>;

/** Picks the text for `lang`, falling back to the other language. */
export function localized(text: Localized, lang: Language): string {
  return (lang === 'ro' ? (text.ro ?? text.en) : (text.en ?? text.ro)) ?? '';
}
