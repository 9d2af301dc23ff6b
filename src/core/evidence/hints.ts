/**
 * Words that suggest a draft talks about results, guidance, M&A or figures: the topics where an
 * executive's post may disclose inside information (MAR). The coach shows them as a reminder to
 * check before posting; it never blocks, so a false positive costs a glance and a false negative
 * is covered by the lesson itself. Ordinary uses that are common in executives' posts
 * ("non-profit", "results-driven", "au bénéfice de", "en marge de", "talent acquisition", "deal with") are excluded.
 */

/** Letters or digits on neither side: `\b` is ASCII-only in JavaScript, these are Unicode-aware. */
const word = (src: string): string => String.raw`(?<![\p{L}\p{N}_])(?:${src})(?![\p{L}\p{N}_])`;
const S = String.raw`\s+`;
/** "d'affaires", "d' affaires" or "d affaires" (apostrophes are folded to ' beforehand). */
const AP = String.raw`(?:'\s?|\s)`;

const WORDS: readonly string[] = [
  // Results and guidance ("results-driven" is a bio cliché, not a disclosure)
  'results(?!-(?:driven|oriented|focused))',
  'resultats',
  `resultat${S}(?:net|operationnel|d${AP}exploitation|annuel|semestriel|trimestriel)`,
  'earnings',
  'revenues?',
  `chiffres?${S}d${AP}affaires`,
  'guidance',
  'previsions?',
  'forecasts?',
  `objectifs?${S}financiers`,
  `profit${S}warning`,
  String.raw`(?<!non[-\s])profits?`,
  String.raw`(?<!au\s)benefices?(?!${S}du${S}doute)`,
  'margins?',
  String.raw`(?<!en\s)marges?(?!${S}de${S}manoeuvre)`,
  'ebitda',
  'ebit',
  `record${S}(?:quarter|year|half|results|revenues?|sales|profits?|earnings)`,
  `(?:trimestre|semestre|annee|exercice)${S}records?`,
  'dividends?',
  'dividendes?',
  // M&A
  String.raw`(?<!(?:talent|customer|client|user)\s)acquisitions?(?!${S}(?:des?\s+|d')(?:talents?|competences|clients?|donnees))`,
  'acquir(?:e|es|ed|ing)',
  'acquerir',
  'rachats?',
  'rachet(?:e|er|es|ent|era)',
  'mergers?',
  'm&a',
  'fusions?',
  'takeovers?',
  'opa',
  `offres?${S}publiques?`,
  `tender${S}offers?`,
  'buybacks?',
  String.raw`(?<!(?:big|great|good|real)\s)deals?(?!${S}with)`,
];

/** An optional single space, including the French non-breaking ones (U+00A0, U+202F). */
const SP = '[\\u0020\\u00A0\\u202F]?';
/** 12 · 12,5 · 1 234,5 · 1,234.5 */
const NUM = String.raw`(?:\d{1,3}(?:[\u0020\u00A0\u202F.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)`;
const NUM_START = String.raw`(?<![\p{L}\p{N}_.,])`;
const MAG = String.raw`(?:k|m|mn|mm|md|mds|mrd|mrds|bn|b|millions?|milliards?|billions?|trillions?)(?![\p{L}\p{N}_])`;
const CUR_WORD = String.raw`(?:eur|euros?|usd|dollars?|gbp|chf|pounds?|livres?)(?![\p{L}\p{N}_])`;

const FIGURES: readonly string[] = [
  // 12%, 12 %, +3,5 %, 12 percent, 12 pour cent
  String.raw`${NUM_START}[+\-\u2212]?${NUM}${SP}(?:%|(?:percent|per${S}cent|pour${S}cent|pourcents?)(?![\p{L}\p{N}_]))`,
  // €5m, $3bn, £2.5 million, EUR 5m, US$3bn
  String.raw`(?:(?:us|ca|au)?[€$£¥]|(?<![\p{L}\p{N}_])(?:eur|usd|gbp|chf))${SP}${NUM}(?:${SP}${MAG})?`,
  // 5 M€, 5M€, 1 234,5 €, 3 millions €, 20 000 euros
  `${NUM_START}${NUM}${SP}(?:${MAG}${SP})?(?:[€$£¥]|${CUR_WORD})`,
  // 3 millions d'euros, 5 million of dollars
  String.raw`${NUM_START}${NUM}${SP}${MAG}${S}(?:d'|de\s+|of\s+)(?:euros?|dollars?|livres?|pounds?)`,
  // 3 milliards, 2 billion, 4bn
  String.raw`${NUM_START}${NUM}${SP}(?:milliards?|billions?|bn|mds?|mrds?)(?![\p{L}\p{N}_])`,
];

const HINTS = new RegExp([...WORDS.map(word), ...FIGURES].join('|'), 'gu');

/** Lower-case, accents removed, typographic apostrophes made straight, œ/æ spelt out. */
function foldChar(ch: string): string {
  return ch
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02BC`]/g, "'")
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae');
}

/** Folds `text` and keeps, for each folded UTF-16 unit, the span of the original character. */
function fold(text: string): { folded: string; from: number[]; to: number[] } {
  let folded = '';
  const from: number[] = [];
  const to: number[] = [];
  let i = 0;
  for (const ch of text) {
    const f = foldChar(ch);
    for (let k = 0; k < f.length; k++) {
      from.push(i);
      to.push(i + ch.length);
    }
    folded += f;
    i += ch.length;
  }
  return { folded, from, to };
}

/**
 * Returns the words, phrases and figures in `text` (English or French) that hint at results,
 * guidance, M&A or financial figures, as written in the text, in order of appearance, each once
 * (compared case- and accent-insensitively). An empty array means nothing was noticed, not that
 * the text is safe.
 */
export function insideInformationHints(text: string): string[] {
  const source = text.normalize('NFC');
  const { folded, from, to } = fold(source);
  const spans: Array<{ start: number; end: number }> = [];
  for (const m of folded.matchAll(HINTS)) {
    if (m[0] === '') continue;
    spans.push({ start: m.index, end: m.index + m[0].length });
  }
  // The alternatives can overlap ("3 milliards" inside "3 milliards d'euros"): keep the longest.
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const found: string[] = [];
  const seen = new Set<string>();
  let coveredTo = -1;
  for (const { start, end } of spans) {
    if (end <= coveredTo) continue;
    coveredTo = Math.max(coveredTo, end);
    const id = folded.slice(start, end).replace(/\s+/g, ' ');
    if (seen.has(id)) continue;
    seen.add(id);
    found.push(source.slice(from[start], to[end - 1]));
  }
  return found;
}
