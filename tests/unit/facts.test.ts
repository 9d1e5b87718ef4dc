import { describe, it, expect } from 'vitest';
import { factAt, endedFacts, formatFactValue, renderFacts, findFactReferences, type FactStrings } from '../../src/lib/facts';
import { factSchema, type FactData } from '../../src/lib/schemas';

const source = { title: 'Quelle', url: 'https://www.gesetze-im-internet.de/' };
const fact = (data: unknown): FactData => factSchema.parse(data);

const blueCard = fact({
  label: { de: 'Blaue Karte' },
  unit: 'EUR/year',
  values: [
    { value: 48300, validFrom: '2025-01-01', validUntil: '2025-12-31', source },
    { value: 50700, validFrom: '2026-01-01', validUntil: '2026-12-31', source },
  ],
});
const fee = fact({ label: { de: 'Gebühr' }, unit: 'EUR', values: [{ value: 411, validFrom: '2020-03-01', source }] });
const deadline = fact({ label: { de: 'Frist für die Anerkennung', en: 'Deadline for recognition' }, unit: 'months', values: [{ value: 2, validFrom: '2020-03-01', source }] });
const reduced = fact({ label: { de: 'Reduziert' }, unit: 'EUR/year', values: [{ value: 45934.2, validFrom: '2026-01-01', source }] });
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const strings = (lang: 'de' | 'en'): FactStrings =>
  lang === 'de'
    ? { perYear: (a) => `${a} pro Jahr`, perMonth: (a) => `${a} im Monat`, perHour: (a) => `${a} pro Stunde`, asOf: (d) => `Stand: ${d}`, ended: (d) => `galt bis ${d}` }
    : { perYear: (a) => `${a} per year`, perMonth: (a) => `${a} per month`, perHour: (a) => `${a} per hour`, asOf: (d) => `as of ${d}`, ended: (d) => `valid until ${d}` };

describe('which value applies on a day', () => {
  it.each([
    ['2025-01-01', 48300],
    ['2025-12-31', 48300],
    ['2026-01-01', 50700],
    ['2026-11-25', 50700],
  ])('on %s: %d', (on, value) => {
    expect(factAt('blue-card', blueCard, day(on))).toMatchObject({ value: { value }, validity: 'current' });
  });

  it('keeps the last value but marks it ended when no successor was entered', () => {
    expect(factAt('blue-card', blueCard, day('2027-01-01'))).toMatchObject({ value: { value: 50700 }, validity: 'ended' });
    expect(endedFacts({ 'blue-card': blueCard, fee }, day('2027-01-01'))).toEqual([{ id: 'blue-card', validUntil: day('2026-12-31') }]);
    expect(endedFacts({ 'blue-card': blueCard, fee }, day('2026-12-31'))).toEqual([]);
  });

  it('refuses a day before the first value', () => {
    expect(() => factAt('blue-card', blueCard, day('2024-06-01'))).toThrow(/no value for 2024-06-01/);
  });

  it('refuses a gap between periods', () => {
    const gappy = fact({ ...blueCard, values: [blueCard.values[0], { ...blueCard.values[1], validFrom: '2026-02-01' }] });
    expect(() => factAt('gappy', gappy, day('2026-01-15'))).toThrow(/gap/);
  });
});

describe('formatting per language', () => {
  it.each([
    [blueCard, 50700, 'de', '50.700 € pro Jahr'],
    [blueCard, 50700, 'en', '€50,700 per year'],
    [reduced, 45934.2, 'de', '45.934,20 € pro Jahr'],
    [reduced, 45934.2, 'en', '€45,934.20 per year'],
    [fee, 411, 'de', '411 €'],
    [deadline, 2, 'de', '2 Monate'],
    [deadline, 2, 'en', '2 months'],
  ] as const)('%#: %d in %s → %s', (f, value, lang, text) => {
    // Intl separates amount and currency with a no-break space; compare with plain spaces.
    expect(formatFactValue(f, value, lang, strings(lang)).replace(/\s/g, ' ')).toBe(text);
  });
});

