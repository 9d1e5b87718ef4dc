/**
 * Saxony's 13 districts: 10 Landkreise and 3 kreisfreie Städte. Official German names are
 * used in every language (readers meet them on letters and signs). Ids are stable keys for
 * content files (`districts: [leipzig-stadt]`) and URLs.
 */
export const DISTRICTS = [
  { id: 'chemnitz', name: 'Chemnitz', kind: 'city' },
  { id: 'dresden', name: 'Dresden', kind: 'city' },
  { id: 'leipzig-stadt', name: 'Leipzig', kind: 'city' },
  { id: 'bautzen', name: 'Landkreis Bautzen', kind: 'rural' },
  { id: 'erzgebirgskreis', name: 'Erzgebirgskreis', kind: 'rural' },
  { id: 'goerlitz', name: 'Landkreis Görlitz', kind: 'rural' },
  { id: 'leipzig-land', name: 'Landkreis Leipzig', kind: 'rural' },
  { id: 'meissen', name: 'Landkreis Meißen', kind: 'rural' },
  { id: 'mittelsachsen', name: 'Landkreis Mittelsachsen', kind: 'rural' },
  { id: 'nordsachsen', name: 'Landkreis Nordsachsen', kind: 'rural' },
  { id: 'saechsische-schweiz-osterzgebirge', name: 'Landkreis Sächsische Schweiz-Osterzgebirge', kind: 'rural' },
  { id: 'vogtlandkreis', name: 'Vogtlandkreis', kind: 'rural' },
  { id: 'zwickau', name: 'Landkreis Zwickau', kind: 'rural' },
] as const;

export type DistrictId = (typeof DISTRICTS)[number]['id'];

export const DISTRICT_IDS = DISTRICTS.map((d) => d.id) as unknown as readonly [DistrictId, ...DistrictId[]];

export function districtName(id: DistrictId): string {
  const district = DISTRICTS.find((d) => d.id === id);
  if (!district) throw new Error(`Unknown district "${id}"`);
  return district.name;
}
