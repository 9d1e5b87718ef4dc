/**
 * Language versions of one page and which one a reader gets. Pure logic over entry ids of the
 * form `<locale>/<rest>`, shared by guides and site pages.
 */
import { DEFAULT_LOCALE, LOCALE_CODES, contentFallbackChain, type Locale } from '../i18n/locales';

export interface Versions<E> {
  /** The id without its locale, e.g. `pathways/skilled-workers` or `imprint`. */
  key: string;
  byLocale: Map<Locale, E>;
}

export function splitId(id: string): { locale: Locale; key: string } {
  const slash = id.indexOf('/');
  return { locale: id.slice(0, slash) as Locale, key: id.slice(slash + 1) };
}

/** Groups entries by key; only keys with a German source are pages (the loader enforces it). */
export function groupVersions<E extends { id: string }>(entries: readonly E[]): Versions<E>[] {
  const groups = new Map<string, Map<Locale, E>>();
  for (const entry of entries) {
    const { locale, key } = splitId(entry.id);
    if (!groups.has(key)) groups.set(key, new Map());
    groups.get(key)!.set(locale, entry);
  }
  return [...groups]
    .filter(([, byLocale]) => byLocale.has(DEFAULT_LOCALE))
    .map(([key, byLocale]) => ({ key, byLocale }));
}

export interface Resolved<E> {
  entry: E;
  /** The language the content is really written in. */
  contentLocale: Locale;
  /** True when the reader's language has no version and another one is shown. */
  isFallback: boolean;
}

/** The version for a reader of `lang`: their own, else English, else German. */
export function resolveVersion<E>(versions: Versions<E>, lang: Locale): Resolved<E> {
  for (const candidate of contentFallbackChain(lang)) {
    const entry = versions.byLocale.get(candidate);
    if (entry) return { entry, contentLocale: candidate, isFallback: candidate !== lang };
  }
  throw new Error(`No version of "${versions.key}" in ${contentFallbackChain(lang).join(', ')}`);
}

/** Languages that really have this page, in registry order (for hreflang and the picker). */
export function availableLocales<E>(versions: Versions<E>): Locale[] {
  return LOCALE_CODES.filter((code) => versions.byLocale.has(code));
}

export type TranslationStatus = 'source' | 'current' | 'outdated' | 'missing';

interface Dated {
  data: { updated: Date; translationOf?: { sourceUpdated: Date } };
}

/**
 * Whether the version in `locale` is up to date with the German source: a translation made from
 * an older German version (its `translationOf.sourceUpdated` is before the German `updated`)
 * is outdated.
 */
export function translationStatus<E extends Dated>(versions: Versions<E>, locale: Locale): TranslationStatus {
  if (locale === DEFAULT_LOCALE) return 'source';
  const entry = versions.byLocale.get(locale);
  if (!entry) return 'missing';
  const source = versions.byLocale.get(DEFAULT_LOCALE)!;
  const madeFrom = entry.data.translationOf?.sourceUpdated;
  return madeFrom && madeFrom.getTime() >= source.data.updated.getTime() ? 'current' : 'outdated';
}
