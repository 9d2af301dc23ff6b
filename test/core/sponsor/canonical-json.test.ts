import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src/core/sponsor/canonical-json.js';

describe('canonicalJson (RFC 8785)', () => {
  it('matches the RFC examples: sorted keys by code unit, ES number and string forms', () => {
    expect(canonicalJson({ b: 1, a: [1, 'x', 1e21, 0.1 + 0.2, -0, true, null], '\u20ac': 'é', '\r': '\u2028' })).toBe(
      '{"\\r":"\u2028","a":[1,"x",1e+21,0.30000000000000004,0,true,null],"b":1,"€":"é"}',
    );
    expect(canonicalJson({ '\ud83d\ude00': 1, '\ufb33': 2 })).toBe('{"\ud83d\ude00":1,"\ufb33":2}');
    expect(() => canonicalJson({ a: Number.NaN })).toThrow();
  });
  it('gives the same text as the reference implementation (canonicalize) on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(canonicalJson(v)).toBe(canonicalize(v));
      }),
      { numRuns: 3000, seed: 8785 },
    );
  });
});
