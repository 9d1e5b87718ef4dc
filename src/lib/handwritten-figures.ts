/**
 * Finds figures from the facts file typed into prose by hand, which would go stale when the
 * facts file changes. References (`{{fact:…}}`) are removed first; what remains must not
 * contain a fact's value in any usual spelling next to its unit.
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

export function findHandwrittenFigures(markdown: string, facts: Record<string, FactData>): HandwrittenFigure[] {
  const found: HandwrittenFigure[] = [];
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, (frontMatter) => '\n'.repeat(frontMatter.split('\n').length - 1));
  body.split('\n').forEach((raw, index) => {
    const line = raw.replace(FACT_TOKEN, ' ');
    for (const [id, fact] of Object.entries(facts)) {
      for (const value of new Set(fact.values.map((v) => v.value))) {
        const match = patternFor(fact, value).exec(line);
        if (match) found.push({ id, line: index + 1, text: match[0] });
      }
    }
  });
  return found;
}
