import { describe, it, expect } from 'vitest';
import { LOCALES, LOCALE_CODES, localeInfo, contentFallbackChain, formatDate, isLocale } from '../../src/i18n/locales';

describe('locale registry', () => {
  it('has the twelve site languages, German first', () => {
    expect(LOCALE_CODES).toEqual(['de', 'en', 'ar', 'es', 'fr', 'pt', 'ru', 'uk', 'vi', 'uz', 'hi', 'zh']);
  });

  it('marks Arabic, and only Arabic, as right to left', () => {
    expect(LOCALES.filter((l) => l.dir === 'rtl').map((l) => l.code)).toEqual(['ar']);
  });

  it.each([
    ['de', 'Deutsch', 'de'],
    ['ar', 'العربية', 'ar'],
    ['uz', 'Oʻzbek', 'uz-Latn'],
    ['hi', 'हिन्दी', 'hi'],
    ['zh', '简体中文', 'zh-Hans'],
    ['es', 'Español', 'es'],
  ] as const)('names %s in its own language and tags it for lang attributes', (code, name, tag) => {
    // Intl may write the Uzbek ʻ as ‘ depending on the ICU version.
    expect(localeInfo(code).nativeName.replace('‘', 'ʻ')).toBe(name);
    expect(localeInfo(code).tag).toBe(tag);
  });

  it('falls back to English, then German', () => {
    expect(contentFallbackChain('hi')).toEqual(['hi', 'en', 'de']);
    expect(contentFallbackChain('en')).toEqual(['en', 'de']);
    expect(contentFallbackChain('de')).toEqual(['de', 'en']);
  });

  it('formats dates the way readers of each language expect', () => {
    const day = new Date('2026-11-25T00:00:00Z');
    expect(formatDate(day, 'de')).toBe('25. November 2026');
    expect(formatDate(day, 'en')).toBe('November 25, 2026');
    expect(formatDate(day, 'zh')).toBe('2026年11月25日');
  });

  it('rejects unknown codes', () => {
    expect(isLocale('xx')).toBe(false);
    expect(isLocale('de')).toBe(true);
    expect(() => localeInfo('xx' as never)).toThrow(/Unknown locale "xx"/);
  });
});
