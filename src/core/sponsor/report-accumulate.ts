/**
 * The report's running state while records are read: per learner only the best record's summary,
 * the identity of every record (to catch copies), and the rejected files with their reasons.
 *
 * Order-independent: every file has its index in the report's file order, and every choice is made
 * on it (the best record: valid over unsigned, then newest, then first in file order; a copy: the
 * first in file order is the original). So two threads can each take a share of the files and
 * merge their states, giving exactly what one thread gives. Pure.
 */
import { isoTimeMs } from './format-rules.js';
import type { RecordSummary } from './report-summary.js';
import type { Rejected } from './report-types.js';
import type { RejectCode } from './verify.js';

/** What the report keeps of one file: its record's summary, or why it was refused. */
export type FileEntry =
  | { ok: true; summary: RecordSummary }
  | { ok: false; code: RejectCode; detail: string; learnerId?: string };

export interface Candidate {
  summary: RecordSummary;
  index: number;
  rank: number;
}

/** The state as plain arrays, to send across threads. */
export interface AccumulatorState {
  best: Candidate[];
  identities: [string, number][];
  copies: [number, string][];
  rejected: [number, string][];
  flagged: [string, 'invalid-signature' | 'other-program', number][];
}

export interface Accumulated {
  best: Map<string, Candidate>;
  /** Per learner, why a record of theirs was refused (their first such file), for the rows. */
  flagged: Map<string, 'invalid-signature' | 'other-program'>;
  rejected: Rejected[];
  /** The path of the file at this index. */
  pathOf: (index: number) => string;
}

/** Valid records beat unsigned ones; among equals, the newest wins. */
function rank(s: RecordSummary): number {
  return (s.verification === 'valid' ? 1e15 : 0) + isoTimeMs(s.generatedAt);
}

export class ReportAccumulator {
  private readonly best = new Map<string, Candidate>();
  private readonly identities = new Map<string, number>();
  private readonly copies: [number, string][] = [];
  private readonly rejected: [number, string][] = [];
  private readonly flagged = new Map<string, { code: 'invalid-signature' | 'other-program'; index: number }>();
  /** Lesson ids are the same few strings in every record: one copy of each is kept. */
  private readonly lessonIds = new Map<string, string>();

  add(index: number, entry: FileEntry): void {
    if (!entry.ok) {
      this.reject(index, `${entry.code}: ${entry.detail}`);
      if (entry.learnerId && (entry.code === 'invalid-signature' || entry.code === 'other-program'))
        this.flag(entry.learnerId, entry.code, index);
      return;
    }
    this.identity(entry.summary.identity, index);
    this.candidate({ summary: entry.summary, index, rank: rank(entry.summary) });
  }

  /** Takes in the state of another share of the files (another thread's). */
  merge(state: AccumulatorState): void {
    for (const [identity, index] of state.identities) this.identity(identity, index);
    for (const [index, identity] of state.copies) this.identity(identity, index);
    for (const [index, reason] of state.rejected) this.reject(index, reason);
    for (const [learnerId, code, index] of state.flagged) this.flag(learnerId, code, index);
    for (const c of state.best) this.candidate(c);
  }

  state(): AccumulatorState {
    return {
      best: [...this.best.values()],
      identities: [...this.identities],
      copies: [...this.copies],
      rejected: [...this.rejected],
      flagged: [...this.flagged].map(([id, f]) => [id, f.code, f.index]),
    };
  }

  /** The result, with each file's path found from its index. */
  finish(pathOf: (index: number) => string): Accumulated {
    const rejected: [number, string][] = [...this.rejected];
    for (const [index, identity] of this.copies)
      rejected.push([index, `duplicate: the same record as ${pathOf(this.identities.get(identity)!)}`]);
    rejected.sort((a, b) => a[0] - b[0]);
    // A copy never wins (its original ranks the same and comes first), so the best are originals.
    return {
      best: this.best,
      flagged: new Map([...this.flagged].map(([id, f]) => [id, f.code])),
      rejected: rejected.map(([index, reason]) => ({ path: pathOf(index), reason })),
      pathOf,
    };
  }

  private reject(index: number, reason: string): void {
    this.rejected.push([index, reason]);
  }

  private flag(learnerId: string, code: 'invalid-signature' | 'other-program', index: number): void {
    const current = this.flagged.get(learnerId);
    if (!current || index < current.index) this.flagged.set(learnerId, { code, index });
  }

  private identity(identity: string, index: number): void {
    const original = this.identities.get(identity);
    if (original === undefined) this.identities.set(identity, index);
    else if (index < original) {
      this.identities.set(identity, index);
      this.copies.push([original, identity]);
    } else this.copies.push([index, identity]);
  }

  private candidate(c: Candidate): void {
    const id = c.summary.learnerId;
    const current = this.best.get(id);
    if (current && (c.rank < current.rank || (c.rank === current.rank && c.index > current.index))) return;
    // From the other thread, each summary comes with its own copy of this word: one is kept.
    c.summary.verification = c.summary.verification === 'valid' ? 'valid' : 'unsigned';
    const ids = c.summary.lessonIds;
    for (let i = 0; i < ids.length; i++) {
      const known = this.lessonIds.get(ids[i]!);
      if (known !== undefined) ids[i] = known;
      else if (this.lessonIds.size < 10_000) this.lessonIds.set(ids[i]!, ids[i]!);
    }
    this.best.set(id, c);
  }
}
