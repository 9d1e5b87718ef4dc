/** Whether a directory entry stays visible under the chosen filters (empty filter: any). */
export interface FilterableEntry {
  kind: string;
  groups: readonly string[];
  /** Empty: all of Saxony, which matches every district. */
  districts: readonly string[];
}

export interface Filter {
  group: string;
  district: string;
  kind: string;
}

export function matchesFilter(entry: FilterableEntry, filter: Filter): boolean {
  if (filter.kind && entry.kind !== filter.kind) return false;
  if (filter.group && !entry.groups.includes(filter.group)) return false;
  if (filter.district && entry.districts.length > 0 && !entry.districts.includes(filter.district)) return false;
  return true;
}
