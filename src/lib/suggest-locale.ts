/**
 * The site language that best matches the browser's preferred languages, or undefined.
 * `pt-BR` matches `pt`, `zh-CN`/`zh-Hans` match `zh`, `uz-Latn-UZ` matches `uz`. Traditional
 * Chinese (zh-TW, zh-HK, zh-Hant) is not matched: the site offers Simplified only, and a
 * reader of Traditional characters should choose for themselves.
 */
export function suggestLocale(preferred: readonly string[], available: readonly string[]): string | undefined {
  for (const tag of preferred) {
    let locale: Intl.Locale;
    try {
      locale = new Intl.Locale(tag);
    } catch {
      continue;
    }
    if (locale.language === 'zh') {
      const script = locale.maximize().script;
      if (script !== 'Hans') continue;
    }
    if (available.includes(locale.language)) return locale.language;
  }
  return undefined;
}
