/**
 * Stands in for `node-emoji` in the bundle (see src/build/bundle.mjs): marked-terminal loads it,
 * and with it the whole emoji table (a large JSON file), to turn `:smile:` into a character, which
 * the coach turns off (`emoji: false` in src/render/markdown.ts), so nothing calls it.
 */
export function get(_name: string): string | undefined {
  return undefined;
}
