/** German and English level choices (CEFR), shared by the pathway finder and the points calculator. */
import { GERMAN_LEVELS, ENGLISH_LEVELS, type Answers } from '../lib/eligibility';

type Strings = Record<string, string>;

function levelText(level: string, q: Strings): string {
  return { none: q.levelNone, A1: q.levelA1, A2: q.levelA2, B1: q.levelB1, B2: q.levelB2, C1: q.levelC1 }[level] ?? level;
}

interface Props {
  q: Strings;
  /** Prefix of the element ids, so two tools never share one. */
  idPrefix: string;
  german: Answers['german'];
  english: Answers['english'];
  onGerman: (level: Answers['german']) => void;
  onEnglish: (level: Answers['english']) => void;
}

export default function LanguageLevels({ q, idPrefix, german, english, onGerman, onEnglish }: Props) {
  const select = <L extends string>(id: string, label: string, levels: readonly L[], value: L, onChange: (l: L) => void) => (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as L)}>
        {levels.map((l) => (
          <option key={l} value={l}>
            {levelText(l, q)}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <>
      {select(`${idPrefix}german`, q.german, GERMAN_LEVELS, german, onGerman)}
      {select(`${idPrefix}english`, q.english, ENGLISH_LEVELS, english, onEnglish)}
    </>
  );
}
