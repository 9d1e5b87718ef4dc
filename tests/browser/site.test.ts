import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage } from './browser';
import { LOCALES } from '../../src/i18n/locales';
import { useTranslations, languageName } from '../../src/i18n/translate';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

describe('home page in every language', () => {
  it.each(LOCALES.map((l) => [l.code, l] as const))('/%s/ has its language, direction and text', async (code, locale) => {
    const { page, foreignRequests } = await openPage(browser, `/${code}/`);
    const t = useTranslations(code);
    expect(await page.getAttribute('html', 'lang')).toBe(locale.tag);
    expect(await page.getAttribute('html', 'dir')).toBe(locale.dir);
    expect(await page.textContent('h1')).toBe(t('home.title'));
    expect(await page.title()).toContain(t('site.name'));
    // Both audiences have an entry point.
    const entryLinks = await page.$$eval('[data-entry-points] a', (links) => links.map((a) => a.getAttribute('href')));
    expect(entryLinks).toEqual(expect.arrayContaining([`/${code}/pathways/`, `/${code}/employers/`]));
    expect(foreignRequests).toEqual([]);
    await page.context().close();
  });

  it('Arabic lays out right to left: the site name sits at the right edge', async () => {
    const { page } = await openPage(browser, '/ar/', { viewport: { width: 1000, height: 700 } });
    const box = await page.locator('.site-name').boundingBox();
    expect(box!.x + box!.width).toBeGreaterThan(900);
    await page.context().close();
  });
});

describe('language chooser at /', () => {
  it('lists all twelve languages in their own names and redirects nowhere', async () => {
    const { page } = await openPage(browser, '/');
    expect(new URL(page.url()).pathname).toBe('/');
    const names = await page.$$eval('.language-list a', (links) => links.map((a) => [a.getAttribute('lang'), a.childNodes[0].textContent!.trim()]));
    expect(names).toEqual(LOCALES.map((l) => [l.tag, l.nativeName]));
    await page.context().close();
  });

  it('suggests the browser’s preferred language', async () => {
    const { page } = await openPage(browser, '/', { locale: 'hi-IN' });
    const visible = page.locator('[data-suggest]:visible');
    await expect.poll(() => visible.count()).toBe(1);
    expect(await visible.getAttribute('data-suggest')).toBe('hi');
    expect(await visible.locator('a').getAttribute('href')).toBe('/hi/');
    await page.context().close();
  });

  it('suggests nothing for a language the site does not have', async () => {
    const { page } = await openPage(browser, '/', { locale: 'ja-JP' });
    await page.waitForLoadState('load');
    expect(await page.locator('[data-suggest]:visible').count()).toBe(0);
    await page.context().close();
  });
});

describe('language picker', () => {
  it('switches language and keeps the page', async () => {
    const { page } = await openPage(browser, '/de/pathways/skilled-workers/');
    await page.click('.language-picker summary');
    await page.click('.language-picker a[data-locale="en"]');
    await page.waitForURL('**/en/pathways/skilled-workers/');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.textContent('h1')).toBe('Working as a skilled worker with vocational training or a degree');
    await page.context().close();
  });

  it('works with the keyboard alone', async () => {
    const { page } = await openPage(browser, '/en/recognition/');
    await page.focus('.language-picker summary');
    await page.keyboard.press('Enter');
    await page.focus('.language-picker a[data-locale="uk"]');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/uk/recognition/');
    expect(await page.getAttribute('html', 'lang')).toBe('uk');
    await page.context().close();
  });

  it('shows which languages really have the current page', async () => {
    // The Leichte Sprache page exists in German only.
    const { page } = await openPage(browser, '/hi/leichte-sprache/');
    const translated = await page.$$eval('.language-picker a', (links) =>
      Object.fromEntries(links.map((a) => [a.getAttribute('data-locale'), a.getAttribute('data-translated')])),
    );
    expect(translated).toMatchObject({ de: 'true', en: 'false', hi: 'false', ar: 'false' });
    // The note is written in the language it is about.
    const note = page.locator('.language-picker a[data-locale="es"] .picker-note');
    expect(await note.textContent()).toBe(useTranslations('es')('languagePicker.notTranslated'));
    await page.context().close();
  });
});

