/**
 * The recognition finder over the real profession list: a table of queries in many languages,
 * with misspellings and no-match cases, and what the finder must answer.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { findProfessions, termsOf, normalize, editDistance, responsibleBodies } from '../../src/lib/finder';
import { matchesFilter } from '../../src/lib/body-filter';
import { professionSchema, bodySchema } from '../../src/lib/schemas';

const CONTENT = join(import.meta.dirname, '../../content');
const readAll = <T>(folder: string, parse: (data: unknown) => T) =>
  readdirSync(join(CONTENT, folder))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({ id: f.replace(/\.yaml$/, ''), data: parse(load(readFileSync(join(CONTENT, folder, f), 'utf8'))) }));

const professions = readAll('professions', (d) => professionSchema.parse(d));
const bodies = readAll('bodies', (d) => bodySchema.parse(d)).map((b) => ({ id: b.id, professions: b.data.professions, districts: b.data.districts }));
const index = professions.map((p) => termsOf(p.id, p.data.names, p.data.synonyms));
const top = (query: string) => findProfessions(query, index)[0]?.key;

describe('normalizing what readers type', () => {
  it.each([
    ['Ärztin', 'arztin'],
    ['  Kfz-Mechaniker ', 'kfz mechaniker'],
    ['Straße', 'strasse'],
    ['ENFERMERÍA', 'enfermeria'],
    ['oʻqituvchi', 'oqituvchi'],
    ['Điều dưỡng', 'đieu duong'],
    ['أطباء', 'اطباء'],
    ['नर्स', 'नर्स'],
  ])('%j → %j', (input, output) => {
    expect(normalize(input)).toBe(output);
  });

  it('counts typos including swapped letters', () => {
    expect(editDistance('nurse', 'nrse')).toBe(1);
    expect(editDistance('nurse', 'nusre')).toBe(1);
    expect(editDistance('koch', 'kocher')).toBe(2);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});

const queries: [string, string, string | null][] = [
  // German, including old and everyday titles
  ['de', 'Krankenschwester', 'nurse'],
  ['de', 'Pflegefachfrau', 'nurse'],
  ['de', 'Altenpfleger', 'nurse'],
  ['de', 'Arzt', 'doctor'],
  ['de', 'Ärztin', 'doctor'],
  ['de', 'Aerztin', 'doctor'],
  ['de', 'Zahnarzt', 'dentist'],
  ['de', 'Apotheker', 'pharmacist'],
  ['de', 'Hebamme', 'midwife'],
  ['de', 'Physiotherapeutin', 'physiotherapist'],
  ['de', 'Erzieherin', 'educator'],
  ['de', 'Lehrer', 'teacher'],
  ['de', 'Ingenieur', 'engineer'],
  ['de', 'Architektin', 'architect'],
  ['de', 'Elektriker', 'electrician'],
  ['de', 'Koch', 'cook'],
  ['de', 'Bäcker', 'baker'],
  ['de', 'Friseurin', 'hairdresser'],
  ['de', 'Kfz-Mechaniker', 'car-mechanic'],
  ['de', 'Berufskraftfahrer', 'professional-driver'],
  ['de', 'Fachinformatiker', 'it-specialist'],
  ['de', 'Tischler', 'carpenter'],
  ['de', 'Maurer', 'bricklayer'],
  ['de', 'Landwirt', 'farmer'],
  ['de', 'Sozialpädagoge', 'social-worker'],
  // English
  ['en', 'nurse', 'nurse'],
  ['en', 'doctor', 'doctor'],
  ['en', 'dentist', 'dentist'],
  ['en', 'midwife', 'midwife'],
  ['en', 'teacher', 'teacher'],
  ['en', 'electrician', 'electrician'],
  ['en', 'plumber', 'plumber'],
  ['en', 'baker', 'baker'],
  ['en', 'hairdresser', 'hairdresser'],
  ['en', 'architect', 'architect'],
  ['en', 'lawyer', 'lawyer'],
  // Spanish
  ['es', 'enfermera', 'nurse'],
  ['es', 'médico', 'doctor'],
  ['es', 'medico', 'doctor'],
  ['es', 'electricista', 'electrician'],
  ['es', 'ingeniero', 'engineer'],
  // French
  ['fr', 'infirmière', 'nurse'],
  ['fr', 'infirmiere', 'nurse'],
  ['fr', 'médecin', 'doctor'],
  ['fr', 'boulanger', 'baker'],
  // Portuguese
  ['pt', 'enfermeira', 'nurse'],
  ['pt', 'eletricista', 'electrician'],
  // Russian and Ukrainian
  ['ru', 'медсестра', 'nurse'],
  ['ru', 'врач', 'doctor'],
  ['ru', 'повар', 'cook'],
  ['ru', 'электрик', 'electrician'],
  ['uk', 'лікар', 'doctor'],
  ['uk', 'кухар', 'cook'],
  // Vietnamese, with and without tone marks
  ['vi', 'điều dưỡng', 'nurse'],
  ['vi', 'dieu duong', 'nurse'],
  ['vi', 'đầu bếp', 'cook'],
  // Arabic, Hindi, Chinese, Uzbek
  ['ar', 'ممرضة', 'nurse'],
  ['ar', 'طبيب', 'doctor'],
  ['hi', 'नर्स', 'nurse'],
  ['zh', '护士', 'nurse'],
  ['zh', '医生', 'doctor'],
  ['zh', '厨师', 'cook'],
  ['zh', '电工', 'electrician'],
  ['uz', 'hamshira', 'nurse'],
  ['uz', 'oshpaz', 'cook'],
  // Misspellings
  ['de', 'Krankenschwster', 'nurse'],
  ['de', 'Elektricker', 'electrician'],
  ['de', 'Fysiotherapeut', 'physiotherapist'],
  ['en', 'nurce', 'nurse'],
  ['en', 'enginer', 'engineer'],
  ['en', 'hairdreser', 'hairdresser'],
  ['es', 'enfermra', 'nurse'],
  // No match: the island then offers counselling and the recognition guide
  ['en', 'astronaut', null],
  ['de', 'Zauberer', null],
  ['en', 'xqzv', null],
  ['de', 'a', null],
];

describe('finder query table', () => {
  it('has at least 60 queries in at least 6 languages', () => {
    expect(queries.length).toBeGreaterThanOrEqual(60);
    expect(new Set(queries.map(([lang]) => lang)).size).toBeGreaterThanOrEqual(6);
  });

  it.each(queries)('[%s] %j → %s', (_lang, query, expected) => {
    if (expected === null) expect(findProfessions(query, index)).toEqual([]);
    else expect(top(query)).toBe(expected);
  });
});

describe('responsible bodies', () => {
  it('split by district for crafts: Dresden → HWK Dresden, Zwickau → HWK Chemnitz', () => {
    expect(responsibleBodies('electrician', 'dresden', bodies).map((b) => b.id)).toEqual(['hwk-dresden']);
    expect(responsibleBodies('electrician', 'zwickau', bodies).map((b) => b.id)).toEqual(['hwk-chemnitz']);
    expect(responsibleBodies('electrician', 'nordsachsen', bodies).map((b) => b.id)).toEqual(['hwk-leipzig']);
  });

  it('from abroad, all bodies that may be responsible', () => {
    expect(responsibleBodies('electrician', 'abroad', bodies).map((b) => b.id).sort()).toEqual(['hwk-chemnitz', 'hwk-dresden', 'hwk-leipzig']);
  });

  it('one body for all of Saxony where there is no split', () => {
    expect(responsibleBodies('nurse', 'goerlitz', bodies).map((b) => b.id)).toEqual(['ksv-gesundheitsfachberufe']);
  });

  it('every profession has a responsible body in every district', () => {
    const districts = ['chemnitz', 'dresden', 'leipzig-stadt', 'bautzen', 'erzgebirgskreis', 'goerlitz', 'leipzig-land', 'meissen', 'mittelsachsen', 'nordsachsen', 'saechsische-schweiz-osterzgebirge', 'vogtlandkreis', 'zwickau'];
    const gaps = professions.flatMap((p) => districts.filter((d) => responsibleBodies(p.id, d, bodies).length === 0).map((d) => `${p.id}@${d}`));
    expect(gaps).toEqual([]);
  });
});

describe('directory filter', () => {
  const hwkDresden = { kind: 'chamber', groups: ['crafts'], districts: ['dresden', 'meissen'] };
  const ksv = { kind: 'state-authority', groups: ['health'], districts: [] };
  it.each([
    [hwkDresden, { group: '', district: '', kind: '' }, true],
    [hwkDresden, { group: 'crafts', district: 'meissen', kind: 'chamber' }, true],
    [hwkDresden, { group: 'crafts', district: 'zwickau', kind: '' }, false],
    [hwkDresden, { group: 'health', district: '', kind: '' }, false],
    [ksv, { group: 'health', district: 'zwickau', kind: '' }, true],
    [ksv, { group: '', district: '', kind: 'chamber' }, false],
  ])('%j with %j → %s', (entry, filter, expected) => {
    expect(matchesFilter(entry, filter)).toBe(expected);
  });
});
