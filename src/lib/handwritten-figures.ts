/**
 * Finds figures from the facts file typed into prose by hand, which would go stale when the
 * facts file changes. References (`{{fact:…}}`) are removed first; what remains must not
 * contain a fact's value in any usual spelling next to its unit.
 *
 * Amounts of money are flagged anywhere. A duration ("drei Monate", "20 hours") is common in
 * rules that are not figures of the facts file, so it is flagged only in a sentence that also
 * speaks of the figure's topic: a word of its label ("Anerkennung", "decision", …).
 */
import { FACT_TOKEN } from './facts';
import type { FactData } from './schemas';

export interface HandwrittenFigure {
  id: string;
  line: number;
  text: string;
}

/** 50700 → 50.700 / 50,700 / 50 700 / 50700; 45934.2 → 45.934,20 / 45,934.20 / … */
function spellings(value: number): string[] {
  const [whole, cents] = value.toFixed(2).split('.');
  const groups = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '\u0000');
  const wholes = [...new Set([groups.replace(/\u0000/g, '.'), groups.replace(/\u0000/g, ','), groups.replace(/\u0000/g, '[  ]'), whole])];
  if (cents === '00') return wholes.map((w) => `${w}(?:[.,]00)?`);
  const short = cents.replace(/0$/, '');
  return wholes.flatMap((w) => [`${w}[.,]${cents}`, `${w}[.,]${short}(?!\\d)`]);
}

const UNIT_WORDS: Record<string, string> = {
  days: '(?:Tage?n?|Werktage?n?|days?)',
  weeks: '(?:Wochen?|weeks?)',
  months: '(?:Monate?n?|months?)',
  'hours/week': '(?:Stunden|Std\\.|hours?|h)\\b',
};

const NUMBER_WORDS: Record<number, string[]> = {
  1: ['einer?', 'one'],
  2: ['zwei', 'two'],
  3: ['drei', 'three'],
  20: ['zwanzig', 'twenty'],
};

function patternFor(fact: FactData, value: number): RegExp {
  if (fact.unit.startsWith('EUR')) {
    const number = `(?:${spellings(value).join('|')})`;
    // Large amounts are unmistakable on their own; small ones only next to a currency.
    return value >= 1000
      ? new RegExp(`(?<![\\d.,])${number}(?![\\d]|[.,]\\d)`)
      : new RegExp(`(?:(?:€|EUR|Euro)\\s?${number}(?![\\d]|[.,]\\d)|(?<![\\d.,])${number}\\s?(?:€|EUR|Euro))`, 'i');
  }
  const unit = UNIT_WORDS[fact.unit];
  const words = [String(value), ...(NUMBER_WORDS[value] ?? [])].join('|');
  return new RegExp(`(?<![\\d.,])(?:${words})[\\s-]+${unit}`, 'i');
}

/** Label words too common to tell what a sentence is about. */
const STOP_WORDS = new Set([
  'nachdem', 'höchstens', 'innerhalb', 'erlaubte', 'allowed', 'within', 'after', 'about', 'which', 'their',
  'verfahren', 'beschleunigten', 'procedure', 'accelerated', 'beschäftigung', 'employment', 'federal',
  'ausländerbehörde', 'immigration', 'office', 'standard', 'regel', 'danach', 'counts', 'arbeit', 'agency',
]);

/**
 * Topic words of a figure: the longer words of its German and English labels, lower-cased.
 * (Durations are recognised by German and English unit words only, so other languages' labels
 * would add nothing but accidental matches.)
 */
function topicWords(fact: FactData): string[] {
  const words = [fact.label.de, fact.label.en ?? '']
    .join(' ')
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length >= 6 && !STOP_WORDS.has(w));
  // Compound words: "Anerkennungsstelle" speaks of "Anerkennung"; match on a stem.
  return [...new Set(words.map((w) => w.slice(0, Math.max(6, w.length - 3))))];
}

interface Sentence {
  text: string;
  line: number;
}

/**
 * Sentences of the body (across wrapped lines), each with the line it starts on. A sentence
 * ends at . ! ? followed by a space or line end (not inside "50.700"), or at a blank line.
 */
function sentences(body: string): Sentence[] {
  const result: Sentence[] = [];
  let text = '';
  let line = 1;
  let start = 1;
  const flush = () => {
    if (text.trim()) result.push({ text: text.replace(/\n/g, ' ').trim(), line: start });
    text = '';
  };
  for (let i = 0; i < body.length; i++) {
    const char = body[i];
    if (!text.trim()) start = line;
    if (char === '\n') {
      line++;
      // A blank line, a table row, list item or heading starts a new sentence.
      if (/^\s*(?:\n|\||[-*+#>]\s|\d+\.\s)/.test(body.slice(i + 1))) flush();
      else text += char;
      continue;
    }
    text += char;
    if ('.!?'.includes(char) && (i + 1 === body.length || /\s/.test(body[i + 1]))) flush();
  }
  flush();
  return result;
}

export function findHandwrittenFigures(markdown: string, facts: Record<string, FactData>): HandwrittenFigure[] {
  const found: HandwrittenFigure[] = [];
  const frontMatterFree = markdown.replace(/^---\n[\s\S]*?\n---\n/, (frontMatter) => '\n'.repeat(frontMatter.split('\n').length - 1));
  const body = frontMatterFree.replace(FACT_TOKEN, ' ');
  for (const sentence of sentences(body)) {
    const lower = sentence.text.toLowerCase();
    for (const [id, fact] of Object.entries(facts)) {
      const isAmount = fact.unit.startsWith('EUR');
      if (!isAmount && !topicWords(fact).some((w) => lower.includes(w))) continue;
      for (const value of new Set(fact.values.map((v) => v.value))) {
        const match = patternFor(fact, value).exec(sentence.text);
        if (match) found.push({ id, line: sentence.line, text: match[0] });
      }
    }
  }
  return found;
}
