/**
 * Answers in the URL fragment (`#citizenship=non-eu&goal=work&…`): the page can be reloaded,
 * bookmarked or shared with a counsellor, and the fragment is never sent to a server.
 */
import { GERMAN_LEVELS, ENGLISH_LEVELS, type Answers } from './index';

export const DEFAULT_ANSWERS: Answers = {
  citizenship: 'non-eu',
  goal: 'work',
  qualification: 'none',
  recognition: 'none',
  stateRecognisedAbroad: false,
  itSpecialist: false,
  shortageOccupation: false,
  recentGraduate: false,
  jobOffer: false,
  salary: 0,
  german: 'none',
  english: 'none',
  age: 0,
  experienceYears: 0,
  previousStay: false,
  partnerEligible: false,
};

const ONE_OF: Partial<Record<keyof Answers, readonly string[]>> = {
  citizenship: ['eu', 'non-eu'],
  goal: ['work', 'training', 'study'],
  qualification: ['academic', 'vocational', 'none'],
  recognition: ['full', 'partial', 'none'],
  german: GERMAN_LEVELS,
  english: ENGLISH_LEVELS,
};

export function encodeAnswers(a: Answers): string {
  return new URLSearchParams(Object.entries(a).map(([k, v]) => [k, typeof v === 'boolean' ? (v ? '1' : '0') : String(v)])).toString();
}

/** The answers in a fragment, or undefined when it holds none or anything invalid. */
export function decodeAnswers(hash: string): Answers | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  if (!params.has('citizenship')) return undefined;
  const result: Record<string, unknown> = { ...DEFAULT_ANSWERS };
  for (const [key, fallback] of Object.entries(DEFAULT_ANSWERS) as [keyof Answers, Answers[keyof Answers]][]) {
    const raw = params.get(key);
    if (raw === null) continue;
    if (typeof fallback === 'boolean') {
      if (raw !== '0' && raw !== '1') return undefined;
      result[key] = raw === '1';
    } else if (typeof fallback === 'number') {
      const n = Number(raw);
      if (!Number.isFinite(n) || n < 0) return undefined;
      result[key] = n;
    } else {
      if (!ONE_OF[key]?.includes(raw)) return undefined;
      result[key] = raw;
    }
  }
  return result as unknown as Answers;
}