describe('references in pages', () => {
  const options = (on: string, lang: 'de' | 'en' = 'en') => ({
    facts: { 'blue-card': blueCard, fee, deadline },
    lang,
    date: day(on),
    strings: strings(lang),
    figuresPage: `/${lang}/figures/`,
    file: 'content/guides/en/pathways/eu-blue-card.md',
  });

  it('shows the value valid on the build date, with "as of" and a link to its source', () => {
    const html = renderFacts('<p>At least {{fact:blue-card}}.</p>', options('2026-11-25'));
    expect(html).toContain('data-value="50700"');
    expect(html).toContain('href="/en/figures/#blue-card"');
    expect(html).toContain('(as of January 1, 2026)');
  });

  it('shows last year’s value when built last year', () => {
    expect(renderFacts('{{fact:blue-card}}', options('2025-06-30'))).toContain('data-value="48300"');
  });

  it('shows a dated value without "as of", and deadlines plainly', () => {
    const html = renderFacts('{{fact:blue-card@2025-01-01}} / {{fact:deadline}}', options('2026-11-25'));
    expect(html).toContain('data-value="48300"');
    expect(html).not.toContain('as of');
    expect(html).toContain('>2 months</a>');
  });

  it('warns readers when a figure has run out', () => {
    expect(renderFacts('{{fact:blue-card}}', options('2027-03-01', 'de'))).toContain('galt bis 31. Dezember 2026');
  });

  it('fails on an unknown figure, naming the file', () => {
    expect(() => renderFacts('{{fact:blue-crad}}', options('2026-11-25'))).toThrow(/eu-blue-card\.md: unknown figure "\{\{fact:blue-crad\}\}"/);
  });

  it('finds references with their lines', () => {
    expect(findFactReferences('a\nb {{fact:fee}} c {{ fact:blue-card@2025-01-01 }}')).toEqual([
      { id: 'fee', on: undefined, line: 2 },
      { id: 'blue-card', on: '2025-01-01', line: 2 },
    ]);
  });
});

describe('figures typed by hand', async () => {
  const { findHandwrittenFigures } = await import('../../src/lib/handwritten-figures');
  const facts = { 'blue-card': blueCard, reduced, fee, deadline };
  it.each([
    ['Das Gehalt muss 50.700 Euro betragen.', 'blue-card'],
    ['at least €50,700 a year', 'blue-card'],
    ['mindestens 45.934,20 €', 'reduced'],
    ['a fee of 411 euros', 'fee'],
    ['Die Gebühr: € 411.', 'fee'],
    ['Die Anerkennungsstelle entscheidet innerhalb von zwei Monaten.', 'deadline'],
    ['The recognition body decides within 2 months.', 'deadline'],
    ['The recognition body decides\nwithin 2 months.', 'deadline'],
  ])('finds %j', (line, id) => {
    expect(findHandwrittenFigures(line, facts).map((f) => f.id)).toEqual([id]);
  });
  it.each([
    'Das Gehalt muss {{fact:blue-card}} betragen.',
    'Tabelle: {{fact:blue-card@2025-01-01}}',
    'Paragraph § 411 BGB and 411 applicants',
    'mindestens zwei Jahre Ausbildung',
    'Die Erlaubnis gilt für die Dauer des Vertrags plus zwei Monate.',
    'Nach der Anerkennung. Sie haben dann zwei Monate Zeit.',
    '150.700 Menschen',
  ])('ignores %j', (line) => {
    expect(findHandwrittenFigures(line, facts)).toEqual([]);
  });
  it('reports the line in the file, counting the front matter', () => {
    expect(findHandwrittenFigures('---\ntitle: x\n---\n\nKosten: 411 €', facts)).toEqual([{ id: 'fee', line: 5, text: '411 €' }]);
    expect(findHandwrittenFigures('---\ntitle: x\n---\n\nEins.\nDie Anerkennung dauert\nzwei Monate.', facts)).toEqual([{ id: 'deadline', line: 6, text: 'zwei Monate' }]);
  });
});
