/**
 * The tools in Chromium: three personas walk the pathway finder end to end; the points
 * calculator and the roadmap react and keep everything in the page.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { launch, openPage } from './browser';
import { useTranslations } from '../../src/i18n/translate';

const en = useTranslations('en');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

interface Persona {
  qualification: string;
  stateRecognised: string;
  recognition: string;
  situation: string[];
  job: boolean;
  salary?: number;
  german: string;
  english: string;
  age: number;
  experience: number;
}

async function step(page: Page, id: string) {
  await page.locator(`form[data-step="${id}"]`).waitFor();
  // Focus is on the question.
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
}
const pick = (page: Page, label: string) => page.getByLabel(label, { exact: true }).check();

async function walk(page: Page, p: Persona) {
  await page.locator('form[data-step="citizenship"]').waitFor();
  await pick(page, en('tools.common.no'));
  await page.click('button[type="submit"]');
  await step(page, 'goal');
  await pick(page, en('tools.q.goalWork'));
  await page.click('button[type="submit"]');
  await step(page, 'qualification');
  await pick(page, p.qualification);
  await page.click('button[type="submit"]');
  await step(page, 'stateRecognised');
  await pick(page, p.stateRecognised);
  await page.click('button[type="submit"]');
  await step(page, 'recognition');
  await pick(page, p.recognition);
  await page.click('button[type="submit"]');
  await step(page, 'situation');
  for (const label of p.situation) await page.getByLabel(label, { exact: true }).check();
  await page.click('button[type="submit"]');
  await step(page, 'job');
  await pick(page, p.job ? en('tools.common.yes') : en('tools.common.no'));
  if (p.salary) await page.fill('#salary', String(p.salary));
  await page.click('button[type="submit"]');
  await step(page, 'languages');
  await page.selectOption('#german', p.german);
  await page.selectOption('#english', p.english);
  await page.click('button[type="submit"]');
  await step(page, 'age');
  await page.fill('#age', String(p.age));
  await page.click('button[type="submit"]');
  await step(page, 'experience');
  await page.fill('#experience', String(p.experience));
  await page.click('button[type="submit"]');
  await page.locator('[data-route-results]').waitFor();
  return page.locator('[data-route]').evaluateAll((cards) => cards.map((c) => [c.getAttribute('data-route'), c.getAttribute('data-status')]));
}

describe('pathway finder personas', () => {
  it('an Indian nurse with B1 German and a job offer: recognition partnership fits', async () => {
    const { page, foreignRequests } = await openPage(browser, '/en/tools/pathway-finder/');
    const routes = await walk(page, {
      qualification: en('tools.q.qualificationVocational'),
      stateRecognised: en('tools.common.yes'),
      recognition: en('tools.q.recognitionNone'),
      situation: [en('tools.q.shortage')],
      job: true,
      salary: 36000,
      german: 'B1',
      english: 'B2',
      age: 29,
      experience: 4,
    });
    expect(routes).toContainEqual(['recognition-partnership', 'fits']);
    expect(routes).toContainEqual(['opportunity-card', 'fits']);
    expect(routes).toContainEqual(['skilled-workers', 'possible']);
    expect(routes[0][1]).toBe('fits');
    expect(await page.locator('[data-recognition-finder] a').getAttribute('href')).toBe('/en/recognition/finder/');
    // Focus moved to the result.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(en('tools.finder.result'));
    // The answers are in the fragment only: reload shows the same result.
    expect(new URL(page.url()).hash).toContain('german=B1');
    await page.reload();
    await page.locator('[data-route="recognition-partnership"]').waitFor();
    expect(foreignRequests).toEqual([]);
    await page.context().close();
  });

  it('a Mexican engineer with a recognised degree and a €52,000 offer: EU Blue Card fits', async () => {
    const { page } = await openPage(browser, '/en/tools/pathway-finder/');
    const routes = await walk(page, {
      qualification: en('tools.q.qualificationAcademic'),
      stateRecognised: en('tools.common.yes'),
      recognition: en('tools.q.recognitionFull'),
      situation: [],
      job: true,
      salary: 52000,
      german: 'A1',
      english: 'C1',
      age: 31,
      experience: 5,
    });
    expect(routes[0]).toEqual(['eu-blue-card', 'fits']);
    expect(routes).toContainEqual(['skilled-workers', 'fits']);
    await page.context().close();
  });

  it('a Vietnamese cook with 6 years of experience and no job offer: Opportunity Card fits', async () => {
    const { page } = await openPage(browser, '/en/tools/pathway-finder/');
    const routes = await walk(page, {
      qualification: en('tools.q.qualificationVocational'),
      stateRecognised: en('tools.common.yes'),
      recognition: en('tools.q.recognitionNone'),
      situation: [],
      job: false,
      german: 'A2',
      english: 'none',
      age: 33,
      experience: 6,
    });
    expect(routes[0]).toEqual(['opportunity-card', 'fits']);
    expect(routes.find(([r]) => r === 'eu-blue-card')).toBeUndefined();
    await page.context().close();
  });

  it('asks again when no answer is chosen, and goes back', async () => {
    const { page } = await openPage(browser, '/de/tools/pathway-finder/');
    await page.locator('form[data-step="citizenship"]').waitFor();
    await page.click('button[type="submit"]');
    expect(await page.locator('[role="alert"]').textContent()).toBe(useTranslations('de')('tools.common.required'));
    await pick(page, useTranslations('de')('tools.common.no'));
    await page.click('button[type="submit"]');
    await step(page, 'goal');
    expect(await page.textContent('[data-progress]')).toContain('2');
    await page.getByRole('button', { name: useTranslations('de')('tools.common.back') }).click();
    await step(page, 'citizenship');
    await page.context().close();
  });

  it('is localized and right to left in Arabic, with no accessibility violations', async () => {
    const { page } = await openPage(browser, '/ar/tools/pathway-finder/');
    await page.locator('form[data-step="citizenship"]').waitFor();
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.locator('legend h2').textContent()).toBe(useTranslations('ar')('tools.q.citizenship'));
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
    await page.context().close();
  });

  it('explains the rules and links the guides without JavaScript', async () => {
    const { page } = await openPage(browser, '/hi/tools/pathway-finder/', { javaScriptEnabled: false });
    expect(await page.locator('[data-pathway-finder]').isVisible()).toBe(false);
    expect(await page.locator('[data-tool-fallback] a[href="/hi/pathways/eu-blue-card/"]').count()).toBe(1);
    await page.context().close();
  });
});

describe('Opportunity Card points calculator', () => {
  it('adds points item by item and says what is missing', async () => {
    const { page } = await openPage(browser, '/en/tools/opportunity-card-points/');
    await page.locator('[data-points-calculator]').waitFor();
    await page.selectOption('#pc-german', 'B1');
    await page.fill('#pc-experience', '5');
    await page.fill('#pc-age', '40');
    await expect.poll(() => page.getAttribute('[data-points-total]', 'data-points-total')).toBe('5');
    expect(await page.locator('[data-criterion]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-criterion')))).toEqual(['german-b1', 'experience-5-of-7']);
    expect(await page.textContent('[data-points-result]')).toContain(en('tools.points.notEnough', { missing: 1 }));
    await page.fill('#pc-age', '39');
    await expect.poll(() => page.getAttribute('[data-points-total]', 'data-points-total')).toBe('6');
    expect(await page.textContent('[data-points-result]')).toContain(en('tools.points.enough'));
    await page.selectOption('#pc-recognition', 'full');
    await page.locator('[data-skilled-route]').waitFor();
    await page.context().close();
  });
});

describe('roadmap', () => {
  it('builds the steps for a nurse going to Görlitz, from the link alone', async () => {
    const { page, foreignRequests } = await openPage(browser, '/en/tools/roadmap/#route=recognition-partnership&profession=nurse&district=goerlitz');
    const steps = page.locator('[data-roadmap-steps] > li');
    await expect.poll(() => steps.count()).toBe(5);
    expect(await page.locator('[data-step="recognition"] a').getAttribute('href')).toBe('/en/recognition/bodies/ksv-gesundheitsfachberufe/');
    expect(await page.locator('[data-step="office"] a').getAttribute('href')).toBe('/en/welcome-centers/auslaenderbehoerde-goerlitz/');
    await page.locator('[data-step="visa"] input[type="checkbox"]').check();
    expect(new URL(page.url()).hash).toContain('done=visa');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.roadmap-form').isVisible()).toBe(false);
    expect(foreignRequests).toEqual([]);
    await page.context().close();
  });
});
