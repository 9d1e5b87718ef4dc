/**
 * The day the site is built, in Saxony's time zone: figures show the value valid on this day.
 * `BUILD_DATE=YYYY-MM-DD` builds the site as of another day (tests, previews of next year).
 */
export function buildDate(): Date {
  const fixed = process.env.BUILD_DATE;
  if (fixed) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(fixed)) throw new Error(`BUILD_DATE must be YYYY-MM-DD, got "${fixed}"`);
    return new Date(`${fixed}T00:00:00Z`);
  }
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
  return new Date(`${today}T00:00:00Z`);
}
