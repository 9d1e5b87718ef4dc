/**
 * Zod schemas for everything under `content/`. They are plain TypeScript (no `astro:content`
 * import) so that unit tests can run them directly; `src/content.config.ts` wires them to
 * Astro's Content Layer.
 *
 * Every rule carries a message in German and English that says what was expected, because
 * the people who read these errors are editors, not developers. Astro prefixes each message
 * with the collection, the entry and the field; the loaders in `content-loaders.ts` add the
 * file path for the checks that span several files.
 */
import { z } from 'astro/zod';
import { LOCALE_CODES, DEFAULT_LOCALE, type Locale } from '../i18n/locales';
import { DISTRICT_IDS } from './districts';

interface Expected {
  de: string;
  en: string;
}

function show(value: unknown): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'invalid date' : value.toISOString().slice(0, 10);
  const text = JSON.stringify(value);
  return text && text.length > 60 ? `${text.slice(0, 57)}…` : String(text);
}

/** Builds a Zod error callback: "missing" or "got X", then what was expected, in de and en. */
export function expect(expected: Expected) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined
      ? `Pflichtfeld fehlt – erwartet: ${expected.de}. / Required field is missing – expected: ${expected.en}.`
      : `Ungültiger Wert ${show(issue.input)} – erwartet: ${expected.de}. / Invalid value ${show(issue.input)} – expected: ${expected.en}.`;
}

