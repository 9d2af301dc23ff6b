/** The report's labels: same keys in both languages, French typography, reasons translated by code. */
import { describe, expect, it } from 'vitest';
import { reportLabels } from '../../../src/i18n/report.js';
import { adviceText, reasonText } from '../../../src/render/report/common.js';

/** Every key path with the kind of its value, so a function in one language is one in the other. */
function shape(o: unknown, prefix = ''): string[] {
  if (typeof o !== 'object' || o === null) return [`${prefix}:${typeof o}`];
  return Object.entries(o)
    .flatMap(([k, v]) => shape(v, prefix ? `${prefix}.${k}` : k))
    .sort();
}

/** Every string a language shows, functions called with sample arguments. */
function strings(o: unknown): string[] {
  if (typeof o === 'string') return [o];
  if (typeof o === 'function') return [String((o as (...a: unknown[]) => unknown)(3, 7, '42\u00A0%'))];
  if (typeof o === 'object' && o !== null) return Object.values(o).flatMap(strings);
  return [];
}

describe('report labels', () => {
  const { en, fr } = reportLabels;

  it('have the same keys in English and French', () => {
    expect(shape(fr)).toEqual(shape(en));
  });

  it('show statuses and verifications as the product names them', () => {
    expect(en.status).toEqual({
      completed: 'completed',
      'in-progress': 'in progress',
      'not-started': 'not started',
      'no-record': 'no record',
    });
    expect(fr.status).toEqual({
      completed: 'terminé',
      'in-progress': 'en cours',
      'not-started': 'pas commencé',
      'no-record': 'aucun relevé',
    });
    expect(en.verification).toEqual({
      valid: 'valid',
      unsigned: 'unsigned',
      'invalid-signature': 'invalid signature',
      'other-program': 'other programme',
      'not-in-roster': 'not in roster',
    });
    expect(fr.verification).toEqual({
      valid: 'valide',
      unsigned: 'non signé',
      'invalid-signature': 'signature invalide',
      'other-program': 'autre programme',
      'not-in-roster': 'hors de la liste',
    });
  });

  it('follow French typography: a no-break space before : ; ? ! and %, never a plain one', () => {
    const bad = strings(fr).filter((s) => / [:;?!%]/.test(s) || /[^\u00A0 ][;?!%]/.test(s.replace(/\(%\)/g, '')));
    expect(bad).toEqual([]);
    expect(fr.percent(33.3)).toBe('33,3\u00A0%');
    expect(en.percent(33.3)).toBe('33.3%');
  });

  it('translate the code of a rejected reason and keep its detail as is', () => {
    expect(reasonText(fr, 'not-json: Unexpected token } at 12')).toBe(
      'pas un fichier JSON\u00A0: Unexpected token } at 12',
    );
    expect(reasonText(en, 'too-large: 12 MB')).toBe('file too large: 12 MB');
    expect(reasonText(fr, 'duplicate')).toBe('relevé en double');
    expect(reasonText(fr, 'mystery: kept')).toBe('mystery: kept');
    for (const code of Object.keys(en.reasons)) expect(reasonText(fr, `${code}: d`)).toMatch(/\u00A0: d$/);
  });

  it('advise a new export only for reasons a new export cures, never for a duplicate', () => {
    for (const labels of [en, fr]) {
      expect(adviceText(labels, 'duplicate: the same record as a.json')).toBeNull();
      expect(adviceText(labels, 'mystery: x')).toBeNull();
      for (const code of ['not-json', 'wrong-format', 'schema', 'invalid-signature', 'too-large'])
        expect(adviceText(labels, `${code}: d`)).toMatch(/coach export/);
      for (const code of ['other-program', 'unreadable', 'not-a-file', 'in-future'])
        expect(adviceText(labels, code)).not.toMatch(/coach export/);
    }
    expect(fr.board.daysLate(3)).toBe('+3\u00A0j');
    expect(en.board.daysLateLong(1)).toBe('1 day late');
    expect(fr.board.daysLateLong(2)).toBe('2\u00A0jours de retard');
  });
});
