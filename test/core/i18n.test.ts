import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.js';
import { fr } from '../../src/i18n/fr.js';
import { detectLang } from '../../src/i18n/index.js';

/** Every key path with the type of its value, so a function in one language is a function in the other. */
function shape(o: unknown, prefix = ''): string[] {
  if (typeof o !== 'object' || o === null || Array.isArray(o)) return [`${prefix}:${Array.isArray(o) ? 'array' : typeof o}`];
  return Object.entries(o).flatMap(([k, v]) => shape(v, prefix ? `${prefix}.${k}` : k)).sort();
}

describe('interface strings', () => {
  it('exist in both languages with the same shape', () => {
    expect(shape(fr)).toEqual(shape(en));
  });
  it('are really translated: no French string equals its English one, beyond names and symbols', () => {
    const same: string[] = [];
    const walk = (a: unknown, b: unknown, path: string) => {
      if (typeof a === 'string' && a === b && /[a-z]{4,}/.test(a) && !/^(coach\b|[A-Z_]+=)/.test(a) && !/Viva Engage|Slack|Teams|Quiz|Terminal|Node/.test(a)) same.push(path);
      else if (typeof a === 'object' && a && typeof b === 'object' && b) for (const k of Object.keys(a)) walk((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
    };
    walk(en, fr, '');
    expect(same).toEqual([]);
  });
  it('uses French typography: a non-breaking space before a colon', () => {
    expect(fr.status.next('x')).toBe('Ensuite\u00A0: coach start x');
  });
});

describe('detectLang', () => {
  it('follows --lang, then the setting, then the locale', () => {
    expect(detectLang('fr', 'en', { LANG: 'en_US.UTF-8' })).toBe('fr');
    expect(detectLang(undefined, 'fr', { LANG: 'en_US.UTF-8' })).toBe('fr');
    expect(detectLang(undefined, undefined, { LC_ALL: 'fr_FR.UTF-8', LANG: 'en_US' })).toBe('fr');
    expect(detectLang(undefined, undefined, { LC_MESSAGES: 'fr_CA' })).toBe('fr');
    expect(detectLang(undefined, undefined, {})).toBe('en');
  });
});
