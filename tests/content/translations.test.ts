/**
 * Translations: no German sentence left untranslated, the same figures as the German source.
 */
import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { findGermanSentences } from '../../src/lib/untranslated';
import { findFactReferences } from '../../src/lib/facts';

const ROOT = join(import.meta.dirname, '../..');
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : name.endsWith('.md') ? [path] : [];
  });
}
const translations = [...files(join(ROOT, 'content/guides')), ...files(join(ROOT, 'content/pages'))]
  .map((path) => ({ path, name: relative(ROOT, path), lang: relative(ROOT, path).split('/')[2] }))
  .filter((f) => f.lang !== 'de');


describe('untranslated German', () => {
  it('finds a German sentence in an English page, and ignores German names in brackets', () => {
    expect(findGermanSentences('We explain it here.\nDie Ausländerbehörde prüft, ob Sie die Voraussetzungen erfüllen.')).toHaveLength(1);
    expect(findGermanSentences('Apply at the immigration office (Ausländerbehörde) of the district where you will work.')).toEqual([]);
    expect(findGermanSentences('Contact the Zentrum für Fachkräftesicherung und Gute Arbeit Sachsen in Chemnitz today.')).toEqual([]);
  });
});

describe.each(translations.map((t) => [t.name, t] as const))('%s', (_name, t) => {
  const text = readFileSync(t.path, 'utf8');
  const source = readFileSync(t.path.replace(`/${t.lang}/`, '/de/'), 'utf8');

  it('has no untranslated German sentence', () => {
    expect(findGermanSentences(text)).toEqual([]);
  });

  it('uses the same figures as the German source', () => {
    const ids = (s: string) => findFactReferences(s).map((r) => `${r.id}@${r.on ?? ''}`).sort();
    expect(ids(text)).toEqual(ids(source));
  });
});

it('every translated page has its German source', () => {
  for (const t of translations) expect(existsSync(t.path.replace(`/${t.lang}/`, '/de/')), t.name).toBe(true);
});

describe('every page in every language', () => {
  const LANGS = ['en', 'ar', 'es', 'fr', 'pt', 'ru', 'uk', 'vi', 'uz', 'hi', 'zh'];
  const sources = [...files(join(ROOT, 'content/guides/de')), ...files(join(ROOT, 'content/pages/de'))].filter(
    (path) => !/^germanOnly: true$/m.test(readFileSync(path, 'utf8')),
  );
  it.each(LANGS)('%s has a translation of every German page (no fallback left)', (lang) => {
    const missing = sources.map((path) => path.replace('/de/', `/${lang}/`)).filter((path) => !existsSync(path)).map((path) => relative(ROOT, path));
    expect(missing).toEqual([]);
  });
});
