/**
 * The strings the tool islands need, read once at build time for one language and passed as
 * props (keys written out in full so the i18n test sees them).
 */
import type { Translate } from './translate';
import type { RouteId } from '../lib/eligibility';

export function commonStrings(t: Translate) {
  return {
    next: t('tools.common.next'),
    back: t('tools.common.back'),
    change: t('tools.common.change'),
    restart: t('tools.common.restart'),
    progress: t('tools.common.progress', { current: '{{current}}', total: '{{total}}' }),
    yes: t('tools.common.yes'),
    no: t('tools.common.no'),
    dontKnow: t('tools.common.dontKnow'),
    required: t('tools.common.required'),
    number: t('tools.common.number'),
    print: t('tools.common.print'),
    copyLink: t('tools.common.copyLink'),
    linkCopied: t('tools.common.linkCopied'),
  };
}

export function questionStrings(t: Translate) {
  return {
    citizenship: t('tools.q.citizenship'),
    goal: t('tools.q.goal'),
    goalWork: t('tools.q.goalWork'),
    goalTraining: t('tools.q.goalTraining'),
    goalStudy: t('tools.q.goalStudy'),
    qualification: t('tools.q.qualification'),
    qualificationAcademic: t('tools.q.qualificationAcademic'),
    qualificationVocational: t('tools.q.qualificationVocational'),
    qualificationNone: t('tools.q.qualificationNone'),
    stateRecognised: t('tools.q.stateRecognised'),
    stateRecognisedHint: t('tools.q.stateRecognisedHint'),
    recognition: t('tools.q.recognition'),
    recognitionFull: t('tools.q.recognitionFull'),
    recognitionPartial: t('tools.q.recognitionPartial'),
    recognitionNone: t('tools.q.recognitionNone'),
    situation: t('tools.q.situation'),
    situationHint: t('tools.q.situationHint'),
    itSpecialist: t('tools.q.itSpecialist'),
    shortage: t('tools.q.shortage'),
    recentGraduate: t('tools.q.recentGraduate'),
    previousStay: t('tools.q.previousStay'),
    partner: t('tools.q.partner'),
    job: t('tools.q.job'),
    salary: t('tools.q.salary'),
    salaryHint: t('tools.q.salaryHint'),
    languages: t('tools.q.languages'),
    german: t('tools.q.german'),
    english: t('tools.q.english'),
    levelNone: t('tools.q.levelNone'),
    levelA1: t('tools.q.levelA1'),
    levelA2: t('tools.q.levelA2'),
    levelB1: t('tools.q.levelB1'),
    levelB2: t('tools.q.levelB2'),
    levelC1: t('tools.q.levelC1'),
    age: t('tools.q.age'),
    ageLabel: t('tools.q.ageLabel'),
    experience: t('tools.q.experience'),
    experienceLabel: t('tools.q.experienceLabel'),
  };
}

export function routeNames(t: Translate): Record<RouteId, string> {
  return {
    'eu-free-movement': t('tools.routes.euFreeMovement'),
    'eu-blue-card': t('tools.routes.euBlueCard'),
    'skilled-workers': t('tools.routes.skilledWorkers'),
    'experienced-workers': t('tools.routes.experiencedWorkers'),
    'recognition-partnership': t('tools.routes.recognitionPartnership'),
    'recognition-measures': t('tools.routes.recognitionMeasures'),
    'opportunity-card': t('tools.routes.opportunityCard'),
    'vocational-training': t('tools.routes.vocationalTraining'),
    'training-place-search': t('tools.routes.trainingPlaceSearch'),
    studying: t('tools.routes.studying'),
  };
}

/** Sentences for the reason codes of src/lib/eligibility; `{{value}}` and `{{minimum}}` stay for the island. */
export function reasonTexts(t: Translate): Record<string, string> {
  const keep = { value: '{{value}}', minimum: '{{minimum}}' };
  return {
    'eu-citizen': t('tools.reasons.euCitizen'),
    degree: t('tools.reasons.degree'),
    'degree-comparable': t('tools.reasons.degreeComparable'),
    'it-experience': t('tools.reasons.itExperience'),
    'job-offer': t('tools.reasons.jobOffer'),
    salary: t('tools.reasons.salary', keep),
    'salary-reduced': t('tools.reasons.salaryReduced', keep),
    'salary-age45': t('tools.reasons.salaryAge45', keep),
    'salary-experienced': t('tools.reasons.salaryExperienced', keep),
    qualification: t('tools.reasons.qualification'),
    recognition: t('tools.reasons.recognition'),
    'recognition-partial': t('tools.reasons.recognitionPartial'),
    'state-recognised': t('tools.reasons.stateRecognised'),
    'experience-2': t('tools.reasons.experience2'),
    'already-recognised': t('tools.reasons.alreadyRecognised'),
    'german-a2': t('tools.reasons.germanA2'),
    'german-b1': t('tools.reasons.germanB1'),
    'employer-partnership': t('tools.reasons.employerPartnership'),
    'deficit-notice': t('tools.reasons.deficitNotice'),
    'measure-place': t('tools.reasons.measurePlace'),
    'language-basic': t('tools.reasons.languageBasic'),
    points: t('tools.reasons.points', keep),
    'goal-training': t('tools.reasons.goalTraining'),
    'goal-study': t('tools.reasons.goalStudy'),
    'training-place': t('tools.reasons.trainingPlace'),
    'age-under-35': t('tools.reasons.ageUnder35'),
    admission: t('tools.reasons.admission'),
    'funds-study': t('tools.reasons.fundsStudy'),
  };
}

export function criterionTexts(t: Translate): Record<string, string> {
  return {
    'partial-recognition': t('tools.points.criteria.partialRecognition'),
    'german-b2': t('tools.points.criteria.germanB2'),
    'german-b1': t('tools.points.criteria.germanB1'),
    'german-a2': t('tools.points.criteria.germanA2'),
    'english-c1': t('tools.points.criteria.englishC1'),
    'experience-5-of-7': t('tools.points.criteria.experience5Of7'),
    'experience-2-of-5': t('tools.points.criteria.experience2Of5'),
    'shortage-occupation': t('tools.points.criteria.shortageOccupation'),
    'age-under-35': t('tools.points.criteria.ageUnder35'),
    'age-35-to-39': t('tools.points.criteria.age35To39'),
    'previous-stay': t('tools.points.criteria.previousStay'),
    partner: t('tools.points.criteria.partner'),
  };
}
