/**
 * A fast, accept-only check of a completion record file, for reports over tens of thousands of
 * them. It applies the rules of `exportSchema` (formats.ts) by hand and answers true only when the
 * value certainly passes them; anything else goes to the schema, which says what is wrong. So it
 * can make a report faster, never more lenient: a property test checks that whatever it accepts,
 * the schema accepts too.
 */
import { memberNamesIn } from '../strict-json.js';
import { canonicalKey32, EXPORT_FORMAT, fourDigits, LIMITS, PATTERNS, timeBefore, twoDigits } from './format-rules.js';
import type { ExportFile } from './formats.js';

type Obj = Record<string, unknown>;

/**
 * The report's common case in one pass: a record file the acceptor takes, and in which no member
 * name is given twice. JSON.parse keeps the last of two members with the same name; the acceptor
 * knows how many members an accepted value has (its shape is fixed), so the text names exactly
 * that many when no name is repeated, and more when one is (eachNameOnce tells which). Anything else (a syntax error, a name given twice, a record the acceptor does not
 * take): undefined, for the strict parser and the schema, which say what is wrong.
 */
export function acceptsExportText(text: string): ExportFile | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!acceptsExport(raw)) return undefined;
  return eachNameOnce(text, raw) ? raw : undefined;
}

/**
 * Whether the text of an accepted export names each member once. Without a backslash in the text,
 * no string is escaped: its colons are those of its value. Every colon outside strings follows a
 * name. So the text's colons are its names plus the colons of its strings, and those include the
 * colons of the parsed value's strings (a member given twice adds its name and its other value's
 * colons). The only accepted strings with colons are times (two each). As many colons as the
 * value's members and times' colons therefore means no name given twice: one native search per
 * colon instead of a scan of every string. With a backslash, the strings are scanned.
 */
function eachNameOnce(text: string, file: ExportFile): boolean {
  if (text.includes('\\')) return memberNamesIn(text) === membersOf(file);
  let times = 1; // generatedAt
  for (const l of file.record.lessons) times += l.completedAt === null ? 1 : 2;
  let colons = 0;
  for (let i = text.indexOf(':'); i >= 0; i = text.indexOf(':', i + 1)) colons++;
  return colons === membersOf(file) + 2 * times;
}

/**
 * The members of an accepted export, at every level: format, record and perhaps signature (alg,
 * kid, value); the record's five (learner and programme with an id each, tool with two); each
 * lesson's nine, its quiz's two.
 */
function membersOf(file: ExportFile): number {
  return 11 + (file.signature ? 4 : 0) + 11 * file.record.lessons.length;
}

export function acceptsExport(raw: unknown): raw is ExportFile {
  // format and record, and perhaps a signature: two or three members, each of them there.
  if (!isPlain(raw) || raw.format !== EXPORT_FORMAT || raw.record === undefined) return false;
  const members = keyCount(raw);
  if (members === 3 ? !acceptsSignature(raw.signature) : members !== 2) return false;
  const r = raw.record;
  if (!acceptsRecordHead(r)) return false;
  const lessons = r.lessons;
  if (!Array.isArray(lessons) || lessons.length > LIMITS.lessons) return false;
  // Plain loops, not every(): no closure per record.
  for (let i = 0; i < lessons.length; i++) if (!acceptsLesson(lessons[i])) return false;
  return eachOnce(lessons as { id: string }[]);
}

function acceptsSignature(s: unknown): boolean {
  return (
    hasKeys(s, 3) &&
    s.alg === 'HS256' &&
    isId(s.kid) &&
    typeof s.value === 'string' &&
    PATTERNS.key32.test(s.value) &&
    canonicalKey32(s.value)
  );
}

