/**
 * Loads the catalogue: the bundled lessons (from the build's index when no file changed since the
 * build, so start-up never pays for the YAML parser) plus the extra folders, parsed live.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { assemble, type Catalog, type ParsedFolder } from '../core/lessons/assemble.js';
import type { Lang, Step } from '../core/lessons/types.js';
import { bundledLessonsDir, packageRoot } from './paths.js';
import { listLessonFiles, readLessonFolder, type FileStamp } from './lesson-files.js';

// 3: lessons carry their practices (front matter `practice:`). 4: and the folders' stamps.
export const INDEX_FORMAT = 'exec-coach.lesson-index/4';
export interface LessonIndex {
  format: typeof INDEX_FORMAT;
  /** Paths relative to the package root, so the package can move after the build. */
  stamps: FileStamp[];
  /** The lesson folder and its track folders (LessonListing['folders']), relative paths too. */
  folders: FileStamp[];
  folder: ParsedFolder;
}

export function indexPath(): string {
  return path.join(packageRoot(), 'dist', 'lessons-index.json');
}

/**
 * Step texts and blocks live in a second file, read on first use: `list` and `status` need only
 * titles and counts, and parsing the texts at every start would cost more than the rest.
 */
export function detailsPath(): string {
  return path.join(packageRoot(), 'dist', 'lessons-details.json');
}
type Details = { body: string; block?: Step['block'] }[][];

/** Splits a parsed folder into the index (without step texts and blocks) and the details. */
export function splitDetails(folder: ParsedFolder): { meta: ParsedFolder; details: Details } {
  const details: Details = folder.docs.map((d) =>
    d.doc.steps.map((s) => ({ body: s.body, ...(s.block && { block: s.block }) })),
  );
  const meta: ParsedFolder = {
    ...folder,
    docs: folder.docs.map((d) => ({
      ...d,
      doc: { ...d.doc, steps: d.doc.steps.map(({ title, kind, line }) => ({ title, kind, line, body: '' })) },
    })),
  };
  return { meta, details };
}

/**
 * A step read from the index: its text and block come from the details file the first time
 * either is asked for. Getters on the class (not one defineProperty per step) keep start-up cheap.
 */
class IndexedStep implements Step {
  constructor(
    readonly title: string,
    readonly kind: Step['kind'],
    readonly line: number,
    private readonly at: [doc: number, step: number],
    private readonly details: () => Details,
  ) {}
  get body(): string {
    return this.details()[this.at[0]]?.[this.at[1]]?.body ?? '';
  }
  get block(): Step['block'] {
    return this.details()[this.at[0]]?.[this.at[1]]?.block;
  }
  toJSON(): Step {
    const block = this.block;
    return { title: this.title, kind: this.kind, line: this.line, body: this.body, ...(block && { block }) };
  }
}

/** Gives each step of an index-loaded folder its text and block back, read when first needed. */
function attachDetails(folder: ParsedFolder): ParsedFolder {
  let details: Details | undefined;
  const load = (): Details => (details ??= JSON.parse(readFileSync(detailsPath(), 'utf8')) as Details);
  folder.docs.forEach((d, i) => {
    d.doc.steps = d.doc.steps.map((s, j) => new IndexedStep(s.title, s.kind, s.line, [i, j], load));
  });
  return folder;
}

export async function loadCatalog(extraDirs: readonly string[], lang: Lang = 'en'): Promise<Catalog> {
  const folders = [await loadBundled(lang)];
  for (const dir of extraDirs) folders.push(await parseDir(dir, false, lang));
  return assemble(folders);
}

/**
 * Parses a folder live (loads the YAML parser and schemas on first use). The schema library's own
 * messages come in the user's language; ours are chosen when shown (src/i18n/lesson-issues.ts).
 */
