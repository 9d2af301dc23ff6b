/** Reads lesson folders from disk into FolderSource values for the pure catalogue builder. */
import { byCodeUnit } from '../core/strings.js';
import { readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { CoachError } from '../core/errors.js';
import type { FolderSource, TrackSource } from '../core/lessons/assemble.js';
import { MAX_LESSON_BYTES } from '../core/lessons/types.js';

/** Folders never read as tracks, and files never read as lessons. */
const SKIP = new Set(['node_modules', '.git']);

export interface FileStamp {
  path: string;
  size: number;
  mtimeMs: number;
}

/** What a lesson folder holds, without the contents of its files. */
export interface LessonListing {
  tracks: { name: string; trackYaml?: string; files: string[] }[];
  /** The track files and lesson files, in order. */
  stamps: FileStamp[];
  /**
   * The lesson folder itself and each track folder, each stamped before it was listed: a folder's
   * time changes whenever an entry is added to it, removed or renamed (src/io/catalog.ts).
   */
  folders: FileStamp[];
}

/**
 * Lists the track folders and lesson files of a lesson folder, without reading their contents.
 * A folder that is missing or cannot be read is a CoachError that names it (the lessons are
 * needed by the command that asked); commands that do not show lessons never get here.
 */
export function listLessonFiles(dir: string): LessonListing {
  try {
    return listUnchecked(dir);
  } catch (error) {
    throw folderError(dir, error);
  }
}

function listUnchecked(dir: string): LessonListing {
  const tracks: LessonListing['tracks'] = [];
  const stamps: FileStamp[] = [];
  const folders = [stampOf(dir)];
  for (const entry of sortedDir(dir)) {
    // Symlinks are not followed: a lesson folder is read as it is, never led elsewhere.
    if (!entry.isDirectory() || SKIP.has(entry.name) || entry.name.startsWith('.')) continue;
    const trackDir = path.join(dir, entry.name);
    const track: LessonListing['tracks'][number] = { name: entry.name, files: [] };
    folders.push(stampOf(trackDir));
    for (const file of sortedDir(trackDir)) {
      if (!file.isFile()) continue;
      // A name read from the folder: joined by hand (path.join costs start-up time at this count).
      const full = `${trackDir}${path.sep}${file.name}`;
      if (file.name === 'track.yaml') track.trackYaml = full;
      else if (file.name.endsWith('.md') && file.name.toLowerCase() !== 'readme.md') track.files.push(full);
      else continue;
      stamps.push(stampOf(full));
    }
    tracks.push(track);
  }
  return { tracks, stamps, folders };
}

function stampOf(file: string): FileStamp {
  const st = statSync(file);
  return { path: file, size: st.size, mtimeMs: st.mtimeMs };
}

/** Reads a lesson folder. A file too large to be a lesson is passed on empty-handed with a marker the parser refuses. */
export function readLessonFolder(dir: string, bundled: boolean): FolderSource {
  const listing = listLessonFiles(dir);
  try {
    const tracks: TrackSource[] = listing.tracks.map((t) => ({
      name: t.name,
      ...(t.trackYaml && { trackYaml: { path: t.trackYaml, text: readText(t.trackYaml) } }),
      files: t.files.map((f) => ({ path: f, text: readText(f) })),
    }));
    return { dir, bundled, tracks };
  } catch (error) {
    throw folderError(dir, error);
  }
}

/** The message for a lesson folder (or a file in it) that cannot be listed or read. */
function folderError(dir: string, error: unknown): CoachError {
  const e = error as NodeJS.ErrnoException;
  if (e.code === 'ENOENT' && (e.path === undefined || path.resolve(e.path) === path.resolve(dir)))
    return new CoachError('lessons-dir-missing', { dir });
  if (e.code === 'ENOTDIR' && (e.path === undefined || path.resolve(e.path) === path.resolve(dir)))
    return new CoachError('lessons-dir-missing', { dir });
  // A track folder or a file inside: name that one, it is what needs the fix.
  return new CoachError('lessons-dir-unreadable', { dir: e.path ?? dir, reason: e.code ?? e.message });
}

function readText(file: string): string {
  const size = statSync(file).size;
  // Oversized files are not read into memory; the parser's size rule reports them.
  if (size > MAX_LESSON_BYTES) return ' '.repeat(MAX_LESSON_BYTES + 1);
  return readFileSync(file, 'utf8');
}

function sortedDir(dir: string): Dirent[] {
  return readdirSync(dir, { withFileTypes: true }).sort((a, b) => byCodeUnit(a.name, b.name));
}
