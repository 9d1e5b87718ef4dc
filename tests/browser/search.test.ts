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
    ['en', 'Blue Card', '/en/pathways/eu-blue-card/'],
  ])('/%s/search/ finds "%s" among the first three results', async (lang, query, expected) => {
    const { page, foreignRequests } = await openPage(browser, `/${lang}/search/`);
    await page.fill('.pagefind-ui__search-input', query);
    const links = page.locator('.pagefind-ui__result-link');
    await links.first().waitFor();
    const top = (await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).slice(0, 3).map((href) => new URL(href!, 'http://x').pathname);
    expect(top).toContain(expected);
    expect(foreignRequests).toEqual([]);
    await page.context().close();
  });

  it('points readers without JavaScript to the list of all pages', async () => {
    const { page } = await openPage(browser, '/es/search/', { javaScriptEnabled: false });
    expect(await page.locator('noscript a, a[href="/es/sitemap/"]').count()).toBeGreaterThan(0);
    await page.context().close();
  });
});
