import { describe, it, expect } from 'vitest';
import { guideSchema, factSchema, bodySchema, isoDate } from '../../src/lib/schemas';
import { checkDatesInText, parseLocalizedPath, checkTranslations } from '../../src/lib/content-loaders';

const guide = {
  title: 'T',
  description: 'D',
  audience: 'internationals',
  updated: new Date('2026-11-20'),
  lastReviewed: new Date('2026-11-20'),
  legalBasis: [{ law: 'AufenthG', section: '§ 18a', url: 'https://www.gesetze-im-internet.de/aufenthg_2004/__18a.html' }],
  sources: [{ title: 'S', url: 'https://www.gesetze-im-internet.de/' }],
};

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe('guide schema', () => {
  it('accepts a complete guide', () => {
    expect(guideSchema.safeParse(guide).success).toBe(true);
  });

  it('requires at least one source and one legal basis', () => {
    const result = guideSchema.safeParse({ ...guide, sources: [], legalBasis: [] });
    expect(messages(result)).toEqual([
      expect.stringMatching(/^legalBasis: .*at least one legal provision/),
      expect.stringMatching(/^sources: .*at least one source/),
    ]);
  });
});

describe('dates', () => {
  it.each(['2026-11-25', new Date('2026-11-25')])('accepts %s', (value) => {
    expect(isoDate().parse(value)).toEqual(new Date('2026-11-25T00:00:00Z'));
  });
  it.each(['25.11.2026', '2026-02-30', '2026-1-5', 'tomorrow', 20261125])('rejects %s', (value) => {
    const result = isoDate().safeParse(value);
    expect(result.success).toBe(false);
    expect(messages(result).join()).toContain('YYYY-MM-DD');
  });
  it('finds impossible dates that YAML would silently roll over, with the line', () => {
    expect(() => checkDatesInText('a: 1\nvalidFrom: 2026-02-29\n', 'facts.yaml')).toThrow(/facts\.yaml:2[\s\S]*validFrom: 2026-02-29 is not a real date/);
    expect(() => checkDatesInText('  - validFrom: "2028-02-29"', 'x')).not.toThrow();
  });
});

describe('facts', () => {
  it('needs a number, a unit and a source for each period', () => {
    const result = factSchema.safeParse({ label: { de: 'X' }, unit: 'EUR per year', values: [{ value: '48.300', validFrom: '2025-01-01' }] });
    expect(messages(result)).toEqual([
      expect.stringMatching(/^unit: .*EUR\/year/),
      expect.stringMatching(/^values\.0\.value: .*a number without thousands separators/),
      expect.stringMatching(/^values\.0\.source: Required field is missing|^values\.0\.source: Pflichtfeld fehlt/),
    ]);
  });
});

describe('directory entries', () => {
  it('defaults to "all of Saxony" and to no unverified fields', () => {
    const body = bodySchema.parse({
      name: 'N',
      kind: 'chamber',
      description: { de: 'D' },
      sources: [{ title: 'S', url: 'https://www.ihk-fosa.de' }],
      lastVerified: '2026-11-20',
      verification: 'partial',
    });
    expect(body.districts).toEqual([]);
    expect(body.unverifiedFields).toEqual([]);
  });
});

describe('content paths', () => {
  it('reads language, section and slug from the path', () => {
    expect(parseLocalizedPath('ar/pathways/eu-blue-card.md', 'content/guides', ['pathways'])).toEqual({ locale: 'ar', section: 'pathways', slug: 'eu-blue-card' });
  });
  it.each([
    ['de/pathways/EU_Blue_Card.md', /Invalid file name "EU_Blue_Card"/],
    ['de/eu-blue-card.md', /wrong folder[\s\S]*content\/guides\/<language>\/<section>\/<name>\.md/],
  ])('rejects %s', (entry, message) => {
    expect(() => parseLocalizedPath(entry, 'content/guides', ['pathways'])).toThrow(message);
  });
  it('forbids translationOf in German sources', () => {
    const data = { updated: new Date(), translationOf: { sourceUpdated: new Date() } };
    expect(() => checkTranslations([{ id: 'de/imprint', data }], 'content/pages')).toThrow(/German source page has the field translationOf/);
  });
});
