/**
 * Plain code-unit string order. Ids, file names and ISO dates are ASCII, so this sorts them as
 * expected, and unlike localeCompare it does not load ICU collation data at start-up.
 */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
