/**
 * The site's one i18next instance, built once at build time from `locales/<lang>/<ns>.json`.
 * Pages and components call `useTranslations(lang)`; islands get the strings they need as
 * props, so i18next never ships to the browser.
 *
 * Fallback: a key missing in a language is taken from English, then German (the source).
 * The i18n tests make sure that never happens in a release.
 */
import i18next, { type TFunction } from 'i18next';
import { DEFAULT_LOCALE, FALLBACK_LOCALE, LOCALE_CODES, localeInfo, nameTag, type Locale } from './locales';

type Dictionary = Record<string, unknown>;

const files = import.meta.glob<Dictionary>('../../locales/*/*.json', { eager: true, import: 'default' });

/** `{ de: { ui: {...} }, en: { ui: {...} } }` from the files under `locales/`. */
export function collectResources(modules: Record<string, Dictionary>) {
  const resources: Record<string, Record<string, Dictionary>> = {};
  for (const [path, dictionary] of Object.entries(modules)) {
    const match = /locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (!match) continue;
    const [, lang, namespace] = match;
    if (!(LOCALE_CODES as readonly string[]).includes(lang)) {
      throw new Error(`locales/${lang}/${namespace}.json: unknown language folder "${lang}" – expected one of ${LOCALE_CODES.join(', ')}`);
    }
    (resources[lang] ??= {})[namespace] = dictionary;
  }
  return resources;
}

export const resources = collectResources(files);

export const i18n = i18next.createInstance();
void i18n.init({
  resources,
  lng: DEFAULT_LOCALE,
  supportedLngs: [...LOCALE_CODES],
  fallbackLng: { [FALLBACK_LOCALE]: [DEFAULT_LOCALE], default: [FALLBACK_LOCALE, DEFAULT_LOCALE] },
  defaultNS: 'ui',
  ns: Object.keys(resources[DEFAULT_LOCALE] ?? { ui: {} }),
  initAsync: false,
  returnNull: false,
  // Astro escapes every expression it renders; escaping here as well would double-escape.
  interpolation: { escapeValue: false },
});

export type Translate = TFunction<'ui'>;

/** `t` bound to one language, as Starlight's `getFixedT`. */
export function useTranslations(lang: Locale): Translate {
  return i18n.getFixedT(lang, 'ui');
}

/** The name of `language` written in the language `inLang` ("Englisch", "الإنجليزية"). */
export function languageName(language: Locale, inLang: Locale): string {
  return new Intl.DisplayNames([localeInfo(inLang).tag], { type: 'language' }).of(nameTag(language)) ?? language;
}
