/**
 * The recognition finder: a profession typed in any site language (with synonyms, without
 * diacritics, with small typos) → the professions it may mean, and for a profession and a
 * district → the bodies responsible. Pure logic over plain data, shared by the build (static
 * tables, tests) and the browser island.
 */

/**
 * Lower case, no accents, one kind of apostrophe and space: "Ärztin" → "arztin",
 * "Enfermería" → "enfermeria", "oʻqituvchi" → "oqituvchi". Marks are removed only after Latin
 * and Cyrillic letters: in Devanagari or Arabic they are part of the letter.
 */
export function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/([\p{Script=Latin}\p{Script=Cyrillic}])\p{M}+/gu, '$1')
    .replace(/[\u064B-\u065F\u0670]/g, '') // Arabic short vowels and shadda
    .replace(/[أإآ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/[ʻʼ'‘’`´]/g, '')
    .replace(/[\s/()\-–,.;:]+/g, ' ')
    .trim()
    .normalize('NFC');
}

/** Whether a text is written without spaces between words (Chinese): match inside words then. */
const isCjk = (text: string) => /\p{Script=Han}/u.test(text);

/** Edit distance with transpositions (Damerau–Levenshtein, optimal string alignment). */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    let best = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, rows[i - 2][j - 2] + 1);
      rows[i][j] = value;
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
  }
  return rows[a.length][b.length];
}

/** How many typos a word of this length may have and still match. */
const allowedTypos = (length: number) => (length >= 9 ? 2 : length >= 5 ? 1 : 0);

export interface ProfessionTerms {
  key: string;
  /** Every name and synonym in every language, normalized. */
  terms: string[];
}

/**
 * All the ways to write a profession: each name and synonym, both forms of "Ärztin / Arzt",
 * and the name without its bracket ("Fachinformatiker (Studium)" → "Fachinformatiker").
 */
export function termsOf(key: string, names: Record<string, string>, synonyms: Record<string, string[] | undefined>): ProfessionTerms {
  const raw = [...Object.values(names), ...Object.values(synonyms).flatMap((list) => list ?? [])];
  const variants = raw.flatMap((text) => {
    const withoutBrackets = text.replace(/\([^)]*\)/g, ' ');
    // "Ingeniero/a", "Lehrer/in": the base form is a term of its own.
    const baseForm = withoutBrackets.replace(/\/\p{L}{1,3}\b/gu, '');
    return [text, withoutBrackets, baseForm, ...withoutBrackets.split(/\s\/\s|\s*,\s*|\s+oder\s+|\s+or\s+/)];
  });
  const terms = [...new Set(variants.map(normalize).filter((t) => t.length > 0))];
  return { key, terms };
}

export interface Match {
  key: string;
  /** 1 = exact, lower = looser; only for ranking. */
  score: number;
}

function scoreTerm(query: string, term: string): number {
  if (term === query) return 1;
  if (isCjk(query) || isCjk(term)) {
    if (query.length >= 2 && term.includes(query)) return 0.85;
    if (term.length >= 2 && query.includes(term)) return 0.8;
    return 0;
  }
  // Typing the start of a term; the more of the term typed, the better.
  if (query.length >= 3 && term.startsWith(query)) return 0.8 + 0.15 * (query.length / term.length);
  const termWords = term.split(' ');
  const queryWords = query.split(' ');
  if (query.length >= 4 && termWords.some((w) => w === query || (w.startsWith(query) && query.length >= 5))) return 0.85;
  if (queryWords.length > 1 && queryWords.every((q) => termWords.some((w) => w.startsWith(q)))) return 0.8;
  if (term.length >= 4 && queryWords.includes(term)) return 0.75;
  // Typos: the whole query against the whole term, or against one word of the term.
  const max = allowedTypos(query.length);
  if (max > 0) {
    const whole = editDistance(query, term, max);
    if (whole <= max) return 0.7 - whole * 0.1;
    for (const word of termWords) {
      if (word.length < 5) continue;
      const distance = editDistance(query, word, max);
      if (distance <= max) return 0.6 - distance * 0.1;
      // Typo while still typing: compare with the start of the word.
      if (query.length >= 6 && word.length > query.length && editDistance(query, word.slice(0, query.length), 1) <= 1) return 0.45;
    }
  }
  return 0;
}

/** Professions a query may mean, best first (at most `limit`). */
export function findProfessions(query: string, index: readonly ProfessionTerms[], limit = 5): Match[] {
  const q = normalize(query);
  if (q.length < 2 && !isCjk(q)) return [];
  const matches: Match[] = [];
  for (const { key, terms } of index) {
    let best = 0;
    for (const term of terms) {
      best = Math.max(best, scoreTerm(q, term));
      if (best === 1) break;
    }
    if (best > 0) matches.push({ key, score: best });
  }
  return matches.sort((a, b) => b.score - a.score || a.key.localeCompare(b.key)).slice(0, limit);
}

export interface BodyCoverage {
  id: string;
  professions: readonly string[];
  /** Empty: all of Saxony. */
  districts: readonly string[];
}

/** `abroad`: the reader has no district yet; every body for the profession applies. */
export type Place = string | 'abroad';

/**
 * The bodies responsible for a profession in a district. From abroad, all of them: for a body
 * split by region (the three Handwerkskammern) the reader picks by where they will work.
 */
export function responsibleBodies<B extends BodyCoverage>(professionKey: string, place: Place, bodies: readonly B[]): B[] {
  return bodies.filter(
    (body) => body.professions.includes(professionKey) && (place === 'abroad' || body.districts.length === 0 || body.districts.includes(place)),
  );
}
