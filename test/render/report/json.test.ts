/** JSON: the contract's shape, key order and nothing more, whatever --by or --lang say. */
import { describe, expect, it } from 'vitest';
import type { LearnerRow, ReportData } from '../../../src/core/sponsor/report-types.js';
import { safeJson } from '../../../src/render/json.js';
import { renderReport } from '../../../src/render/report/index.js';
import { renderJsonChunks } from '../../../src/render/report/json.js';
import { fixture } from './fixture.js';

const json = (by: 'learner' | 'lesson' = 'learner', lang: 'en' | 'fr' = 'en', data = fixture()) =>
  renderReport(data, { format: 'json', by, lang });

/** The fixture with the fields of the second version filled (matrix, departments, weeks, zone). */
function withMatrix(): ReportData {
  const data = fixture();
  data.timeZone = 'Europe/Paris';
  data.learners.forEach((r, i) => {
    r.lessonStates = data.lessons.map((_, k) => (['completed', 'in-progress', 'not-started'] as const)[(i + k) % 3]!);
    r.remaining = data.lessons.filter((_, k) => r.lessonStates[k] !== 'completed').map((l) => l.id);
  });
  data.learners[3] = {
    ...data.learners[3]!,
    remind: 'late',
    daysOverdue: 3,
    email: 'exec-004@example.com',
    lang: 'fr',
  };
  data.departments = [
    {
      name: 'Direction générale',
      learners: 1,
      completed: 1,
      inProgress: 0,
      notStarted: 0,
      noRecord: 0,
      overdue: 0,
      completionRate: 1,
    },
    { name: null, learners: 2, completed: 0, inProgress: 1, notStarted: 0, noRecord: 1, overdue: 2, completionRate: 0 },
  ];
  data.weeks = [
    { weekStart: '2025-03-17', completions: 1, cumulative: 1, cumulativeShare: 0.167 },
    { weekStart: '2025-03-24', completions: 0, cumulative: 1, cumulativeShare: 0.167 },
  ];
  return data;
}

const LEARNER_KEYS_V1 =
  'id name department status requiredDone requiredTotal progressPct due overdue firstActivityAt lastActivityAt completedAt minutes quizScorePct draftLessons verification source';

describe('JSON report', () => {
  it("has the first version's keys in their order, then the added ones, at every level", () => {
    const doc = JSON.parse(json('learner', 'en', withMatrix()));
    const keys = (o: object) => Object.keys(o).join(' ');
    expect(keys(doc)).toBe('program generatedAt summary learners lessons rejected timeZone departments weeks');
    expect(keys(doc.program)).toBe('id title due sponsor');
    expect(keys(doc.program.sponsor)).toBe('name email');
    expect(keys(doc.summary)).toBe(
      'learners completed inProgress notStarted noRecord overdue completionRate notCounted',
    );
    for (const row of doc.learners) {
      expect(keys(row)).toBe(`${LEARNER_KEYS_V1} email lang daysOverdue recordAt remind remaining lessonStates`);
      expect(Object.keys(row.lessonStates)).toEqual(doc.lessons.map((l: { id: string }) => l.id));
    }
    expect(keys(doc.lessons[0])).toBe('id track completed inProgress notStarted title required');
    expect(keys(doc.rejected[0])).toBe('path reason');
    expect(keys(doc.departments[0])).toBe(
      'name learners completed inProgress notStarted noRecord overdue completionRate',
    );
    expect(keys(doc.weeks[0])).toBe('weekStart completions cumulative cumulativeShare');
  });
});

describe('JSON report values', () => {
  it('keeps values as they are: hostile names, nulls, codes, numbers, ISO dates in UTC', () => {
    const data = withMatrix();
    const doc = JSON.parse(json('learner', 'en', data));
    const lessonIds = data.lessons.map((l) => l.id);
    // The matrix row is an object keyed by lesson id; everything else is the data's value.
    expect(doc.learners).toEqual(
      data.learners.map((r) => ({
        ...r,
        lessonStates: Object.fromEntries(lessonIds.map((id, i) => [id, r.lessonStates[i]])),
      })),
    );
    expect(doc.lessons).toEqual(data.lessons);
    expect(doc.rejected).toEqual(data.rejected);
    expect(doc.departments).toEqual(data.departments);
    expect(doc.weeks).toEqual(data.weeks);
    expect(doc.timeZone).toBe('Europe/Paris');
    expect(doc.program.sponsor).toEqual({
      name: data.program.sponsor.name ?? null,
      email: data.program.sponsor.email ?? null,
    });
    expect(doc.summary.completionRate).toBe(0.333);
    expect(doc.learners[0].completedAt).toBe('2025-03-20T17:45:00Z');
    expect(doc.learners[0].lessonStates["=cmd|' /C calc'!A0"]).toBe('in-progress');
    expect(doc.learners[3]).toMatchObject({
      status: 'no-record',
      verification: null,
      source: null,
      quizScorePct: null,
      remind: 'late',
      daysOverdue: 3,
    });
  });

  it('is the same text written in pieces as in one string (a long report is written as it is rendered)', () => {
    const data = withMatrix();
    const whole = json('learner', 'en', data);
    for (const size of [1, 2, 4, 500]) expect([...renderJsonChunks(data, size)].join('')).toBe(whole);
    data.learners = [];
    const empty = json('learner', 'en', data);
    expect(JSON.parse(empty).learners).toEqual([]);
    expect([...renderJsonChunks(data)].join('')).toBe(`${safeJson(JSON.parse(empty))}\n`);
  });
});

describe('JSON report text', () => {
  it('gives each learner one line, and indents the rest by two spaces', () => {
    const text = json('learner', 'en', withMatrix());
    const doc = JSON.parse(text);
    const lines = text.split('\n');
    const first = lines.indexOf('  "learners": [') + 1;
    const rows = lines.slice(first, first + doc.learners.length);
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.every((line) => line.startsWith('    {"id":'))).toBe(true);
    expect(rows.map((line) => JSON.parse(line.replace(/,$/, '')))).toEqual(doc.learners);
    expect(lines[first + rows.length]).toBe('  ],');
    const rest = [...lines.slice(0, first - 1), '  "learners": [],', ...lines.slice(first + rows.length + 1)];
    expect(rest.join('\n')).toBe(`${safeJson({ ...doc, learners: [] })}\n`);
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
    (data.learners[0] as LearnerRow & { secret?: string }).secret = 'ceo-private-note';
    (data as ReportData & { extra?: string }).extra = 'upstream-field';
    const text = json('learner', 'en', data);
    expect(text).not.toContain('"tracks"');
    expect(text).not.toContain('unfinished');
    expect(text).not.toContain('ceo-private-note');
    expect(text).not.toContain('upstream-field');
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
