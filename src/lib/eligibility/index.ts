/**
 * Which residence routes fit a person: pure rules, no UI. Thresholds come from the facts file
 * (the values valid on the build date are passed in), the Opportunity Card points from
 * content/rules/opportunity-card.yaml. Each route says why it fits and what is still missing,
 * as codes the UI turns into sentences in the reader's language.
 *
 * The rules simplify the law to what a first orientation needs; the guides and the authorities
 * have the last word, and every result links to its guide.
 */
import type { PointsRules } from '../schemas';

export const GERMAN_LEVELS = ['none', 'A1', 'A2', 'B1', 'B2', 'C1'] as const;
export type GermanLevel = (typeof GERMAN_LEVELS)[number];
export const ENGLISH_LEVELS = ['none', 'B2', 'C1'] as const;
export type EnglishLevel = (typeof ENGLISH_LEVELS)[number];

export interface Answers {
  citizenship: 'eu' | 'non-eu';
  goal: 'work' | 'training' | 'study';
  qualification: 'academic' | 'vocational' | 'none';
  /**
   * Status in Germany: full = recognised as equivalent (or a German qualification);
   * partial = a decision lists what is missing (Defizitbescheid); none = not yet checked.
   */
  recognition: 'full' | 'partial' | 'none';
  /** The qualification is state-recognised where it was obtained (vocational: ≥ 2 years). */
  stateRecognisedAbroad: boolean;
  /** Works as an IT specialist (Blue Card without a degree). */
  itSpecialist: boolean;
  /** The profession is a shortage occupation (Engpassberuf). */
  shortageOccupation: boolean;
  /** Degree obtained within the last 3 years (Blue Card: new entrant). */
  recentGraduate: boolean;
  jobOffer: boolean;
  /** Gross salary per year of the job offer, if any. */
  salary: number;
  german: GermanLevel;
  english: EnglishLevel;
  age: number;
  /** Years of work experience in the profession within the last seven years. */
  experienceYears: number;
  /** Lived lawfully in Germany for 6 months or more in the last 5 years (not as a tourist). */
  previousStay: boolean;
  /** Spouse or partner also meets the Opportunity Card requirements and applies too. */
  partnerEligible: boolean;
}

export interface Thresholds {
  blueCard: number;
  blueCardReduced: number;
  /** First permit at 45 or older (§ 18 Abs. 2 Nr. 5). */
  age45: number;
  /** § 19c Abs. 2 with § 6 BeschV. */
  experienced: number;
}

export const ROUTES = [
  'eu-free-movement',
  'eu-blue-card',
  'skilled-workers',
  'experienced-workers',
  'recognition-partnership',
  'recognition-measures',
  'opportunity-card',
  'vocational-training',
  'training-place-search',
  'studying',
] as const;
export type RouteId = (typeof ROUTES)[number];

/** Why a route fits, or what is missing; `value` fills a threshold or a count into the sentence. */
export interface Reason {
  code: string;
  value?: number;
}

export interface RouteResult {
  route: RouteId;
  /** fits: all conditions we ask about are met; possible: one or two things are missing. */
  status: 'fits' | 'possible' | 'not';
  reasons: Reason[];
  missing: Reason[];
}

const germanAtLeast = (level: GermanLevel, min: GermanLevel) => GERMAN_LEVELS.indexOf(level) >= GERMAN_LEVELS.indexOf(min);
const hasQualification = (a: Answers) => a.qualification !== 'none' && a.stateRecognisedAbroad;

function result(route: RouteId, reasons: Reason[], missing: Reason[], blocked = false): RouteResult {
  const status = blocked ? 'not' : missing.length === 0 ? 'fits' : missing.length <= 2 ? 'possible' : 'not';
  return { route, status, reasons, missing };
}

/** Salary condition for people who are 45 or older at their first permit. */
function age45(a: Answers, t: Thresholds, reasons: Reason[], missing: Reason[]) {
  if (a.age < 45) return;
  if (a.salary >= t.age45) reasons.push({ code: 'salary-age45', value: t.age45 });
  else missing.push({ code: 'salary-age45', value: t.age45 });
}

function blueCard(a: Answers, t: Thresholds): RouteResult {
  const reasons: Reason[] = [];
  const missing: Reason[] = [];
  const itWithoutDegree = a.qualification !== 'academic' && a.itSpecialist && a.experienceYears >= 3;
  if (a.qualification === 'academic') reasons.push({ code: 'degree' });
  else if (itWithoutDegree) reasons.push({ code: 'it-experience' });
  else return result('eu-blue-card', [], [{ code: 'degree' }], true);
  if (a.qualification === 'academic' && a.recognition === 'none' && !a.stateRecognisedAbroad) missing.push({ code: 'degree-comparable' });
  const reduced = a.shortageOccupation || a.recentGraduate || itWithoutDegree;
  const threshold = reduced ? t.blueCardReduced : t.blueCard;
  if (!a.jobOffer) missing.push({ code: 'job-offer' });
  else if (a.salary >= threshold) reasons.push({ code: reduced ? 'salary-reduced' : 'salary', value: threshold });
  else missing.push({ code: reduced ? 'salary-reduced' : 'salary', value: threshold });
  return result('eu-blue-card', reasons, missing);
}

