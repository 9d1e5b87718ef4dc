/**
 * Top-level URL segments. Guides live in sections (`content/guides/<lang>/<section>/<slug>.md`
 * → `/<lang>/<section>/<slug>/`); the other segments belong to fixed routes. A site page
 * (`content/pages/<lang>/<slug>.md` → `/<lang>/<slug>/`) may not take any of these names.
 */
export const GUIDE_SECTIONS = ['pathways', 'employers', 'recognition', 'living'] as const;
export type GuideSection = (typeof GUIDE_SECTIONS)[number];

export const RESERVED_SEGMENTS = [
  ...GUIDE_SECTIONS,
  'welcome-centers',
  'figures',
  'tools',
  'search',
  'sitemap',
  'pagefind',
  '_astro',
] as const;

/**
 * A guide named `index.md` is the introduction of its section: it is shown on the section's
 * page (`/<lang>/<section>/`) above the list of the other guides.
 */
export const SECTION_INTRO_SLUG = 'index';

/** Guide slugs that fixed routes of a section already use. */
export const RESERVED_GUIDE_SLUGS: Partial<Record<GuideSection, readonly string[]>> = { recognition: ['bodies', 'finder'] };

/** Lower-case words joined by hyphens, e.g. `eu-blue-card`. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
