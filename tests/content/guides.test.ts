/** Rules every guide and site page follows (docs/content-style.md). */
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load } from 'js-yaml';

const ROOT = join(import.meta.dirname, '../..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : name.endsWith('.md') ? [path] : [];
  });
}

const all = [...files(join(ROOT, 'content/guides')), ...files(join(ROOT, 'content/pages'))].map((path) => {
  const text = readFileSync(path, 'utf8');
  const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
  const name = relative(ROOT, path);
  const lang = name.split('/')[2];
  return { path, name, lang, data: load(front) as Record<string, unknown>, body };
});
const guides = all.filter((f) => f.name.startsWith('content/guides/'));
const germanGuides = guides.filter((g) => g.lang === 'de');

describe('German and English', () => {
  it.each(germanGuides.map((g) => g.name))('%s has an English translation', (name) => {
    expect(existsSync(join(ROOT, name.replace('/de/', '/en/')))).toBe(true);
  });
});

describe.each(all.map((f) => [f.name, f] as const))('%s', (_name, file) => {
  it('links only to pages in its own language', () => {
    const internal = [...file.body.matchAll(/\]\((\/[a-z]{2})\//g)].map((m) => m[1]);
    expect(internal.filter((prefix) => prefix !== `/${file.lang}`)).toEqual([]);
  });

  it('contains no placeholder or raw HTML', () => {
    // Upper case only: Spanish and Portuguese "todo" means "all".
    expect(file.body).not.toMatch(/\b(TODO|FIXME|TBD)\b/);
    expect(file.body).not.toMatch(/lorem ipsum|example\.(com|org)/i);
    expect(file.body).not.toMatch(/<\/?[a-z][^>]*>/i);
  });

  it('has no wrapped line that Markdown would turn into a numbered list ("1. April 2012")', () => {
    const previous = file.body.split('\n');
    const accidental = previous.filter((line, i) => /^\s*\d+\.\s/.test(line) && i > 0 && previous[i - 1].trim() !== '' && !/^\s*(\d+\.|[-*+])\s/.test(previous[i - 1]) && /^\s*\d+\.\s+\p{Lu}\p{Ll}+\s\d{4}/u.test(line));
    expect(accidental).toEqual([]);
  });

  it('has no table with an empty header cell', () => {
    const headers = file.body.split('\n').filter((line, i, lines) => line.startsWith('|') && /^\|\s*:?-{3,}/.test(lines[i + 1] ?? ''));
    for (const header of headers) expect(header.split('|').slice(1, -1).map((c) => c.trim())).not.toContain('');
  });

  if (file.name.startsWith('content/guides/') && !file.name.endsWith('/index.md') && ['de', 'en'].includes(file.lang)) {
    it('ends with what to do next', () => {
      expect(file.body).toMatch(file.lang === 'de' ? /^## Was Sie als Nächstes tun/m : /^## What to do next/m);
    });
  }

  if (file.lang !== 'de') {
    it('keeps the structure of the German source (same sections and tables)', () => {
      const source = all.find((f) => f.name === file.name.replace(`/${file.lang}/`, '/de/'))!;
      const shape = (body: string) => ({ sections: body.match(/^## /gm)?.length ?? 0, tables: body.match(/^\|\s*:?-{3,}/gm)?.length ?? 0 });
      expect(shape(file.body)).toEqual(shape(source.body));
    });
  }
});