function skilledWorker(a: Answers, t: Thresholds): RouteResult {
  const reasons: Reason[] = [];
  const missing: Reason[] = [];
  if (a.qualification === 'none') return result('skilled-workers', [], [{ code: 'qualification' }], true);
  if (a.recognition === 'full') reasons.push({ code: 'recognition' });
  else missing.push({ code: a.recognition === 'partial' ? 'recognition-partial' : 'recognition' });
  if (a.jobOffer) reasons.push({ code: 'job-offer' });
  else missing.push({ code: 'job-offer' });
  if (a.jobOffer) age45(a, t, reasons, missing);
  return result('skilled-workers', reasons, missing);
}

function experienced(a: Answers, t: Thresholds): RouteResult {
  const reasons: Reason[] = [];
  const missing: Reason[] = [];
  if (!hasQualification(a)) return result('experienced-workers', [], [{ code: 'state-recognised' }], true);
  reasons.push({ code: 'state-recognised' });
  if (a.experienceYears >= 2) reasons.push({ code: 'experience-2', value: a.experienceYears });
  else missing.push({ code: 'experience-2' });
  if (!a.jobOffer) missing.push({ code: 'job-offer' });
  else if (a.salary >= t.experienced) reasons.push({ code: 'salary-experienced', value: t.experienced });
  else missing.push({ code: 'salary-experienced', value: t.experienced });
  if (a.jobOffer) age45(a, t, reasons, missing);
  return result('experienced-workers', reasons, missing);
}

function recognitionPartnership(a: Answers): RouteResult {
  const reasons: Reason[] = [];
  const missing: Reason[] = [];
  if (!hasQualification(a)) return result('recognition-partnership', [], [{ code: 'state-recognised' }], true);
  if (a.recognition === 'full') return result('recognition-partnership', [], [{ code: 'already-recognised' }], true);
  reasons.push({ code: 'state-recognised' });
  if (germanAtLeast(a.german, 'A2')) reasons.push({ code: 'german-a2' });
  else missing.push({ code: 'german-a2' });
  if (a.jobOffer) reasons.push({ code: 'employer-partnership' });
  else missing.push({ code: 'employer-partnership' });
  return result('recognition-partnership', reasons, missing);
}

function recognitionMeasures(a: Answers): RouteResult {
  if (a.recognition !== 'partial') return result('recognition-measures', [], [{ code: 'deficit-notice' }], true);
  const reasons: Reason[] = [{ code: 'deficit-notice' }];
  const missing: Reason[] = [];
  if (germanAtLeast(a.german, 'A2')) reasons.push({ code: 'german-a2' });
  else missing.push({ code: 'german-a2' });
  missing.push({ code: 'measure-place' });
  return result('recognition-measures', reasons, missing);
}

export interface PointsItem {
  id: string;
  number: number;
  points: number;
}

export interface PointsResult {
  items: PointsItem[];
  total: number;
  minimum: number;
  /** Criteria not yet met that would add points, most points first. */
  couldAdd: PointsItem[];
}

/** Which Opportunity Card criteria a person meets (ids of content/rules/opportunity-card.yaml). */
export function metCriteria(a: Answers): Set<string> {
  const met = new Set<string>();
  if (a.recognition === 'partial') met.add('partial-recognition');
  if (germanAtLeast(a.german, 'B2')) met.add('german-b2');
  if (germanAtLeast(a.german, 'B1')) met.add('german-b1');
  if (germanAtLeast(a.german, 'A2')) met.add('german-a2');
  if (a.english === 'C1') met.add('english-c1');
  if (a.experienceYears >= 5) met.add('experience-5-of-7');
  if (a.experienceYears >= 2) met.add('experience-2-of-5');
  if (a.shortageOccupation) met.add('shortage-occupation');
  if (a.age < 35) met.add('age-under-35');
  else if (a.age < 40) met.add('age-35-to-39');
  if (a.previousStay) met.add('previous-stay');
  if (a.partnerEligible) met.add('partner');
  return met;
}

