/** Reading the programme and key files a sponsor passes to `invite` and `report`. */
import { CoachError } from '../../core/errors.js';
import { programSchema, type Program } from '../../core/sponsor/formats.js';
import { readText } from '../../io/files.js';
import { readJson } from '../../io/sponsor-files.js';

export function readProgram(file: string): Program {
  return readJson(file, programSchema, 'exec-coach programme file');
}

export function readKey(file: string): string {
  const key = readText(file, 4096).trim();
  if (!/^[A-Za-z0-9_-]{43}$/.test(key)) throw new CoachError('key-invalid', { file });
  return key;
}

/** Track ids and lesson ids to lesson ids, in catalogue order; unknown ones fail with suggestions. */
export function expandRequired(ids: readonly string[], catalog: { tracks: { id: string }[]; lessons: { id: string; track: string }[] }, closest: (id: string, all: string[]) => string[]): string[] {
  const all = [...catalog.tracks.map((t) => t.id), ...catalog.lessons.map((l) => l.id)];
  const unknown = ids.filter((id) => !all.includes(id));
  if (unknown.length > 0) {
    const suggestions = [...new Set(unknown.flatMap((id) => closest(id, all).slice(0, 2)))].join(', ');
    throw new CoachError('lesson-ids-unknown', { ids: unknown.join(', '), suggestions }, 2);
  }
  const wanted = new Set(ids);
  return catalog.lessons.filter((l) => wanted.has(l.id) || wanted.has(l.track)).map((l) => l.id);
}
