import { describe, expect, it } from 'vitest';
import { checkText, countLines, insideInformationHints, xWeightedLength } from '../../../src/core/evidence/text.js';

describe('xWeightedLength', () => {
  it.each([
    ['', 0],
    ['hello', 5],
    ['Hello, world!', 13],
    ['Élégance à la française', 23],
    ['e\u0301le\u0300ve', 5], // decomposed accents are NFC-composed first
    ['Ça coûte 12\u00A0€', 14], // € (U+20AC) is outside the light ranges: 2
    ['Et maintenant\u2026', 15], // … (U+2026) weighs 2
    ['a\u2014b \u201Cc\u201D', 7], // em dash and curly quotes (8208–8223) weigh 1
    ['\u00AB\u202Foui\u202F\u00BB', 9], // narrow no-break space (U+202F) weighs 2
    ['日本語', 6],
    ['한국어', 6],
    ['中文 and English', 16],
  ])('weighs %j as %i', (text, weight) => {
    expect(xWeightedLength(text)).toBe(weight);
  });

  it.each([
    ['😀', 2],
    ['👍🏽', 2],
    ['❤️', 2],
    ['👨‍👩‍👧‍👦', 2],
    ['👩🏽‍💻', 2],
    ['🇫🇷', 2],
    ['🇫🇷🇬🇧', 4],
    ['🏴󠁧󠁢󠁳󠁣󠁴󠁿', 2],
    ['1️⃣', 2],
    ['Bravo 🎉🎉', 10],
  ])('counts emoji %s as %i', (text, weight) => {
    expect(xWeightedLength(text)).toBe(weight);
  });

  it.each([
    ['https://example.com', 23],
    ['Read https://example.com/a/very/long/path/that/goes/on?with=query&and=more', 28],
    ['See https://t.co/x.', 4 + 23 + 1],
    ['www.example.fr', 23],
    ['Visit contoso.com/careers today', 6 + 23 + 6],
    ['Node.js and e.g. M. Dupont', 26],
    ['two: https://a.example.com https://b.example.com', 5 + 23 + 1 + 23],
  ])('counts URLs in %j as 23', (text, weight) => {
    expect(xWeightedLength(text)).toBe(weight);
  });

  it('280 fits, 281 does not', () => {
    expect(checkText('a'.repeat(280), { max: 280, length: 'x' })).toEqual({ ok: true, length: 280 });
    expect(checkText('a'.repeat(281), { max: 280, length: 'x' })).toEqual({
      ok: false,
      code: 'too-long',
      length: 281,
      limit: 280,
    });
    expect(checkText('日'.repeat(140), { max: 280, length: 'x' }).ok).toBe(true);
    expect(checkText('日'.repeat(141), { max: 280, length: 'x' })).toMatchObject({ code: 'too-long', length: 282 });
    expect(checkText(`${'a'.repeat(256)} https://example.com`, { max: 280, length: 'x' })).toEqual({
      ok: true,
      length: 280,
    });
    expect(checkText(`${'a'.repeat(257)} https://example.com`, { max: 280, length: 'x' })).toMatchObject({
      ok: false,
      length: 281,
    });
    expect(checkText(`${'é'.repeat(278)}😀`, { max: 280, length: 'x' })).toEqual({ ok: true, length: 280 });
    expect(checkText(`${'é'.repeat(279)}😀`, { max: 280, length: 'x' }).ok).toBe(false);
  });
});

