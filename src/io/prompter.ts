/**
 * Every question the coach asks goes through this interface, so tests can replace it with
 * scripted answers. The real one wraps Inquirer.js and turns Ctrl-C into `Interrupted`.
 */
import { Interrupted } from '../core/errors.js';

export interface Choice<T extends string> {
  value: T;
  name: string;
  description?: string;
}

export interface Prompter {
  select<T extends string>(message: string, choices: Choice<T>[], defaultValue?: T): Promise<T>;
  checkbox<T extends string>(message: string, choices: Choice<T>[]): Promise<T[]>;
  input(message: string, defaultValue?: string): Promise<string>;
  confirm(message: string, defaultValue: boolean): Promise<boolean>;
  /** Several lines, ended by an empty line. */
  multiline(message: string): Promise<string>;
  /** Waits for Enter. */
  pause(message: string): Promise<void>;
}

export interface Streams {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Words for Inquirer's key hints ("navigate", "select", "space"...), in the learner's language. */
  keyWords?: Record<string, string>;
}

/** The Inquirer.js prompter; loaded lazily, only when a command really asks something. */
export async function createInquirerPrompter(streams: Streams): Promise<Prompter> {
  const inquirer = await import('@inquirer/prompts');
  const context = { input: streams.input, output: streams.output, clearPromptOnDone: false } as Parameters<typeof inquirer.input>[1];
  const ask = async <R>(run: () => Promise<R>): Promise<R> => {
    try {
      return await run();
    } catch (error) {
      // Ctrl-C (and a closed terminal) end the prompt with ExitPromptError: progress is already saved.
      if (error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError')) throw new Interrupted();
      throw error;
    }
  };
  // Inquirer writes its key hints in English: the same hints, with the learner's words.
  const words = streams.keyWords ?? {};
  const theme = { style: { keysHelpTip: (keys: [string, string][]) => keys.map(([key, action]) => `${words[key] ?? key} ${words[action] ?? action}`).join(' • ') } };
  const prompter: Prompter = {
    select: (message, choices, defaultValue) => ask(() => inquirer.select({ message, choices, ...(defaultValue !== undefined && { default: defaultValue }), pageSize: 12, theme }, context)),
    checkbox: (message, choices) => ask(() => inquirer.checkbox({ message, choices, pageSize: 12, theme }, context)),
    input: (message, defaultValue) => ask(() => inquirer.input({ message, ...(defaultValue !== undefined && { default: defaultValue }) }, context)),
    confirm: (message, defaultValue) => ask(() => inquirer.confirm({ message, default: defaultValue }, context)),
    multiline: async (message) => {
      const lines: string[] = [];
      for (;;) {
        const line = await ask(() => inquirer.input({ message: lines.length === 0 ? message : '…' }, context));
        if (line.trim() === '') return lines.join('\n');
        lines.push(line);
      }
    },
    pause: async (message) => {
      await ask(() => inquirer.input({ message, theme: { prefix: '›' } }, context));
    },
  };
  return prompter;
}
