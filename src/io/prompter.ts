/**
 * Every question the coach asks goes through this interface, so tests can replace it with
 * scripted answers. The real one wraps Inquirer.js: messages and choices are wrapped to the
 * terminal at word boundaries (Inquirer itself cuts lines at the edge, mid-word), confirmations
 * use the learner's keys, Ctrl-C becomes `Interrupted`, and a resize redraws the step and asks
 * the same question again, with what was typed so far.
 */
import { AbortPromptError } from '@inquirer/core';
import { Interrupted } from '../core/errors.js';
import stringWidth from 'string-width';
import { wrapMessage } from '../render/editor.js';
import { plainStyle, type Style } from '../render/style.js';
import { BRACKETED_PASTE_OFF, writePrompt, type WriteAnswer } from './prompts/write.js';

export interface Choice<T extends string> {
  value: T;
  name: string;
  description?: string;
  checked?: boolean;
}

export interface WriteRequest {
  message: string;
  /** The text to start from: a refused text comes back for editing, never to retype. */
  initial?: string;
  /** The live line under the text, e.g. the length as the platform counts it. */
  status?: (text: string) => string;
}

export interface Prompter {
  select<T extends string>(message: string, choices: Choice<T>[], defaultValue?: T): Promise<T>;
  checkbox<T extends string>(message: string, choices: Choice<T>[]): Promise<T[]>;
  input(message: string, defaultValue?: string): Promise<string>;
  confirm(message: string, defaultValue: boolean): Promise<boolean>;
  /** Several lines, paragraphs allowed, pastes kept whole; finished as the screen says. */
  write(request: WriteRequest): Promise<string>;
  /** Waits for Enter. */
  pause(message: string): Promise<void>;
  /** What to redraw above the question when the terminal is resized (the step on screen). */
  onRedraw(redraw: (() => void) | undefined): void;
}

/** The learner's words for what Inquirer says in English. */
export interface PromptWords {
  /** Key hints ("navigate", "select", "space"...). */
  keyWords: Record<string, string>;
  yes: string;
  no: string;
  /** How to finish a text, and the key that opens `editor` when there is one. */
  writeHelp: (editor: string | undefined) => string;
}

export interface Streams {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream & {
    columns?: number;
    on?(event: 'resize', listener: () => void): unknown;
    off?(event: 'resize', listener: () => void): unknown;
  };
  words: () => PromptWords;
  /** The learner's own editor ($VISUAL, else $EDITOR), for Ctrl-O in a text. */
  editor?: string | undefined;
  style?: Style;
}

/** What every Inquirer prompt takes besides its options: the streams, and a signal to stop it. */
type PromptContext = Parameters<typeof import('@inquirer/prompts')['input']>[1];

/**
 * The look of every prompt: key hints in the learner's words; a neutral mark once answered (a
 * green tick after a wrong quiz answer would say the opposite of the coach); and the answer on a
 * line of its own when it would not fit after the question (Inquirer would cut it mid-word).
 */
function promptTheme(message: string, style: Style, words: () => PromptWords, width: () => number) {
  return {
    prefix: { idle: style.cyan('?'), done: style.dim('•') },
    style: {
      keysHelpTip: (keys: [string, string][]) =>
        keys
          .map(([key, action]) => `${words().keyWords[key] ?? key} ${words().keyWords[action] ?? action}`)
          .join(' • '),
      answer: (text: string) => {
        const last = stringWidth(message.split('\n').pop() ?? '') + 3;
        return last + stringWidth(text) <= width()
          ? style.cyan(text)
          : `\n  ${style.cyan(wrapMessage(text, width() - 2, 2))}`;
      },
    },
  };
}

