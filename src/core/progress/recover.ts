/** Salvages what can be trusted from a damaged progress document: settings and whole lesson entries. Pure. */
import { checkStore } from './validate.js';
import { emptyStore, type Store } from './types.js';

export function recoverStore(text: string): { store: Store; lessons: number } {
  const store = emptyStore();
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { store, lessons: 0 };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { store, lessons: 0 };
  const doc = raw as Record<string, unknown>;
  const settings = checkStore({ ...emptyStore(), settings: doc.settings });
  if (settings.ok) store.settings = settings.store.settings;
  // The programme enrolment too, when it is sound: losing it would unsign the learner's next record.
  if (doc.enrollment !== undefined) {
    const enrolled = checkStore({ ...emptyStore(), enrollment: doc.enrollment });
    if (enrolled.ok && enrolled.store.enrollment) store.enrollment = enrolled.store.enrollment;
  }
  // The daily loop, when it is sound as a whole (it only schedules practice and reviews again).
  if (doc.daily !== undefined) {
    const daily = checkStore({ ...emptyStore(), daily: doc.daily });
    if (daily.ok) store.daily = daily.store.daily;
  }
  // Each entry is kept only when it passes the checks on its own.
  for (const field of ['lessons', 'history'] as const) {
    const entries = doc[field];
    if (typeof entries !== 'object' || entries === null) continue;
    for (const [id, value] of Object.entries(entries as Record<string, unknown>)) {
      const one = checkStore({ ...emptyStore(), [field]: { [id]: value } });
      if (one.ok) (store[field] as Record<string, unknown>)[id] = (one.store[field] as Record<string, unknown>)[id];
    }
  }
  return { store, lessons: Object.keys(store.lessons).length };
}
