/** The roster's header names in French and English, and the rows they give. */
import { describe, expect, it } from 'vitest';
import { decodeWindows1252 } from '../../../src/core/sponsor/roster-decode.js';
import { normaliseHeader } from '../../../src/core/sponsor/roster-headers.js';
import { parseRoster } from '../../../src/core/sponsor/roster.js';
import { en } from '../../../src/i18n/en.js';

describe('roster headers', () => {
  it('are compared without case, accents, or the difference between spaces, dashes and underscores', () => {
    expect(
      ['IDENTIFIANT', 'Prénom', 'Adresse E-mail', 'first_name', 'Département', ' Nom de famille '].map(normaliseHeader),
    ).toEqual(['identifiant', 'prenom', 'adresse e mail', 'first name', 'departement', 'nom de famille']);
    const r = parseRoster(
      'IDENTIFIANT;Nom;Courriel;DÉPARTEMENT;Langue;Manager\nceo-1;Claire Dubois;claire@exemple.fr;Direction;fr-FR;dg-0\n',
    );
    expect(r.problems).toEqual([]);
    expect(r.entries).toEqual([
      {
        id: 'ceo-1',
        name: 'Claire Dubois',
        email: 'claire@exemple.fr',
        department: 'Direction',
        lang: 'fr',
        manager: 'dg-0',
        line: 2,
      },
    ]);
  });

  it('first and last names are combined ("Nom" beside "Prénom" is the family name, as on French forms)', () => {
    expect(
      parseRoster('ID,First Name,Last Name,E-mail\nc-1,Claire,Dubois,c@ex.com\nc-2,,Martin,\n').entries.map(
        (e) => e.name,
      ),
    ).toEqual(['Claire Dubois', 'Martin']);
    expect(parseRoster('Identifiant;Prénom;Nom;Mail\nc-1;Claire;Dubois;c@ex.com\n').entries[0]).toMatchObject({
      name: 'Claire Dubois',
      email: 'c@ex.com',
    });
    expect(parseRoster('id;nom\nc-1;Claire Dubois\n').entries[0]?.name).toBe('Claire Dubois');
  });

  it('warns about columns it does not read, and about a column given twice, without refusing the roster', () => {
    const r = parseRoster('id\tname\tMatricule\tSite\tE-mail\tEmail\nc-1\tClaire\t42\tParis\tc@ex.com\tother@ex.com\n');
    expect(r.delimiter).toBe('\t');
    expect(r.refused).toBe(false);
    expect(r.entries[0]).toMatchObject({ id: 'c-1', email: 'c@ex.com' });
    expect(r.problems.map((p) => [p.line, p.code, en.roster[p.code](p.params)])).toEqual([
      [1, 'unknown-column', expect.stringContaining('columns ignored: Matricule, Site')],
      [1, 'repeated-column', 'columns given twice, only the first one is read: Email'],
    ]);
  });

  it('an id given twice exactly skips the second row; twice in two cases refuses the roster', () => {
    const same = parseRoster('id\nceo-001\nceo-001\n');
    expect([same.refused, same.entries.length, same.problems.map((p) => p.code)]).toEqual([false, 1, ['duplicate-id']]);
    const cased = parseRoster('id\r\nceo-001\r\nCEO-001\r\nCeo-001\r\n');
    expect(cased.refused).toBe(true);
    expect(cased.problems.map((p) => [p.line, p.params.first])).toEqual([
      [3, 2],
      [4, 2],
    ]);
  });

  it('Windows-1252 gives the letters French text uses, which ISO-8859-1 would make control characters', () => {
    expect(decodeWindows1252(Uint8Array.from([0x80, 0x92, 0x9c, 0xab, 0xbb, 0xe9, 0x8c]))).toBe('€’œ«»éŒ');
  });
});