export async function parseDir(dir: string, bundled: boolean, lang: Lang = 'en'): Promise<ParsedFolder> {
  const [{ parseFolder }, { z }] = await Promise.all([import('../core/lessons/parse-folder.js'), import('zod')]);
  z.config(lang === 'fr' ? z.locales.fr() : z.locales.en());
  return parseFolder(readLessonFolder(dir, bundled));
}

async function loadBundled(lang: Lang): Promise<ParsedFolder> {
  const dir = bundledLessonsDir();
  const index = readIndex();
  if (index) {
    const root = packageRoot();
    if (!isWorkingCopy(root) || unchangedSince(index, dir, root))
      return { ...attachDetails(relocate(index.folder, under(root))), checked: true };
  }
  return parseDir(dir, true, lang);
}

function readIndex(): LessonIndex | undefined {
  try {
    const index = JSON.parse(readFileSync(indexPath(), 'utf8')) as LessonIndex;
    return index.format === INDEX_FORMAT ? index : undefined;
  } catch {
    return undefined; // no index (running from source) or an unreadable one: parse live instead
  }
}

/**
 * Makes the index's paths absolute. They were written by path.relative (normalised, inside the
 * package), so plain concatenation gives what path.join would, without its cost (about a
 * millisecond of start-up for the catalogue's hundred paths).
 */
function under(root: string): (relative: string) => string {
  const prefix = root.endsWith(path.sep) ? root : `${root}${path.sep}`;
  return (relative) => `${prefix}${relative}`;
}

/**
 * Whether the package is a working copy (a git checkout), where lessons are edited between builds.
 * Only there is the index checked against the files: it costs a stat of every lesson file (a tenth
 * of a Node start here), and an installed package's lessons change only with a new build.
 */
function isWorkingCopy(root: string): boolean {
  return existsSync(path.join(root, '.git'));
}

/**
 * Whether the lessons on disk are those the index was built from. First by the stamps alone, one
 * stat per folder and per file and no listing: writing a file changes its time, and adding,
 * removing or renaming an entry changes its folder's time (POSIX), so where every stamp holds the
 * folders list the same files, unchanged. Where one does not (an editor's swap file came and
 * went, a checkout rewrote a file), the folder is listed again and compared file by file.
 */
function unchangedSince(index: LessonIndex, dir: string, root: string): boolean {
  const at = under(root);
  return (
    (stampsHold(index.folders, at) && stampsHold(index.stamps, at)) ||
    sameStamps(listLessonFiles(dir).stamps, index.stamps, root)
  );
}

function stampsHold(stamps: readonly FileStamp[], at: (relative: string) => string): boolean {
  return stamps.every((s) => {
    const st = statSync(at(s.path), { throwIfNoEntry: false });
    return st !== undefined && st.mtimeMs === s.mtimeMs && st.size === s.size;
  });
}

/** Whether the files on disk (absolute paths) are those the index was built from (paths relative to root). */
function sameStamps(disk: FileStamp[], index: FileStamp[], root: string): boolean {
  const prefix = root.length + 1;
  return (
    disk.length === index.length &&
    disk.every((s, i) => {
      const b = index[i];
      return b !== undefined && s.size === b.size && s.mtimeMs === b.mtimeMs && s.path.slice(prefix) === b.path;
    })
  );
}

/**
 * Rewrites every file path in a parsed folder (relative in the index, absolute at run time).
 * In place: the folder is freshly parsed or freshly read from JSON, and copying it costs start-up time.
 */
export function relocate(folder: ParsedFolder, map: (p: string) => string): ParsedFolder {
  // A broken file's issues are also in the folder's list: the same objects, to be mapped once.
  const done = new Set<object>();
  const once = (o: { file: string }) => {
    if (!done.has(o)) o.file = map(o.file);
    done.add(o);
  };
  folder.dir = map(folder.dir);
  folder.tracks.forEach(once);
  for (const d of folder.docs) once(d.doc);
  for (const b of folder.broken) {
    once(b);
    b.issues.forEach(once);
  }
  folder.issues.forEach(once);
  return folder;
}
