/** Parses one lesson folder (given as text by src/io) into tracks, lesson files and problems. */
import type { Lang } from './types.js';
import type { FolderSource, ParsedFolder } from './assemble.js';
import { parseLesson } from './parse.js';
import { parseYaml, validateYaml } from './yaml-lines.js';
import { trackSchema } from './schema.js';
import { lessonIssue } from './issue.js';

export const LESSON_FILE = /^(\d{1,3})-([a-z0-9]+(?:-[a-z0-9]+)*)\.(en|fr)\.md$/;

export function parseFolder(source: FolderSource): ParsedFolder {
  const out: ParsedFolder = { dir: source.dir, bundled: source.bundled, tracks: [], docs: [], broken: [], issues: [] };
  for (const t of source.tracks) {
    // The folder name is the track id: anything else (escape sequences, "..%2f", capitals) is refused, not loaded.
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(t.name) || t.name.length > 80) {
      out.issues.push(lessonIssue(t.trackYaml?.path ?? t.files[0]?.path ?? t.name, 0, 'folder-name'));
      continue;
    }
    if (t.trackYaml) {
      const r = validateYaml(
        parseYaml(t.trackYaml.text, t.trackYaml.path, 1),
        trackSchema,
        t.trackYaml.path,
        1,
        'track.yaml',
      );
      out.issues.push(...r.issues);
      if (r.value) {
        if (r.value.id !== t.name) {
          out.issues.push(lessonIssue(t.trackYaml.path, 1, 'track-id-mismatch', { id: r.value.id, folder: t.name }));
        }
        const { platform, ...rest } = r.value;
        out.tracks.push({ ...rest, id: t.name, file: t.trackYaml.path, ...(platform !== undefined && { platform }) });
      }
    }
    for (const f of t.files) {
      const name = f.path.split(/[\\/]/).pop() ?? f.path;
      const m = LESSON_FILE.exec(name);
      if (!m) {
        out.issues.push(lessonIssue(f.path, 0, 'not-a-lesson-file', {}, 'warning'));
        continue;
      }
      const parsed = parseLesson(f.text, f.path, m[3] as Lang);
      out.issues.push(...parsed.issues);
      if (parsed.doc) out.docs.push({ doc: parsed.doc, track: t.name, order: Number(m[1]) });
      else out.broken.push({ file: f.path, issues: parsed.issues, ...idOf(f.text) });
    }
  }
  return out;
}

/** Reads `id:` loosely from a file whose front matter did not validate, so its errors can be found by id. */
function idOf(text: string): { id?: string } {
  const m = /^id:\s*["']?([a-z0-9-]+)["']?\s*$/m.exec(text.slice(0, 2000));
  return m?.[1] ? { id: m[1] } : {};
}
