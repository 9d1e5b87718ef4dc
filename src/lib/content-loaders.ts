/**
 * Loaders for `content/`. They wrap Astro's `glob()` so that mistakes a single schema cannot
 * see — a file in an unknown language folder, a translation without a German source, a site
 * page that would hide a route — stop the build with the file path, what is wrong and what
 * was expected.
 */
import { glob, file as fileLoader } from 'astro/loaders';
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { DEFAULT_LOCALE, LOCALE_CODES, isLocale, type Locale } from '../i18n/locales';
import { GUIDE_SECTIONS, RESERVED_GUIDE_SLUGS, RESERVED_SEGMENTS, SLUG_PATTERN, type GuideSection } from './sections';
import { load as parseYaml } from 'js-yaml';
import { existsSync } from 'node:fs';
import { findFactReferences, factAt, endedFacts } from './facts';
import { factSchema, type FactData } from './schemas';
import { buildDate } from './build-date';

/** A content error an editor can act on. The message names file, problem and expectation. */
export class ContentError extends Error {
  constructor(file: string, problem: { de: string; en: string }, expected: { de: string; en: string }) {
    super(
      `${file}\n  ${problem.de} – erwartet: ${expected.de}.\n  ${problem.en} – expected: ${expected.en}.`,
    );
    this.name = 'ContentError';
  }
}

export interface LocalizedId {
  locale: Locale;
  /** Section folder for guides (`pathways`), undefined for site pages. */
  section?: string;
  slug: string;
}

/**
 * Reads `<locale>/<slug>.md` (site pages) or `<locale>/<section>/<slug>.md` (guides) and
 * checks every part. `base` is only used to name the file in errors.
 */
export function parseLocalizedPath(entry: string, base: string, sections?: readonly string[]): LocalizedId {
  const file = `${base}/${entry}`;
  const parts = entry.replace(/\.(md|mdx)$/, '').split('/');
  const expectedDepth = sections ? 3 : 2;
  const layout = sections ? '<sprache>/<bereich>/<name>.md' : '<sprache>/<name>.md';
  const layoutEn = sections ? '<language>/<section>/<name>.md' : '<language>/<name>.md';
  if (parts.length !== expectedDepth) {
    throw new ContentError(
      file,
      { de: 'Die Datei liegt im falschen Ordner', en: 'The file is in the wrong folder' },
      { de: `${base}/${layout}`, en: `${base}/${layoutEn}` },
    );
  }
  const [locale, ...rest] = parts;
  if (!isLocale(locale)) {
    throw new ContentError(
      file,
      { de: `Unbekannter Sprachordner „${locale}“`, en: `Unknown language folder "${locale}"` },
      { de: `einer von ${LOCALE_CODES.join(', ')}`, en: `one of ${LOCALE_CODES.join(', ')}` },
    );
  }
  const slug = rest[rest.length - 1];
  const section = sections ? rest[0] : undefined;
  if (sections && !sections.includes(section!)) {
    throw new ContentError(
      file,
      { de: `Unbekannter Bereich „${section}“`, en: `Unknown section "${section}"` },
      { de: `einer von ${sections.join(', ')}`, en: `one of ${sections.join(', ')}` },
    );
  }
  if (!SLUG_PATTERN.test(slug)) {
    throw new ContentError(
      file,
      { de: `Ungültiger Dateiname „${slug}“`, en: `Invalid file name "${slug}"` },
      {
        de: 'Kleinbuchstaben a–z, Ziffern und Bindestriche, z. B. eu-blue-card.md (der Name wird Teil der Webadresse)',
        en: 'lower-case letters a–z, digits and hyphens, e.g. eu-blue-card.md (the name becomes part of the web address)',
      },
    );
  }
  const reservedHere = sections ? (RESERVED_GUIDE_SLUGS[section as GuideSection] ?? []) : RESERVED_SEGMENTS;
  if ((reservedHere as readonly string[]).includes(slug)) {
    throw new ContentError(
      file,
      { de: `Der Name „${slug}“ ist für einen Bereich der Website reserviert`, en: `The name "${slug}" is reserved for a part of the site` },
      { de: `ein anderer Name als ${reservedHere.join(', ')}`, en: `a name other than ${reservedHere.join(', ')}` },
    );
  }
  return { locale, section, slug };
}

export function localizedIdOf(id: string): LocalizedId {
  const parts = id.split('/');
  const locale = parts[0] as Locale;
  return parts.length === 3 ? { locale, section: parts[1], slug: parts[2] } : { locale, slug: parts[1] };
}

interface TranslatableData {
  updated: Date;
  translationOf?: { sourceUpdated: Date };
}

interface StoredEntry {
  id: string;
  filePath?: string;
  data: Record<string, unknown>;
}

