/**
 * Pathway finder: one question per step (GOV.UK smart answer), back and change, progress,
 * focus on each new question and on the result. The rules are src/lib/eligibility; answers
 * live in the URL fragment only (so the back button, reload and sharing work), never on a server.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { evaluate, shown, type Answers, type RouteId, type Thresholds, type RouteResult } from '../lib/eligibility';
import LanguageLevels from './LanguageLevels';
import type { PointsRules } from '../lib/schemas';
import { encodeAnswers, decodeAnswers, DEFAULT_ANSWERS } from '../lib/eligibility/url-state';

type Strings = Record<string, string>;

export interface PathwayFinderProps {
  common: Strings;
  q: Strings;
  ui: Strings;
  routeNames: Record<RouteId, string>;
  reasons: Strings;
  guides: Record<RouteId, string>;
  thresholds: Thresholds;
  /** Thresholds as readers should read them, e.g. "50.700 €". */
  thresholdLabels: { label: string; value: string }[];
  rules: PointsRules;
  /** BCP 47 tag of the page, for number formats. */
  tag: string;
  roadmapHref: string;
  counsellingHref: string;
  /** The recognition finder: which body recognises the reader's profession. */
  recognitionFinder: { href: string; label: string };
}

type StepId = 'citizenship' | 'goal' | 'qualification' | 'stateRecognised' | 'recognition' | 'situation' | 'job' | 'languages' | 'age' | 'experience';

function steps(a: Answers): StepId[] {
  if (a.citizenship === 'eu') return ['citizenship'];
  const list: StepId[] = ['citizenship', 'goal', 'qualification'];
  if (a.qualification !== 'none') list.push('stateRecognised', 'recognition');
  list.push('situation', 'job', 'languages', 'age', 'experience');
  return list;
}

