/**
 * A malformed content file must stop the build and say which file, which field, what is wrong
 * and what was expected. Each case copies a small valid content folder, breaks one thing, and
 * runs `astro sync` (the content step of `astro build`) on it.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { cpSync, mkdtempSync, rmSync, writeFileSync, readFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';

const VALID = join(import.meta.dirname, '../fixtures/content-valid');
const ASTRO = join(import.meta.dirname, '../../node_modules/astro/bin/astro.mjs');
let work: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'portal-content-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Mutation = (dir: string) => void;

const edit = (file: string, change: (text: string) => string): Mutation => (dir) => {
  const path = join(dir, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
};
const add = (file: string, text: string): Mutation => (dir) => {
  mkdirSync(dirname(join(dir, file)), { recursive: true });
  writeFileSync(join(dir, file), text);
};

function sync(name: string, mutate?: Mutation) {
  const dir = join(work, name);
  cpSync(VALID, dir, { recursive: true });
  mutate?.(dir);
  const result = spawnSync(process.execPath, [ASTRO, 'sync'], {
    cwd: join(import.meta.dirname, '../..'),
    env: { ...process.env, CONTENT_DIR: dir, ASTRO_CACHE_DIR: join(work, `${name}-cache`), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    encoding: 'utf8',
  });
  // Astro may colour its output even when asked not to; strip escape codes before matching.
  const output = `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
  return { status: result.status, output };
}

const GUIDE = 'guides/de/pathways/example-route.md';
const EN_GUIDE = 'guides/en/pathways/example-route.md';
const BODY = 'bodies/example-body.yaml';

interface Case {
  name: string;
  mutate: Mutation;
  /** The file the error must name. */
  file: string;
  /** Field and expectation the message must contain. */
  expected: string[];
}

