/** axe-core over every page type, in a left-to-right, a right-to-left and a CJK language. */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { launch, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const pageTypes = [
  '/',
  '/{lang}/',
  '/{lang}/pathways/',
  '/{lang}/pathways/skilled-workers/',
  '/{lang}/pathways/opportunity-card/',
  '/{lang}/living/arrival-checklist/',
  '/{lang}/employers/hiring-checklist/',
  '/{lang}/figures/',
  '/{lang}/contact/',
  '/{lang}/leichte-sprache/',
  '/{lang}/employers/accelerated-procedure/',
  '/{lang}/recognition/',
  '/{lang}/recognition/bodies/',
  '/{lang}/recognition/bodies/lds-approbation/',
  '/{lang}/recognition/finder/',
  '/{lang}/welcome-centers/auslaenderbehoerde-dresden/',
  '/{lang}/welcome-centers/',
  '/{lang}/welcome-centers/welcome-centre-leipzig/',
  '/{lang}/tools/',
  '/{lang}/tools/pathway-finder/',
  '/{lang}/tools/opportunity-card-points/',
  '/{lang}/tools/roadmap/',
  '/{lang}/search/',
  '/{lang}/sitemap/',
  '/{lang}/privacy/',
];
const paths = [...new Set(['de', 'ar', 'zh'].flatMap((lang) => pageTypes.map((p) => p.replace('{lang}', lang))))];

describe('accessibility (axe-core, WCAG 2.1 A/AA)', () => {
  it.each(paths)('%s has no violations', async (path) => {
    const { page, foreignRequests } = await openPage(browser, path);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    expect(summary).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.context().close();
  });

  it.each(['de', 'ar'])('the finder with an answer on screen (%s) has no violations', async (lang) => {
    const { page } = await openPage(browser, `/${lang}/recognition/finder/`);
    await page.locator('[data-finder-query]').waitFor();
    await page.fill('[data-finder-query]', 'Elektr');
    await page.selectOption('[data-finder-place]', 'meissen');
    await page.locator('[data-finder-answer]').waitFor();
    const results = await new AxeBuilder({ page }).include('[data-finder]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await page.context().close();
  });
});
