import { describe, it, expect } from 'vitest';
import { groupVersions, resolveVersion, availableLocales } from '../../src/lib/localized';
import { switchLocale, routes } from '../../src/lib/routes';
import { suggestLocale } from '../../src/lib/suggest-locale';

const entries = [
  { id: 'de/pathways/a' },
  { id: 'en/pathways/a' },
  { id: 'ar/pathways/a' },
  { id: 'de/pathways/b' },
  { id: 'en/pathways/orphan' },
];

describe('language versions of a page', () => {
  const [a, b] = groupVersions(entries);

  it('groups by page and drops pages without a German source', () => {
    expect(groupVersions(entries).map((v) => v.key)).toEqual(['pathways/a', 'pathways/b']);
  });

  it('gives readers their own language when it exists', () => {
    expect(resolveVersion(a, 'ar')).toMatchObject({ contentLocale: 'ar', isFallback: false, entry: { id: 'ar/pathways/a' } });
  });

  it('falls back to English before German', () => {
    expect(resolveVersion(a, 'hi')).toMatchObject({ contentLocale: 'en', isFallback: true });
    expect(resolveVersion(b, 'hi')).toMatchObject({ contentLocale: 'de', isFallback: true });
    expect(resolveVersion(b, 'en')).toMatchObject({ contentLocale: 'de', isFallback: true });
  });

  it('lists the languages that really have the page, in registry order', () => {
    expect(availableLocales(a)).toEqual(['de', 'en', 'ar']);
    expect(availableLocales(b)).toEqual(['de']);
  });
});

describe('URLs', () => {
  it('keep the slug across languages', () => {
    expect(switchLocale('/de/pathways/eu-blue-card/', 'uz')).toBe('/uz/pathways/eu-blue-card/');
    expect(switchLocale('/', 'fr')).toBe('/fr/');
    expect(routes.body('ar', 'ihk-fosa')).toBe('/ar/recognition/bodies/ihk-fosa/');
    expect(routes.tool('en', 'pathway-finder')).toBe('/en/tools/pathway-finder/');
  });
});

describe('suggested language on the chooser page', () => {
  const site = ['de', 'en', 'ar', 'es', 'fr', 'pt', 'ru', 'uk', 'vi', 'uz', 'hi', 'zh'];
  it.each([
    [['hi-IN', 'en'], 'hi'],
    [['pt-BR'], 'pt'],
    [['zh-CN'], 'zh'],
    [['zh-TW', 'en-US'], 'en'],
    [['uz-Latn-UZ'], 'uz'],
    [['ja', 'ko'], undefined],
    [['not a tag', 'ar-EG'], 'ar'],
  ])('%j → %s', (preferred, expected) => {
    expect(suggestLocale(preferred, site)).toBe(expected);
  });
});

describe('translation freshness', async () => {
  const { translationStatus } = await import('../../src/lib/localized');
  const day = (d: string) => new Date(`${d}T00:00:00Z`);
  const versions = groupVersions([
    { id: 'de/imprint', data: { updated: day('2026-11-20') } },
    { id: 'en/imprint', data: { updated: day('2026-11-21'), translationOf: { sourceUpdated: day('2026-11-20') } } },
    { id: 'fr/imprint', data: { updated: day('2026-10-01'), translationOf: { sourceUpdated: day('2026-09-30') } } },
  ])[0];
  it.each([
    ['de', 'source'],
    ['en', 'current'],
    ['fr', 'outdated'],
    ['hi', 'missing'],
  ] as const)('%s → %s', (locale, status) => {
    expect(translationStatus(versions, locale)).toBe(status);
  });
});
