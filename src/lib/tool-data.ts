/**
 * Build-time data for the tool islands (Astro-only): thresholds valid on the build date,
 * the points rules, the guide of each route.
 */
import { getCollection, getEntry } from 'astro:content';
import type { Locale } from '../i18n/locales';
import { factAt } from './facts';
import { buildDate } from './build-date';
import { routes } from './routes';
import { ROUTES, type RouteId, type Thresholds } from './eligibility';
import type { FactData, PointsRules } from './schemas';

export async function facts(): Promise<Record<string, FactData>> {
  return Object.fromEntries((await getCollection('facts')).map((f) => [f.id, f.data]));
}

export async function thresholds(): Promise<Thresholds> {
  const all = await facts();
  const value = (id: string) => factAt(id, all[id], buildDate()).value.value;
  return {
    blueCard: value('blue-card-salary-standard'),
    blueCardReduced: value('blue-card-salary-reduced'),
    age45: value('salary-age-45'),
    experienced: value('experienced-workers-salary'),
  };
}

export async function pointsRules(): Promise<PointsRules> {
  const entry = await getEntry('rules', 'opportunity-card');
  if (!entry) throw new Error('content/rules/opportunity-card.yaml: entry "opportunity-card" is missing');
  return entry.data;
}

const GUIDE_OF: Record<RouteId, string | undefined> = {
  'eu-free-movement': undefined,
  'eu-blue-card': 'eu-blue-card',
  'skilled-workers': 'skilled-workers',
  'experienced-workers': 'experienced-workers',
  'recognition-partnership': 'recognition-partnership',
  'recognition-measures': 'recognition-measures',
  'opportunity-card': 'opportunity-card',
  'vocational-training': 'vocational-training',
  'training-place-search': 'vocational-training',
  studying: 'studying',
};

export function routeGuides(lang: Locale): Record<RouteId, string> {
  return Object.fromEntries(
    ROUTES.map((id) => [id, GUIDE_OF[id] ? routes.guide(lang, 'pathways', GUIDE_OF[id]!) : routes.section(lang, 'pathways')]),
  ) as Record<RouteId, string>;
}
