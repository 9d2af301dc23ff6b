/**
 * A lesson's own `pattern` for generic links, matched with RE2 (the re2js port): linear time in
 * the length of the link, whatever the pattern, so a third-party lesson cannot make the coach spin
 * on what the learner pastes (a backtracking engine takes minutes on `(a|a)+` and 34 a's). RE2 has
 * no look-around and no back-references: lint refuses such patterns with the same compilation.
 * re2js is only reached from the lesson runner and live lesson parsing (lint, extra folders),
 * both loaded on demand, so commands that check no link never load it.
 */
import { RE2JS } from 're2js';

/** No real link is longer (browsers and platforms cap theirs near 2,000 characters). */
export const MAX_LINK_LENGTH = 2048;

export interface UrlPattern {
  test(href: string): boolean;
}

/**
 * Compiles a lesson's `pattern` for the `url` kind. An invalid pattern is the lesson author's bug,
 * not the learner's, so it throws (lint calls this too, so that both agree).
 */
export function compileUrlPattern(source: string): UrlPattern {
  let re: RE2JS;
  try {
    re = RE2JS.compile(source);
  } catch (error) {
    throw new Error(
      `Invalid url pattern ${JSON.stringify(source)}: ${(error as Error).message} (RE2 syntax: no look-around, no back-references)`,
      { cause: error },
    );
  }
  // find(): searched, as RegExp.test does; a pattern that means the whole link says ^…$.
  return { test: (href) => re.matcher(href).find() };
}
