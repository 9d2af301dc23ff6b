/** The programme's rules that do not touch files: which lessons `--require` names. */
import { CoachError, EXIT } from '../errors.js';
import { closestIds } from '../strings.js';

/** Track ids and lesson ids to lesson ids, in catalogue order; unknown ones fail with suggestions. */
export function expandRequired(ids: readonly string[], catalog: { tracks: { id: string }[]; lessons: { id: string; track: string }[] }): string[] {
  const all = [...catalog.tracks.map((t) => t.id), ...catalog.lessons.map((l) => l.id)];
  const unknown = ids.filter((id) => !all.includes(id));
  if (unknown.length > 0) {
    const suggestions = [...new Set(unknown.flatMap((id) => closestIds(id, all).slice(0, 2)))].join(', ');
    throw new CoachError('lesson-ids-unknown', { ids: unknown.join(', '), suggestions }, EXIT.usage);
  }
  const wanted = new Set(ids);
  return catalog.lessons.filter((l) => wanted.has(l.id) || wanted.has(l.track)).map((l) => l.id);
}