/** The points table applied: within a group only the highest criterion counts. */
export function opportunityCardPoints(a: Answers, rules: PointsRules): PointsResult {
  const met = metCriteria(a);
  const items: PointsItem[] = [];
  const usedGroups = new Set<string>();
  const byPoints = [...rules.criteria].sort((x, y) => y.points - x.points || x.number - y.number);
  for (const c of byPoints) {
    if (!met.has(c.id)) continue;
    if (c.group && usedGroups.has(c.group)) continue;
    if (c.group) usedGroups.add(c.group);
    items.push({ id: c.id, number: c.number, points: c.points });
  }
  items.sort((x, y) => x.number - y.number);
  const total = items.reduce((sum, i) => sum + i.points, 0);
  const groupOf = (id: string) => rules.criteria.find((c) => c.id === id)?.group;
  const pointsInGroup = (group?: string) => (group ? (items.find((i) => groupOf(i.id) === group)?.points ?? 0) : 0);
  const couldAdd = byPoints
    // Age cannot be changed.
    .filter((c) => !met.has(c.id) && c.group !== 'age')
    .map((c) => ({ id: c.id, number: c.number, points: c.points - pointsInGroup(c.group) }))
    .filter((c) => c.points > 0);
  return { items, total, minimum: rules.minimumPoints, couldAdd };
}

export interface OpportunityCardGate {
  /** Skilled worker route: the qualification is fully recognised (§ 20a Abs. 1 Nr. 1). */
  skilledRoute: boolean;
  /** Points route prerequisites (§ 20a Abs. 3 Nr. 2, Abs. 4 Satz 3). */
  qualification: boolean;
  language: boolean;
}

export function opportunityCardGate(a: Answers): OpportunityCardGate {
  return {
    skilledRoute: a.qualification !== 'none' && a.recognition === 'full',
    qualification: hasQualification(a) || a.recognition === 'partial',
    language: germanAtLeast(a.german, 'A1') || a.english !== 'none',
  };
}

function opportunityCard(a: Answers, rules: PointsRules): RouteResult {
  const gate = opportunityCardGate(a);
  if (gate.skilledRoute) return result('opportunity-card', [{ code: 'recognition' }], []);
  const reasons: Reason[] = [];
  const missing: Reason[] = [];
  if (!gate.qualification) return result('opportunity-card', [], [{ code: 'state-recognised' }], true);
  reasons.push({ code: 'state-recognised' });
  if (gate.language) reasons.push({ code: 'language-basic' });
  else missing.push({ code: 'language-basic' });
  const points = opportunityCardPoints(a, rules);
  if (points.total >= points.minimum) reasons.push({ code: 'points', value: points.total });
  else missing.push({ code: 'points', value: points.total });
  return result('opportunity-card', reasons, missing);
}

function vocationalTraining(a: Answers): RouteResult {
  if (a.goal !== 'training') return result('vocational-training', [], [{ code: 'goal-training' }], true);
  const reasons: Reason[] = [{ code: 'goal-training' }];
  const missing: Reason[] = [];
  if (germanAtLeast(a.german, 'B1')) reasons.push({ code: 'german-b1' });
  else missing.push({ code: 'german-b1' });
  if (a.jobOffer) reasons.push({ code: 'training-place' });
  else missing.push({ code: 'training-place' });
  return result('vocational-training', reasons, missing);
}

function trainingPlaceSearch(a: Answers): RouteResult {
  if (a.goal !== 'training' || a.jobOffer) return result('training-place-search', [], [{ code: 'goal-training' }], true);
  const reasons: Reason[] = [{ code: 'goal-training' }];
  const missing: Reason[] = [];
  if (a.age < 35) reasons.push({ code: 'age-under-35' });
  else return result('training-place-search', [], [{ code: 'age-under-35' }], true);
  if (germanAtLeast(a.german, 'B1')) reasons.push({ code: 'german-b1' });
  else missing.push({ code: 'german-b1' });
  return result('training-place-search', reasons, missing);
}

function studying(a: Answers): RouteResult {
  if (a.goal !== 'study') return result('studying', [], [{ code: 'goal-study' }], true);
  return result('studying', [{ code: 'goal-study' }], [{ code: 'admission' }, { code: 'funds-study' }]);
}

/** Every route with its status, best first: fits, then possible (fewest things missing). */
export function evaluate(a: Answers, t: Thresholds, rules: PointsRules): RouteResult[] {
  if (a.citizenship === 'eu') return [result('eu-free-movement', [{ code: 'eu-citizen' }], [])];
  const all = [
    blueCard(a, t),
    skilledWorker(a, t),
    experienced(a, t),
    recognitionPartnership(a),
    recognitionMeasures(a),
    opportunityCard(a, rules),
    vocationalTraining(a),
    trainingPlaceSearch(a),
    studying(a),
  ];
  const rank = { fits: 0, possible: 1, not: 2 };
  return all.sort((x, y) => rank[x.status] - rank[y.status] || x.missing.length - y.missing.length || ROUTES.indexOf(x.route) - ROUTES.indexOf(y.route));
}

/** The routes worth showing: fitting and possible ones. */
export const shown = (results: RouteResult[]) => results.filter((r) => r.status !== 'not');
