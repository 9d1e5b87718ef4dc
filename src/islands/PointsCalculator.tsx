/**
 * Opportunity Card points calculator: the prerequisites of both routes first, then the § 20b
 * points table item by item, the total against the minimum and what would add points. Points
 * come from content/rules/opportunity-card.yaml via props; the arithmetic is src/lib/eligibility.
 */
import { useEffect, useRef, useState } from 'react';
import { opportunityCardGate, opportunityCardPoints, type Answers } from '../lib/eligibility';
import LanguageLevels from './LanguageLevels';
import { DEFAULT_ANSWERS } from '../lib/eligibility/url-state';
import type { PointsRules } from '../lib/schemas';

type Strings = Record<string, string>;

export interface PointsCalculatorProps {
  q: Strings;
  ui: Strings;
  criteria: Strings;
  rules: PointsRules;
  /** "1.091 € im Monat", already formatted with its date. */
  fundsSentence: string;
}

export default function PointsCalculator({ q, ui, criteria, rules, fundsSentence }: PointsCalculatorProps) {
  const [a, setA] = useState<Answers>({ ...DEFAULT_ANSWERS, qualification: 'vocational', stateRecognisedAbroad: true, age: 30 });
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => root.current?.closest('[data-js-only]')?.removeAttribute('hidden'), []);
  const set = <K extends keyof Answers>(key: K, value: Answers[K]) => setA((x) => ({ ...x, [key]: value }));
  const gate = opportunityCardGate(a);
  const points = opportunityCardPoints(a, rules);
  const missing = Math.max(0, points.minimum - points.total);
  const section = (n: number) => `§ 20b Abs. 1 Nr. ${n} AufenthG`;

  return (
    <div className="tool" ref={root} data-points-calculator>
      <form onSubmit={(e) => e.preventDefault()} className="points-form">
        <fieldset>
          <legend>{ui.gateTitle}</legend>
          <div className="field">
            <label htmlFor="pc-recognition">{q.recognition}</label>
            <select id="pc-recognition" value={a.recognition} onChange={(e) => set('recognition', e.target.value as Answers['recognition'])}>
              <option value="none">{q.recognitionNone}</option>
              <option value="partial">{q.recognitionPartial}</option>
              <option value="full">{q.recognitionFull}</option>
            </select>
          </div>
          <label className="choice">
            <input type="checkbox" checked={a.stateRecognisedAbroad} onChange={(e) => set('stateRecognisedAbroad', e.target.checked)} data-field="stateRecognised" />
            <span>{ui.gateQualification}</span>
          </label>
          <LanguageLevels q={q} idPrefix="pc-" german={a.german} english={a.english} onGerman={(l) => set('german', l)} onEnglish={(l) => set('english', l)} />
          <div className="field">
            <label htmlFor="pc-experience">{q.experienceLabel}</label>
            <input id="pc-experience" type="number" inputMode="numeric" min={0} max={7} value={a.experienceYears} onChange={(e) => set('experienceYears', Math.max(0, Number(e.target.value) || 0))} />
          </div>
          <div className="field">
            <label htmlFor="pc-age">{q.ageLabel}</label>
            <input id="pc-age" type="number" inputMode="numeric" min={14} max={99} value={a.age} onChange={(e) => set('age', Math.max(0, Number(e.target.value) || 0))} />
          </div>
          {(
            [
              ['shortageOccupation', q.shortage],
              ['previousStay', q.previousStay],
              ['partnerEligible', q.partner],
            ] as const
          ).map(([key, label]) => (
            <label key={key} className="choice">
              <input type="checkbox" checked={a[key]} onChange={(e) => set(key, e.target.checked)} data-field={key} />
              <span>{label}</span>
            </label>
          ))}
        </fieldset>
      </form>

      <section aria-live="polite" className="points-result" data-points-result>
        <h2>{ui.gateTitle}</h2>
        {gate.skilledRoute ? (
          <p className="notice" data-skilled-route>
            {ui.gateSkilled}
          </p>
        ) : (
          <ul className="gate-list">
            <li data-gate="qualification" data-met={gate.qualification}>
              {ui.gateQualification}: <strong>{gate.qualification ? ui.met : ui.notMet}</strong>
            </li>
            <li data-gate="language" data-met={gate.language}>
              {ui.gateLanguage}: <strong>{gate.language ? ui.met : ui.notMet}</strong>
            </li>
          </ul>
        )}
        <h2>{ui.tableTitle}</h2>
        <table className="data-table" data-points-table>
          <thead>
            <tr>
              <th scope="col">{ui.criterion}</th>
              <th scope="col">{ui.legal}</th>
              <th scope="col">{ui.pointsColumn}</th>
            </tr>
          </thead>
          <tbody>
            {points.items.map((i) => (
              <tr key={i.id} data-criterion={i.id}>
                <th scope="row">{criteria[i.id]}</th>
                <td lang="de">{section(i.number)}</td>
                <td>{i.points}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p data-points-total={points.total}>
          <strong>{ui.total.replace('{{total}}', String(points.total)).replace('{{minimum}}', String(points.minimum))}</strong>{' '}
          {missing === 0 ? ui.enough : ui.notEnough.replace('{{missing}}', String(missing))}
        </p>
        {points.couldAdd.length > 0 && (
          <>
            <p>{ui.couldAdd}</p>
            <ul data-could-add>
              {points.couldAdd.map((c) => (
                <li key={c.id}>
                  {criteria[c.id]} (+{c.points})
                </li>
              ))}
            </ul>
          </>
        )}
        <p>{fundsSentence}</p>
      </section>
    </div>
  );
}