/** Text that must not be empty. */
export function text(expected: Expected = { de: 'ein nicht leerer Text', en: 'a non-empty text' }) {
  const error = expect(expected);
  return z.string({ error }).trim().min(1, { error });
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_EXPECTED: Expected = {
  de: 'ein Datum in der Form JJJJ-MM-TT, z. B. 2026-11-25',
  en: 'a date written YYYY-MM-DD, e.g. 2026-11-25',
};

/**
 * A calendar day written YYYY-MM-DD. YAML turns such a value into a Date already; a quoted
 * string is accepted too. "25.11.2026", "2026-13-01" or "next week" are rejected.
 */
export function isoDate(expected: Expected = DATE_EXPECTED) {
  const error = expect(expected);
  return z
    .custom<Date | string>((value) => value instanceof Date || (typeof value === 'string' && ISO_DAY.test(value)), { error })
    .transform((value, ctx) => {
      const date = value instanceof Date ? value : new Date(`${value}T00:00:00Z`);
      const valid =
        !Number.isNaN(date.getTime()) && (value instanceof Date || date.toISOString().slice(0, 10) === value);
      if (!valid) {
        ctx.addIssue({ code: 'custom', input: value, message: error({ input: value }) });
        return z.NEVER;
      }
      return date;
    });
}

export function httpUrl(expected: Expected = { de: 'eine vollständige Webadresse mit https://', en: 'a full web address starting with https://' }) {
  return z.url({ protocol: /^https?$/, error: expect(expected) });
}

export const email = () => z.email({ error: expect({ de: 'eine E-Mail-Adresse wie name@behoerde.de', en: 'an e-mail address like name@authority.de' }) });

/** International or German phone number: digits, spaces, +, /, -, parentheses; at least 6 digits. */
export const phone = () =>
  z
    .string({ error: expect({ de: 'eine Telefonnummer wie +49 351 123456', en: 'a phone number like +49 351 123456' }) })
    .regex(/^\+?[0-9][0-9 ()/-]{5,}$/, {
      error: expect({ de: 'eine Telefonnummer wie +49 351 123456 (nur Ziffern, Leerzeichen, +, /, -)', en: 'a phone number like +49 351 123456 (digits, spaces, +, /, - only)' }),
    });

export const source = z.strictObject(
  {
    title: text({ de: 'der Titel der Quelle', en: 'the title of the source' }),
    url: httpUrl(),
  },
  { error: expect({ de: 'eine Quelle mit title und url', en: 'a source with title and url' }) },
);

export const sources = z
  .array(source, { error: expect({ de: 'eine Liste von Quellen (title, url)', en: 'a list of sources (title, url)' }) })
  .min(1, { error: expect({ de: 'mindestens eine Quelle', en: 'at least one source' }) });

/** One legal provision, e.g. `{ law: AufenthG, section: "§ 18a", url: … }`. */
export const legalBasis = z.strictObject(
  {
    law: text({ de: 'die Abkürzung des Gesetzes, z. B. AufenthG', en: 'the abbreviation of the law, e.g. AufenthG' }),
    section: text({ de: 'die Vorschrift, z. B. § 18a oder § 16d Abs. 3', en: 'the provision, e.g. § 18a or § 16d Abs. 3' }),
    url: httpUrl({ de: 'die Webadresse des Gesetzestextes (https://…)', en: 'the address of the law text (https://…)' }),
  },
  { error: expect({ de: 'eine Rechtsgrundlage mit law, section und url', en: 'a legal basis with law, section and url' }) },
);

const audience = z.enum(['internationals', 'employers'], {
  error: expect({ de: 'internationals oder employers', en: 'internationals or employers' }),
});

const unknownField = (issue: { code?: string; keys?: string[] }) =>
  issue.code === 'unrecognized_keys'
    ? `Unbekanntes Feld ${issue.keys?.join(', ')} – Tippfehler? / Unknown field ${issue.keys?.join(', ')} – a typo?`
    : undefined;

/**
 * Only translations carry this block: the date of the German version (`updated` of the German
 * file) they were made from. When the German file's `updated` is later, the translation is
 * shown as possibly outdated.
 */
export const translationOf = z.strictObject(
  {
    sourceUpdated: isoDate({
      de: 'das Datum „updated“ der deutschen Fassung, aus der übersetzt wurde (JJJJ-MM-TT)',
      en: 'the "updated" date of the German version this was translated from (YYYY-MM-DD)',
    }),
  },
  { error: expect({ de: 'ein Block mit sourceUpdated', en: 'a block with sourceUpdated' }) },
);

/** Fields shared by guides and site pages. */
const pageFields = {
  title: text({ de: 'der Seitentitel', en: 'the page title' }),
  description: text({ de: 'ein Satz, der die Seite zusammenfasst (für Suche und Vorschau)', en: 'one sentence summing up the page (for search and previews)' }),
  updated: isoDate({ de: 'das Datum der letzten inhaltlichen Änderung (JJJJ-MM-TT)', en: 'the date of the last change to the content (YYYY-MM-DD)' }),
  lastReviewed: isoDate({ de: 'das Datum der letzten fachlichen Prüfung (JJJJ-MM-TT)', en: 'the date the content was last checked by an expert (YYYY-MM-DD)' }),
  translationOf: translationOf.optional(),
};

export const guideSchema = z.strictObject(
  {
    ...pageFields,
    audience,
    legalBasis: z
      .array(legalBasis, { error: expect({ de: 'eine Liste von Rechtsgrundlagen', en: 'a list of legal provisions' }) })
      .min(1, { error: expect({ de: 'mindestens eine Rechtsgrundlage', en: 'at least one legal provision' }) }),
    sources,
    order: z.number({ error: expect({ de: 'eine Zahl für die Reihenfolge in Listen', en: 'a number for the order in lists' }) }).int().optional(),
    /** `step-by-step`: each second-level heading is a numbered step (GOV.UK step by step). */
    layout: z.enum(['default', 'step-by-step'], { error: expect({ de: 'default oder step-by-step', en: 'default or step-by-step' }) }).default('default'),
  },
  { error: unknownField },
);

export const pageSchema = z.strictObject(
  {
    ...pageFields,
    sources: sources.optional(),
    /** The page exists in German only by nature (Leichte Sprache) and needs no translation. */
    germanOnly: z.boolean({ error: expect({ de: 'true oder false', en: 'true or false' }) }).optional(),
  },
  { error: unknownField },
);

/** A description per language; German is required because it is the source. */
const translatedText = z
  .partialRecord(z.enum(LOCALE_CODES), text(), {
    error: expect({ de: `Texte je Sprache (${LOCALE_CODES.join(', ')})`, en: `one text per language (${LOCALE_CODES.join(', ')})` }),
  })
  .refine((texts) => Boolean(texts[DEFAULT_LOCALE]), {
    error: expect({ de: 'mindestens der deutsche Text (de:)', en: 'at least the German text (de:)' }),
  }) as unknown as z.ZodType<Partial<Record<Locale, string>> & { de: string }>;

const verification = z.enum(['verified', 'partial', 'unverified'], {
  error: expect({ de: 'verified, partial oder unverified', en: 'verified, partial or unverified' }),
});

const address = z.strictObject(
  {
    street: text().optional(),
    postalCode: z.string().regex(/^\d{5}$/, { error: expect({ de: 'eine fünfstellige Postleitzahl', en: 'a five-digit postal code' }) }).optional(),
    city: text({ de: 'der Ort', en: 'the town or city' }),
  },
  { error: unknownField },
);

const district = z.enum(DISTRICT_IDS, {
  error: expect({ de: `ein Kreis: ${DISTRICT_IDS.join(', ')}`, en: `a district: ${DISTRICT_IDS.join(', ')}` }),
});

/** Fields every directory entry (recognition body, Welcome Center) has. */
const directoryFields = {
  name: text({ de: 'der amtliche Name auf Deutsch', en: 'the official German name' }),
  shortName: text().optional(),
  description: translatedText,
  /** Empty list: the whole of Saxony. */
  districts: z.array(district).default([]),
  address: address.optional(),
  phone: phone().optional(),
  email: email().optional(),
  website: httpUrl().optional(),
  languages: z.array(z.string().regex(/^[a-z]{2,3}$/, { error: expect({ de: 'ein Sprachkürzel wie de oder en', en: 'a language code like de or en' }) })).optional(),
  sources,
  lastVerified: isoDate({ de: 'das Datum der letzten Prüfung der Angaben (JJJJ-MM-TT)', en: 'the date the details were last checked (YYYY-MM-DD)' }),
  verification,
  /** Fields that could not be confirmed from a source; shown as "not verified" on the page. */
  unverifiedFields: z.array(z.enum(['address', 'phone', 'email', 'website', 'onlineApplication', 'fees', 'duration'])).default([]),
};

/** What kind of body decides: a Saxon state authority, a chamber, a body outside Saxony, … */
export const BODY_KINDS = ['state-authority', 'chamber', 'outside-saxony', 'federal', 'exam-office'] as const;

const key = (what: Expected) =>
  z.string({ error: expect(what) }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: expect(what) });

