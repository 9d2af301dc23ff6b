/**
 * A minimal Chrome DevTools Protocol client over Chromium's `--remote-debugging-pipe` (fds 3 and 4,
 * NUL-separated JSON), so the HTML report tests can drive a real headless Chromium without a
 * WebSocket library or puppeteer: open a page, record every network request, evaluate scripts,
 * emulate print media.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';

type Message = {
  id?: number;
  method?: string;
  params?: Record<string, unknown>;
  result?: Record<string, unknown>;
  error?: { message: string };
  sessionId?: string;
};

export interface Page {
  /** Every URL the page asked for (Network.requestWillBeSent), in order. */
  requests: string[];
  /** Console messages and exceptions, to see a script that failed. */
  errors: string[];
  /** Sends a command to the page's session. */
  send(method: string, params?: Record<string, unknown>): Promise<Record<string, unknown>>;
  /** Evaluates an expression in the page and returns its value (JSON-serialisable). */
  evaluate<T>(expression: string): Promise<T>;
  close(): Promise<void>;
}

type Call = (method: string, params?: Record<string, unknown>, sessionId?: string) => Promise<Record<string, unknown>>;

/** The protocol over the child's fds 3 (commands in) and 4 (answers and events out). */
function connect(child: ChildProcess): { call: Call; listeners: ((m: Message) => void)[] } {
  const input = child.stdio[3] as Writable;
  const output = child.stdio[4] as Readable;
  let stderr = '';
  child.stderr?.on('data', (d) => {
    stderr = (stderr + d.toString()).slice(-4000);
  });
  let next = 1;
  const pending = new Map<number, { resolve: (r: Record<string, unknown>) => void; reject: (e: Error) => void }>();
  const listeners: ((m: Message) => void)[] = [];
  let buffer = '';
  output.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    for (let i = buffer.indexOf('\0'); i >= 0; i = buffer.indexOf('\0')) {
      const message = JSON.parse(buffer.slice(0, i)) as Message;
      buffer = buffer.slice(i + 1);
      const waiting = message.id === undefined ? undefined : pending.get(message.id);
      if (!waiting) {
        for (const l of listeners) l(message);
        continue;
      }
      pending.delete(message.id!);
      if (message.error) waiting.reject(new Error(`${message.error.message} (chromium: ${stderr.slice(-500)})`));
      else waiting.resolve(message.result ?? {});
    }
  });
  const call: Call = (method, params = {}, sessionId) =>
    new Promise((resolve, reject) => {
      const id = next++;
      pending.set(id, { resolve, reject });
      input.write(`${JSON.stringify({ id, method, params, ...(sessionId && { sessionId }) })}\0`);
    });
  return { call, listeners };
}

/** Starts Chromium with `args` (profile, sandbox flags) and opens `url`, resolving once it has loaded. */
export async function openPage(chromium: string, args: string[], url: string): Promise<Page> {
  const child: ChildProcess = spawn(chromium, [...args, '--remote-debugging-pipe', 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
  });
  const { call, listeners } = connect(child);
  const { targetInfos } = (await call('Target.getTargets')) as { targetInfos: { targetId: string; type: string }[] };
  const target = targetInfos.find((t) => t.type === 'page');
  if (!target) throw new Error('Chromium opened no page');
  const { sessionId } = (await call('Target.attachToTarget', { targetId: target.targetId, flatten: true })) as {
    sessionId: string;
  };
  const page: Page = {
    requests: [],
    errors: [],
    send: (method, params) => call(method, params, sessionId),
    async evaluate<T>(expression: string): Promise<T> {
      const r = (await call(
        'Runtime.evaluate',
        { expression, returnByValue: true, awaitPromise: true },
        sessionId,
      )) as { result: { value: T }; exceptionDetails?: { text: string } };
      if (r.exceptionDetails) throw new Error(`page script failed: ${JSON.stringify(r.exceptionDetails)}`);
      return r.result.value;
    },
    async close() {
      child.kill();
      await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)));
    },
  };
  let loaded: () => void = () => {};
  const load = new Promise<void>((resolve) => (loaded = resolve));
  listeners.push((m) => {
    if (m.sessionId !== sessionId) return;
    if (m.method === 'Network.requestWillBeSent')
      page.requests.push(String((m.params?.request as { url?: string } | undefined)?.url));
    if (m.method === 'Runtime.exceptionThrown') page.errors.push(JSON.stringify(m.params));
    if (m.method === 'Runtime.consoleAPICalled') page.errors.push(JSON.stringify(m.params?.args));
    if (m.method === 'Page.loadEventFired') loaded();
  });
  await Promise.all(['Network.enable', 'Page.enable', 'Runtime.enable'].map((m) => page.send(m)));
  // Injected by the protocol, so the page's CSP does not apply to it: records what the CSP refused.
  await page.send('Page.addScriptToEvaluateOnNewDocument', {
    source:
      "window.__violations = []; document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));",
  });
  await page.send('Page.navigate', { url });
  await load;
  return page;
}
