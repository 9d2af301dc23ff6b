/**
 * The multi-line editor prompt (an Inquirer.js prompt built on @inquirer/core): a paste of any
 * length arrives whole (bracketed paste), blank lines make paragraphs, and the text is finished
 * with Ctrl-D or Enter on two empty lines, as the line under it says. Ctrl-O hands the text to the
 * learner's own editor ($VISUAL or $EDITOR) when there is one.
 */
import { createPrompt, useEffect, useKeypress, useMemo, useRef, useState } from '@inquirer/core';
import {
  backspace,
  deleteForward,
  enter,
  fromText,
  insert,
  move,
  toText,
  type Move,
  type TextBuffer,
} from '../../core/editor/buffer.js';
import { editorDone, editorScreen } from '../../render/editor.js';
import type { Style } from '../../render/style.js';

export interface WriteConfig {
  message: string;
  /** The text to start from (a refused text comes back here for editing). */
  initial: string;
  /** The live line under the text (the count as the platform counts it). */
  status: (text: string) => string;
  help: string;
  width: () => number;
  style: Style;
  /** Ctrl-O opens the learner's editor only when one is set. */
  canOpenEditor: boolean;
  /** Told of every change, so the text survives a prompt that is stopped (a resize). */
  onChange?: (text: string) => void;
}

/** What the learner did: finished the text, or asked for their own editor with the text so far. */
export type WriteAnswer = { kind: 'done'; text: string } | { kind: 'editor'; text: string };

/** Asks the terminal to mark pastes (xterm's bracketed paste mode), so a paste is never taken for typing. */
export const BRACKETED_PASTE_ON = '\u001b[?2004h';
export const BRACKETED_PASTE_OFF = '\u001b[?2004l';

const MOVES: Record<string, Move> = { left: 'left', right: 'right', up: 'up', down: 'down', home: 'home', end: 'end' };

export const writePrompt = createPrompt<WriteAnswer, WriteConfig>((config, done) => {
  const [buffer, setBuffer] = useState<TextBuffer>(() => fromText(config.initial));
  const [finished, setFinished] = useState<string | undefined>(undefined);
  const [width, setWidth] = useState(config.width());
  // A paste is gathered whole and applied at its end: one render, whatever its length.
  const paste = useRef<string | undefined>(undefined);

  useEffect((rl) => {
    rl.write(' ');
    const output = rl.output as unknown as NodeJS.EventEmitter;
    const resized = () => setWidth(config.width());
    output.on?.('resize', resized);
    return () => output.removeListener?.('resize', resized);
  }, []);

  useKeypress((key, rl) => {
    // readline keeps its own copy of the line; ours is the buffer. Keeping readline's copy one
    // character long stops it from closing the prompt on Ctrl-D (its end-of-file on an empty line).
    const finish = (kind: WriteAnswer['kind'], b: TextBuffer) => {
      const text = toText(b);
      if (kind === 'done') setFinished(text);
      done({ kind, text });
    };
    let next = buffer;
    const k = key as typeof key & { sequence?: string; meta?: boolean };
    if (k.name === 'paste-start') paste.current = '';
    else if (k.name === 'paste-end') {
      next = insert(buffer, paste.current ?? '');
      paste.current = undefined;
    } else if (paste.current !== undefined)
      paste.current += k.name === 'return' || k.name === 'enter' ? '\n' : k.name === 'tab' ? '  ' : (k.sequence ?? '');
    else if (k.ctrl && k.name === 'd') return finish('done', buffer);
    else if (k.ctrl && k.name === 'o' && config.canOpenEditor) return finish('editor', buffer);
    else if (k.name === 'return' || k.name === 'enter') {
      const step = enter(buffer);
      if (step.finished) return finish('done', step.buffer);
      next = step.buffer;
    } else if (k.name === 'backspace') next = backspace(buffer);
    else if (k.name === 'delete') next = deleteForward(buffer);
    else if (k.name && MOVES[k.name] && !k.ctrl && !k.meta) next = move(buffer, MOVES[k.name]!);
    else if (k.ctrl && k.name === 'a') next = move(buffer, 'home');
    else if (k.ctrl && k.name === 'e') next = move(buffer, 'end');
    else if (k.name === 'tab') next = insert(buffer, '  ');
    else if (!k.ctrl && !k.meta && k.sequence && !/^[\u0000-\u001f\u007f]/.test(k.sequence))
      next = insert(buffer, k.sequence);
    rl.clearLine(0);
    rl.write(' ');
    if (next !== buffer) {
      setBuffer(next);
      config.onChange?.(toText(next));
    }
  });

  const screen = useMemo(() => {
    const view = {
      message: config.message,
      status: config.status(toText(buffer)),
      help: config.help,
      width,
      style: config.style,
    };
    return editorScreen(buffer, view);
  }, [buffer, width]);
  if (finished !== undefined)
    return `${BRACKETED_PASTE_OFF}${editorDone(finished, { message: config.message, width, style: config.style })}`;
  // readline's one-character line (see above) is drawn as the last character of the content.
  return [`${BRACKETED_PASTE_ON}${screen.content} `, screen.bottom];
});
