/** `coach list` when piped: one tab-separated line a lesson, stable columns for other tools (and nothing to load). */
import type { ListData } from '../core/progress/summary.js';

export function listLines(data: ListData): string {
  return data.items
    .map((i) => `${[i.id, i.track, i.status, i.minutes, i.required ? 'required' : '', i.title].join('\t')}\n`)
    .join('');
}
