/**
 * Content collections. Schemas live in `src/lib/schemas.ts`, loaders with cross-file checks in
 * `src/lib/content-loaders.ts`. `CONTENT_DIR` points the whole site at another content folder;
 * the tests use it to build bad fixtures.
 */
import { defineCollection } from 'astro:content';
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import { localizedMarkdown, yamlEntries, factsFile, yamlFile } from './lib/content-loaders';
import { GUIDE_SECTIONS } from './lib/sections';
import { guideSchema, pageSchema, bodySchema, welcomeCenterSchema, factSchema, districtSchema, professionSchema, pointsRulesSchema } from './lib/schemas';

const CONTENT = (process.env.CONTENT_DIR ?? './content').replace(/\/$/, '');

/** glob() reads a plain path relative to the project; an absolute folder must be a file URL. */
const folder = (name: string) => (isAbsolute(CONTENT) ? pathToFileURL(`${CONTENT}/${name}/`) : `${CONTENT}/${name}`);

const FACTS = `${CONTENT}/facts.yaml`;

/** `content/guides/<lang>/<section>/<slug>.md` → `/<lang>/<section>/<slug>/` */
const guides = defineCollection({
  loader: localizedMarkdown(folder('guides'), { sections: GUIDE_SECTIONS, factsFile: FACTS }),
  schema: guideSchema,
});

/** `content/pages/<lang>/<slug>.md` → `/<lang>/<slug>/` (about, imprint, privacy, accessibility) */
const pages = defineCollection({
  loader: localizedMarkdown(folder('pages'), { factsFile: FACTS }),
  schema: pageSchema,
});

/** `content/bodies/<id>.yaml` → `/<lang>/recognition/bodies/<id>/` */
const bodies = defineCollection({
  loader: yamlEntries(folder('bodies')),
  schema: bodySchema,
});

/** `content/welcome-centers/<id>.yaml` → `/<lang>/welcome-centers/<id>/` */
const welcomeCenters = defineCollection({
  loader: yamlEntries(folder('welcome-centers')),
  schema: welcomeCenterSchema,
});

/** `content/facts.yaml`: every figure that changes over time, with validity and source. */
const facts = defineCollection({
  loader: factsFile(FACTS),
  schema: factSchema,
});

/** `content/professions/<key>.yaml`: what the recognition finder matches against. */
const professions = defineCollection({
  loader: yamlEntries(folder('professions')),
  schema: professionSchema,
});

/** `content/districts/<district>.yaml`: Welcome Center(s) and immigration office per district. */
const districts = defineCollection({
  loader: yamlEntries(folder('districts')),
  schema: districtSchema,
});

/** `content/rules/*.yaml`: rule tables the tools compute with (Opportunity Card points). */
const rules = defineCollection({
  loader: yamlFile(`${CONTENT}/rules/opportunity-card.yaml`),
  schema: pointsRulesSchema,
});

export const collections = { guides, pages, bodies, welcomeCenters, facts, professions, districts, rules };
