/** JSON: the contract's shape, key order and nothing more, whatever --by or --lang say. */
import { describe, expect, it } from 'vitest';
import type { LearnerRow } from '../../../src/core/sponsor/report-types.js';
import { renderReport } from '../../../src/render/report/index.js';
import { fixture } from './fixture.js';

const json = (by: 'learner' | 'lesson' = 'learner', lang: 'en' | 'fr' = 'en', data = fixture()) => renderReport(data, { format: 'json', by, lang });

describe('JSON report', () => {
  it('has exactly the contract keys, in order, at every level', () => {
    const doc = JSON.parse(json());
    expect(Object.keys(doc)).toEqual(['program', 'generatedAt', 'summary', 'learners', 'lessons', 'rejected']);
    expect(Object.keys(doc.program)).toEqual(['id', 'title', 'due']);
    expect(Object.keys(doc.summary)).toEqual(['learners', 'completed', 'inProgress', 'notStarted', 'noRecord', 'overdue', 'completionRate', 'notCounted']);
    for (const row of doc.learners) {
      expect(Object.keys(row)).toEqual([
        'id', 'name', 'department', 'status', 'requiredDone', 'requiredTotal', 'progressPct', 'due', 'overdue', 'firstActivityAt',
        'lastActivityAt', 'completedAt', 'minutes', 'quizScorePct', 'draftLessons', 'verification', 'source',
      ]);
    }
    expect(Object.keys(doc.lessons[0])).toEqual(['id', 'track', 'completed', 'inProgress', 'notStarted']);
    expect(Object.keys(doc.rejected[0])).toEqual(['path', 'reason']);
  });

  it('keeps values as they are: hostile names, nulls, codes, numbers', () => {
    const data = fixture();
    const doc = JSON.parse(json());
    expect(doc.learners).toEqual(data.learners);
    expect(doc.lessons).toEqual(data.lessons);
    expect(doc.rejected).toEqual(data.rejected);
    expect(doc.summary.completionRate).toBe(0.333);
    expect(doc.learners[3]).toMatchObject({ status: 'no-record', verification: null, source: null, quizScorePct: null });
  });

  it('is indented by two spaces and ends with one newline', () => {
    const text = json();
    expect(text.startsWith('{\n  "program": {\n    "id": "comex-2025",')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.endsWith('\n\n')).toBe(false);
  });

  it('is the same whole document with --by lesson and in French', () => {
    expect(json('lesson')).toBe(json());
    expect(json('learner', 'fr')).toBe(json());
  });

  it('leaves out tracks, unfinished, and any field the contract does not name', () => {
    const data = fixture();
    (data.learners[0] as LearnerRow & { email?: string }).email = 'ceo@example.com';
    const text = json('learner', 'en', data);
    expect(text).not.toContain('tracks');
    expect(text).not.toContain('unfinished');
    expect(text).not.toContain('ceo@example.com');
  });

  it('escapes characters a terminal would obey, without changing the value', () => {
    const data = fixture();
    data.learners[0]!.name = 'A\u009b2JB\u001b[2J\u202Eevil';
    const text = json('learner', 'en', data);
    expect(text).not.toMatch(/[\u001b\u009b\u202e]/);
    expect(text).toContain('A\\u009b2JB\\u001b[2J\\u202eevil');
    expect(JSON.parse(text).learners[0].name).toBe('A\u009b2JB\u001b[2J\u202Eevil');
  });
});
