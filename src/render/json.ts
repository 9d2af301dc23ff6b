/**
 * JSON for other programs. JSON.stringify leaves DEL and the C1 control characters (U+007F to
 * U+009F) raw, and some terminals act on them; bidi overrides and zero-width characters reorder
 * or hide what a person reading the JSON sees. They are escaped here (the value is unchanged for
 * a program), so no output of the coach carries them raw, whatever text it quotes.
 */
export function safeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    /[\u007f-\u009f\u2028\u2029\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
