/**
 * How every question is asked: the look of the prompt, and a resize that redraws the step and
 * asks the same question again; Ctrl-C becomes `Interrupted`.
 */
import { AbortPromptError } from '@inquirer/core';
import stringWidth from 'string-width';
import { Interrupted } from '../../core/errors.js';
import { wrapMessage } from '../../render/editor.js';
import type { Style } from '../../render/style.js';
import type { PromptContext, PromptWords, Streams } from './streams.js';

/**
 * The look of every prompt: key hints in the learner's words; a neutral mark once answered (a
 * green tick after a wrong quiz answer would say the opposite of the coach); and the answer on a
 * line of its own when it would not fit after the question (Inquirer would cut it mid-word).
 */
export function promptTheme(message: string, style: Style, words: () => PromptWords, width: () => number) {
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
export async function askAgainOnResize<R>(
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
