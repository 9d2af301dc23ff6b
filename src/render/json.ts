/**
 * JSON for other programs. JSON.stringify leaves DEL and the C1 control characters (U+007F to
 * U+009F) raw, and some terminals act on them; bidi overrides and zero-width characters reorder
 * or hide what a person reading the JSON sees. They are escaped here (the value is unchanged for
 * a program), so no output of the coach carries them raw, whatever text it quotes.
 */
export function safeJson(value: unknown): string {
  return withUnsafeEscaped(JSON.stringify(value, null, 2));
}

/** A JSON text with those characters escaped (they can only be inside its strings). */
export function withUnsafeEscaped(text: string): string {
  // Most texts hold none: a test is half the cost of a replace that finds nothing.
  return UNSAFE.test(text)
    ? text.replace(UNSAFE_ALL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    : text;
}

/** The characters escaped (JSON.stringify leaves them raw); one regular expression to find, one to replace. */
const UNSAFE = /[\u007f-\u009f\u2028\u2029\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/;
const UNSAFE_ALL = new RegExp(UNSAFE.source, 'g');