/** Runs a prompt; a resize stops it, redraws the step (`redraw()` is read then), and runs it again. */
async function askAgainOnResize<R>(
  streams: Streams,
  redraw: () => (() => void) | undefined,
  run: (context: PromptContext) => Promise<R>,
): Promise<R> {
  for (;;) {
    const controller = new AbortController();
    const resized = () => controller.abort('resize');
    streams.output.on?.('resize', resized);
    try {
      return await run({
        input: streams.input,
        output: streams.output,
        clearPromptOnDone: false,
        signal: controller.signal,
      } as PromptContext);
    } catch (error) {
      if (error instanceof AbortPromptError && controller.signal.reason === 'resize') {
        streams.output.write('\u001b[2J\u001b[3J\u001b[H');
        redraw()?.();
        continue;
      }
      // Ctrl-C (and a closed terminal) end the prompt with ExitPromptError: progress is already saved.
      if (error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError'))
        throw new Interrupted();
      throw error;
    } finally {
      streams.output.off?.('resize', resized);
    }
  }
}

/** What `writeText` needs of the prompter being made. */
interface WriteTools {
  streams: Streams;
  inquirer: typeof import('@inquirer/prompts');
  ask: <R>(run: (context: PromptContext) => Promise<R>) => Promise<R>;
  words: () => PromptWords;
  width: () => number;
  wrapped: (message: string) => string;
}

/** The multi-line text prompt; Ctrl-O goes to the learner's editor and comes back with its text. */
async function writeText(request: WriteRequest, tools: WriteTools): Promise<string> {
  const { streams, inquirer, ask, words, width, wrapped } = tools;
  let text = request.initial ?? '';
  for (;;) {
    const answer: WriteAnswer = await ask((context) =>
      writePrompt(
        {
          message: request.message,
          initial: text,
          status: request.status ?? (() => ''),
          help: words().writeHelp(streams.editor),
          width,
          style: streams.style ?? plainStyle,
          canOpenEditor: Boolean(streams.editor),
          onChange: (t) => (text = t),
        },
        context,
      ),
    ).finally(() => streams.output.write(BRACKETED_PASTE_OFF));
    if (answer.kind === 'done') return answer.text;
    // Ctrl-O: the learner's editor, then back here with its text, to read it and finish.
    text = (
      await ask((context) =>
        inquirer.editor(
          { message: wrapped(request.message), default: answer.text, postfix: '.md', waitForUserInput: false },
          context,
        ),
      )
    ).replace(/\s+$/u, '');
  }
}

/** The Inquirer.js prompter; loaded lazily, only when a command really asks something. */
export async function createInquirerPrompter(streams: Streams): Promise<Prompter> {
  const inquirer = await import('@inquirer/prompts');
  const width = () => streams.output.columns || 80;
  let redraw: (() => void) | undefined;
  const words = () => streams.words();
  const style = streams.style ?? plainStyle;
  const theme = (message: string) => promptTheme(message, style, words, width);
  const ask = <R>(run: (context: PromptContext) => Promise<R>): Promise<R> =>
    askAgainOnResize(streams, () => redraw, run);
  const wrapped = (message: string) => wrapMessage(message, width());
  // Listed wrapped under the cursor mark; once chosen, shown whole (the theme's answer wraps it).
  const wrapChoices = <T extends string>(choices: Choice<T>[]) =>
    choices.map((c) => ({ ...c, name: wrapMessage(c.name, width() - 2, 2), short: c.name }));

  const write = (request: WriteRequest) => writeText(request, { streams, inquirer, ask, words, width, wrapped });
  return {
    select: (message, choices, defaultValue) =>
      ask((c) =>
        inquirer.select(
          {
            message: wrapped(message),
            choices: wrapChoices(choices),
            ...(defaultValue !== undefined && { default: defaultValue }),
            pageSize: 12,
            theme: theme(wrapped(message)),
          },
          c,
        ),
      ),
    checkbox: (message, choices) =>
      ask((c) =>
        inquirer.checkbox(
          { message: wrapped(message), choices: wrapChoices(choices), pageSize: 12, theme: theme(wrapped(message)) },
          c,
        ),
      ),
    input: (message, defaultValue) =>
      ask((c) =>
        inquirer.input(
          {
            message: wrapped(message),
            ...(defaultValue !== undefined && { default: defaultValue }),
            theme: theme(wrapped(message)),
          },
          c,
        ),
      ),
    confirm: (message, defaultValue) =>
      ask((c) =>
        inquirer.confirm(
          {
            message: wrapped(message),
            default: defaultValue,
            theme: { ...theme(wrapped(message)), keywords: { yes: words().yes, no: words().no } },
          },
          c,
        ),
      ),
    write,
    pause: async (message) => {
      await ask((c) => inquirer.input({ message: wrapped(message), theme: { prefix: '›' } }, c));
    },
    onRedraw: (fn) => {
      redraw = fn;
    },
  };
}