export const bodySchema = z.strictObject(
  {
    ...directoryFields,
    kind: z.enum(BODY_KINDS, { error: expect({ de: BODY_KINDS.join(', '), en: BODY_KINDS.join(', ') }) }),
    /** Keys of files in content/professions/ this body decides on (in its districts). */
    professions: z.array(key({ de: 'der Dateiname eines Berufs aus content/professions/, z. B. nurse', en: 'the file name of a profession in content/professions/, e.g. nurse' })).default([]),
    legalBasis: z.array(legalBasis).default([]),
    onlineApplication: httpUrl().optional(),
    fees: translatedText.optional(),
    duration: translatedText.optional(),
  },
  { error: unknownField },
);

/** Welcome Centers, similar local services, counselling, immigration offices, statewide services. */
export const WELCOME_CENTER_KINDS = ['welcome-center', 'local-service', 'counselling', 'immigration-office', 'statewide-service'] as const;

export const welcomeCenterSchema = z.strictObject(
  {
    ...directoryFields,
    kind: z.enum(WELCOME_CENTER_KINDS, { error: expect({ de: WELCOME_CENTER_KINDS.join(', '), en: WELCOME_CENTER_KINDS.join(', ') }) }),
    /** Who runs it, if not the name itself says so. */
    operator: text().optional(),
    /** Opening hours or how to get an appointment, as the source states it. */
    hours: translatedText.optional(),
  },
  { error: unknownField },
);

const centerId = key({ de: 'der Dateiname eines Eintrags aus content/welcome-centers/', en: 'the file name of an entry in content/welcome-centers/' });

/**
 * One file per district (`content/districts/<district>.yaml`): which Welcome Center(s) serve
 * it — or none, with the nearest alternative — and which immigration office handles § 81a.
 */
export const districtSchema = z
  .strictObject(
    {
      welcomeCenters: z.array(centerId).default([]),
      /** Required when there is no Welcome Center: where people from here get help instead. */
      nearestAlternative: centerId.optional(),
      note: translatedText.optional(),
      immigrationOffice: centerId,
      sources,
      lastVerified: isoDate({ de: 'das Datum der letzten Prüfung der Angaben (JJJJ-MM-TT)', en: 'the date the details were last checked (YYYY-MM-DD)' }),
    },
    { error: unknownField },
  )
  .refine((d) => d.welcomeCenters.length > 0 || d.nearestAlternative, {
    error: 'Ohne Welcome Center ist nearestAlternative Pflicht. / Without a Welcome Center, nearestAlternative is required.',
    path: ['nearestAlternative'],
  });

export const PROFESSION_GROUPS = [
  'health',
  'education-social',
  'engineering-architecture',
  'it',
  'crafts',
  'commerce-industry',
  'hospitality',
  'transport',
  'agriculture-environment',
  'law-finance',
  'science',
] as const;

