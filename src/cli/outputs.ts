/**
 * stdout and stderr for the context, built without touching `process.stdout` when it is not needed.
 * Node creates `process.stdout` on first use, and creating it loads the whole stream stack (about
 * a sixth of a Node start here, measured by `npm run bench`); a command whose output goes to a file,
 * a pipe or a socket needs none of it. Such a descriptor is written synchronously, which is what
 * Node itself does for files (and for pipes on Linux). A character device (a terminal, or /dev/null,
 * which fstat cannot tell apart without loading node:tty) gets Node's own stream, as before.
 */
import { fstatSync, writeSync } from 'node:fs';
import type { Output } from '../context.js';

/** What to do when the reader has gone (`coach list | head`): the reader's choice, not an error. */
export type OnClosed = () => never;

/** A synchronous writer on `fd`; on EAGAIN (a non-blocking pipe that is full) hands over to `stream()`. */
export function descriptorOutput(fd: number, stream: () => NodeJS.WritableStream, onClosed: OnClosed): Output {
  let fallback: NodeJS.WritableStream | undefined;
  return {
    isTTY: false,
    write(text: string): boolean {
      if (fallback) return fallback.write(text);
      const bytes = Buffer.from(text, 'utf8');
      let done = 0;
      while (done < bytes.length) {
        try {
          done += writeSync(fd, bytes, done, bytes.length - done);
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          if (code === 'EPIPE') onClosed();
          if (code !== 'EAGAIN') throw error;
          // Node's stream queues what is left and writes it when the pipe drains, in order.
          fallback = guarded(stream(), onClosed);
          return fallback.write(bytes.subarray(done));
        }
      }
      return true;
    },
  };
}

/** Whether `fd` may be a terminal: only a character device can be (fstat fails on a closed descriptor). */
export function mayBeTerminal(fd: number, platform: NodeJS.Platform): boolean {
  if (platform === 'win32') return true;
  try {
    return fstatSync(fd).isCharacterDevice();
  } catch {
    return true;
  }
}

/** The output for `fd`: Node's stream where it may be a terminal, a synchronous writer elsewhere. */
export function outputFor(
  fd: 1 | 2,
  stream: () => NodeJS.WritableStream & Output,
  platform: NodeJS.Platform,
  onClosed: OnClosed,
): Output {
  if (mayBeTerminal(fd, platform)) return guarded(stream(), onClosed);
  return descriptorOutput(fd, stream, onClosed);
}

function guarded<S extends NodeJS.WritableStream>(stream: S, onClosed: OnClosed): S {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') onClosed();
    throw error;
  });
  return stream;
}
