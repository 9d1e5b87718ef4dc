/**
 * Every URL pattern of the site, written once. Pages link with these helpers; tests and the
 * language picker rely on the same slug in every language.
 */
import type { Locale } from '../i18n/locales';
import type { GuideSection } from './sections';

export const routes = {
  chooser: () => '/',
  home: (lang: Locale) => `/${lang}/`,
  section: (lang: Locale, section: GuideSection) => `/${lang}/${section}/`,
  guide: (lang: Locale, section: GuideSection, slug: string) => `/${lang}/${section}/${slug}/`,
  page: (lang: Locale, slug: string) => `/${lang}/${slug}/`,
  bodies: (lang: Locale) => `/${lang}/recognition/bodies/`,
  body: (lang: Locale, id: string) => `/${lang}/recognition/bodies/${id}/`,
  finder: (lang: Locale) => `/${lang}/recognition/finder/`,
  welcomeCenters: (lang: Locale) => `/${lang}/welcome-centers/`,
  welcomeCenter: (lang: Locale, id: string) => `/${lang}/welcome-centers/${id}/`,
  tools: (lang: Locale) => `/${lang}/tools/`,
  tool: (lang: Locale, slug: string) => `/${lang}/tools/${slug}/`,
  search: (lang: Locale) => `/${lang}/search/`,
  sitemap: (lang: Locale) => `/${lang}/sitemap/`,
  figures: (lang: Locale) => `/${lang}/figures/`,
  figure: (lang: Locale, id: string) => `/${lang}/figures/#${id}`,
};

/** The same page in another language: `/de/pathways/x/` → `/en/pathways/x/`. */
export function switchLocale(path: string, to: Locale): string {
  const parts = path.split('/');
  if (parts.length < 3) return routes.home(to);
  parts[1] = to;
  return parts.join('/');
}
