/**
 * Assembles parsed lesson folders into one catalogue: lessons across languages and folders, with
 * the cross-file checks (duplicate ids, missing language, parity). Pure, and free of the YAML
 * parser, so a catalogue read from the build's index loads without it.
 */
import { byCodeUnit } from '../strings.js';
import type { Lesson, LessonDoc, LessonIssue, Track } from './types.js';
import { parityIssues } from './parity.js';
import { lessonIssue } from './issue.js';

export interface SourceFile {
  path: string;
  text: string;
}
export interface TrackSource {
  /** The folder's name: the track id. */
  name: string;
  trackYaml?: SourceFile;
  files: SourceFile[];
}
export interface FolderSource {
  dir: string;
  /** Bundled lessons must exist in both languages. */
  bundled: boolean;
  tracks: TrackSource[];
}

/** A parsed lesson file with its place in the folder. */
export interface PlacedDoc {
  doc: LessonDoc;
  track: string;
  order: number;
}
/** A lesson file that could not be parsed, kept so `start` can name its file and line. */
export interface BrokenFile {
  file: string;
  /** The id read loosely from the front matter, when there is one. */
  id?: string;
  issues: LessonIssue[];
}
/** One folder, parsed: what the build stores in the index for the bundled lessons. */
export interface ParsedFolder {
  dir: string;
  bundled: boolean;
  /** Set when the folder's own cross-language checks already ran (the build's index): not repeated at start-up. */
  checked?: boolean;
  tracks: Track[];
  docs: PlacedDoc[];
  broken: BrokenFile[];
  issues: LessonIssue[];
}

export interface Catalog {
  tracks: Track[];
  lessons: Lesson[];
  broken: BrokenFile[];
  /** Every problem found, including those of broken files. */
  issues: LessonIssue[];
}

/** Merges parsed folders (bundled first) into one catalogue, with cross-file checks. */
export function assemble(folders: ParsedFolder[]): Catalog {
  const issues: LessonIssue[] = folders.flatMap((f) => f.issues);
  const tracks = new Map<string, Track>();
  for (const folder of folders) {
    for (const track of folder.tracks) {
      const seen = tracks.get(track.id);
      if (seen) issues.push(lessonIssue(track.file, 1, 'track-defined-twice', { id: track.id, other: seen.file }));
      else tracks.set(track.id, track);
    }
  }
  const lessons = new Map<string, Lesson & { bundled: boolean; checked: boolean }>();
  for (const folder of folders) {
    for (const placed of folder.docs) {
      const { doc } = placed;
      if (!tracks.has(placed.track)) {
        issues.push(lessonIssue(doc.file, 0, 'no-track-yaml', { track: placed.track }));
        continue;
      }
      const lesson = lessons.get(doc.id);
      if (!lesson) {
        lessons.set(doc.id, {
          id: doc.id,
          track: placed.track,
          order: placed.order,
          docs: { [doc.lang]: doc },
          bundled: folder.bundled,
          checked: folder.checked === true,
        });
        continue;
      }
      const other = lesson.docs[doc.lang] ?? Object.values(lesson.docs)[0];
      const sameLesson =
        !lesson.docs[doc.lang] &&
        lesson.track === placed.track &&
        lesson.order === placed.order &&
        sameSlug(other?.file, doc.file);
      if (sameLesson) lesson.docs[doc.lang] = doc;
      else issues.push(lessonIssue(doc.file, 2, 'duplicate-id', { id: doc.id, other: other?.file ?? '?' }));
    }
  }
  for (const lesson of lessons.values()) {
    if (lesson.checked) continue;
    const { en, fr } = lesson.docs;
    if (en && fr) issues.push(...parityIssues(en, fr));
    else {
      const only = (en ?? fr)!;
      issues.push(
        lessonIssue(only.file, 0, 'missing-language', { lang: en ? 'fr' : 'en' }, lesson.bundled ? 'error' : 'warning'),
      );
    }
  }
  const sortedTracks = [...tracks.values()].sort((a, b) => a.order - b.order || byCodeUnit(a.id, b.id));
  const trackRank = new Map(sortedTracks.map((t, i) => [t.id, i]));
  const sortedLessons = [...lessons.values()]
    .map(({ bundled: _bundled, checked: _checked, ...lesson }) => lesson)
    .sort(
      (a, b) =>
        (trackRank.get(a.track) ?? 0) - (trackRank.get(b.track) ?? 0) || a.order - b.order || byCodeUnit(a.id, b.id),
    );
  return { tracks: sortedTracks, lessons: sortedLessons, broken: folders.flatMap((f) => f.broken), issues };
}

function sameSlug(a: string | undefined, b: string): boolean {
  // Same folder and same file name but for the language: plain string work, run for every lesson at start-up.
  if (a === undefined || a.length !== b.length) return false;
  const cut = (p: string) => p.slice(0, p.length - '.en.md'.length);
  return cut(a) === cut(b);
}
