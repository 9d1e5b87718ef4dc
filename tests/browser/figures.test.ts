/**
 * Figures on the built pages are the ones valid on the build date (or on the day a dated
 * reference names), in the page's language, linked to the figures page.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launch, openPage } from './browser';
import { readFacts } from '../../src/lib/content-loaders';
import { factAt } from '../../src/lib/facts';
import { buildDate } from '../../src/lib/build-date';

const ROOT = join(import.meta.dirname, '../..');
const facts = readFacts(join(ROOT, 'content/facts.yaml'));

/** Built guide pages whose HTML contains at least one figure. */
function pagesWithFigures(lang: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return walk(path);
      return name === 'index.html' && readFileSync(path, 'utf8').includes('data-fact=') ? [path.slice(join(ROOT, 'dist').length).replace(/index\.html$/, '')] : [];
    });
  return walk(join(ROOT, 'dist', lang)).filter((p) => !p.includes('/figures/'));
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

describe('figures in guides', () => {
  const pages = [...pagesWithFigures('de'), ...pagesWithFigures('en')];

  it('exist on the built site', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  it.each(pages)('%s shows the values valid on the build date', async (path) => {
    const { page } = await openPage(browser, path);
    const figures = await page.$$eval('a.fact', (links) =>
      links.map((a) => ({ id: a.getAttribute('data-fact')!, on: a.getAttribute('data-on'), value: Number(a.getAttribute('data-value')), href: a.getAttribute('href') })),
    );
    expect(figures.length).toBeGreaterThan(0);
    for (const figure of figures) {
      const date = figure.on ? new Date(`${figure.on}T00:00:00Z`) : buildDate();
      expect(figure.value, figure.id).toBe(factAt(figure.id, facts[figure.id], date).value.value);
      expect(figure.href).toBe(`${path.slice(0, 3)}/figures/#${figure.id}`);
    }
    await page.context().close();
  });
});

describe('figures page', () => {
  it('lists every figure with its current value and source', async () => {
    const { page } = await openPage(browser, '/de/figures/');
    const ids = await page.$$eval('[data-figure]', (sections) => sections.map((s) => s.id));
    expect(ids.sort()).toEqual(Object.keys(facts).sort());
    expect(await page.locator('#minimum-wage table a[href^="https://"]').count()).toBeGreaterThan(0);
    await page.context().close();
  });
});
