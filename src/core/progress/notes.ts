/** The learner's own notes: reflections and the texts they wrote, by lesson and date. They never leave the computer. */
import type { Catalog } from '../lessons/assemble.js';
import { titleIn } from '../lessons/choose.js';
import type { Lang } from '../lessons/types.js';
import type { Store } from './types.js';

export interface Note {
  /** 1-based step number, and its title in the learner's language. */
  step: number;
  stepTitle: string;
  kind: 'reflection' | 'text' | 'draft';
  at: string;
  text: string;
}

export interface LessonNotes {
  id: string;
  title: string;
  notes: Note[];
}

/** Notes of every lesson (catalogue order), or of one; lessons without notes are left out. */
export function notesOf(catalog: Catalog, store: Store, lang: Lang, only?: string): LessonNotes[] {
  return catalog.lessons
    .filter((l) => !only || l.id === only)
    .map((lesson) => {
      const doc = lesson.docs[lang] ?? lesson.docs.en ?? lesson.docs.fr;
      const results = store.lessons[lesson.id]?.results ?? [];
      const notes: Note[] = [];
      results.forEach((r, i) => {
        const base = { step: i + 1, stepTitle: doc?.steps[i]?.title ?? '', at: r.at };
        if (r.kind === 'reflect' && r.text) notes.push({ ...base, kind: 'reflection', text: r.text });
        if (r.kind === 'task' && r.text)
          notes.push({ ...base, kind: r.mode === 'draft' ? 'draft' : 'text', text: r.text });
      });
      return { id: lesson.id, title: titleIn(lesson, lang), notes };
    })
    .filter((l) => l.notes.length > 0);
}
