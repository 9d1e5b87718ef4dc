/**
 * The one registry of the site's languages. Everything else — Astro's i18n routing,
 * <html lang/dir>, hreflang, Pagefind, date formatting, content folders — reads it from here.
 *
 * Names and text direction come from the platform (Intl), as Starlight does, so there is no
 * hand-kept table to drift; the list of codes and their BCP 47 tags is the only hand-kept part.
 */

/** Route prefixes and content folder names, in the order the language picker lists them. */
export const LOCALE_CODES = ['de', 'en', 'ar', 'es', 'fr', 'pt', 'ru', 'uk', 'vi', 'uz', 'hi', 'zh'] as const;

export type Locale = (typeof LOCALE_CODES)[number];

/** German is the source language of all content. */
export const DEFAULT_LOCALE: Locale = 'de';

/** Used when a page has no version in the reader's language (then German). */
export const FALLBACK_LOCALE: Locale = 'en';

/**
 * BCP 47 tag per locale where the bare code is ambiguous: Uzbek is written in Latin script
 * here, Chinese in Simplified characters. This tag goes into <html lang>, hreflang, Intl and
 * Pagefind (which splits its index by the lang attribute).
 */
const TAG_OVERRIDES: Partial<Record<Locale, string>> = { uz: 'uz-Latn', zh: 'zh-Hans' };

/** Languages written right to left; used only if the runtime's Intl cannot tell. */
const RTL_FALLBACK = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'yi']);

export type Direction = 'ltr' | 'rtl';

export interface LocaleInfo {
  /** Route prefix and content folder: `/ar/…`, `content/guides/ar/…`. */
  code: Locale;
  /** BCP 47 tag for lang attributes, hreflang, Intl and Pagefind. */
  tag: string;
  /** The language's name in its own language, e.g. „العربية“, „Deutsch“. */
  nativeName: string;
  /** The language's name in English, for editors' reports and logs. */
  englishName: string;
  dir: Direction;
}

function textDirection(tag: string): Direction {
  const locale = new Intl.Locale(tag) as Intl.Locale & {
    getTextInfo?: () => { direction?: string };
    textInfo?: { direction?: string };
  };
  const info = locale.getTextInfo?.() ?? locale.textInfo;
  if (info?.direction === 'rtl' || info?.direction === 'ltr') return info.direction;
  return RTL_FALLBACK.has(locale.language) ? 'rtl' : 'ltr';
}

function capitalise(name: string, tag: string): string {
  return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
}

/**
 * The tag to ask Intl.DisplayNames for a language's name: the bare code gives the plain name
 * ("o‘zbek", not "o‘zbek (lotin)"); Chinese keeps its script, which readers look for ("简体中文").
 */
export function nameTag(code: Locale): string {
  return code === 'zh' ? (TAG_OVERRIDES.zh as string) : code;
}

function describe(code: Locale): LocaleInfo {
  const tag = TAG_OVERRIDES[code] ?? code;
  const nameKey = nameTag(code);
  const nativeName = new Intl.DisplayNames([tag], { type: 'language' }).of(nameKey) ?? code;
  const englishName = new Intl.DisplayNames(['en'], { type: 'language' }).of(nameKey) ?? code;
  return { code, tag, nativeName: capitalise(nativeName, tag), englishName, dir: textDirection(tag) };
}

export const LOCALES: readonly LocaleInfo[] = LOCALE_CODES.map(describe);

const BY_CODE = new Map(LOCALES.map((l) => [l.code, l]));

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && BY_CODE.has(value as Locale);
}

export function localeInfo(code: Locale): LocaleInfo {
  const info = BY_CODE.get(code);
  if (!info) throw new Error(`Unknown locale "${code}". Known: ${LOCALE_CODES.join(', ')}`);
  return info;
}

/**
 * The order in which content is looked for when a page is missing in `code`:
 * the language itself, then English (read by more of our readers than German), then German.
 */
export function contentFallbackChain(code: Locale): Locale[] {
  return [...new Set<Locale>([code, FALLBACK_LOCALE, DEFAULT_LOCALE])];
}

/** Formats a date as readers of `code` expect it ("25. November 2026", "2026年11月25日"). */
export function formatDate(date: Date, code: Locale): string {
  return new Intl.DateTimeFormat(localeInfo(code).tag, { dateStyle: 'long', timeZone: 'Europe/Berlin' }).format(date);
}
