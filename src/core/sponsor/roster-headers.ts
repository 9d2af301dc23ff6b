/**
 * The roster's header names as HR writes them, in French or English: "Identifiant", "E-mail",
 * "Prénom", "Département", "first_name"... compared without case, accents, or the difference
 * between spaces, dashes, dots and underscores. Pure.
 */

export type RosterColumn = 'id' | 'name' | 'firstName' | 'lastName' | 'email' | 'department' | 'lang' | 'manager';

const NAMES: Record<RosterColumn, readonly string[]> = {
  id: ['id', 'identifiant', 'identifier', 'learner id', 'user id'],
  name: ['name', 'nom', 'full name', 'nom complet', 'display name'],
  firstName: ['prenom', 'first name', 'given name'],
  lastName: ['last name', 'nom de famille', 'surname', 'family name'],
  email: [
    'email',
    'e mail',
    'mail',
    'courriel',
    'adresse e mail',
    'adresse email',
    'adresse mail',
    'email address',
    'e mail address',
  ],
  department: ['department', 'departement', 'service', 'dept'],
  lang: ['lang', 'language', 'langue'],
  manager: ['manager', 'responsable'],
};
const BY_NAME = new Map(
  Object.entries(NAMES).flatMap(([column, names]) => names.map((n) => [n, column as RosterColumn] as const)),
);

/** "Adresse E-mail" → "adresse e mail": lower case, no accents, one space between words. */
export function normaliseHeader(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s._-]+/g, ' ')
    .trim();
}

export interface HeaderMap {
  /** The index of each recognised column (the first one, when a column is given twice). */
  index: Partial<Record<RosterColumn, number>>;
  /** Header cells that name no column the coach knows, as written. */
  unknown: string[];
  /** Header cells that name a column already seen, as written. */
  repeated: string[];
}

export function mapHeader(cells: readonly string[]): HeaderMap {
  const map: HeaderMap = { index: {}, unknown: [], repeated: [] };
  cells.forEach((cell, i) => {
    const written = cell.trim();
    if (written === '') return; // Excel leaves empty cells after the last column
    const column = BY_NAME.get(normaliseHeader(written));
    if (!column) map.unknown.push(written);
    else if (map.index[column] !== undefined) map.repeated.push(written);
    else map.index[column] = i;
  });
  // "Nom" beside "Prénom" is the family name, as on every French form; the same for "Name" beside "First name".
  if (map.index.firstName !== undefined && map.index.lastName === undefined && map.index.name !== undefined) {
    map.index.lastName = map.index.name;
    delete map.index.name;
  }
  return map;
}
