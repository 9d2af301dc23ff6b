/** A test Context: temporary state folder, captured streams, fixed clock, scripted prompter. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Context } from '../../src/context.js';
import type { Lang } from '../../src/core/lessons/types.js';
import { loadCatalog } from '../../src/io/catalog.js';
import type { Prompter } from '../../src/io/prompter.js';
import { ProgressStore } from '../../src/io/store.js';
import { en } from '../../src/i18n/en.js';
import { fr } from '../../src/i18n/fr.js';

const MESSAGES = { en, fr };
import { plainStyle } from '../../src/render/style.js';
import { buildProgram } from '../../src/cli/parser.js';

export const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
export const COURSE = path.join(FIXTURES, 'course');
/** 2026-11-26T09:00:00Z: every test runs at this time unless it moves the clock. */
export const T0 = Date.UTC(2026, 10, 26, 9, 0, 0);

export class Captured {
  text = '';
  constructor(
    readonly isTTY: boolean,
    readonly columns = 80,
  ) {}
  write(s: string): boolean {
    this.text += s;
    return true;
  }
}

export interface TestContext extends Context {
  stdout: Captured;
  stderr: Captured;
  clock: { now: number };
  cleanup(): void;
}

export interface TestOptions {
  terminal?: boolean;
  lang?: Lang;
  /** Extra lesson folders; the fixture course by default. */
  lessonDirs?: string[];
  prompter?: Prompter;
  home?: string;
}

export function testContext(options: TestOptions = {}): TestContext {
  const terminal = options.terminal ?? true;
  const home = options.home ?? mkdtempSync(path.join(tmpdir(), 'coach-test-'));
  const lang = options.lang ?? 'en';
  const clock = { now: T0 };
  const lessonDirs = options.lessonDirs ?? [COURSE];
  let catalog: ReturnType<Context['catalog']> | undefined;
  return {
    stdout: new Captured(terminal),
    stderr: new Captured(terminal),
    interactive: terminal,
    stdoutIsTerminal: terminal,
    style: { out: plainStyle, err: plainStyle },
    width: 80,
    lang,
    t: MESSAGES[lang],
    env: {},
    now: () => clock.now,
    clock,
    home,
    cwd: home,
    store: new ProgressStore(home),
    lessonDirs,
    catalog: () => (catalog ??= loadCatalog(lessonDirs, lang)),
    prompter: async () => {
      if (!options.prompter) throw new Error('this test gave no prompter');
      return options.prompter;
    },
    version: '0.0.0-test',
    runtime: { node: process.versions.node, platform: process.platform },
    debug: false,
    helpText() {
      return buildProgram(this).helpInformation();
    },
    async setLang(next) {
      this.lang = next;
      this.t = MESSAGES[next];
    },
    cleanup: () => rmSync(home, { recursive: true, force: true }),
  };
}
