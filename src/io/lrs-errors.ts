/**
 * How a talk with the learning record store can fail, and the words for it: the LRS's own message
 * when it refuses, and a short cause when the network fails.
 */

export type LrsFailure =
  | { kind: 'insecure'; endpoint: string }
  | { kind: 'refused'; status: number; message: string }
  /** `status`: the HTTP status (429 or 5xx) of the last try, when the LRS answered but kept failing. */
  | { kind: 'unreachable'; detail: string; status?: number }
  | { kind: 'budget'; detail: string }
  | { kind: 'foreign'; link: string; endpoint: string };

export class LrsError extends Error {
  constructor(readonly failure: LrsFailure) {
    super(
      `${failure.kind}: ${'message' in failure ? failure.message : 'detail' in failure ? failure.detail : 'link' in failure ? failure.link : failure.endpoint}`,
    );
    this.name = 'LrsError';
  }
}

/** The LRS's own message on a refusal, else its text, else the status. */
export async function lrsMessage(response: Response): Promise<string> {
  const text = (await response.text().catch(() => '')).slice(0, 500);
  try {
    const body = JSON.parse(text) as { message?: unknown; warnings?: unknown };
    if (typeof body.message === 'string') return body.message.slice(0, 300);
  } catch {
    // not JSON: the text itself, if any
  }
  return text.replace(/\s+/g, ' ').trim().slice(0, 300) || response.statusText || `HTTP ${response.status}`;
}

/** A failed fetch in a few words: a timeout, or the system's code. */
export function describeNetworkError(error: unknown): string {
  const e = error as { name?: string; cause?: { code?: string; message?: string }; message?: string };
  if (e.name === 'TimeoutError' || e.name === 'AbortError') return 'no answer in time';
  return e.cause?.code ?? e.cause?.message ?? e.message ?? String(error);
}
