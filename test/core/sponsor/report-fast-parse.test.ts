/**
 * Records are parsed by JSON.parse first (fast), then checked for names given twice; in any doubt
 * the strict parser decides. The shortcut must never accept what the strict parser refuses.
 */
import { describe, expect, it } from 'vitest';
import { parseStrictJson } from '../../../src/core/strict-json.js';

describe('parseStrictJson, fast path', () => {
  it('still refuses a name given twice, however the strings around it are written', () => {
    const twice = [
      '{"a": 1, "a": 2}',
      '{"x": "\\":", "a": 1, "a": 2}',
      '{"x": "\\\\", "a": {"k\\"": 1, "k\\"": 2}}',
      '{"s": ":", "a": [{"b": ":"}, {"b": 1, "b": 1}]}',
      '{"__proto__": 1, "__proto__": 2}',
      '\ufeff{"a": "x", "a": "x"}',
      '{"a" \n : 1, "a":1}',
    ];
    for (const text of twice)
      expect(parseStrictJson(text), text).toMatchObject({ ok: false, problem: { kind: 'duplicate' } });
  });

  it('accepts names that only look alike, and strings holding colons and quotes', () => {
    for (const text of [
      '{"a": "\\"a\\": 1", "b": {"a": 1}}',
      '{"a\\u0041": 1, "aA": 2}',
      '{"k": ["\\":", ":", "\\\\"], "l": {}}',
    ]) {
      const r = parseStrictJson(text);
      // "a\u0041" is "aA": the same name twice, refused; the others are accepted as JSON.parse reads them.
      if (text.includes('\\u0041')) expect(r).toMatchObject({ ok: false, problem: { kind: 'duplicate' } });
      else expect(r).toEqual({ ok: true, value: JSON.parse(text) });
    }
  });

  it('refuses nesting past the limit, a plain value at the bottom included', () => {
    const deep = (n: number, inner: string) => `${'['.repeat(n)}${inner}${']'.repeat(n)}`;
    expect(parseStrictJson(deep(64, '1'))).toMatchObject({ ok: true });
    expect(parseStrictJson(deep(65, '1'))).toMatchObject({ ok: false, problem: { kind: 'too-deep' } });
    expect(parseStrictJson(deep(65, '{}'))).toMatchObject({ ok: false, problem: { kind: 'too-deep' } });
    expect(parseStrictJson(deep(5000, ''))).toMatchObject({ ok: false, problem: { kind: 'too-deep' } });
  });
});
