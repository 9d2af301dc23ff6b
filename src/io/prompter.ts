/**
 * Every question the coach asks goes through this interface, so tests can replace it with
 * scripted answers. The real one wraps Inquirer.js: messages and choices are wrapped to the
 * terminal at word boundaries (Inquirer itself cuts lines at the edge, mid-word), confirmations
 * use the learner's keys, Ctrl-C becomes `Interrupted`, and a resize redraws the step and asks
 * the same question again, with what was typed so far.
 */
import { wrapMessage } from '../render/editor.js';
import { plainStyle } from '../render/style.js';
import { askAgainOnResize, promptTheme } from './prompts/ask.js';
import type { PromptContext, PromptWords, Streams } from './prompts/streams.js';
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
