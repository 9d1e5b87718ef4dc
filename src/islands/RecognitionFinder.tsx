/**
 * Recognition finder island: profession (any language) + district → responsible body, local
 * help and immigration office. Matching is `src/lib/finder.ts`; every text arrives as a prop,
 * so no i18n library ships to the browser. Nothing leaves the browser.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { findProfessions, responsibleBodies, type ProfessionTerms } from '../lib/finder';
import DistrictSelect from './DistrictSelect';

export interface FinderLink {
  name: string;
  href: string;
}

export interface FinderProps {
  strings: {
    professionLabel: string;
    professionHint: string;
    placeLabel: string;
    abroad: string;
    suggestions: string;
    regulated: string;
    notRegulated: string;
    responsible: string;
    responsibleByPlace: string;
    procedureRegulated: string;
    procedureNotRegulated: string;
    noBody: string;
    counselling: string;
    localHelp: string;
    alternative: string;
    immigrationOffice: string;
    /** Contains `{{query}}`. */
    noMatch: string;
    noMatchHelp: string;
    guideLink: string;
    allSaxony: string;
  };
  professions: (ProfessionTerms & { name: string; germanName: string; regulated: boolean })[];
  bodies: (FinderLink & { id: string; professions: string[]; districts: string[] })[];
  districts: { id: string; name: string; help: FinderLink[]; alternative?: FinderLink & { note?: string }; immigrationOffice: FinderLink }[];
  counselling: FinderLink[];
  guide: FinderLink;
}

export default function RecognitionFinder({ strings, professions, bodies, districts, counselling, guide }: FinderProps) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [place, setPlace] = useState('abroad');
  const [chosen, setChosen] = useState<string | undefined>();
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const root = useRef<HTMLDivElement>(null);
  // Rendered hidden: without JavaScript the form could not work. Show it once it does.
  useEffect(() => root.current?.closest('[data-js-only]')?.removeAttribute('hidden'), []);

  const matches = useMemo(() => findProfessions(query, professions, 6), [query, professions]);
  const byKey = useMemo(() => new Map(professions.map((p) => [p.key, p])), [professions]);
  const selectedKey = chosen && matches.some((m) => m.key === chosen) ? chosen : matches[0]?.key;
  const profession = selectedKey ? byKey.get(selectedKey) : undefined;
  const district = districts.find((d) => d.id === place);
  const responsible = profession ? responsibleBodies(profession.key, place, bodies) : [];
  const districtName = (districtId: string) => districts.find((d) => d.id === districtId)?.name ?? districtId;

  const choose = (key: string) => {
    setChosen(key);
    // Move focus to the answer, as GOV.UK smart answers do after a choice.
    requestAnimationFrame(() => resultHeading.current?.focus());
  };

  return (
    <div className="finder" data-finder ref={root}>
      <form className="finder-form" role="search" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor={`${id}-q`}>{strings.professionLabel}</label>
          <p className="hint" id={`${id}-hint`}>
            {strings.professionHint}
          </p>
          <input
            id={`${id}-q`}
            type="search"
            autoComplete="off"
            spellCheck={false}
            aria-describedby={`${id}-hint`}
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              setChosen(undefined);
            }}
            data-finder-query
          />
        </div>
        <DistrictSelect
          id={`${id}-place`}
          label={strings.placeLabel}
          value={place}
          onChange={setPlace}
          first={{ value: 'abroad', label: strings.abroad }}
          districts={districts}
          dataAttribute="data-finder-place"
        />
      </form>

      <div aria-live="polite" className="finder-result" data-finder-result>
        {query.trim().length >= 2 && matches.length === 0 && (
          <div data-finder-nomatch>
            <p>
              <strong>{strings.noMatch.replace('{{query}}', query.trim())}</strong>
            </p>
            <p>{strings.noMatchHelp}</p>
            <ul>
              {counselling.map((c) => (
                <li key={c.href}>
                  <a href={c.href}>{c.name}</a>
                </li>
              ))}
              <li>
                <a href={guide.href}>{guide.name}</a>
              </li>
            </ul>
          </div>
        )}

        {matches.length > 1 && (
          <div className="finder-suggestions">
            <p id={`${id}-sugg`}>{strings.suggestions}</p>
            <ul aria-labelledby={`${id}-sugg`}>
              {matches.map((m) => {
                const p = byKey.get(m.key)!;
                return (
                  <li key={m.key}>
                    <button type="button" aria-pressed={m.key === selectedKey} onClick={() => choose(m.key)} data-suggestion={m.key}>
                      {p.name}
                      {p.germanName !== p.name && (
                        <span lang="de" className="german-name">
                          {' '}
                          ({p.germanName})
                        </span>
                      )}
                    </button>
                  </li>
                );
              })}
            </ul>
          </div>
        )}

        {profession && (
          <section className="finder-answer" data-finder-answer={profession.key}>
            <h2 ref={resultHeading} tabIndex={-1}>
              {profession.name}
              {profession.germanName !== profession.name && <span lang="de"> – {profession.germanName}</span>}
            </h2>
            <p className={profession.regulated ? 'notice' : undefined} data-regulated={profession.regulated}>
              {profession.regulated ? strings.regulated : strings.notRegulated}
            </p>

            <h3>{strings.responsible}</h3>
            {responsible.length === 0 && <p>{strings.noBody}</p>}
            {responsible.length > 1 && place === 'abroad' && <p>{strings.responsibleByPlace}</p>}
            <ul data-finder-bodies>
              {responsible.map((b) => (
                <li key={b.id}>
                  <a href={b.href} lang="de" data-body={b.id}>
                    {b.name}
                  </a>
                  {place === 'abroad' && responsible.length > 1 && (
                    <span lang="de"> – {b.districts.length ? b.districts.map(districtName).join(', ') : strings.allSaxony}</span>
                  )}
                </li>
              ))}
            </ul>
            {responsible.length > 0 && <p>{profession.regulated ? strings.procedureRegulated : strings.procedureNotRegulated}</p>}

            <h3>{strings.counselling}</h3>
            <ul>
              {counselling.map((c) => (
                <li key={c.href}>
                  <a href={c.href} lang="de">
                    {c.name}
                  </a>
                </li>
              ))}
              <li>
                <a href={guide.href}>{guide.name}</a>
              </li>
            </ul>

            {district && (
              <>
                <h3>
                  {strings.localHelp}: <span lang="de">{district.name}</span>
                </h3>
                {district.help.length > 0 ? (
                  <ul data-finder-help>
                    {district.help.map((c) => (
                      <li key={c.href}>
                        <a href={c.href} lang="de">
                          {c.name}
                        </a>
                      </li>
                    ))}
                  </ul>
                ) : (
                  district.alternative && (
                    <p data-finder-help>
                      {strings.alternative}{' '}
                      <a href={district.alternative.href} lang="de">
                        {district.alternative.name}
                      </a>
                    </p>
                  )
                )}
                <p data-finder-immigration>
                  {strings.immigrationOffice}:{' '}
                  <a href={district.immigrationOffice.href} lang="de">
                    {district.immigrationOffice.name}
                  </a>
                </p>
              </>
            )}
          </section>
        )}
      </div>
    </div>
  );
}