export default function PathwayFinder(props: PathwayFinderProps) {
  const { common, q, ui, routeNames, reasons, guides, thresholds, thresholdLabels, rules, tag, roadmapHref, counsellingHref, recognitionFinder } = props;
  const [answers, setAnswers] = useState<Answers>(DEFAULT_ANSWERS);
  const [step, setStep] = useState(0);
  const [done, setDone] = useState(false);
  const [error, setError] = useState('');
  const [answered, setAnswered] = useState<Set<StepId>>(new Set());
  const [recognisedAbroad, setRecognisedAbroad] = useState<'yes' | 'no' | 'unknown'>();
  const heading = useRef<HTMLHeadingElement>(null);
  const root = useRef<HTMLDivElement>(null);
  const first = useRef(true);

  // Restore from the URL fragment (shared link, reload); show the island once it works.
  useEffect(() => {
    root.current?.closest('[data-js-only]')?.removeAttribute('hidden');
    const restored = decodeAnswers(location.hash);
    if (restored) {
      setAnswers(restored);
      setAnswered(new Set(steps(restored)));
      setDone(true);
    }
  }, []);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    heading.current?.focus();
  }, [step, done]);

  const list = steps(answers);
  const current = list[Math.min(step, list.length - 1)];
  const results = useMemo(() => evaluate(answers, thresholds, rules), [answers, thresholds, rules]);
  const money = (value: number) =>
    new Intl.NumberFormat(tag, { style: 'currency', currency: 'EUR', maximumFractionDigits: value % 1 ? 2 : 0, minimumFractionDigits: value % 1 ? 2 : 0 }).format(value);
  const sentence = (code: string, value?: number) =>
    (reasons[code] ?? code)
      .replace('{{value}}', value === undefined ? '' : code === 'points' ? String(value) : money(value))
      .replace('{{minimum}}', String(rules.minimumPoints));

  const set = <K extends keyof Answers>(key: K, value: Answers[K]) => {
    setAnswers((a) => ({ ...a, [key]: value }));
    setError('');
  };

  const next = (e: React.FormEvent) => {
    e.preventDefault();
    if (!answered.has(current) && needsChoice(current)) {
      setError(common.required);
      return;
    }
    if ((current === 'job' && answers.jobOffer && !(answers.salary >= 0)) || (current === 'age' && !(answers.age > 0)) || (current === 'experience' && !(answers.experienceYears >= 0))) {
      setError(common.number);
      return;
    }
    setAnswered((s) => new Set(s).add(current));
    if (step + 1 >= list.length) {
      history.replaceState(null, '', `#${encodeAnswers(answers)}`);
      setDone(true);
    } else setStep(step + 1);
  };

  const choose = (s: StepId, key: keyof Answers, value: Answers[keyof Answers]) => {
    set(key, value as never);
    setAnswered((set) => new Set(set).add(s));
  };

  const radio = (s: StepId, key: keyof Answers, options: [string | boolean, string][]) => (
    <div className="radios">
      {options.map(([value, label]) => (
        <label key={String(value)} className="choice">
          <input type="radio" name={`${s}`} checked={answered.has(s) && answers[key] === value} onChange={() => choose(s, key, value as never)} />
          <span>{label}</span>
        </label>
      ))}
    </div>
  );

  const restart = () => {
    setAnswers(DEFAULT_ANSWERS);
    setAnswered(new Set());
    setRecognisedAbroad(undefined);
    setStep(0);
    setDone(false);
    history.replaceState(null, '', location.pathname);
  };

  if (done) {
    const fitting = shown(results);
    const closest = results.filter((r) => r.status === 'not' && r.reasons.length > 0).slice(0, 2);
    return (
      <div className="tool" ref={root} data-pathway-finder>
        <h2 ref={heading} tabIndex={-1}>
          {ui.result}
        </h2>
        {fitting.length === 0 && (
          <div data-nothing-fits>
            <p>{ui.nothing}</p>
            {closest.length > 0 && <p>{ui.nothingHelp}</p>}
            {closest.map((r) => (
              <RouteCard key={r.route} result={r} name={routeNames[r.route]} guide={guides[r.route]} ui={ui} sentence={sentence} />
            ))}
            <p>
              <a href={counsellingHref}>{ui.counselling}</a>
            </p>
          </div>
        )}
        <ol className="route-results" data-route-results>
          {fitting.map((r) => (
            <li key={r.route}>
              <RouteCard result={r} name={routeNames[r.route]} guide={guides[r.route]} ui={ui} sentence={sentence} roadmap={r.route === 'eu-free-movement' ? undefined : `${roadmapHref}#route=${r.route}`} />
            </li>
          ))}
        </ol>
        {answers.qualification !== 'none' && answers.recognition !== 'full' && (
          <p data-recognition-finder>
            <a href={recognitionFinder.href}>{recognitionFinder.label}</a>
          </p>
        )}
        <details className="meta-panel">
          <summary>{ui.facts}</summary>
          <ul>
            {thresholdLabels.map((f) => (
              <li key={f.label}>
                {f.label}: {f.value}
              </li>
            ))}
          </ul>
        </details>
        <h3>{ui.yourAnswers}</h3>
        <ul className="answers">
          {list.map((s, i) => (
            <li key={s}>
              {questionText(s, q)}{' '}
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  setStep(i);
                  setDone(false);
                }}
              >
                {common.change}
              </button>
            </li>
          ))}
        </ul>
        <button type="button" className="button" onClick={restart}>
          {common.restart}
        </button>
      </div>
    );
  }

  return (
    <div className="tool" ref={root} data-pathway-finder>
      <p className="progress" data-progress>
        {common.progress.replace('{{current}}', String(step + 1)).replace('{{total}}', String(list.length))}
      </p>
      <form onSubmit={next} noValidate data-step={current}>
        <fieldset aria-describedby={error ? 'step-error' : undefined}>
          <legend>
            <h2 ref={heading} tabIndex={-1}>
              {questionText(current, q)}
            </h2>
          </legend>
          {current === 'stateRecognised' && <p className="hint">{q.stateRecognisedHint}</p>}
          {current === 'situation' && <p className="hint">{q.situationHint}</p>}
          {error && (
            <p className="error" id="step-error" role="alert">
              {error}
            </p>
          )}
          {current === 'citizenship' &&
            radio('citizenship', 'citizenship', [
              ['eu', common.yes],
              ['non-eu', common.no],
            ])}
          {current === 'goal' &&
            radio('goal', 'goal', [
              ['work', q.goalWork],
              ['training', q.goalTraining],
              ['study', q.goalStudy],
            ])}
          {current === 'qualification' &&
            radio('qualification', 'qualification', [
              ['academic', q.qualificationAcademic],
              ['vocational', q.qualificationVocational],
              ['none', q.qualificationNone],
            ])}
          {current === 'stateRecognised' && (
            <div className="radios">
              {(
                [
                  ['yes', common.yes],
                  ['no', common.no],
                  ['unknown', common.dontKnow],
                ] as const
              ).map(([value, label]) => (
                <label key={value} className="choice">
                  <input
                    type="radio"
                    name="stateRecognised"
                    checked={answered.has('stateRecognised') && (recognisedAbroad ?? (answers.stateRecognisedAbroad ? 'yes' : 'no')) === value}
                    onChange={() => {
                      setRecognisedAbroad(value);
                      // "Don't know" counts as no: the result then names it as missing.
                      choose('stateRecognised', 'stateRecognisedAbroad', value === 'yes');
                    }}
                  />
                  <span>{label}</span>
                </label>
              ))}
            </div>
          )}
          {current === 'recognition' &&
            radio('recognition', 'recognition', [
              ['full', q.recognitionFull],
              ['partial', q.recognitionPartial],
              ['none', q.recognitionNone],
            ])}
          {current === 'situation' && (
            <div className="checkboxes">
              {(
                [
                  ['itSpecialist', q.itSpecialist],
                  ['shortageOccupation', q.shortage],
                  ['recentGraduate', q.recentGraduate],
                  ['previousStay', q.previousStay],
                  ['partnerEligible', q.partner],
                ] as const
              ).map(([key, label]) => (
                <label key={key} className="choice">
                  <input type="checkbox" checked={answers[key]} onChange={(e) => set(key, e.target.checked)} />
                  <span>{label}</span>
                </label>
              ))}
            </div>
          )}
          {current === 'job' && (
            <>
              {radio('job', 'jobOffer', [
                [true, common.yes],
                [false, common.no],
              ])}
              {answered.has('job') && answers.jobOffer && (
                <div className="field">
                  <label htmlFor="salary">{q.salary}</label>
                  <p className="hint" id="salary-hint">
                    {q.salaryHint}
                  </p>
                  <input id="salary" type="number" inputMode="numeric" min={0} step={1} aria-describedby="salary-hint" value={answers.salary || ''} onChange={(e) => set('salary', Number(e.target.value))} />
                </div>
              )}
            </>
          )}
          {current === 'languages' && (
            <LanguageLevels q={q} idPrefix="" german={answers.german} english={answers.english} onGerman={(l) => set('german', l)} onEnglish={(l) => set('english', l)} />
          )}
          {current === 'age' && (
            <div className="field">
              <label htmlFor="age">{q.ageLabel}</label>
              <input id="age" type="number" inputMode="numeric" min={14} max={99} value={answers.age || ''} onChange={(e) => set('age', Number(e.target.value))} />
            </div>
          )}
          {current === 'experience' && (
            <div className="field">
              <label htmlFor="experience">{q.experienceLabel}</label>
              <input id="experience" type="number" inputMode="numeric" min={0} max={7} value={Number.isNaN(answers.experienceYears) ? '' : answers.experienceYears} onChange={(e) => set('experienceYears', Number(e.target.value))} />
            </div>
          )}
        </fieldset>
        <div className="tool-buttons">
          <button type="submit" className="button button-primary">
            {common.next}
          </button>
          {step > 0 && (
            <button type="button" className="link-button" onClick={() => setStep(step - 1)}>
              {common.back}
            </button>
          )}
        </div>
      </form>
    </div>
  );
}

