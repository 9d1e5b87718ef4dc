/**
 * Content collections. Schemas live in `src/lib/schemas.ts`, loaders with cross-file checks in
 * `src/lib/content-loaders.ts`. `CONTENT_DIR` points the whole site at another content folder;
 * the tests use it to build bad fixtures.
 */
import { defineCollection } from 'astro:content';
import { glob, file } from 'astro/loaders';
import { localizedMarkdown } from './lib/content-loaders';
import { GUIDE_SECTIONS } from './lib/sections';
import { guideSchema, pageSchema, bodySchema, welcomeCenterSchema, factSchema } from './lib/schemas';

const CONTENT = (process.env.CONTENT_DIR ?? './content').replace(/\/$/, '');

/** `content/guides/<lang>/<section>/<slug>.md` → `/<lang>/<section>/<slug>/` */
const guides = defineCollection({
  loader: localizedMarkdown(`${CONTENT}/guides`, GUIDE_SECTIONS),
  schema: guideSchema,
});

/** `content/pages/<lang>/<slug>.md` → `/<lang>/<slug>/` (about, imprint, privacy, accessibility) */
const pages = defineCollection({
  loader: localizedMarkdown(`${CONTENT}/pages`),
  schema: pageSchema,
});

/** `content/bodies/<id>.yaml` → `/<lang>/recognition/bodies/<id>/` */
const bodies = defineCollection({
  loader: glob({ base: `${CONTENT}/bodies`, pattern: '*.yaml' }),
  schema: bodySchema,
});

/** `content/welcome-centers/<id>.yaml` → `/<lang>/welcome-centers/<id>/` */
const welcomeCenters = defineCollection({
  loader: glob({ base: `${CONTENT}/welcome-centers`, pattern: '*.yaml' }),
  schema: welcomeCenterSchema,
});

/** `content/facts.yaml`: every figure that changes over time, with validity and source. */
const facts = defineCollection({
  loader: file(`${CONTENT}/facts.yaml`),
  schema: factSchema,
});

export const collections = { guides, pages, bodies, welcomeCenters, facts };
