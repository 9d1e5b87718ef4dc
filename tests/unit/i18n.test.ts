/**
 * UI strings: every language has every key German has (and no other), with the same
 * placeholders, no empty text, and every key is used somewhere in the code.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALE_CODES } from '../../src/i18n/locales';
import { resources, useTranslations, languageName, collectResources } from '../../src/i18n/translate';

const ROOT = join(import.meta.dirname, '../..');

function flatten(value: unknown, prefix = ''): Record<string, string> {
  if (typeof value === 'string') return { [prefix]: value };
  return Object.entries(value as Record<string, unknown>).reduce(
    (all, [key, inner]) => ({ ...all, ...flatten(inner, prefix ? `${prefix}.${key}` : key) }),
    {} as Record<string, string>,
  );
}

const german = flatten(resources.de.ui);
const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

describe.each(LOCALE_CODES)('UI strings in %s', (lang) => {
  const strings = flatten(resources[lang]?.ui ?? {});

  it('has a dictionary', () => {
    expect(resources[lang]?.ui, `locales/${lang}/ui.json is missing`).toBeDefined();
  });

  it('has every key of the German source and no other', () => {
    const missing = Object.keys(german).filter((k) => !(k in strings));
    const extra = Object.keys(strings).filter((k) => !(k in german));
    expect(missing, `missing in locales/${lang}/ui.json`).toEqual([]);
    expect(extra, `not in locales/de/ui.json`).toEqual([]);
  });

  it('has no empty strings and keeps every placeholder', () => {
    for (const [key, text] of Object.entries(strings)) {
      expect(text.trim(), `${lang}: ${key}`).not.toBe('');
      expect(placeholders(text), `${lang}: ${key}`).toEqual(placeholders(german[key] ?? ''));
    }
  });
});

describe('UI string usage', () => {
  function sourceFiles(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? sourceFiles(path) : /\.(astro|ts|tsx)$/.test(name) ? [path] : [];
    });
  }
  const code = sourceFiles(join(ROOT, 'src'))
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');

  it('uses every key somewhere in src/ (keys are written out in full, never assembled)', () => {
    const unused = Object.keys(german).filter((key) => !code.includes(`'${key}'`) && !code.includes(`"${key}"`));
    expect(unused).toEqual([]);
  });
});

describe('editor strings (German and English only)', () => {
  it('have the same keys in both languages', () => {
    expect(Object.keys(flatten(resources.en.editor)).sort()).toEqual(Object.keys(flatten(resources.de.editor)).sort());
  });
});

describe('translation function', () => {
  it('translates and interpolates per language', () => {
    expect(useTranslations('de')('nav.search')).toBe('Suche');
    expect(useTranslations('en')('footer.lastReviewed', { date: 'today' })).toBe('Last reviewed by an expert: today');
  });

  it('falls back to English, then German, for a key a language lacks', async () => {
    const { default: i18next } = await import('i18next');
    const probe = i18next.createInstance();
    await probe.init({
      resources: { de: { ui: { only: 'nur deutsch', both: 'beide' } }, en: { ui: { both: 'both' } }, hi: { ui: {} } },
      fallbackLng: { en: ['de'], default: ['en', 'de'] },
      defaultNS: 'ui',
      initAsync: false,
    });
    // The probe's keys are not the site's typed keys, hence the casts.
    const t = probe.getFixedT('hi') as unknown as (key: string) => string;
    expect(t('both')).toBe('both');
    expect(t('only')).toBe('nur deutsch');
  });

  it('names languages in the reader’s language', () => {
    expect(languageName('en', 'de')).toBe('Englisch');
    expect(languageName('de', 'en')).toBe('German');
  });

  it('refuses a dictionary in an unknown language folder', () => {
    expect(() => collectResources({ '../../locales/xx/ui.json': {} })).toThrow(/unknown language folder "xx"/);
  });
});
