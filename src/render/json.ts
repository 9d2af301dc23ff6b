/**
 * JSON for other programs. JSON.stringify leaves DEL and the C1 control characters (U+007F to
 * U+009F) raw, and some terminals act on them; they are escaped here, so no output of the coach
 * carries a control character, whatever text it quotes.
 */
export function safeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