describe('a page missing in the reader’s language', () => {
  it('shows the version it has with a notice in the reader’s language (English before German: see the unit tests)', async () => {
    const { page } = await openPage(browser, '/hi/leichte-sprache/');
    expect(await page.getAttribute('html', 'lang')).toBe('hi');
    const notice = page.locator('[data-fallback-notice]');
    expect(await notice.isVisible()).toBe(true);
    expect((await notice.textContent())!.trim()).toBe(useTranslations('hi')('fallback.notice', { language: languageName('de', 'hi') }));
    expect(await page.getAttribute('article', 'lang')).toBe('de');
    expect(await page.getAttribute('article', 'dir')).toBe('ltr');
    // Not indexed as a Hindi page.
    expect(await page.getAttribute('article', 'data-pagefind-body')).toBeNull();
    await page.context().close();
  });

  it('falls back to German where there is no English either, right to left chrome around it', async () => {
    // The Leichte Sprache page exists in German only.
    const { page } = await openPage(browser, '/ar/leichte-sprache/');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.getAttribute('article', 'lang')).toBe('de');
    expect(await page.getAttribute('article', 'dir')).toBe('ltr');
    expect(await page.locator('[data-fallback-notice]').isVisible()).toBe(true);
    await page.context().close();
  });

  it('lists only real translations as hreflang alternates, plus x-default', async () => {
    const { page } = await openPage(browser, '/hi/leichte-sprache/');
    const alternates = await page.$$eval('link[rel="alternate"]', (links) => links.map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]));
    expect(alternates).toEqual([
      ['de', '/de/leichte-sprache/'],
      ['x-default', '/de/leichte-sprache/'],
    ]);
    const { page: translated } = await openPage(browser, '/hi/pathways/skilled-workers/');
    expect(await translated.locator('link[rel="alternate"]').count()).toBe(13);
    await translated.context().close();
    await page.context().close();
  });

  it('has no notice where the page is translated', async () => {
    const { page } = await openPage(browser, '/en/pathways/skilled-workers/');
    expect(await page.locator('[data-fallback-notice]').count()).toBe(0);
    expect(await page.getAttribute('article', 'data-pagefind-body')).toBe('');
    await page.context().close();
  });
});

describe('layout', () => {
  it('has a skip link that moves to the main content', async () => {
    const { page } = await openPage(browser, '/de/pathways/skilled-workers/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.context().close();
  });

  it('shows breadcrumbs, legal basis, sources and the review date of a guide', async () => {
    const { page } = await openPage(browser, '/de/pathways/skilled-workers/');
    expect(await page.locator('.breadcrumbs li').allTextContents()).toEqual(['Startseite', 'Wege nach Sachsen', 'Arbeiten als Fachkraft mit Berufsausbildung oder Studium']);
    expect(await page.locator('[data-legal-basis] a').allTextContents()).toContain('§ 18a AufenthG');
    expect(await page.locator('[data-sources] li').count()).toBeGreaterThan(0);
    expect(await page.textContent('[data-last-reviewed]')).toBe('Zuletzt fachlich geprüft: 25. November 2026');
    await page.context().close();
  });

  it.each(['/de/', '/ar/pathways/', '/hi/pathways/skilled-workers/', '/en/living/family/', '/zh/welcome-centers/', '/uz/imprint/', '/fr/figures/'])(
    '%s ships no JavaScript (no tool on it)',
    async (path) => {
      const { page } = await openPage(browser, path);
      expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
      await page.context().close();
    },
  );

  it('is readable and navigable with JavaScript turned off', async () => {
    const { page } = await openPage(browser, '/fr/', { javaScriptEnabled: false });
    expect(await page.textContent('h1')).toBe(useTranslations('fr')('home.title'));
    await page.click('.language-picker summary');
    await page.click('.language-picker a[data-locale="pt"]');
    await page.waitForURL('**/pt/');
    await page.click(`text=${useTranslations('pt')('nav.internationals')}`);
    await page.waitForURL('**/pt/pathways/');
    await page.context().close();
  });

  it('prints without navigation and with link addresses', async () => {
    const { page } = await openPage(browser, '/en/pathways/skilled-workers/');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.main-nav').isVisible()).toBe(false);
    expect(await page.locator('.language-picker').isVisible()).toBe(false);
    const after = await page.$eval('.prose a[href^="https"]', (a) => getComputedStyle(a, '::after').content);
    expect(after).toContain('https://');
    await page.context().close();
  });

  it('marks unverified contact details on directory pages', async () => {
    const { page } = await openPage(browser, '/en/welcome-centers/welcome-centre-leipzig/');
    expect(await page.locator('[data-unverified="address"]').textContent()).toBe('not verified');
    expect(await page.getAttribute('[data-verification]', 'data-verification')).toBe('partial');
    await page.context().close();
  });

  it('answers unknown addresses with the 404 page', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const { baseURL } = await import('./browser');
    const response = await page.goto(`${baseURL}/de/does-not-exist/`);
    expect(response?.status()).toBe(404);
    expect(await page.textContent('h1')).toContain('Seite nicht gefunden');
    await context.close();
  });
});

describe('translation status for editors', () => {
  it('shows every page × language as source, current, outdated or missing, and is not indexed', async () => {
    const { page } = await openPage(browser, '/translation-status/');
    expect(await page.getAttribute('meta[name="robots"]', 'content')).toContain('noindex');
    const rows = page.locator('[data-status-table] tbody tr');
    expect(await rows.count()).toBeGreaterThan(20);
    const de = await page.locator('td[data-locale="de"]').evaluateAll((cells) => [...new Set(cells.map((c) => c.getAttribute('data-status')))]);
    expect(de).toEqual(['source']);
    const all = await page.locator('td[data-status]').evaluateAll((cells) => [...new Set(cells.map((c) => c.getAttribute('data-status')))]);
    for (const status of all) expect(['source', 'current', 'outdated', 'missing']).toContain(status);
    expect(await page.getAttribute('tr[data-page="pathways/skilled-workers"] td[data-locale="en"]', 'data-status')).toBe('current');
    await page.context().close();
  });

  it('shows no outdated notice on pages translated from the current German version', async () => {
    const { page } = await openPage(browser, '/en/pathways/eu-blue-card/');
    expect(await page.locator('[data-outdated-notice]').count()).toBe(0);
    await page.context().close();
  });
});
