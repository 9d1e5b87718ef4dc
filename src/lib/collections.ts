/**
 * Queries over the content collections for pages (Astro-only: imports `astro:content`).
 * The pure logic lives in `localized.ts`; this file only feeds it.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { LOCALE_CODES, type Locale } from '../i18n/locales';
import { groupVersions, resolveVersion, availableLocales, translationStatus, type Versions } from './localized';
import { SECTION_INTRO_SLUG, type GuideSection } from './sections';

export type Guide = CollectionEntry<'guides'>;
export type SitePage = CollectionEntry<'pages'>;

export const slugOf = (v: Versions<unknown>) => v.key.split('/')[1];
export const sectionOf = (v: Versions<unknown>) => v.key.split('/')[0] as GuideSection;

/** Guides of a section (or all), without the section introductions, in their order. */
export async function guideVersions(section?: GuideSection): Promise<Versions<Guide>[]> {
  const guides = await getCollection('guides');
  return groupVersions(guides)
    .filter((v) => (!section || sectionOf(v) === section) && slugOf(v) !== SECTION_INTRO_SLUG)
    .sort((a, b) => {
      const da = a.byLocale.get('de')!.data;
      const db = b.byLocale.get('de')!.data;
      return (da.order ?? 100) - (db.order ?? 100) || da.title.localeCompare(db.title, 'de');
    });
}

/** The introduction of a section (`<section>/index.md`), if it has one. */
export async function sectionIntro(section: GuideSection): Promise<Versions<Guide> | undefined> {
  return groupVersions(await getCollection('guides')).find((v) => v.key === `${section}/${SECTION_INTRO_SLUG}`);
}

export async function pageVersions(): Promise<Versions<SitePage>[]> {
  return groupVersions(await getCollection('pages'));
}

/** One static path per language × page, with the version that language gets. */
export function localizedPaths<E extends { data: { updated: Date; translationOf?: { sourceUpdated: Date } } }, P extends Record<string, string>>(
  all: Versions<E>[],
  param: (v: Versions<E>) => P,
) {
  return LOCALE_CODES.flatMap((lang: Locale) =>
    all.map((versions) => {
      const resolved = resolveVersion(versions, lang);
      return {
        params: { lang, ...param(versions) } as { lang: Locale } & P,
        props: { ...resolved, available: availableLocales(versions), freshness: freshness(versions, resolved.contentLocale) },
      };
    }),
  );
}

export interface Freshness {
  outdated: boolean;
  /** When the German source last changed. */
  sourceUpdated: Date;
}

/** Whether the version shown is a translation made from an older German version. */
export function freshness<E extends { data: { updated: Date; translationOf?: { sourceUpdated: Date } } }>(versions: Versions<E>, shown: Locale): Freshness {
  return { outdated: translationStatus(versions, shown) === 'outdated', sourceUpdated: versions.byLocale.get('de')!.data.updated };
}

export function langPaths() {
  return LOCALE_CODES.map((lang) => ({ params: { lang } }));
}
