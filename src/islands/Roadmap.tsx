/**
 * Personal roadmap: route + profession + district → the steps in order (recognition at the
 * responsible body, visa, entry and registration, immigration office, local Welcome Center) as
 * a checklist that prints on A4 and is shared as a link. Everything, ticks included, lives in
 * the URL fragment; nothing is stored or sent.
 */
import { useEffect, useRef, useState } from 'react';
import { responsibleBodies } from '../lib/finder';
import type { RouteId } from '../lib/eligibility';
import DistrictSelect from './DistrictSelect';

type Strings = Record<string, string>;
interface Link {
  name: string;
  href: string;
}

export interface RoadmapProps {
  ui: Strings;
  common: Strings;
  routes: { id: RouteId; name: string; guide: string }[];
  professions: { key: string; name: string }[];
  bodies: (Link & { id: string; professions: string[]; districts: string[] })[];
  districts: { id: string; name: string; help: Link[]; alternative?: Link; immigrationOffice: Link }[];
  counselling: Link[];
  visaFee: string;
  visaGuide: string;
  arrivalGuide: string;
}

interface State {
  route: string;
  profession: string;
  district: string;
  done: string[];
}

const read = (): State => {
  const p = new URLSearchParams(location.hash.replace(/^#/, ''));
  return { route: p.get('route') ?? '', profession: p.get('profession') ?? '', district: p.get('district') ?? '', done: (p.get('done') ?? '').split(',').filter(Boolean) };
};
const write = (s: State) => {
  const p = new URLSearchParams();
  if (s.route) p.set('route', s.route);
  if (s.profession) p.set('profession', s.profession);
  if (s.district) p.set('district', s.district);
  if (s.done.length) p.set('done', s.done.join(','));
  history.replaceState(null, '', `#${p.toString()}`);
};

export default function Roadmap({ ui, common, routes, professions, bodies, districts, counselling, visaFee, visaGuide, arrivalGuide }: RoadmapProps) {
  const [state, setState] = useState<State>({ route: '', profession: '', district: '', done: [] });
  const [copied, setCopied] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    root.current?.closest('[data-js-only]')?.removeAttribute('hidden');
    setState(read());
  }, []);
  const update = (patch: Partial<State>) =>
    setState((s) => {
      const next = { ...s, ...patch };
      write(next);
      return next;
    });
  const route = routes.find((r) => r.id === state.route);
  const district = districts.find((d) => d.id === state.district);
  const responsible = state.profession ? responsibleBodies(state.profession, state.district || 'abroad', bodies) : [];
  const needsRecognition = !['studying', 'training-place-search', 'eu-free-movement'].includes(state.route);

  const steps: { id: string; title: string; body: React.ReactNode }[] = [];
  if (needsRecognition)
    steps.push({
      id: 'recognition',
      title: ui.stepRecognition,
      body:
        responsible.length > 0 ? (
          <ul>
            {responsible.map((b) => (
              <li key={b.id}>
                <a href={b.href} lang="de">
                  {b.name}
                </a>
              </li>
            ))}
          </ul>
        ) : (
          <p>
            {ui.stepRecognitionNone}{' '}
            {counselling.map((c) => (
              <a key={c.href} href={c.href} lang="de">
                {c.name}
              </a>
            ))}
          </p>
        ),
    });
  steps.push({ id: 'visa', title: ui.stepVisa, body: <p>{ui.stepVisaText.replace('{{fee}}', visaFee)} <a href={visaGuide}>{ui.stepGuide}</a></p> });
  steps.push({ id: 'entry', title: ui.stepEntry, body: <p>{ui.stepEntryText} <a href={arrivalGuide}>{ui.stepGuide}</a></p> });
  if (district)
    steps.push({
      id: 'office',
      title: ui.stepOffice,
      body: (
        <p>
          <a href={district.immigrationOffice.href} lang="de">
            {district.immigrationOffice.name}
          </a>
        </p>
      ),
    });
  if (district)
    steps.push({
      id: 'welcome',
      title: ui.stepWelcome,
      body:
        district.help.length > 0 ? (
          <ul>
            {district.help.map((h) => (
              <li key={h.href}>
                <a href={h.href} lang="de">
                  {h.name}
                </a>
              </li>
            ))}
          </ul>
        ) : (
          <p>
            {ui.stepWelcomeNone}{' '}
            {district.alternative && (
              <a href={district.alternative.href} lang="de">
                {district.alternative.name}
              </a>
            )}
          </p>
        ),
    });

  return (
    <div className="tool roadmap" ref={root} data-roadmap>
      <form className="roadmap-form" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="rm-route">{ui.route}</label>
          <select id="rm-route" value={state.route} onChange={(e) => update({ route: e.target.value })}>
            <option value="">{ui.choose}</option>
            {routes.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="rm-profession">{ui.profession}</label>
          <select id="rm-profession" value={state.profession} onChange={(e) => update({ profession: e.target.value })}>
            <option value="">{ui.choose}</option>
            {professions.map((p) => (
              <option key={p.key} value={p.key}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <DistrictSelect id="rm-district" label={ui.district} value={state.district} onChange={(district) => update({ district })} first={{ value: '', label: ui.choose }} districts={districts} />
      </form>
      <h2>
        {ui.steps}
        {route && <>: {route.name}</>}
      </h2>
      <ol className="checklist" data-roadmap-steps>
        {steps.map((s) => (
          <li key={s.id} data-step={s.id}>
            <label className="choice">
              <input
                type="checkbox"
                checked={state.done.includes(s.id)}
                onChange={(e) => update({ done: e.target.checked ? [...state.done, s.id] : state.done.filter((d) => d !== s.id) })}
              />
              <strong>{s.title}</strong>
              <span className="sr-only"> – {ui.done}</span>
            </label>
            {s.body}
          </li>
        ))}
      </ol>
      {route && (
        <p>
          <a href={route.guide}>{ui.stepGuide}</a>
        </p>
      )}
      <div className="tool-buttons no-print">
        <button type="button" className="button" onClick={() => print()}>
          {common.print}
        </button>
        <button
          type="button"
          className="button"
          onClick={async () => {
            await navigator.clipboard?.writeText(location.href);
            setCopied(true);
          }}
        >
          {copied ? common.linkCopied : common.copyLink}
        </button>
      </div>
    </div>
  );
}
