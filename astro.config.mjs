// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import tailwindcss from '@tailwindcss/vite';
import { LOCALE_CODES, DEFAULT_LOCALE } from './src/i18n/locales.ts';
import pagefind from './src/integrations/pagefind.ts';

export default defineConfig({
  // The public address, for canonical and hreflang links. Without it those links are
  // root-relative (fine for previews; set SITE_URL for production builds).
  site: process.env.SITE_URL || undefined,
  output: 'static',
  // Tests point the content cache elsewhere when they build bad fixtures.
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
  i18n: {
    locales: [...LOCALE_CODES],
    defaultLocale: DEFAULT_LOCALE,
    // Every language has its prefix (/de/, /en/ …); `/` is our own language chooser page.
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [react(), pagefind()],
  vite: { plugins: [tailwindcss()] },
  server: { port: 4321, host: '127.0.0.1' },
  devToolbar: { enabled: false },
});
