/** Directory, recognition finder and district map, used by keyboard in Chromium. */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage } from './browser';

const CONTENT = join(import.meta.dirname, '../../content');
const bodyCount = readdirSync(join(CONTENT, 'bodies')).filter((f) => f.endsWith('.yaml')).length;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const visibleBodies = (page: Page) => page.locator('[data-body]:visible').evaluateAll((items) => items.map((i) => i.getAttribute('data-body')));

describe('list of recognition bodies', () => {
  it('shows every body, grouped, without JavaScript (and no filter form)', async () => {
    const { page } = await openPage(browser, '/en/recognition/bodies/', { javaScriptEnabled: false });
    expect(await page.locator('[data-body]').count()).toBe(bodyCount);
    expect(await page.locator('[data-body-filter]').isVisible()).toBe(false);
    expect(await page.locator('[data-kind-section] h2').count()).toBeGreaterThan(2);
    await page.context().close();
  });

  it('filters by profession group and district with the keyboard', async () => {
    const { page } = await openPage(browser, '/en/recognition/bodies/');
    await page.focus('#filter-group');
    await page.selectOption('#filter-group', 'crafts');
    expect((await visibleBodies(page)).sort()).toEqual(['hwk-chemnitz', 'hwk-dresden', 'hwk-leipzig']);
    await page.keyboard.press('Tab');
    await page.selectOption('#filter-district', 'goerlitz');
    expect(await visibleBodies(page)).toEqual(['hwk-dresden']);
    expect(await page.textContent('[data-filter-status]')).toContain('1');
    await page.click('button[type="reset"]');
    await expect.poll(() => page.locator('[data-body]:visible').count()).toBe(bodyCount);
    await page.context().close();
  });
});

describe('recognition finder', () => {
  it('answers a German nurse title typed on the English page, with local help for Dresden', async () => {
    const { page, foreignRequests } = await openPage(browser, '/en/recognition/finder/');
    await page.locator('[data-finder-query]').waitFor();
    await page.focus('[data-finder-query]');
    await page.keyboard.type('Krankenschwester');
    await page.keyboard.press('Tab');
    await page.selectOption('[data-finder-place]', 'dresden');
    const answer = page.locator('[data-finder-answer="nurse"]');
    await answer.waitFor();
    expect(await answer.locator('[data-body="ksv-gesundheitsfachberufe"]').count()).toBe(1);
    expect(await answer.locator('[data-regulated="true"]').count()).toBe(1);
    expect(await answer.locator('[data-finder-immigration] a').getAttribute('href')).toBe('/en/welcome-centers/auslaenderbehoerde-dresden/');
    expect(foreignRequests).toEqual([]);
    await page.context().close();
  });

  it('lists the three Handwerkskammern for an electrician still abroad, one for Leipzig', async () => {
    const { page } = await openPage(browser, '/hi/recognition/finder/');
    await page.locator('[data-finder-query]').waitFor();
    await page.fill('[data-finder-query]', 'electrician');
    await page.locator('[data-finder-answer="electrician"]').waitFor();
    expect(await page.locator('[data-finder-bodies] [data-body]').count()).toBe(3);
    await page.selectOption('[data-finder-place]', 'leipzig-stadt');
    await expect.poll(() => page.locator('[data-finder-bodies] [data-body]').evaluateAll((a) => a.map((x) => x.getAttribute('data-body')))).toEqual(['hwk-leipzig']);
    await page.context().close();
  });

  it('moves focus to the answer when a suggestion is chosen by keyboard', async () => {
    const { page } = await openPage(browser, '/es/recognition/finder/');
    await page.locator('[data-finder-query]').waitFor();
    await page.fill('[data-finder-query]', 'tech');
    const suggestion = page.locator('[data-suggestion]').nth(1);
    await suggestion.waitFor();
    const key = await suggestion.getAttribute('data-suggestion');
    await suggestion.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    expect(await page.locator(`[data-finder-answer="${key}"]`).count()).toBe(1);
    await page.context().close();
  });

  it('offers counselling and the recognition guide when nothing matches', async () => {
    const { page } = await openPage(browser, '/fr/recognition/finder/');
    await page.locator('[data-finder-query]').waitFor();
    await page.fill('[data-finder-query]', 'astronaute');
    const none = page.locator('[data-finder-nomatch]');
    await none.waitFor();
    expect(await none.locator('a[href="/fr/recognition/"]').count()).toBe(1);
    expect(await none.locator('a[href^="/fr/welcome-centers/"]').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('without JavaScript hides the form and shows the full table', async () => {
    const { page } = await openPage(browser, '/de/recognition/finder/', { javaScriptEnabled: false });
    expect(await page.locator('[data-finder-query]').isVisible()).toBe(false);
    expect(await page.locator('[data-profession-table] tbody tr').count()).toBeGreaterThanOrEqual(60);
    await page.context().close();
  });
});

describe('district map', () => {
  it('has 13 districts, each reachable by keyboard and leading to its entry in the list', async () => {
    const { page } = await openPage(browser, '/de/welcome-centers/');
    expect(await page.locator('[data-district-map] a').count()).toBe(13);
    await page.focus('[data-district-map] a[data-district="goerlitz"]');
    await page.keyboard.press('Enter');
    await page.waitForURL('**#district-goerlitz');
    const section = page.locator('[data-district-section="goerlitz"]');
    expect(await section.locator('[data-help] a').count()).toBeGreaterThan(0);
    expect(await section.locator('[data-immigration-office] a').count()).toBe(1);
    await page.context().close();
  });

  it('every district has help (or an alternative) and an immigration office', async () => {
    const { page } = await openPage(browser, '/ar/welcome-centers/');
    const sections = page.locator('[data-district-section]');
    expect(await sections.count()).toBe(13);
    for (const section of await sections.all()) {
      expect(await section.locator('[data-help] a').count()).toBeGreaterThan(0);
      expect(await section.locator('[data-immigration-office] a').count()).toBe(1);
    }
    await page.context().close();
  });
});

describe('directory entry', () => {
  it('carries schema.org GovernmentOffice data and copy buttons', async () => {
    const { page } = await openPage(browser, '/en/recognition/bodies/ihk-fosa/');
    const data = JSON.parse((await page.textContent('script[type="application/ld+json"]'))!);
    expect(data['@type']).toBe('GovernmentOffice');
    expect(data.address.addressLocality).toBe('Nürnberg');
    expect(await page.locator('[data-copy]:visible').count()).toBeGreaterThan(0);
    await page.context().close();
  });
});
