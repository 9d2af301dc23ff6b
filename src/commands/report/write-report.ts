/**
 * The output of `coach report`: the report rendered in its format (the format is settled first,
 * from --format or --out's extension), then written to the file --out names or to stdout.
 */
import path from 'node:path';
import { out, say, type Context } from '../../context.js';
import { CoachError, EXIT } from '../../core/errors.js';
import type { ReportData } from '../../core/sponsor/report-types.js';
import { writeFileAtomic } from '../../io/atomic-write.js';
import { collectGarbage } from '../../io/memory.js';

export type ReportFormat = 'table' | 'csv' | 'json' | 'md' | 'html' | 'xlsx';

/** How the report is rendered and where it goes. */
export interface ReportOutput {
  format: ReportFormat;
  /** The file to write; none (or `-`) for stdout. */
  out?: string | undefined;
  by?: 'learner' | 'lesson' | undefined;
  delimiter?: ',' | ';' | undefined;
  /** JSON pieces written between two garbage collections (0: none). */
  checkpointEvery: number;
}

const BY_EXTENSION: Record<string, ReportFormat> = {
  '.csv': 'csv',
  '.json': 'json',
  '.md': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.txt': 'table',
  '.xlsx': 'xlsx',
};

/** The format that --out's extension names (without --format). */
export function formatOf(file: string): ReportFormat {
  const format = BY_EXTENSION[path.extname(file).toLowerCase()];
  if (!format) throw new CoachError('format-unknown', { file }, EXIT.usage);
  return format;
}

/** Renders the report and writes it to --out's file or to stdout, with the line that says what was done. */
export async function writeReport(ctx: Context, data: ReportData, opts: ReportOutput): Promise<void> {
  const output = await renderOutput(ctx, data, opts);
  if (opts.out !== undefined && opts.out !== '-') {
    const target = path.resolve(ctx.cwd, opts.out);
    // --out names the file to write, as a shell redirection would: a readable file there is
    // replaced (atomically); one that cannot be read, or a folder, is left alone.
    const bytes =
      output instanceof Uint8Array ? Buffer.from(output.buffer, output.byteOffset, output.byteLength) : output;
    writeFileAtomic(target, bytes, { mode: 0o644, replaceReadable: true, flag: '--out <another file>' });
    out(ctx, target);
    say(
      ctx,
      ctx.t.sponsor.reportWritten(
        data.summary.learners,
        data.rejected.length,
        path.relative(ctx.cwd, target) || target,
      ),
    );
  } else {
    if (typeof output === 'string') ctx.stdout.write(output.endsWith('\n') ? output : `${output}\n`);
    else for (const piece of output as Iterable<string>) ctx.stdout.write(piece);
    if (data.rejected.length > 0) say(ctx, ctx.style.err.yellow(ctx.t.sponsor.rejectedCount(data.rejected.length)));
  }
}

async function renderOutput(
  ctx: Context,
  data: ReportData,
  opts: ReportOutput,
): Promise<string | Uint8Array | Iterable<string>> {
  const { format } = opts;
  // JSON is written piece by piece as it is rendered: a report on 100,000 learners is never one
  // string. It needs none of the other renderers (nor the terminal text measures they load).
  if (format === 'json')
    return withCheckpoints((await import('../../render/report/json.js')).renderJsonChunks(data), opts.checkpointEvery);
  const rendering = await import('../../render/report/index.js');
  return format === 'xlsx'
    ? await rendering.renderWorkbook(data, ctx.lang)
    : rendering.renderReport(data, {
        format,
        by: opts.by ?? 'learner',
        lang: ctx.lang,
        width: ctx.width,
        // --delimiter changes only the delimiter; without it, the report's language decides.
        ...(opts.delimiter && { delimiter: opts.delimiter }),
        ...(format === 'table' && !opts.out && { style: ctx.style.out }),
      });
}

/** The pieces, with a garbage collection every n of them (n > 0): the text written is garbage at once. */
function* withCheckpoints(pieces: Iterable<string>, n: number): Generator<string> {
  let i = 0;
  for (const piece of pieces) {
    yield piece;
    if (n > 0 && ++i % n === 0) collectGarbage();
  }
}