const names = z.strictObject(
  Object.fromEntries(LOCALE_CODES.map((code) => [code, text({ de: `der Name auf ${code}`, en: `the name in ${code}` })])) as Record<Locale, ReturnType<typeof text>>,
  { error: expect({ de: `Namen in allen Sprachen (${LOCALE_CODES.join(', ')})`, en: `names in all languages (${LOCALE_CODES.join(', ')})` }) },
);

/** A profession the recognition finder knows: `content/professions/<key>.yaml`. */
export const professionSchema = z.strictObject(
  {
    group: z.enum(PROFESSION_GROUPS, { error: expect({ de: PROFESSION_GROUPS.join(', '), en: PROFESSION_GROUPS.join(', ') }) }),
    /** Regulated: the profession may only be practised (or the title used) with recognition. */
    regulated: z.boolean({ error: expect({ de: 'true oder false', en: 'true or false' }) }),
    /** The official German name first; every language needs a name. */
    names,
    /** Other words people type: old titles, everyday words, spellings. */
    synonyms: z.partialRecord(z.enum(LOCALE_CODES), z.array(text())).default({}),
    legalBasis: legalBasis.optional(),
  },
  { error: unknownField },
);

/** One period of a changing figure, e.g. the minimum wage from 1 January 2026. */
export const factValue = z
  .strictObject(
    {
      value: z.number({ error: expect({ de: 'eine Zahl ohne Tausenderpunkte, z. B. 50700', en: 'a number without thousands separators, e.g. 50700' }) }),
      validFrom: isoDate({ de: 'der erste Tag der Gültigkeit (JJJJ-MM-TT)', en: 'the first day the value applies (YYYY-MM-DD)' }),
      validUntil: isoDate({ de: 'der letzte Tag der Gültigkeit (JJJJ-MM-TT)', en: 'the last day the value applies (YYYY-MM-DD)' }).optional(),
      source,
      /** Shown with the figure on the figures page, e.g. how a value was calculated. */
      note: translatedText.optional(),
    },
    { error: unknownField },
  )
  .refine((v) => !v.validUntil || v.validUntil >= v.validFrom, {
    error: 'validUntil liegt vor validFrom. / validUntil is before validFrom.',
  });

export const FACT_UNITS = ['EUR', 'EUR/year', 'EUR/month', 'EUR/hour', 'days', 'weeks', 'months', 'hours/week'] as const;

export const factSchema = z.strictObject(
  {
    label: translatedText,
    unit: z.enum(FACT_UNITS, { error: expect({ de: FACT_UNITS.join(', '), en: FACT_UNITS.join(', ') }) }),
    legalBasis: legalBasis.optional(),
    values: z
      .array(factValue, { error: expect({ de: 'eine Liste von Werten mit value, validFrom, source', en: 'a list of values with value, validFrom, source' }) })
      .min(1, { error: expect({ de: 'mindestens ein Wert', en: 'at least one value' }) }),
  },
  { error: unknownField },
);

export type GuideData = z.output<typeof guideSchema>;
export type PageData = z.output<typeof pageSchema>;
export type BodyData = z.output<typeof bodySchema>;
export type WelcomeCenterData = z.output<typeof welcomeCenterSchema>;
export type FactData = z.output<typeof factSchema>;
export type DistrictData = z.output<typeof districtSchema>;
export type ProfessionData = z.output<typeof professionSchema>;

/** The Opportunity Card points table (content/rules/opportunity-card.yaml). */
export const pointsRulesSchema = z.strictObject(
  {
    minimumPoints: z.number({ error: expect({ de: 'die Mindestpunktzahl', en: 'the minimum number of points' }) }).int().positive(),
    legalBasis,
    sources,
    criteria: z
      .array(
        z.strictObject(
          {
            id: key({ de: 'eine Kennung wie german-b2', en: 'an id like german-b2' }),
            number: z.number({ error: expect({ de: 'die Nummer in § 20b Abs. 1', en: 'the number in § 20b (1)' }) }).int().positive(),
            points: z.number({ error: expect({ de: 'die Punkte', en: 'the points' }) }).int().positive(),
            group: key({ de: 'eine Gruppe sich ausschließender Merkmale', en: 'a group of criteria that exclude each other' }).optional(),
          },
          { error: unknownField },
        ),
      )
      .min(1),
  },
  { error: unknownField },
);

export type PointsRules = z.output<typeof pointsRulesSchema>;
