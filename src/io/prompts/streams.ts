/** What the prompter is given (the terminal's streams, the learner's words) and what each Inquirer prompt takes. */
import type { Style } from '../../render/style.js';

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
export type PromptContext = Parameters<typeof import('@inquirer/prompts')['input']>[1];
