/**
 * Queries over the content collections for pages (Astro-only: imports `astro:content`).
 * The pure logic lives in `localized.ts`; this file only feeds it.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { LOCALE_CODES, type Locale } from '../i18n/locales';
import { groupVersions, resolveVersion, availableLocales, type Versions } from './localized';
import type { GuideSection } from './sections';

export type Guide = CollectionEntry<'guides'>;
export type SitePage = CollectionEntry<'pages'>;

export async function guideVersions(section?: GuideSection): Promise<Versions<Guide>[]> {
  const guides = await getCollection('guides');
  return groupVersions(guides)
    .filter((v) => !section || v.key.startsWith(`${section}/`))
    .sort((a, b) => {
      const da = a.byLocale.get('de')!.data;
      const db = b.byLocale.get('de')!.data;
      return (da.order ?? 100) - (db.order ?? 100) || da.title.localeCompare(db.title, 'de');
    });
}

export async function pageVersions(): Promise<Versions<SitePage>[]> {
  return groupVersions(await getCollection('pages'));
}

/** One static path per language × page, with the version that language gets. */
export function localizedPaths<E>(all: Versions<E>[], param: (v: Versions<E>) => Record<string, string>) {
  return LOCALE_CODES.flatMap((lang: Locale) =>
    all.map((versions) => ({
      params: { lang, ...param(versions) },
      props: { ...resolveVersion(versions, lang), available: availableLocales(versions) },
    })),
  );
}

export function langPaths() {
  return LOCALE_CODES.map((lang) => ({ params: { lang } }));
}
