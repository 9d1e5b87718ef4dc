/** The Pagefind index is built with the site and answers in the page's language. */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

describe('search', () => {
  it.each([
    ['de', 'Vorabzustimmung', '/de/employers/accelerated-procedure/'],
    ['en', 'entitled', '/en/pathways/skilled-workers/'],
  ])('/%s/search/ finds "%s"', async (lang, query, expected) => {
    const { page, foreignRequests } = await openPage(browser, `/${lang}/search/`);
    await page.fill('.pagefind-ui__search-input', query);
    const first = page.locator('.pagefind-ui__result-link').first();
    await first.waitFor();
    expect(new URL((await first.getAttribute('href'))!, 'http://x').pathname).toBe(expected);
    expect(foreignRequests).toEqual([]);
    await page.context().close();
  });

  it('points readers without JavaScript to the list of all pages', async () => {
    const { page } = await openPage(browser, '/es/search/', { javaScriptEnabled: false });
    expect(await page.locator('noscript a, a[href="/es/sitemap/"]').count()).toBeGreaterThan(0);
    await page.context().close();
  });
});