/** The record's keys, learner, programme, time and tool; its lessons are checked one by one. */
function acceptsRecordHead(r: unknown): r is Obj {
  if (!hasKeys(r, 5) || r.lessons === undefined || !isTime(r.generatedAt)) return false;
  if (!hasKeys(r.learner, 1) || !isId(r.learner.id)) return false;
  if (!hasKeys(r.program, 1) || !isId(r.program.id)) return false;
  const tool = r.tool;
  return (
    hasKeys(tool, 2) &&
    tool.name === 'exec-coach' &&
    typeof tool.version === 'string' &&
    PATTERNS.version.test(tool.version)
  );
}

/**
 * One lesson of the record. Its nine members are counted, then each is read by name: nine
 * members of which these nine are there is exactly these nine (JSON gives no member the value
 * undefined, so a name that reads as defined is one of the object's own).
 */
function acceptsLesson(l: unknown): boolean {
  if (!hasKeys(l, 9)) return false;
  const { id, status, startedAt, completedAt, mode, stepsDone, stepsTotal, minutesSpent } = l;
  if (typeof id !== 'string' || id.length > LIMITS.lessonIdLength || !PATTERNS.lessonId.test(id)) return false;
  if (status !== 'in-progress' && status !== 'completed') return false;
  if (mode !== 'live' && mode !== 'draft') return false;
  if (!isTime(startedAt)) return false;
  if (completedAt !== null && !isTime(completedAt)) return false;
  if ((status === 'completed') !== (completedAt !== null)) return false;
  // As instants: "…00Z" sorts after "…00.500Z" as text, though it is half a second earlier.
  if (completedAt !== null && timeBefore(completedAt, startedAt)) return false;
  if (!isCount(stepsDone, LIMITS.steps) || !isCount(stepsTotal, LIMITS.steps) || stepsDone > stepsTotal) return false;
  if (!isCount(minutesSpent, LIMITS.minutes)) return false;
  return acceptsQuiz(l.quiz);
}

function acceptsQuiz(q: unknown): boolean {
  return hasKeys(q, 2) && isCount(q.correct, LIMITS.quiz) && isCount(q.total, LIMITS.quiz) && q.correct <= q.total;
}

/** No lesson id twice (a few lessons are compared pairwise; a set only for many). */
function eachOnce(lessons: readonly { id: string }[]): boolean {
  if (lessons.length > 16) return new Set(lessons.map((l) => l.id)).size === lessons.length;
  for (let i = 1; i < lessons.length; i++)
    for (let j = 0; j < i; j++) if (lessons[i]!.id === lessons[j]!.id) return false;
  return true;
}

/** An object as JSON.parse makes them (an array's prototype is Array.prototype). */
function isPlain(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;
}
/** Its members (own, since its prototype is Object.prototype), counted without making a list of them. */
function keyCount(v: object): number {
  let n = 0;
  for (const _ in v) n++;
  return n;
}
/**
 * A plain object of `count` members; the callers then read each expected member by name and
 * check its value (never undefined in JSON), so `count` of them there means exactly those.
 */
function hasKeys(v: unknown, count: number): v is Obj {
  return isPlain(v) && keyCount(v) === count;
}
function isId(v: unknown): v is string {
  return typeof v === 'string' && PATTERNS.id.test(v);
}
/**
 * As the schema's isoTime: the ISO shape, a real date and time of day, from 2020 to 2099 (formats.ts
 * isoTimeProblem). The shape and the ranges of every part are one pattern (native code, as fast
 * before the JIT has compiled this as after); only days 29 to 31 need their month and year.
 */
function isTime(v: unknown): v is string {
  if (typeof v !== 'string' || !TIME_IN_RANGE.test(v)) return false;
  const year = fourDigits(v, 0);
  if (year < LIMITS.firstYear || year > LIMITS.lastYear) return false;
  const day = twoDigits(v, 8);
  if (day < 29) return true;
  const month = twoDigits(v, 5);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31);
}
/** PATTERNS.isoTime with months 01–12, days 01–31, hours 00–23, minutes and seconds 00–59. */
const TIME_IN_RANGE =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{1,3})?Z$/;
function isCount(v: unknown, max: number): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= max;
}
