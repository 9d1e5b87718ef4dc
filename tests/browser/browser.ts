/**
 * Chromium for the tests: Debian's binary, no sandbox (we run as root in CI), no background
 * networking (this machine has no internet, and the site must not need it). Every page opened
 * through `openPage` records requests that leave the site's origin.
 */
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const baseURL = inject('baseURL');

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface OpenedPage {
  page: Page;
  /** URLs requested outside the site's origin (data: and blob: URLs are local). */
  foreignRequests: string[];
}

export async function openPage(browser: Browser, path: string, options: BrowserContextOptions = {}): Promise<OpenedPage> {
  const context = await browser.newContext({ baseURL, ...options });
  const page = await context.newPage();
  const origin = new URL(baseURL).origin;
  const foreignRequests: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!/^(data|blob|about):/.test(url) && new URL(url).origin !== origin) foreignRequests.push(url);
  });
  const response = await page.goto(path);
  if (!response || response.status() >= 400) throw new Error(`${path} answered ${response?.status()}`);
  return { page, foreignRequests };
}
