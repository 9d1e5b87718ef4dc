/**
 * Over the real content: every figure reference resolves, and no figure from the facts file
 * is typed into prose by hand.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readFacts, checkFactReferences } from '../../src/lib/content-loaders';
import { findHandwrittenFigures } from '../../src/lib/handwritten-figures';
import { factSchema } from '../../src/lib/schemas';

const ROOT = join(import.meta.dirname, '../..');
const CONTENT = join(ROOT, 'content');
const facts = readFacts(join(CONTENT, 'facts.yaml'));

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? markdownFiles(path) : name.endsWith('.md') ? [path] : [];
  });
}
const files = markdownFiles(CONTENT).map((path) => ({ path, name: relative(ROOT, path), text: readFileSync(path, 'utf8') }));

describe('facts file', () => {
  it('parses completely (every figure passes the schema)', () => {
    const raw = Object.keys(facts);
    expect(raw.length).toBeGreaterThan(10);
    for (const [id, data] of Object.entries(facts)) expect(factSchema.safeParse(data).success, id).toBe(true);
  });
});

describe.each(files)('$name', ({ name, text }) => {
  it('refers only to figures that exist and have a value', () => {
    expect(() => checkFactReferences(text, name, facts, 'content/facts.yaml')).not.toThrow();
  });
  it('contains no figure from the facts file written out by hand', () => {
    expect(findHandwrittenFigures(text, facts)).toEqual([]);
  });
});
