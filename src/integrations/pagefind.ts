/**
 * Runs Pagefind over the built site at the end of `astro build`. Any indexing error — or an
 * index with no pages — fails the build, so a broken search never ships.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'portal-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors: createErrors } = await pagefind.createIndex({});
        if (!index || createErrors.length) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
        try {
          const { errors, page_count } = await index.addDirectory({ path: site });
          if (errors.length) throw new Error(`Pagefind indexing failed:\n${errors.join('\n')}`);
          if (!page_count) throw new Error('Pagefind indexed no pages: is data-pagefind-body missing from the layout?');
          const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
          if (written.errors.length) throw new Error(`Pagefind could not write its index:\n${written.errors.join('\n')}`);
          logger.info(`Pagefind indexed ${page_count} pages`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
