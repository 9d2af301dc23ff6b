import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.js';
import { fr } from '../../src/i18n/fr.js';
import { detectLang } from '../../src/i18n/index.js';

/** Every key path with the type of its value, so a function in one language is a function in the other. */
function shape(o: unknown, prefix = ''): string[] {
  if (typeof o !== 'object' || o === null || Array.isArray(o))
    return [`${prefix}:${Array.isArray(o) ? 'array' : typeof o}`];
  return Object.entries(o)
    .flatMap(([k, v]) => shape(v, prefix ? `${prefix}.${k}` : k))
    .sort();
}

describe('interface strings', () => {
  it('exist in both languages with the same shape', () => {
    expect(shape(fr)).toEqual(shape(en));
  });
  it('are really translated: no French string equals its English one, beyond names and symbols', () => {
    const same: string[] = [];
    const walk = (a: unknown, b: unknown, path: string) => {
      if (
        typeof a === 'string' &&
        a === b &&
        /[a-z]{4,}/.test(a) &&
        !/^(coach\b|[A-Z_]+=)/.test(a) &&
        !/Viva Engage|Slack|Teams|Quiz|Terminal|Node/.test(a)
      )
        same.push(path);
      else if (typeof a === 'object' && a && typeof b === 'object' && b)
        for (const k of Object.keys(a))
          walk((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
    };
    walk(en, fr, '');
    expect(same).toEqual([]);
  });
  it('uses French typography: a non-breaking space before a colon', () => {
    expect(fr.status.next('x')).toBe('Ensuite\u00A0: coach start x');
  });
});

/**
 * The text of every string literal and template part in a source file, or only inside the named
 * top-level declarations (where a file holds both languages), with its line.
 */
function literals(file: string, only?: string[]): { line: number; text: string }[] {
  const src = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: { line: number; text: string }[] = [];
  const visit = (node: ts.Node, inside: boolean) => {
    if (ts.isVariableDeclaration(node) && only?.includes(node.name.getText(src))) inside = true;
    if (
      inside &&
      (ts.isStringLiteral(node) ||
        ts.isNoSubstitutionTemplateLiteral(node) ||
        ts.isTemplateHead(node) ||
        ts.isTemplateMiddle(node) ||
        ts.isTemplateTail(node))
    ) {
      found.push({ line: src.getLineAndCharacterOfPosition(node.getStart(src)).line + 1, text: node.text });
    }
    ts.forEachChild(node, (child) => visit(child, inside));
  };
  visit(src, only === undefined);
  return found;
}

describe('interface typography', () => {
  const french = [
    ...literals('src/i18n/fr.ts').map((l) => ({ ...l, file: 'src/i18n/fr.ts' })),
    ...literals('src/i18n/report.ts', ['fr']).map((l) => ({ ...l, file: 'src/i18n/report.ts' })),
    ...literals('src/i18n/lesson-issues.ts', ['fr', 'WHAT_FR', 'DETAIL_FR']).map((l) => ({
      ...l,
      file: 'src/i18n/lesson-issues.ts',
    })),
  ];

  it('French strings use the typographic apostrophe (’), never the straight one', () => {
    expect(french.length).toBeGreaterThan(200);
    expect(french.filter((l) => l.text.includes("'")).map((l) => `${l.file}:${l.line}: ${l.text}`)).toEqual([]);
  });

  it('the check would catch a straight apostrophe', () => {
    expect("Rien n'a été modifié.".includes("'")).toBe(true);
    expect(fr.start.resume(3, 5)).toBe('Vous reprenez la leçon à l’étape 3 sur 5.');
  });

  it('English strings quote with "…", never with « … »', () => {
    const english = [
      ...literals('src/i18n/en.ts'),
      ...literals('src/i18n/report.ts', ['en']),
      ...literals('src/i18n/lesson-issues.ts', ['en']),
    ];
    expect(english.filter((l) => /[«»]/.test(l.text)).map((l) => `${l.line}: ${l.text}`)).toEqual([]);
  });

  it('the inside-information warning quotes the words each language’s way', () => {
    const enText = en.task.insideWarning(['results', 'acquisition']);
    expect(enText).toContain('"results", "acquisition"');
    expect(enText).not.toMatch(/[«»]/);
    expect(fr.task.insideWarning(['résultats'])).toContain('«\u00A0résultats\u00A0»');
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