/**
 * Checks across the files of one collection: German files are sources and carry no
 * `translationOf`; every translation names the German version it was made from, and that
 * German file exists.
 */
export function checkTranslations(entries: StoredEntry[], base: string): void {
  const ids = new Set(entries.map((e) => e.id));
  for (const entry of entries) {
    const { locale, section, slug } = localizedIdOf(entry.id);
    const data = entry.data as unknown as TranslatableData;
    const file = entry.filePath ?? `${base}/${entry.id}.md`;
    const sourceId = [DEFAULT_LOCALE, section, slug].filter(Boolean).join('/');
    if (locale === DEFAULT_LOCALE) {
      if (data.translationOf) {
        throw new ContentError(
          file,
          { de: 'Eine deutsche Originalseite hat das Feld translationOf', en: 'A German source page has the field translationOf' },
          { de: 'translationOf nur in Übersetzungen; in deutschen Seiten weglassen', en: 'translationOf only in translations; remove it from German pages' },
        );
      }
      continue;
    }
    if (!ids.has(sourceId)) {
      throw new ContentError(
        file,
        { de: `Zu dieser Übersetzung fehlt die deutsche Originalseite ${base}/${sourceId}.md`, en: `This translation has no German source page ${base}/${sourceId}.md` },
        { de: 'zuerst die deutsche Seite mit demselben Dateinamen anlegen', en: 'a German page with the same file name, created first' },
      );
    }
    if (!data.translationOf) {
      throw new ContentError(
        file,
        { de: 'Pflichtfeld translationOf fehlt', en: 'Required field translationOf is missing' },
        {
          de: 'translationOf: { sourceUpdated: <Datum „updated“ der deutschen Seite> }, damit Leser sehen, ob die Übersetzung aktuell ist',
          en: 'translationOf: { sourceUpdated: <"updated" date of the German page> }, so readers can see whether the translation is current',
        },
      );
    }
  }
}

