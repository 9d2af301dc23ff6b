/** Build step: parses the bundled lessons once and stores them in dist/lessons-index.json. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  detailsPath,
  INDEX_FORMAT,
  indexPath,
  parseDir,
  relocate,
  splitDetails,
  type LessonIndex,
} from '../io/catalog.js';
import { listLessonFiles, type FileStamp } from '../io/lesson-files.js';
import { bundledLessonsDir, packageRoot } from '../io/paths.js';

/**
 * JSON with every character beyond ASCII escaped (\u00e9): read back, the file is then a one-byte
 * string, where a single "é" made all of it two-byte (twice the memory to allocate, and a slower
 * parse, at every start that reads the index).
 */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u0080-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

// A function, not top-level await: the built file is CommonJS (src/build/bundle.mjs).
async function buildIndex(): Promise<void> {
  const root = packageRoot();
  const rel = (p: string) => path.relative(root, p);
  const dir = bundledLessonsDir();
  // Listed before the files are read: one written meanwhile is then newer than its stamp, and is
  // read again at run time in a working copy (src/io/catalog.ts).
  const listing = listLessonFiles(dir);
  const folder = await parseDir(dir, true);
  const relStamp = (s: FileStamp): FileStamp => ({ ...s, path: rel(s.path) });
  const { meta, details } = splitDetails(relocate(folder, rel));
  const index: LessonIndex = {
    format: INDEX_FORMAT,
    stamps: listing.stamps.map(relStamp),
    folders: listing.folders.map(relStamp),
    folder: meta,
  };
  writeFileSync(detailsPath(), asciiJson(details));
  writeFileSync(indexPath(), asciiJson(index));
  const errors = folder.issues.filter((i) => i.severity === 'error').length;
  process.stdout.write(
    `lesson index: ${folder.docs.length} lesson files${errors ? `, ${errors} problems (run: node bin/coach.js lint)` : ''}\n`,
  );
}

void buildIndex();
