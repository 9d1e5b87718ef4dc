/**
 * Arabic pages render right to left everywhere — chrome, content, tables, tools — and keep
 * left-to-right islands (phone numbers, URLs) readable. Screenshots go to test-results/rtl/ for
 * a person to look at.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launch, openPage } from './browser';

const SHOTS = join(import.meta.dirname, '../../test-results/rtl');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => browser?.close());

const pages = [
  ['home', '/ar/'],
  ['guide', '/ar/pathways/opportunity-card/'],
  ['step-by-step', '/ar/living/arrival-checklist/'],
  ['directory', '/ar/recognition/bodies/'],
  ['office', '/ar/welcome-centers/samm-mittelsachsen/'],
  ['map', '/ar/welcome-centers/'],
  ['finder', '/ar/recognition/finder/'],
  ['pathway-finder', '/ar/tools/pathway-finder/'],
  ['points', '/ar/tools/opportunity-card-points/'],
];

describe('Arabic right to left', () => {
  it.each(pages)('%s (%s) is laid out right to left', async (name, path) => {
    const { page } = await openPage(browser, path, { viewport: { width: 900, height: 900 } });
    await page.waitForLoadState('load');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    // The page heading starts at the right edge of its column.
    const h1 = await page.locator('h1').first().boundingBox();
    const column = await page.locator('.page-width').first().boundingBox();
    expect(column!.x + column!.width - (h1!.x + h1!.width)).toBeLessThan(40);
    // Text aligns to the start, which is the right.
    expect(await page.locator('h1').first().evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    // Breadcrumb separators point the reading way.
    if (await page.locator('.breadcrumbs li').count()) {
      const separator = await page.locator('.breadcrumbs li').first().evaluate((el) => getComputedStyle(el, '::after').content);
      expect(separator).toBe('"‹"');
    }
    await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
    await page.context().close();
  });

  it('keeps phone numbers and web addresses left to right inside Arabic text', async () => {
    const { page } = await openPage(browser, '/ar/welcome-centers/samm-mittelsachsen/');
    const ltr = await page.locator('[data-contact] a[dir="ltr"]').count();
    expect(ltr).toBeGreaterThan(0);
    await page.context().close();
  });
});