function needsChoice(s: StepId) {
  return ['citizenship', 'goal', 'qualification', 'stateRecognised', 'recognition', 'job'].includes(s);
}

function questionText(s: StepId, q: Strings) {
  return { citizenship: q.citizenship, goal: q.goal, qualification: q.qualification, stateRecognised: q.stateRecognised, recognition: q.recognition, situation: q.situation, job: q.job, languages: q.languages, age: q.age, experience: q.experience }[s];
}

function RouteCard({ result, name, guide, ui, sentence, roadmap }: { result: RouteResult; name: string; guide: string; ui: Strings; sentence: (code: string, value?: number) => string; roadmap?: string }) {
  return (
    <article className="card route-card" data-route={result.route} data-status={result.status}>
      <h3>{name}</h3>
      <p className={result.status === 'fits' ? 'tag' : 'tag tag-warning'}>{result.status === 'fits' ? ui.fits : ui.possible}</p>
      {result.reasons.length > 0 && (
        <>
          <p>
            <strong>{ui.why}</strong>
          </p>
          <ul>
            {result.reasons.map((r) => (
              <li key={r.code}>{sentence(r.code, r.value)}</li>
            ))}
          </ul>
        </>
      )}
      {result.missing.length > 0 && (
        <>
          <p>
            <strong>{ui.missing}</strong>
          </p>
          <ul data-missing>
            {result.missing.map((r) => (
              <li key={r.code}>{sentence(r.code, r.value)}</li>
            ))}
          </ul>
        </>
      )}
      <p>
        <a href={guide}>{ui.guide}</a>
        {roadmap && (
          <>
            {' · '}
            <a href={roadmap}>{ui.roadmap}</a>
          </>
        )}
      </p>
    </article>
  );
}
