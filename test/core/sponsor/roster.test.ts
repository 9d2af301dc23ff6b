import { describe, expect, it } from 'vitest';
import { parseRoster } from '../../../src/core/sponsor/roster.js';
import { en } from '../../../src/i18n/en.js';

const text = (p: { code: keyof typeof en.roster; params: Record<string, string | number> }) =>
  en.roster[p.code](p.params);

describe('parseRoster', () => {
  it('reads a comma-separated roster with a header, in any column order', () => {
    const r = parseRoster(
      'name,id,department,email\nClaire Dubois,ceo-001,Direction,claire@example.com\n"Martin, Paul",cfo-002,Finance,\n',
    );
    expect(r.problems).toEqual([]);
    expect(r.delimiter).toBe(',');
    expect(r.entries).toEqual([
      { id: 'ceo-001', name: 'Claire Dubois', department: 'Direction', email: 'claire@example.com', line: 2 },
      { id: 'cfo-002', name: 'Martin, Paul', department: 'Finance', line: 3 },
    ]);
  });

  it('reads what French Excel writes: BOM, semicolons, CRLF, accents, quoted semicolons and quotes', () => {
    const r = parseRoster(
      '\uFEFFid;name;email;department\r\ndg-01;Hélène Févre;helene@exemple.fr;"R&D; Innovation"\r\ndaf-02;"Jean ""JB"" Bâ";;Finance\r\n\r\n',
    );
    expect(r.delimiter).toBe(';');
    expect(r.problems).toEqual([]);
    expect(r.entries.map((e) => [e.id, e.name, e.department])).toEqual([
      ['dg-01', 'Hélène Févre', 'R&D; Innovation'],
      ['daf-02', 'Jean "JB" Bâ', 'Finance'],
    ]);
  });

  it('reports bad rows with their line number and keeps the good ones', () => {
    const r = parseRoster(
      'id,name,email\nok-1,A,\n,No id,\nbad id!,B,\nok-1,Again,\nok-2,C,not-an-email\n"multi\nline",D,\nok-3,E,\n',
    );
    expect(r.entries.map((e) => [e.id, e.line])).toEqual([
      ['ok-1', 2],
      ['ok-3', 9],
    ]);
    expect(r.problems.map((p) => [p.line, text(p).split(' ').slice(0, 3).join(' ')])).toEqual([
      [3, 'no id on'],
      [4, 'id "bad id!"'],
      [5, 'id "ok-1" already'],
      [6, 'email "not-an-email" is'],
      [7, 'id "multi\nline" must'.replace('\n', '?')],
    ]);
  });

  it('needs an id column', () => {
    const [p] = parseRoster('name,email\nA,a@b.c\n').problems;
    expect(p!.line).toBe(1);
    expect(text(p!)).toBe(
      'no "id" column in the header (found: name, email): call the column of learner ids "id" or "identifiant"',
    );
    expect(parseRoster('').problems[0]?.line).toBe(1);
  });
});
