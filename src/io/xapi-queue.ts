/**
 * The durable queue of xAPI statements waiting for the learning record store: one JSON statement
 * per line in `xapi/queue.jsonl`, appended and fsync'ed the moment the event happens, under a lock
 * shared with `coach sync` (which removes what the LRS accepted). A line cut short by a crash is
 * set aside in a named file, never dropped silently.
 */
import { appendFileSync, closeSync, fsyncSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Statement } from '../core/xapi/statements.js';
import { writeFileAtomic } from './atomic-write.js';
import { writeError } from './file-errors.js';
import { readRegularFile } from './files.js';
import { withLock } from './lock.js';

/** Far more than months of statements; past it the file is not a queue. */
const MAX_QUEUE_BYTES = 256 * 1024 * 1024;

export class StatementQueue {
  readonly dir: string;
  readonly file: string;
  constructor(home: string) {
    this.dir = path.join(home, 'xapi');
    this.file = path.join(this.dir, 'queue.jsonl');
  }

  /** Adds statements durably: when this returns, they survive a crash or a power cut. */
  async append(statements: readonly Statement[]): Promise<void> {
    if (statements.length === 0) return;
    await this.locked(() => {
      const size = statSync(this.file, { throwIfNoEntry: false })?.size ?? 0;
      // A crash in the middle of an earlier append may have left a line without its end.
      let prefix = '';
      if (size > 0) {
        const fd = openSync(this.file, 'r');
        const last = Buffer.alloc(1);
        try {
          readSync(fd, last, 0, 1, size - 1);
        } finally {
          closeSync(fd);
        }
        if (last[0] !== 0x0a) prefix = '\n';
      }
      try {
        const fd = openSync(this.file, 'a', 0o600);
        try {
          appendFileSync(fd, `${prefix}${statements.map((s) => JSON.stringify(s)).join('\n')}\n`);
          fsyncSync(fd);
        } finally {
          closeSync(fd);
        }
      } catch (error) {
        throw writeError(this.file, error);
      }
    });
  }

  /** Statements waiting, in order; lines that are not statements are moved aside (named) first. */
  async read(): Promise<Statement[]> {
    return this.locked(() => this.readUnlocked());
  }

  /** How many statements wait (cheap: counts lines, for `coach status`). */
  count(): number {
    try {
      return readRegularFile(this.file, MAX_QUEUE_BYTES, { followLinks: true })
        .split('\n')
        .filter((l) => l.trim() !== '').length;
    } catch {
      return 0;
    }
  }

  /** Removes the statements the LRS has stored; statements appended meanwhile stay. */
  async remove(ids: ReadonlySet<string>): Promise<void> {
    if (ids.size === 0) return;
    await this.locked(() => this.rewrite(this.readUnlocked().filter((s) => !ids.has(s.id))));
  }

  /** Replaces the queue atomically. */
  private rewrite(statements: readonly Statement[]): void {
    writeFileAtomic(this.file, statements.map((s) => JSON.stringify(s)).join('\n') + (statements.length ? '\n' : ''), {
      mode: 0o600,
      replace: () => true,
    });
  }

  private readUnlocked(): Statement[] {
    let text: string;
    try {
      text = readRegularFile(this.file, MAX_QUEUE_BYTES, { followLinks: true });
    } catch {
      return [];
    }
    const good: Statement[] = [];
    const bad: string[] = [];
    for (const line of text.split('\n')) {
      if (line.trim() === '') continue;
      try {
        const s = JSON.parse(line) as Statement;
        if (typeof s?.id === 'string' && typeof s.verb?.id === 'string') good.push(s);
        else bad.push(line);
      } catch {
        bad.push(line);
      }
    }
    if (bad.length > 0) {
      // Kept under a name of their own before the queue is rewritten without them.
      writeFileAtomic(path.join(this.dir, `queue.damaged-${randomUUID()}.jsonl`), `${bad.join('\n')}\n`, {
        mode: 0o600,
      });
      this.rewrite(good);
    }
    return good;
  }

  private async locked<T>(work: () => T): Promise<T> {
    try {
      mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    } catch (error) {
      throw writeError(this.file, error);
    }
    return withLock(this.file, work);
  }
}
