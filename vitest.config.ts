// Unit, i18n and content tests. Browser tests have their own config (vitest.browser.config.ts).
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
    testTimeout: 20_000,
  },
});