const cases: Case[] = [
  {
    name: 'missing required field',
    mutate: edit(GUIDE, (t) => t.replace(/^title:.*\n/m, '')),
    file: GUIDE,
    expected: ['title', 'Required field is missing', 'Pflichtfeld fehlt', 'the page title'],
  },
  {
    name: 'empty required field',
    mutate: edit(GUIDE, (t) => t.replace(/^description:.*$/m, 'description: ""')),
    file: GUIDE,
    expected: ['description', 'Invalid value', 'one sentence summing up the page'],
  },
  {
    name: 'date in the wrong format',
    mutate: edit(GUIDE, (t) => t.replace(/^lastReviewed:.*$/m, 'lastReviewed: 20.11.2026')),
    file: GUIDE,
    expected: ['lastReviewed', '"20.11.2026"', 'YYYY-MM-DD'],
  },
  {
    name: 'impossible calendar date',
    mutate: edit(GUIDE, (t) => t.replace(/^updated:.*$/m, 'updated: 2026-13-45')),
    file: `${GUIDE}:5`,
    expected: ['updated', '2026-13-45 is not a real date', 'YYYY-MM-DD'],
  },
  {
    name: 'value outside the allowed list',
    mutate: edit(GUIDE, (t) => t.replace(/^audience:.*$/m, 'audience: students')),
    file: GUIDE,
    expected: ['audience', '"students"', 'internationals or employers'],
  },
  {
    name: 'misspelt field name',
    mutate: edit(GUIDE, (t) => t.replace(/^lastReviewed:/m, 'lastReviewed: 2026-11-20\nlastReviwed:')),
    file: GUIDE,
    expected: ['Unknown field lastReviwed', 'Tippfehler'],
  },
  {
    name: 'legal basis without a link to the law',
    mutate: edit(GUIDE, (t) => t.replace(/^    url: https:\/\/www\.gesetze-im-internet\.de\/aufenthg_2004\/__18a\.html\n/m, '')),
    file: GUIDE,
    expected: ['legalBasis.0.url', 'the address of the law text'],
  },
  {
    name: 'unknown language folder',
    mutate: add('guides/xx/pathways/example-route.md', readFileSync(join(VALID, EN_GUIDE), 'utf8')),
    file: 'guides/xx/pathways/example-route.md',
    expected: ['Unknown language folder "xx"', 'one of de, en, ar'],
  },
  {
    name: 'unknown section folder',
    mutate: add('guides/de/visas/example-route.md', readFileSync(join(VALID, GUIDE), 'utf8')),
    file: 'guides/de/visas/example-route.md',
    expected: ['Unknown section "visas"', 'one of pathways, employers'],
  },
  {
    name: 'translation without German source',
    mutate: add('guides/en/pathways/orphan.md', readFileSync(join(VALID, EN_GUIDE), 'utf8')),
    file: 'guides/en/pathways/orphan.md',
    expected: ['has no German source page', 'guides/de/pathways/orphan.md'],
  },
  {
    name: 'translation that does not say what it was translated from',
    mutate: edit(EN_GUIDE, (t) => t.replace(/^translationOf:\n  sourceUpdated: .*\n/m, '')),
    file: EN_GUIDE,
    expected: ['translationOf', 'sourceUpdated'],
  },
  {
    name: 'site page that would hide a section of the site',
    mutate: add('pages/de/search.md', readFileSync(join(VALID, 'pages/de/about.md'), 'utf8')),
    file: 'pages/de/search.md',
    expected: ['"search" is reserved', 'a name other than'],
  },
  {
    name: 'invalid e-mail address',
    mutate: edit(BODY, (t) => t.replace(/^email:.*$/m, 'email: anerkennung(at)beispielstelle.de')),
    file: BODY,
    expected: ['email', 'an e-mail address'],
  },
  {
    name: 'website without https://',
    mutate: edit(BODY, (t) => t.replace(/^website:.*$/m, 'website: www.beispielstelle.de')),
    file: BODY,
    expected: ['website', 'starting with https://'],
  },
  {
    name: 'invalid phone number',
    mutate: edit(BODY, (t) => `${t}phone: call us\n`),
    file: BODY,
    expected: ['phone', 'a phone number like +49 351 123456'],
  },
  {
    name: 'unknown district',
    mutate: edit(BODY, (t) => t.replace('districts: [dresden]', 'districts: [berlin]')),
    file: BODY,
    expected: ['districts.0', '"berlin"', 'a district: chemnitz, dresden'],
  },
  {
    name: 'directory entry without German description',
    mutate: edit(BODY, (t) => t.replace('  de: Eine gültige Stelle.', '  en: A valid office.')),
    file: BODY,
    expected: ['description', 'at least the German text'],
  },
  {
    name: 'figure written with a thousands separator',
    mutate: edit('facts.yaml', (t) => t.replace('value: 100', 'value: "1.000"')),
    file: 'facts.yaml',
    expected: ['values.0.value', 'a number without thousands separators'],
  },
  {
    name: 'reference to a figure that does not exist',
    mutate: edit(GUIDE, (t) => `${t}\nDie Gebühr beträgt {{fact:no-such-figure}}.\n`),
    file: GUIDE,
    expected: ['Unknown figure {{fact:no-such-figure}}', 'an id from', 'example-fee'],
  },
  {
    name: 'reference to a day on which a figure has no value',
    mutate: edit(GUIDE, (t) => `${t}\nIm Jahr 2020: {{fact:example-fee@2020-01-01}}.\n`),
    file: GUIDE,
    expected: ['{{fact:example-fee}} has no value on that day', 'no value for 2020-01-01'],
  },
  {
    name: 'missing facts file',
    mutate: (dir) => rmSync(join(dir, 'facts.yaml')),
    file: 'facts.yaml',
    expected: ['The file is missing', 'Die Datei fehlt'],
  },
  {
    name: 'district without a Welcome Center and without an alternative',
    mutate: edit('districts/dresden.yaml', (t) => t.replace('welcomeCenters: [example-center]', 'welcomeCenters: []')),
    file: 'districts/dresden.yaml',
    expected: ['nearestAlternative', 'Without a Welcome Center, nearestAlternative is required'],
  },
  {
    name: 'profession without a name in every language',
    mutate: edit('professions/example-profession.yaml', (t) => t.replace(', zh: 职业', '')),
    file: 'professions/example-profession.yaml',
    expected: ['names.zh', 'the name in zh'],
  },
  {
    name: 'figure that ends before it starts',
    mutate: edit('facts.yaml', (t) => t.replace('validFrom: 2026-01-01', 'validFrom: 2026-01-01\n      validUntil: 2025-12-31')),
    file: 'facts.yaml',
    expected: ['validUntil is before validFrom'],
  },
];

describe('content validation stops the build with file, field and expectation', () => {
  it('accepts the valid fixture (so every failure below comes from its one mistake)', () => {
    const { status, output } = sync('valid');
    expect(output).not.toMatch(/error/i);
    expect(status).toBe(0);
  });

  it('warns (without failing) when a figure ran out and has no newer value', () => {
    const { status, output } = sync(
      'ended-figure',
      edit('facts.yaml', (t) => t.replace('validFrom: 2026-01-01', 'validFrom: 2020-01-01\n      validUntil: 2021-12-31')),
    );
    expect(status, output).toBe(0);
    expect(output).toContain('"example-fee" was valid only until 2021-12-31 and has no newer value');
  });

  it.each(cases)('$name', ({ name, mutate, file, expected }) => {
    const { status, output } = sync(name.replace(/\W+/g, '-'), mutate);
    expect(status, output).not.toBe(0);
    expect(output).toContain(file);
    for (const text of expected) expect(output).toContain(text);
  });
});
