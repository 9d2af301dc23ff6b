/**
 * Loads the catalogue: the bundled lessons (from the build's index when no file changed since the
 * build, so start-up never pays for the YAML parser) plus the extra folders, parsed live.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { assemble, type Catalog, type ParsedFolder } from '../core/lessons/assemble.js';
import { bundledLessonsDir, packageRoot } from './paths.js';
import { listLessonFiles, readLessonFolder, type FileStamp } from './lesson-files.js';

export const INDEX_FORMAT = 'exec-coach.lesson-index/1';
export interface LessonIndex {
  format: typeof INDEX_FORMAT;
  /** Paths relative to the package root, so the package can move after the build. */
  stamps: FileStamp[];
  folder: ParsedFolder;
}

export function indexPath(): string {
  return path.join(packageRoot(), 'dist', 'lessons-index.json');
}

export async function loadCatalog(extraDirs: readonly string[]): Promise<Catalog> {
  const folders = [await loadBundled()];
  for (const dir of extraDirs) folders.push(await parseDir(dir, false));
  return assemble(folders);
}

/** Parses a folder live (loads the YAML parser and schemas on first use). */
export async function parseDir(dir: string, bundled: boolean): Promise<ParsedFolder> {
  const { parseFolder } = await import('../core/lessons/parse-folder.js');
  return parseFolder(readLessonFolder(dir, bundled));
}

async function loadBundled(): Promise<ParsedFolder> {
  const dir = bundledLessonsDir();
  const index = readIndex();
  if (index) {
    const root = packageRoot();
    const current = listLessonFiles(dir).stamps.map((s) => ({ ...s, path: path.relative(root, s.path) }));
    if (sameStamps(current, index.stamps)) return relocate(index.folder, (p) => path.join(root, p));
  }
  return parseDir(dir, true);
}

function readIndex(): LessonIndex | undefined {
  try {
    const index = JSON.parse(readFileSync(indexPath(), 'utf8')) as LessonIndex;
    return index.format === INDEX_FORMAT ? index : undefined;
  } catch {
    return undefined; // no index (running from source) or an unreadable one: parse live instead
  }
}

function sameStamps(a: FileStamp[], b: FileStamp[]): boolean {
  return a.length === b.length && a.every((s, i) => s.path === b[i]?.path && s.size === b[i]?.size && s.mtimeMs === b[i]?.mtimeMs);
}

/** Rewrites every file path in a parsed folder (relative in the index, absolute at run time). */
export function relocate(folder: ParsedFolder, map: (p: string) => string): ParsedFolder {
  return {
    ...folder,
    dir: map(folder.dir),
    tracks: folder.tracks.map((t) => ({ ...t, file: map(t.file) })),
    docs: folder.docs.map((d) => ({ ...d, doc: { ...d.doc, file: map(d.doc.file) } })),
    broken: folder.broken.map((b) => ({ ...b, file: map(b.file), issues: b.issues.map((i) => ({ ...i, file: map(i.file) })) })),
    issues: folder.issues.map((i) => ({ ...i, file: map(i.file) })),
  };
}
