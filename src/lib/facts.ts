/**
 * Figures that change (salary thresholds, fees, funds, deadlines) live once in
 * `content/facts.yaml`. Prose refers to them as `{{fact:<id>}}` (the value valid on the build
 * date) or `{{fact:<id>@YYYY-MM-DD}}` (the value valid on that day, e.g. for a table of past
 * years). This module picks the value and formats it for a language; it has no Astro imports.
 */
import { formatDate, localeInfo, type Locale } from '../i18n/locales';
import type { FactData } from './schemas';

export type FactValue = FactData['values'][number];

/** `{{fact:blue-card-salary-standard}}` or `{{fact:blue-card-salary-standard@2025-01-01}}`. */
export const FACT_TOKEN = /\{\{\s*fact:([a-z0-9-]+)(?:@(\d{4}-\d{2}-\d{2}))?\s*\}\}/g;

export interface FactReference {
  id: string;
  /** Day the value must be valid on; undefined: the build date. */
  on?: string;
  /** 1-based line in the text it was found in. */
  line: number;
}

export function findFactReferences(text: string): FactReference[] {
  const refs: FactReference[] = [];
  text.split(/\r?\n/).forEach((lineText, index) => {
    for (const match of lineText.matchAll(FACT_TOKEN)) refs.push({ id: match[1], on: match[2], line: index + 1 });
  });
  return refs;
}

export type Validity = 'current' | 'ended';

export interface ResolvedFact {
  value: FactValue;
  /** `ended`: the last period is over and no newer value has been entered yet. */
  validity: Validity;
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The value that applies on `date`. If the newest period has ended without a successor, that
 * value is returned as `ended` (readers see it with a warning, the build warns editors). A date
 * before the first period has no value: an error, because a page would state a wrong figure.
 */
export function factAt(id: string, fact: FactData, date: Date): ResolvedFact {
  const on = day(date);
  const sorted = [...fact.values].sort((a, b) => day(a.validFrom).localeCompare(day(b.validFrom)));
  const current = sorted.filter((v) => day(v.validFrom) <= on && (!v.validUntil || day(v.validUntil) >= on)).at(-1);
  if (current) return { value: current, validity: 'current' };
  const last = sorted.at(-1)!;
  if (last.validUntil && day(last.validUntil) < on) return { value: last, validity: 'ended' };
  throw new Error(
    `Figure "${id}" has no value for ${on}: the first value starts on ${day(sorted[0].validFrom)}` +
      (sorted.length > 1 ? ' or there is a gap between periods' : '') +
      `. / Für "${id}" gibt es am ${on} keinen Wert.`,
  );
}

/** Facts whose newest period has ended without a successor on `date`: editors must act. */
export function endedFacts(facts: Record<string, FactData>, date: Date): { id: string; validUntil: Date }[] {
  return Object.entries(facts).flatMap(([id, fact]) => {
    try {
      const resolved = factAt(id, fact, date);
      return resolved.validity === 'ended' ? [{ id, validUntil: resolved.value.validUntil! }] : [];
    } catch {
      return [];
    }
  });
}

/** Strings a language needs to write a figure; they come from `locales/<lang>/ui.json`. */
export interface FactStrings {
  perYear: (amount: string) => string;
  perMonth: (amount: string) => string;
  perHour: (amount: string) => string;
  asOf: (date: string) => string;
  ended: (date: string) => string;
}

const UNIT_OF: Record<string, string | undefined> = { days: 'day', weeks: 'week', months: 'month', 'hours/week': 'hour-per-week' };

/** "50.700 € pro Jahr", "€45,934.20 per year", "3 Monate", "20 hours per week". */
export function formatFactValue(fact: FactData, value: number, lang: Locale, strings: FactStrings): string {
  const tag = localeInfo(lang).tag;
  if (fact.unit.startsWith('EUR')) {
    const cents = Math.round(value * 100) % 100 !== 0;
    const amount = new Intl.NumberFormat(tag, {
      style: 'currency',
      currency: 'EUR',
      minimumFractionDigits: cents ? 2 : 0,
      maximumFractionDigits: 2,
    }).format(value);
    if (fact.unit === 'EUR/year') return strings.perYear(amount);
    if (fact.unit === 'EUR/month') return strings.perMonth(amount);
    if (fact.unit === 'EUR/hour') return strings.perHour(amount);
    return amount;
  }
  const unit = UNIT_OF[fact.unit];
  if (!unit) throw new Error(`No format for unit "${fact.unit}"`);
  return new Intl.NumberFormat(tag, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface RenderOptions {
  facts: Record<string, FactData>;
  lang: Locale;
  /** The build date: which value is "current". */
  date: Date;
  strings: FactStrings;
  /** Link target for a figure's sources and history, e.g. `/de/figures/`. */
  figuresPage: string;
  /** Names the file in errors. */
  file: string;
}

/**
 * Replaces every fact token in rendered HTML with the formatted value, linked to the figures
 * page. Amounts carry "as of <date>" (the day the value took effect); deadlines do not change
 * yearly and stay plain. An unknown id is an error naming the file.
 */
export function renderFacts(html: string, options: RenderOptions): string {
  const { facts, lang, date, strings, figuresPage, file } = options;
  return html.replace(FACT_TOKEN, (_token, id: string, on?: string) => {
    const fact = facts[id];
    if (!fact) {
      throw new Error(`${file}: unknown figure "{{fact:${id}}}" – expected one of: ${Object.keys(facts).sort().join(', ')}`);
    }
    const { value, validity } = factAt(id, fact, on ? new Date(`${on}T00:00:00Z`) : date);
    const text = formatFactValue(fact, value.value, lang, strings);
    const isAmount = fact.unit.startsWith('EUR');
    const note =
      validity === 'ended'
        ? ` <span class="fact-note fact-ended">(${escapeHtml(strings.ended(formatDate(value.validUntil!, lang)))})</span>`
        : isAmount && !on
          ? ` <span class="fact-note">(${escapeHtml(strings.asOf(formatDate(value.validFrom, lang)))})</span>`
          : '';
    const dated = on ? ` data-on="${on}"` : '';
    return `<a class="fact" href="${figuresPage}#${id}" data-fact="${id}"${dated} data-value="${value.value}">${escapeHtml(text)}</a>${note}`;
  });
}