const DATE_LINE = /^[\s-]*([A-Za-z]+):\s*["']?(\d{4})-(\d{2})-(\d{2})["']?\s*(?:#.*)?$/;

/**
 * YAML quietly turns an impossible date such as 2026-13-45 into a real one (2027-02-14), so
 * the schema never sees the mistake. This reads the file as text and checks every
 * `key: YYYY-MM-DD` line for a real calendar day.
 */
export function checkDatesInText(text: string, file: string): void {
  text.split(/\r?\n/).forEach((line, index) => {
    const match = DATE_LINE.exec(line);
    if (!match) return;
    const [, key, year, month, day] = match;
    const date = new Date(Date.UTC(+year, +month - 1, +day));
    if (date.getUTCFullYear() === +year && date.getUTCMonth() === +month - 1 && date.getUTCDate() === +day) return;
    throw new ContentError(
      `${file}:${index + 1}`,
      { de: `Feld ${key}: ${year}-${month}-${day} ist kein gültiges Datum`, en: `Field ${key}: ${year}-${month}-${day} is not a real date` },
      { de: 'ein Datum in der Form JJJJ-MM-TT, z. B. 2026-11-25', en: 'a date written YYYY-MM-DD, e.g. 2026-11-25' },
    );
  });
}

type Check = (entries: StoredEntry[], context: LoaderContext, texts: Map<string, string>) => void;

/** Runs a loader, then checks the raw text of every file it read and any cross-file rule. */
function withChecks(inner: Loader, name: string, check?: Check): Loader {
  return {
    name,
    load: async (context: LoaderContext) => {
      await inner.load(context);
      const root = fileURLToPath(context.config.root);
      const entries = [...context.store.values()] as StoredEntry[];
      const texts = new Map<string, string>();
      for (const path of new Set(entries.map((e) => e.filePath).filter(Boolean) as string[])) {
        const text = readFileSync(resolve(root, path), 'utf8');
        texts.set(path, text);
        checkDatesInText(text, path);
      }
      check?.(entries, context, texts);
    },
  };
}

/** Reads the facts file on its own (collections load in parallel) to check references. */
export function readFacts(path: string): Record<string, FactData> {
  if (!existsSync(path)) return {};
  const raw = (parseYaml(readFileSync(path, 'utf8')) ?? {}) as Record<string, unknown>;
  const facts: Record<string, FactData> = {};
  for (const [id, data] of Object.entries(raw)) {
    const parsed = factSchema.safeParse(data);
    // Schema errors are reported by the facts collection itself, with the field.
    if (parsed.success) facts[id] = parsed.data;
  }
  return facts;
}

/**
 * Every `{{fact:…}}` in a page names a figure in the facts file, and a dated reference has a
 * value on that day. Otherwise the build stops at the file and line.
 */
export function checkFactReferences(text: string, file: string, facts: Record<string, FactData>, factsFile: string): void {
  for (const ref of findFactReferences(text)) {
    const fact = facts[ref.id];
    if (!fact) {
      throw new ContentError(
        `${file}:${ref.line}`,
        { de: `Unbekannte Zahl {{fact:${ref.id}}}`, en: `Unknown figure {{fact:${ref.id}}}` },
        { de: `eine Kennung aus ${factsFile}: ${Object.keys(facts).sort().join(', ')}`, en: `an id from ${factsFile}: ${Object.keys(facts).sort().join(', ')}` },
      );
    }
    try {
      factAt(ref.id, fact, ref.on ? new Date(`${ref.on}T00:00:00Z`) : buildDate());
    } catch (error) {
      throw new ContentError(
        `${file}:${ref.line}`,
        { de: `Für {{fact:${ref.id}}} gibt es an diesem Tag keinen Wert`, en: `{{fact:${ref.id}}} has no value on that day` },
        { de: `ein Datum, für das ${factsFile} einen Wert hat (${(error as Error).message})`, en: `a day for which ${factsFile} has a value (${(error as Error).message})` },
      );
    }
  }
}

/** `glob()` over one YAML file per entry (`content/bodies/<id>.yaml`), with the same checks. */
export function yamlEntries(folder: string | URL): Loader {
  const base = displayPath(folder);
  const inner = glob({
    base: folder,
    pattern: '*.{yaml,yml}',
    generateId: ({ entry }) => {
      const id = entry.replace(/\.ya?ml$/, '');
      if (!SLUG_PATTERN.test(id)) {
        throw new ContentError(
          `${base}/${entry}`,
          { de: `Ungültiger Dateiname „${entry}“`, en: `Invalid file name "${entry}"` },
          {
            de: 'Kleinbuchstaben a–z, Ziffern und Bindestriche, z. B. welcome-center-leipzig.yaml (der Name wird Teil der Webadresse)',
            en: 'lower-case letters a–z, digits and hyphens, e.g. welcome-center-leipzig.yaml (the name becomes part of the web address)',
          },
        );
      }
      return id;
    },
  });
  return withChecks(inner, 'yaml-entries');
}

/** Astro's file() loader only logs a missing file; here it stops the build. */
function requireFile(path: string): Loader {
  const inner = fileLoader(path);
  return {
    name: 'required-file',
    load: async (context: LoaderContext) => {
      if (!existsSync(resolve(fileURLToPath(context.config.root), path))) {
        throw new ContentError(
          path,
          { de: 'Die Datei fehlt', en: 'The file is missing' },
          { de: 'diese Datei (die Website braucht sie)', en: 'this file (the site needs it)' },
        );
      }
      await inner.load(context);
    },
  };
}

/** One YAML file holding entries keyed by id, with the raw-text checks. */
export function yamlFile(path: string): Loader {
  return withChecks(requireFile(path), 'yaml-file');
}

/**
 * The facts file: one YAML file with many figures keyed by id. A figure whose last period has
 * ended without a successor is a build warning: the site then shows the old value as outdated.
 */
export function factsFile(path: string): Loader {
  return withChecks(requireFile(path), 'facts-file', (entries, context) => {
    const facts = Object.fromEntries(entries.map((e) => [e.id, e.data as unknown as FactData]));
    for (const { id, validUntil } of endedFacts(facts, buildDate())) {
      context.logger.warn(
        `${displayPath(path)}: "${id}" galt nur bis ${validUntil.toISOString().slice(0, 10)} und hat keinen Nachfolgewert – bitte den neuen Wert eintragen. / ` +
          `"${id}" was valid only until ${validUntil.toISOString().slice(0, 10)} and has no newer value – please add it.`,
      );
    }
  });
}

/** A folder as editors see it: `content/guides`, not a file URL. */
function displayPath(folder: string | URL): string {
  const path = folder instanceof URL ? fileURLToPath(folder) : folder;
  return relative(process.cwd(), path).replace(/\\/g, '/').replace(/\/$/, '') || '.';
}

/** A `glob()` over `<base>/<locale>/[<section>/]<slug>.md` with path and translation checks. */
export function localizedMarkdown(folder: string | URL, options: { sections?: readonly string[]; factsFile: string }): Loader {
  const { sections, factsFile: factsPath } = options;
  const base = displayPath(folder);
  const inner = glob({
    base: folder,
    pattern: '**/*.md',
    generateId: ({ entry }) => {
      const { locale, section, slug } = parseLocalizedPath(entry, base, sections);
      return [locale, section, slug].filter(Boolean).join('/');
    },
  });
  return withChecks(inner, 'localized-markdown', (entries, _context, texts) => {
    checkTranslations(entries, base);
    const facts = readFacts(factsPath);
    for (const [file, text] of texts) checkFactReferences(text, file, facts, displayPath(factsPath));
  });
}

export { GUIDE_SECTIONS };
