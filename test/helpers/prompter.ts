/** A scripted prompter: answers come from a queue, and every question asked is recorded. */
import { Interrupted } from '../../src/core/errors.js';
import type { Choice, Prompter, WriteRequest } from '../../src/io/prompter.js';

export type Answer = string | string[] | boolean | typeof INTERRUPT;
/** Put this in the queue to act as Ctrl-C at that prompt. */
export const INTERRUPT = Symbol('interrupt');

export class ScriptedPrompter implements Prompter {
  readonly asked: { type: string; message: string; choices?: string[] }[] = [];
  constructor(private readonly answers: Answer[]) {}

  get remaining(): number {
    return this.answers.length;
  }

  private next(type: string, message: string, choices?: Choice<string>[]): Answer {
    this.asked.push({ type, message, ...(choices && { choices: choices.map((c) => c.value) }) });
    if (this.answers.length === 0) throw new Error(`no scripted answer left for ${type}: ${message}`);
    const answer = this.answers.shift()!;
    if (answer === INTERRUPT) throw new Interrupted();
    return answer;
  }

  async select<T extends string>(message: string, choices: Choice<T>[]): Promise<T> {
    const a = this.next('select', message, choices) as T;
    if (!choices.some((c) => c.value === a))
      throw new Error(`"${a}" is not a choice of "${message}": ${choices.map((c) => c.value).join(', ')}`);
    return a;
  }
  async checkbox<T extends string>(message: string, choices: Choice<T>[]): Promise<T[]> {
    return this.next('checkbox', message, choices) as T[];
  }
  async input(message: string): Promise<string> {
    return this.next('input', message) as string;
  }
  async confirm(message: string): Promise<boolean> {
    return this.next('confirm', message) as boolean;
  }
  /** The initial text of each editor opened (a refused text comes back here), in order. */
  readonly initials: string[] = [];
  async write(request: WriteRequest): Promise<string> {
    this.initials.push(request.initial ?? '');
    return this.next('write', request.message) as string;
  }
  onRedraw(): void {
    // nothing to redraw: no terminal
  }
  async pause(message: string): Promise<void> {
    this.next('pause', message);
  }
}