describe('checkText', () => {
  it('refuses empty and blank text', () => {
    expect(checkText('', {})).toEqual({ ok: false, code: 'empty', length: 0, limit: 1 });
    expect(checkText(' \n\t ', { min: 10 })).toEqual({ ok: false, code: 'empty', length: 0, limit: 10 });
  });

  it('counts code points, not UTF-16 units, trimmed and NFC-normalised', () => {
    expect(checkText('😀😀😀', {})).toEqual({ ok: true, length: 3 });
    expect(checkText('  café  ', {})).toEqual({ ok: true, length: 4 });
    expect(checkText('cafe\u0301', {})).toEqual({ ok: true, length: 4 });
  });

  it('applies min and max', () => {
    expect(checkText('abc', { min: 4 })).toEqual({ ok: false, code: 'too-short', length: 3, limit: 4 });
    expect(checkText('abcd', { min: 4, max: 4 })).toEqual({ ok: true, length: 4 });
    expect(checkText('abcde', { max: 4 })).toEqual({ ok: false, code: 'too-long', length: 5, limit: 4 });
    const headline = 'Directrice générale · Transformation numérique · Conférencière';
    expect(checkText(headline, { max: 220 }).ok).toBe(true);
  });

  it('counts non-blank lines', () => {
    expect(countLines('one\n\n  \ntwo\r\nthree')).toBe(3);
    expect(checkText('one\n\ntwo', { minLines: 3 })).toEqual({ ok: false, code: 'too-few-lines', length: 2, limit: 3 });
    expect(checkText('one\ntwo\nthree', { minLines: 3 })).toEqual({ ok: true, length: 13 });
  });

  it('reports the first failure: too-short before too-few-lines', () => {
    expect(checkText('a', { min: 5, minLines: 2 })).toMatchObject({ code: 'too-short' });
  });
});

describe('insideInformationHints', () => {
  it.each([
    ['Our Q3 results beat expectations.', ['results']],
    ['Record quarter for the team!', ['Record quarter']],
    ['Revenue up 12% year on year', ['Revenue', '12%']],
    ['Earnings call tomorrow; guidance unchanged.', ['Earnings', 'guidance']],
    ['EBITDA margin improved', ['EBITDA', 'margin']],
    ['Profit warning issued', ['Profit warning']],
    ['We are acquiring Contoso in a €5m deal', ['acquiring', '€5m', 'deal']],
    ['The merger closes in May', ['merger']],
    ['A takeover bid worth $3bn', ['takeover', '$3bn']],
    ['Our M&A pipeline', ['M&A']],
    ['Dividend raised to USD 2.5 per share', ['Dividend', 'USD 2.5']],
    ['Sales of 2 billion units', ['2 billion']],
    ['Growth of 4.5 percent', ['4.5 percent']],
  ])('flags %j (EN)', (text, expected) => {
    expect(insideInformationHints(text)).toEqual(expected);
  });

  it.each([
    ['Nos résultats annuels sont excellents', ['résultats']],
    ['RESULTATS du premier semestre', ['RESULTATS']],
    ['Chiffre d’affaires en hausse de 12\u00A0%', ['Chiffre d’affaires', '12\u00A0%']],
    ["Un chiffre d'affaires de 5 M€", ["chiffre d'affaires", '5 M€']],
    ['Bénéfice net : 1\u202F234,5\u00A0€', ['Bénéfice', '1\u202F234,5\u00A0€']],
    ["Une acquisition de 3 milliards d'euros", ['acquisition', "3 milliards d'euros"]],
    ['La marge opérationnelle progresse', ['marge']],
    ['Nous allons acquérir Contoso', ['acquérir']],
    ['Le rachat de Fabrikam est signé', ['rachat']],
    ['Fusion avec Northwind', ['Fusion']],
    ['Lancement d’une OPA amicale', ['OPA']],
    ['Nos prévisions pour 2027', ['prévisions']],
    ['Un dividende exceptionnel', ['dividende']],
    ['Une année record', ['année record']],
    ['Objectif : 3 milliards', ['3 milliards']],
  ])('flags %j (FR)', (text, expected) => {
    expect(insideInformationHints(text)).toEqual(expected);
  });

  it('reports each hint once, in order of appearance', () => {
    expect(insideInformationHints('Results, results and Résultats; revenue, results.')).toEqual([
      'Results',
      'Résultats',
      'revenue',
    ]);
  });

  it.each([
    'Thanks to the whole team for a great offsite in Lyon.',
    'Proud to support a non-profit that teaches coding.',
    'Our talent acquisition team is hiring.',
    'How leaders deal with uncertainty is a big deal.',
    'A results-driven leader, ideal for a profitable dealership.',
    'Top 10 lessons from 2026, version 2.0, 3 points clés.',
    'The dealer said the car is 5 m long.',
    'Au bénéfice de nos clients, et le bénéfice du doute.',
    'Rencontre en marge du salon, avec une marge de manœuvre.',
    "L'acquisition de compétences est essentielle.",
    'Bienvenue aux nouveaux arrivants, ravie de vous accueillir !',
    'Opaque processes slow us down.',
  ])('does not flag %j', (text) => {
    expect(insideInformationHints(text)).toEqual([]);
  });
});
