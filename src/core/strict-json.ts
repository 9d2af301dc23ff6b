/**
 * A strict JSON parser for the files exchanged with the sponsor (record, enrolment, programme,
 * backup). JSON.parse keeps the last of two members with the same name, and other readers keep the
 * first, so one file could say two things; RFC 8785 and I-JSON (RFC 7493) forbid duplicate names.
 * This parser refuses them, at any depth, with the member's path, and reports any syntax error by
 * line and column (never by quoting the text, which may be a secret). Values are what JSON.parse
 * gives (numbers and strings are decoded by JSON.parse itself). Pure.
 */
import { type JsonProblem, lineColumn } from './json-problem.js';

export type StrictParse = { ok: true; value: unknown } | { ok: false; problem: JsonProblem };

/** Deeper than any file of ours; past it the text is not ours, and recursion stays bounded. */
const MAX_DEPTH = 64;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const STRING = /"(?:[^"\\\u0000-\u001F]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const SPACE = /[ \t\n\r]*/y;

class Fail extends Error {
  constructor(
    readonly at: number,
    readonly kind: 'syntax' | 'duplicate' | 'too-deep',
    readonly path = '',
  ) {
    super(kind);
  }
}

export function parseStrictJson(input: string): StrictParse {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const fast = parseFast(text);
  if (fast !== undefined) return { ok: true, value: fast.value };
  const parser = new Parser(text);
  try {
    const result = parser.value('', 0);
    parser.skip();
    if (parser.pos !== text.length) throw new Fail(parser.pos, 'syntax');
    return { ok: true, value: result };
  } catch (error) {
    if (!(error instanceof Fail)) throw error;
    const { line, column } = lineColumn(text, error.at);
    if (error.kind === 'duplicate')
      return { ok: false, problem: { kind: 'duplicate', path: error.path, line, column } };
    return { ok: false, problem: { kind: error.kind, line, column } };
  }
}

/** A recursive-descent reader over one text; `pos` is where it stands. */
class Parser {
  pos = 0;
  constructor(private readonly text: string) {}

  skip(): void {
    SPACE.lastIndex = this.pos;
    SPACE.exec(this.text);
    this.pos = SPACE.lastIndex;
  }

  private token(re: RegExp): string {
    re.lastIndex = this.pos;
    const m = re.exec(this.text);
    if (!m) throw new Fail(this.pos, 'syntax');
    this.pos = re.lastIndex;
    return m[0];
  }

  private literal(word: string, value: unknown): unknown {
    if (!this.text.startsWith(word, this.pos)) throw new Fail(this.pos, 'syntax');
    this.pos += word.length;
    return value;
  }

  value(path: string, depth: number): unknown {
    if (depth > MAX_DEPTH) throw new Fail(this.pos, 'too-deep');
    this.skip();
    const c = this.text[this.pos];
    if (c === '{') return this.object(path, depth);
    if (c === '[') return this.array(path, depth);
    if (c === '"') return JSON.parse(this.token(STRING)) as string;
    if (c === 't') return this.literal('true', true);
    if (c === 'f') return this.literal('false', false);
    if (c === 'n') return this.literal('null', null);
    return Number(this.token(NUMBER));
  }

  /** After a member or an element: true at the closing bracket (consumed), false after a comma. */
  private endOf(close: '}' | ']'): boolean {
    this.skip();
    const c = this.text[this.pos];
    if (c !== ',' && c !== close) throw new Fail(this.pos, 'syntax');
    this.pos++;
    return c === close;
  }

  /** True (and consumed) when the container opened at `pos` is empty. */
  private opensEmpty(close: '}' | ']'): boolean {
    this.pos++;
    this.skip();
    if (this.text[this.pos] !== close) return false;
    this.pos++;
    return true;
  }

  private object(path: string, depth: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    if (this.opensEmpty('}')) return out;
    const seen = new Set<string>();
    do {
      this.skip();
      const at = this.pos;
      const key = JSON.parse(this.token(STRING)) as string;
      const here = (path === '' ? key : `${path}.${key}`).slice(0, 200);
      if (seen.has(key)) throw new Fail(at, 'duplicate', here);
      seen.add(key);
      this.skip();
      if (this.text[this.pos] !== ':') throw new Fail(this.pos, 'syntax');
      this.pos++;
      // As JSON.parse: "__proto__" is an own member, never the object's prototype.
      Object.defineProperty(out, key, {
        value: this.value(here, depth + 1),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    } while (!this.endOf('}'));
    return out;
  }

  private array(path: string, depth: number): unknown[] {
    const out: unknown[] = [];
    if (this.opensEmpty(']')) return out;
    do out.push(this.value(`${path}[${out.length}]`, depth + 1));
    while (!this.endOf(']'));
    return out;
  }
}

/**
 * The common case, fast: JSON.parse (native) then a check that no name was given twice. Every
 * member name of the text is a string followed by a colon; a repeated name makes the parsed value
 * hold fewer members than the text names. Any doubt (a syntax error, a repeat, too deep) goes to
 * the parser above, which finds the problem and says where.
 */
function parseFast(text: string): { value: unknown } | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const members = countMembers(value, 0);
  if (members < 0) return undefined;
  return memberNamesIn(text) === members ? { value } : undefined;
}

/**
 * How many member names a text that JSON.parse accepted holds, duplicates included. In valid JSON
 * a quote starts or ends a string: scanning string by string finds every string, and a name is a
 * string followed by a colon. No match objects are made (this runs once per record file of a report).
 */
export function memberNamesIn(text: string): number {
  let named = 0;
  ANY_STRING.lastIndex = 0;
  while (ANY_STRING.test(text)) {
    let i = ANY_STRING.lastIndex;
    let c = text.charCodeAt(i);
    while (c === 32 || c === 9 || c === 10 || c === 13) c = text.charCodeAt(++i);
    if (c === 58) named++; // ":"
  }
  return named;
}
// Unrolled ("normal* (special normal*)*"): the same strings as "(?:[^"\\]|\\.)*", in half the time.
const ANY_STRING = /"[^"\\]*(?:\\.[^"\\]*)*"/g;

/** The members of every object in the value; -1 deeper than MAX_DEPTH. */
function countMembers(value: unknown, depth: number): number {
  if (depth > MAX_DEPTH) return -1;
  if (typeof value !== 'object' || value === null) return 0;
  let n = 0;
  if (Array.isArray(value)) {
    for (const v of value) {
      const k = countMembers(v, depth + 1);
      if (k < 0) return -1;
      n += k;
    }
    return n;
  }
  for (const key in value) {
    n++;
    const k = countMembers((value as Record<string, unknown>)[key], depth + 1);
    if (k < 0) return -1;
    n += k;
  }
  return n;
}
