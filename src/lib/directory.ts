/**
 * The directory as pages need it (Astro-only: reads the collections). Checks the links between
 * files — a body naming an unknown profession, a district naming an unknown Welcome Center —
 * and stops the build with the file and field, as the schemas do for single files.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { DISTRICT_IDS, districtName, type DistrictId } from './districts';
import { routes } from './routes';
import type { Locale } from '../i18n/locales';

export type Body = CollectionEntry<'bodies'>;
export type Center = CollectionEntry<'welcomeCenters'>;
export type Profession = CollectionEntry<'professions'>;
export type DistrictEntry = CollectionEntry<'districts'>;

export interface Directory {
  bodies: Body[];
  centers: Map<string, Center>;
  professions: Map<string, Profession>;
  districts: Map<DistrictId, DistrictEntry>;
}

let cached: Promise<Directory> | undefined;

function fail(file: string | undefined, field: string, value: string, expected: string): never {
  throw new Error(
    `${file ?? '(unknown file)'}\n  ${field}: „${value}“ gibt es nicht – erwartet: ${expected}.\n  ${field}: "${value}" does not exist – expected: ${expected}.`,
  );
}

async function load(): Promise<Directory> {
  const [bodies, centerList, professionList, districtList] = await Promise.all([
    getCollection('bodies'),
    getCollection('welcomeCenters'),
    getCollection('professions'),
    getCollection('districts'),
  ]);
  const centers = new Map(centerList.map((c) => [c.id, c]));
  const professions = new Map(professionList.map((p) => [p.id, p]));
  const districts = new Map(districtList.map((d) => [d.id as DistrictId, d]));
  for (const body of bodies) {
    body.data.professions.forEach((key, i) => {
      if (!professions.has(key)) fail(body.filePath, `professions.${i}`, key, `a file in content/professions/ (${[...professions.keys()].slice(0, 5).join(', ')}, …)`);
    });
  }
  for (const id of DISTRICT_IDS) {
    const district = districts.get(id);
    if (!district) fail(`content/districts/${id}.yaml`, 'file', id, 'one file per district');
    const { welcomeCenters, nearestAlternative, immigrationOffice } = district.data;
    welcomeCenters.forEach((c, i) => centers.has(c) || fail(district.filePath, `welcomeCenters.${i}`, c, 'a file in content/welcome-centers/'));
    if (nearestAlternative && !centers.has(nearestAlternative)) fail(district.filePath, 'nearestAlternative', nearestAlternative, 'a file in content/welcome-centers/');
    if (!centers.has(immigrationOffice)) fail(district.filePath, 'immigrationOffice', immigrationOffice, 'a file in content/welcome-centers/ of kind immigration-office');
  }
  for (const id of districts.keys()) {
    if (!(DISTRICT_IDS as readonly string[]).includes(id)) fail(districts.get(id)!.filePath, 'file name', id, `one of ${DISTRICT_IDS.join(', ')}`);
  }
  bodies.sort((a, b) => a.data.name.localeCompare(b.data.name, 'de'));
  return { bodies, centers, professions, districts };
}

/** Loaded and checked once per build. */
export function directory(): Promise<Directory> {
  return (cached ??= load());
}

/**
 * The directory as the finder and roadmap islands need it in one language: bodies with their
 * professions and districts, per district its help and immigration office, the statewide
 * counselling services. Links only, no texts: the islands stay small.
 */
export async function islandDirectory(lang: Locale) {
  const { bodies, centers, districts } = await directory();
  const center = (id: string) => ({ name: centers.get(id)!.data.name, href: routes.welcomeCenter(lang, id) });
  return {
    bodies: bodies.map((b) => ({ id: b.id, name: b.data.name, href: routes.body(lang, b.id), professions: b.data.professions, districts: b.data.districts })),
    districts: DISTRICT_IDS.map((id) => {
      const d = districts.get(id)!.data;
      return {
        id,
        name: districtName(id),
        help: d.welcomeCenters.map(center),
        alternative: d.nearestAlternative ? center(d.nearestAlternative) : undefined,
        immigrationOffice: center(d.immigrationOffice),
      };
    }),
    counselling: [...centers.values()].filter((c) => c.data.kind === 'counselling' && c.data.districts.length === 0).map((c) => center(c.id)),
  };
}
