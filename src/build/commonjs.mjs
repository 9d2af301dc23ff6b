// The build's second pass: esbuild's split ES-module output (dist/.esm) rewritten as CommonJS
// chunks (dist/*.cjs) by Rolldown, which also merges chunks.
//
// Why CommonJS: Node 20's ES-module loader resolves, reads and links each module asynchronously,
// and that cost about 13 ms of `coach list` (40% of a bare Node start) over loading the same code
// with require(), which is synchronous (`npm run bench`). esbuild splits code only in ES-module
// output, hence two passes. Why merge: esbuild makes one chunk per set of entry points that share
// code, so `coach list` loaded 22 files, most under 2 KB, at about 0.3 ms each; Rolldown puts what
// the start-up commands load (the static imports of main and of their own modules) in one chunk.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { rolldown } from 'rolldown';

/** The chunks `file` imports statically (esbuild writes `from"./x.js"` and `import"./x.js"`). */
function staticImports(dir, file) {
  const text = readFileSync(path.join(dir, file), 'utf8');
  return [...text.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)].map((m) => m[1]);
}

/** `roots` and every chunk they import statically, directly or not. */
function closure(dir, roots) {
  const seen = new Set();
  const todo = [...roots];
  while (todo.length > 0) {
    const file = todo.pop();
    if (seen.has(file) || !existsSync(path.join(dir, file))) continue;
    seen.add(file);
    todo.push(...staticImports(dir, file));
  }
  return seen;
}

/**
 * Writes the CommonJS build of `from` into `to`. `entries` are the pass's entry points (name to
 * file in `from`); `start` the files whose static closure forms the start-up chunk, beside main.
 * Source maps go back through esbuild's to src/.
 */
export async function toCommonJs({ from, to, entries, start, minify }) {
  const group = closure(from, start);
  group.delete('main.js');
  const bundle = await rolldown({
    input: Object.fromEntries(Object.entries(entries).map(([name, file]) => [name, path.join(from, file)])),
    external: [/^node:/],
    platform: 'node',
    logLevel: 'warn',
    plugins: [
      {
        name: 'esbuild-source-maps',
        load(id) {
          if (!id.startsWith(from)) return null;
          const map = `${id}.map`;
          return { code: readFileSync(id, 'utf8'), map: existsSync(map) ? readFileSync(map, 'utf8') : null };
        },
      },
    ],
  });
  await bundle.write({
    dir: to,
    format: 'cjs',
    entryFileNames: '[name].cjs',
    chunkFileNames: 'chunk-[hash].cjs',
    sourcemap: true,
    minify,
    // require() instead of import(): import() would send CommonJS back through the ES-module loader.
    dynamicImportInCjs: false,
    codeSplitting: { groups: [{ name: 'start', test: (id) => group.has(path.basename(id)) }] },
  });
  await bundle.close();
  return readdirSync(to).filter((f) => f.endsWith('.cjs')).length;
}
