/**
 * Eligibility rules, table-driven, with the boundary cases: salary one euro below and at each
 * threshold, ages 34/35/39/40 and 44/45, German A1–B2, 2 vs 5 years of experience, recognised
 * vs partial vs no recognition. Thresholds are the facts file's values for one fixed day.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { evaluate, opportunityCardPoints, opportunityCardGate, type Answers, type RouteId, type Thresholds } from '../../src/lib/eligibility';
import { pointsRulesSchema } from '../../src/lib/schemas';
import { readFacts } from '../../src/lib/content-loaders';
import { factAt } from '../../src/lib/facts';

const CONTENT = join(import.meta.dirname, '../../content');
const rules = pointsRulesSchema.parse((load(readFileSync(join(CONTENT, 'rules/opportunity-card.yaml'), 'utf8')) as Record<string, unknown>)['opportunity-card']);
const facts = readFacts(join(CONTENT, 'facts.yaml'));
const day = new Date('2026-06-01T00:00:00Z');
const value = (id: string) => factAt(id, facts[id], day).value.value;
const t: Thresholds = {
  blueCard: value('blue-card-salary-standard'),
  blueCardReduced: value('blue-card-salary-reduced'),
  age45: value('salary-age-45'),
  experienced: value('experienced-workers-salary'),
};

const base: Answers = {
  citizenship: 'non-eu',
  goal: 'work',
  qualification: 'vocational',
  recognition: 'none',
  stateRecognisedAbroad: true,
  itSpecialist: false,
  shortageOccupation: false,
  recentGraduate: false,
  jobOffer: false,
  salary: 0,
  german: 'none',
  english: 'none',
  age: 30,
  experienceYears: 0,
  previousStay: false,
  partnerEligible: false,
};

const statusOf = (answers: Partial<Answers>, route: RouteId) => evaluate({ ...base, ...answers }, t, rules).find((r) => r.route === route)?.status;
const engineer: Partial<Answers> = { qualification: 'academic', recognition: 'full', jobOffer: true };

describe('thresholds used', () => {
  it('are the 2026 values of the facts file', () => {
    expect(t).toEqual({ blueCard: 50700, blueCardReduced: 45934.2, age45: 55770, experienced: 45630 });
  });
});

type Row = [string, Partial<Answers>, RouteId, 'fits' | 'possible' | 'not'];
const rows: Row[] = [
  // EU Blue Card: standard threshold
  ['degree, salary 1 € below standard', { ...engineer, salary: 50699 }, 'eu-blue-card', 'possible'],
  ['degree, salary at standard', { ...engineer, salary: 50700 }, 'eu-blue-card', 'fits'],
  ['degree, salary above standard', { ...engineer, salary: 52000 }, 'eu-blue-card', 'fits'],
  ['degree, no job offer', { ...engineer, jobOffer: false }, 'eu-blue-card', 'possible'],
  ['vocational only, high salary', { qualification: 'vocational', recognition: 'full', jobOffer: true, salary: 80000 }, 'eu-blue-card', 'not'],
  // reduced threshold
  ['shortage occupation, 1 € below reduced', { ...engineer, shortageOccupation: true, salary: 45933.2 }, 'eu-blue-card', 'possible'],
  ['shortage occupation, at reduced', { ...engineer, shortageOccupation: true, salary: 45934.2 }, 'eu-blue-card', 'fits'],
  ['new graduate, at reduced', { ...engineer, recentGraduate: true, salary: 45934.2 }, 'eu-blue-card', 'fits'],
  ['new graduate, 1 € below reduced', { ...engineer, recentGraduate: true, salary: 45933.2 }, 'eu-blue-card', 'possible'],
  ['no reduction, at reduced only', { ...engineer, salary: 45934.2 }, 'eu-blue-card', 'possible'],
  // IT without a degree
  ['IT, no degree, 3 years, at reduced', { qualification: 'none', stateRecognisedAbroad: false, itSpecialist: true, experienceYears: 3, jobOffer: true, salary: 45934.2 }, 'eu-blue-card', 'fits'],
  ['IT, no degree, 2 years', { qualification: 'none', stateRecognisedAbroad: false, itSpecialist: true, experienceYears: 2, jobOffer: true, salary: 60000 }, 'eu-blue-card', 'not'],
  ['IT, no degree, 3 years, 1 € below reduced', { qualification: 'none', stateRecognisedAbroad: false, itSpecialist: true, experienceYears: 3, jobOffer: true, salary: 45933.2 }, 'eu-blue-card', 'possible'],
  // Skilled workers § 18a/§ 18b
  ['recognised, job offer', { recognition: 'full', jobOffer: true, salary: 30000 }, 'skilled-workers', 'fits'],
  ['recognised, no job offer', { recognition: 'full' }, 'skilled-workers', 'possible'],
  ['partial recognition, job offer', { recognition: 'partial', jobOffer: true, salary: 30000 }, 'skilled-workers', 'possible'],
  ['not recognised, job offer', { recognition: 'none', jobOffer: true, salary: 30000 }, 'skilled-workers', 'possible'],
  ['no qualification', { qualification: 'none', stateRecognisedAbroad: false, jobOffer: true }, 'skilled-workers', 'not'],
  ['age 44, low salary', { recognition: 'full', jobOffer: true, salary: 30000, age: 44 }, 'skilled-workers', 'fits'],
  ['age 45, salary 1 € below 45+ threshold', { recognition: 'full', jobOffer: true, salary: 55769, age: 45 }, 'skilled-workers', 'possible'],
  ['age 45, salary at 45+ threshold', { recognition: 'full', jobOffer: true, salary: 55770, age: 45 }, 'skilled-workers', 'fits'],
  ['age 52, salary at 45+ threshold', { recognition: 'full', jobOffer: true, salary: 55770, age: 52 }, 'skilled-workers', 'fits'],
  // Experienced workers § 19c Abs. 2
  ['2 years, salary at threshold', { experienceYears: 2, jobOffer: true, salary: 45630 }, 'experienced-workers', 'fits'],
  ['2 years, salary 1 € below', { experienceYears: 2, jobOffer: true, salary: 45629 }, 'experienced-workers', 'possible'],
  ['1 year, salary at threshold', { experienceYears: 1, jobOffer: true, salary: 45630 }, 'experienced-workers', 'possible'],
  ['5 years, no job offer', { experienceYears: 5 }, 'experienced-workers', 'possible'],
  ['not state-recognised abroad', { stateRecognisedAbroad: false, experienceYears: 5, jobOffer: true, salary: 60000 }, 'experienced-workers', 'not'],
  ['age 45, 5 years, salary at § 6 threshold but below 45+', { experienceYears: 5, jobOffer: true, salary: 45630, age: 45 }, 'experienced-workers', 'possible'],
  ['age 45, 5 years, salary at 45+ threshold', { experienceYears: 5, jobOffer: true, salary: 55770, age: 45 }, 'experienced-workers', 'fits'],
  // Recognition partnership § 16d Abs. 3
  ['A2, job offer, not recognised', { german: 'A2', jobOffer: true }, 'recognition-partnership', 'fits'],
  ['A1, job offer', { german: 'A1', jobOffer: true }, 'recognition-partnership', 'possible'],
  ['B1, job offer, partial recognition', { german: 'B1', jobOffer: true, recognition: 'partial' }, 'recognition-partnership', 'fits'],
  ['A2, no employer', { german: 'A2' }, 'recognition-partnership', 'possible'],
  ['already fully recognised', { german: 'B2', jobOffer: true, recognition: 'full' }, 'recognition-partnership', 'not'],
  ['qualification not state-recognised abroad', { german: 'B2', jobOffer: true, stateRecognisedAbroad: false }, 'recognition-partnership', 'not'],
  // Recognition measures § 16d Abs. 1
  ['deficit notice, A2', { recognition: 'partial', german: 'A2' }, 'recognition-measures', 'possible'],
  ['deficit notice, A1', { recognition: 'partial', german: 'A1' }, 'recognition-measures', 'possible'],
  ['no deficit notice', { recognition: 'none', german: 'B2' }, 'recognition-measures', 'not'],
  // Opportunity Card: skilled route and points route
  ['fully recognised: skilled route', { recognition: 'full' }, 'opportunity-card', 'fits'],
  ['points: B2 (3) + 5 years (3) = 6', { german: 'B2', experienceYears: 5, age: 40 }, 'opportunity-card', 'fits'],
  ['points: B1 (2) + 5 years (3) = 5 at 40', { german: 'B1', experienceYears: 5, age: 40 }, 'opportunity-card', 'possible'],
  ['points: B1 (2) + 5 years (3) + age 39 (1) = 6', { german: 'B1', experienceYears: 5, age: 39 }, 'opportunity-card', 'fits'],
  ['points: A2 (1) + 2 years (2) + age 34 (2) = 5', { german: 'A2', experienceYears: 2, age: 34 }, 'opportunity-card', 'possible'],
  ['points: A2 (1) + 2 years (2) + age 34 (2) + shortage (1) = 6', { german: 'A2', experienceYears: 2, age: 34, shortageOccupation: true }, 'opportunity-card', 'fits'],
  ['points: partial recognition (4) + age 34 (2) = 6, English B2', { recognition: 'partial', english: 'B2', age: 34 }, 'opportunity-card', 'fits'],
  ['no language at all', { experienceYears: 5, age: 30, english: 'none', german: 'none' }, 'opportunity-card', 'possible'],
  ['English B2 alone as language', { english: 'B2', experienceYears: 5, age: 30, shortageOccupation: true }, 'opportunity-card', 'fits'],
  ['no qualification', { qualification: 'none', stateRecognisedAbroad: false, german: 'B2' }, 'opportunity-card', 'not'],
  // Vocational training § 16a and search § 17
  ['training, B1, training place', { goal: 'training', german: 'B1', jobOffer: true }, 'vocational-training', 'fits'],
  ['training, A2, training place', { goal: 'training', german: 'A2', jobOffer: true }, 'vocational-training', 'possible'],
  ['training, B1, no place yet', { goal: 'training', german: 'B1' }, 'vocational-training', 'possible'],
  ['goal work', { goal: 'work', german: 'B1', jobOffer: true }, 'vocational-training', 'not'],
  ['search, age 34, B1', { goal: 'training', german: 'B1', age: 34 }, 'training-place-search', 'fits'],
  ['search, age 35, B1', { goal: 'training', german: 'B1', age: 35 }, 'training-place-search', 'not'],
  ['search, age 20, A2', { goal: 'training', german: 'A2', age: 20 }, 'training-place-search', 'possible'],
  ['search not needed with a place', { goal: 'training', german: 'B1', age: 20, jobOffer: true }, 'training-place-search', 'not'],
  // Study § 16b
  ['study', { goal: 'study' }, 'studying', 'possible'],
  ['goal work, not study', { goal: 'work' }, 'studying', 'not'],
];

describe('routes', () => {
  it.each(rows)('%s → %s: %s', (_name, answers, route, status) => {
    expect(statusOf(answers, route)).toBe(status);
  });

  it('EU citizens need no permit: one answer only', () => {
    expect(evaluate({ ...base, citizenship: 'eu' }, t, rules).map((r) => r.route)).toEqual(['eu-free-movement']);
  });

  it('sorts fitting routes first', () => {
    const results = evaluate({ ...base, ...engineer, salary: 60000, german: 'B1' }, t, rules);
    expect(results[0].status).toBe('fits');
    const firstNot = results.findIndex((r) => r.status === 'not');
    expect(results.slice(0, firstNot === -1 ? undefined : firstNot).every((r) => r.status !== 'not')).toBe(true);
  });

  it('names the threshold that is missing', () => {
    const blue = evaluate({ ...base, ...engineer, salary: 50699 }, t, rules).find((r) => r.route === 'eu-blue-card')!;
    expect(blue.missing).toEqual([{ code: 'salary', value: 50700 }]);
  });
});

describe('Opportunity Card points', () => {
  const points = (answers: Partial<Answers>) => opportunityCardPoints({ ...base, ...answers }, rules);
  it.each([
    [{ german: 'A1' }, 2],
    [{ german: 'A2' }, 3],
    [{ german: 'B1' }, 4],
    [{ german: 'B2' }, 5],
    [{ german: 'C1' }, 5],
    [{ age: 34 }, 2],
    [{ age: 35 }, 1],
    [{ age: 39 }, 1],
    [{ age: 40 }, 0],
    [{ experienceYears: 1, age: 40 }, 0],
    [{ experienceYears: 2, age: 40 }, 2],
    [{ experienceYears: 4, age: 40 }, 2],
    [{ experienceYears: 5, age: 40 }, 3],
    [{ english: 'C1', age: 40 }, 1],
    [{ english: 'B2', age: 40 }, 0],
    [{ recognition: 'partial', age: 40 }, 4],
    [{ previousStay: true, partnerEligible: true, age: 40 }, 2],
    [{ recognition: 'partial', german: 'B2', english: 'C1', experienceYears: 5, shortageOccupation: true, age: 30, previousStay: true, partnerEligible: true }, 16],
  ] as [Partial<Answers>, number][])('%j → %d points', (answers, total) => {
    expect(points(answers).total).toBe(total);
  });

  it('counts only the highest German level', () => {
    expect(points({ german: 'B2', age: 40 }).items).toEqual([{ id: 'german-b2', number: 2, points: 3 }]);
  });

  it('says what would add points, most first, without age', () => {
    const { couldAdd } = points({ german: 'B1', age: 40 });
    expect(couldAdd[0]).toEqual({ id: 'partial-recognition', number: 1, points: 4 });
    expect(couldAdd.find((c) => c.id === 'german-b2')).toEqual({ id: 'german-b2', number: 2, points: 1 });
    expect(couldAdd.some((c) => c.id.startsWith('age'))).toBe(false);
    expect(couldAdd.some((c) => c.id === 'german-a2')).toBe(false);
  });

  it('checks the prerequisites of both routes first', () => {
    expect(opportunityCardGate({ ...base, recognition: 'full' }).skilledRoute).toBe(true);
    expect(opportunityCardGate({ ...base, german: 'A1' })).toEqual({ skilledRoute: false, qualification: true, language: true });
    expect(opportunityCardGate({ ...base, stateRecognisedAbroad: false })).toMatchObject({ qualification: false, language: false });
  });
});
