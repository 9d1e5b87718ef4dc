/** Every internal link and anchor on every built page leads somewhere (no browser needed). */
import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const DIST = join(import.meta.dirname, '../../dist');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

const cache = new Map<string, string | undefined>();
function page(path: string): string | undefined {
  if (!cache.has(path)) {
    const file = [join(DIST, path), join(DIST, path, 'index.html')].find((f) => existsSync(f) && statSync(f).isFile());
    cache.set(path, file && file.endsWith('.html') ? readFileSync(file, 'utf8') : file ? '' : undefined);
  }
  return cache.get(path);
}

describe('internal links', () => {
  const files = htmlFiles(DIST);

  it('covers the whole site', () => {
    expect(files.length).toBeGreaterThan(400);
  });

  it('all resolve to a page, and every #anchor to an element on it', () => {
    const broken: string[] = [];
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      const from = file.slice(DIST.length).replace(/index\.html$/, '');
      for (const [, href] of html.matchAll(/\shref="(\/(?!\/)[^"]*)"/g)) {
        const [path, anchor] = href.replace(/&amp;/g, '&').split('#');
        const target = page(path);
        if (target === undefined) broken.push(`${from} → ${href} (no page)`);
        else if (anchor && !target.includes(`id="${anchor}"`)) broken.push(`${from} → ${href} (no #${anchor})`);
      }
      for (const [, anchor] of html.matchAll(/\shref="#([^"]+)"/g)) {
        if (!html.includes(`id="${anchor}"`)) broken.push(`${from} → #${anchor}`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe('fonts', () => {
  it('are the reader’s system fonts: no font file is built and no @font-face declared (0 bytes per page)', () => {
    const all = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? all(path) : [path];
      });
    const built = all(DIST);
    expect(built.filter((f) => /\.(woff2?|ttf|otf|eot)$/.test(f))).toEqual([]);
    for (const css of built.filter((f) => f.endsWith('.css'))) expect(readFileSync(css, 'utf8')).not.toContain('@font-face');
  });
});
