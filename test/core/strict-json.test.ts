/** The strict JSON parser of exchanged files (issue 12, finding 12). */
import { describe, expect, it } from 'vitest';
import { parseStrictJson } from '../../src/core/strict-json.js';
import { lesson, rec, signed } from '../robustness/hostile-corpus.js';

describe('parseStrictJson', () => {
  const good = JSON.stringify(signed(rec('ceo-001', [lesson('security-lock-down', 'completed')])), null, 2);
  it('the strict parser gives what JSON.parse gives on files without duplicates, __proto__ included', () => {
    for (const text of [
      good,
      '{"__proto__": {"x": 1}, "a": [1, -2.5e3, "é\\u0041", true, null]}',
      '"x"',
      '[]',
      ' {} ',
    ]) {
      const r = parseStrictJson(text);
      expect(r.ok).toBe(true);
      expect(r.ok && r.value).toEqual(JSON.parse(text));
    }
    const proto = parseStrictJson('{"__proto__": {"polluted": true}}');
    expect(proto.ok && Object.getPrototypeOf(proto.value)).toBe(Object.prototype);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('syntax errors are given by line and column, at any depth duplicates by path', () => {
    expect(parseStrictJson('{\n  "a": 1,\n  "b": }')).toEqual({
      ok: false,
      problem: { kind: 'syntax', line: 3, column: 8 },
    });
    expect(parseStrictJson('{"a": [{"b": 1, "b": 2}]}')).toMatchObject({
      ok: false,
      problem: { kind: 'duplicate', path: 'a[0].b' },
    });
    expect(parseStrictJson('[1,]')).toMatchObject({ ok: false, problem: { kind: 'syntax' } });
    expect(parseStrictJson('[1] x')).toMatchObject({ ok: false, problem: { kind: 'syntax' } });
  });
});
