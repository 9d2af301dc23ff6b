/**
 * xAPI 1.0.3 statements from learning events (README, "Reporting to a learning record store"). Pure: the
 * statement id and the time come with the event, generated once when it happens, so a resend
 * is harmless. Only ids, verbs, scores, progress and durations: never free text, a reflection,
 * a draft or a link.
 */
import type { Enrollment } from '../sponsor/formats.js';
import { signStatement } from './signature.js';

export const XAPI_VERSION = '1.0.3';
export const VERBS = {
  launched: 'http://adlnet.gov/expapi/verbs/launched',
  progressed: 'http://adlnet.gov/expapi/verbs/progressed',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
} as const;
export type VerbName = keyof typeof VERBS;
const ACTIVITY_TYPES = {
  course: 'http://adlnet.gov/expapi/activities/course',
  lesson: 'http://adlnet.gov/expapi/activities/lesson',
  assessment: 'http://adlnet.gov/expapi/activities/assessment',
};
/** cmi5's progress extension: 0 to 100. */
export const PROGRESS_EXTENSION = 'https://w3id.org/xapi/cmi5/result/extensions/progress';
/** Whether a lesson was completed live or as a draft: the one fact of ours the sponsor sees that xAPI has no field for. */
export const MODE_EXTENSION = 'urn:exec-coach:xapi:extension:mode';

export type LearningEvent =
  | { type: 'launched'; lessonId: string }
  | { type: 'progressed'; lessonId: string; stepsDone: number; stepsTotal: number }
  | { type: 'completed'; lessonId: string; durationMs: number; mode: 'live' | 'draft' }
  | { type: 'quiz'; lessonId: string; step: number; correct: boolean }
  | { type: 'program-completed'; durationMs: number };

export interface Statement {
  id: string;
  actor: { objectType: 'Agent'; account: { homePage: string; name: string } };
  verb: { id: string; display: Record<string, string> };
  object: { objectType: 'Activity'; id: string; definition: { type: string } };
  result?: Record<string, unknown>;
  context: {
    registration: string;
    language: string;
    contextActivities?: {
      parent?: { objectType: 'Activity'; id: string }[];
      grouping?: { objectType: 'Activity'; id: string }[];
    };
    extensions?: Record<string, string>;
  };
  timestamp: string;
}

/** The IRI under which the programme's activities are named: set in the programme, or a URN from its id. */
export function activityBase(enrollment: Pick<Enrollment, 'program'>): string {
  return (enrollment.program.lrs?.activityBase ?? `urn:exec-coach:program:${enrollment.program.id}`).replace(
    /\/+$/,
    '',
  );
}

/** The account's home page: the system the learner id belongs to (the programme's activity base when it is a URL). */
function homePage(enrollment: Pick<Enrollment, 'program'>): string {
  const base = activityBase(enrollment);
  if (/^https?:\/\//.test(base)) return new URL(base).origin;
  return enrollment.program.lrs ? new URL(enrollment.program.lrs.endpoint).origin : 'https://exec-coach.invalid';
}

export function lessonActivity(enrollment: Pick<Enrollment, 'program'>, lessonId: string): string {
  return `${activityBase(enrollment)}/lessons/${lessonId}`;
}

/** ISO 8601 duration with seconds precision (PT1H2M3S); xAPI wants one for `result.duration`. */
export function isoDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s || (!h && !m) ? `${s}S` : ''}`;
}

/** A statement for the event, signed with the enrolment's learner key (./signature.ts). */
export function buildStatement(
  event: LearningEvent,
  enrollment: Enrollment,
  meta: { id: string; at: number; lang: string },
): Statement {
  return signStatement(unsignedStatement(event, enrollment, meta), enrollment.key);
}

function unsignedStatement(
  event: LearningEvent,
  enrollment: Enrollment,
  meta: { id: string; at: number; lang: string },
): Statement {
  const program = { objectType: 'Activity' as const, id: activityBase(enrollment) };
  const verb = (name: VerbName) => ({ id: VERBS[name], display: { 'en-US': name } });
  const activity = (id: string, type: keyof typeof ACTIVITY_TYPES) => ({
    objectType: 'Activity' as const,
    id,
    definition: { type: ACTIVITY_TYPES[type] },
  });
  const context = (parent: { objectType: 'Activity'; id: string }[]) => ({
    registration: enrollment.id,
    language: meta.lang,
    ...(parent.length > 0 && { contextActivities: { parent } }),
  });
  // toISOString: always milliseconds and Z, so the signed text survives the LRS's round trip.
  const base = {
    id: meta.id,
    actor: { objectType: 'Agent' as const, account: { homePage: homePage(enrollment), name: enrollment.learner.id } },
    timestamp: new Date(meta.at).toISOString(),
  };
  switch (event.type) {
    case 'launched':
      return {
        ...base,
        verb: verb('launched'),
        object: activity(lessonActivity(enrollment, event.lessonId), 'lesson'),
        context: context([program]),
      };
    case 'progressed': {
      const progress =
        event.stepsTotal === 0 ? 100 : Math.min(100, Math.round((100 * event.stepsDone) / event.stepsTotal));
      return {
        ...base,
        verb: verb('progressed'),
        object: activity(lessonActivity(enrollment, event.lessonId), 'lesson'),
        result: { extensions: { [PROGRESS_EXTENSION]: progress } },
        context: context([program]),
      };
    }
    case 'completed':
      return {
        ...base,
        verb: verb('completed'),
        object: activity(lessonActivity(enrollment, event.lessonId), 'lesson'),
        result: { completion: true, duration: isoDuration(event.durationMs) },
        context: { ...context([program]), extensions: { [MODE_EXTENSION]: event.mode } },
      };
    case 'quiz': {
      const lesson = { objectType: 'Activity' as const, id: lessonActivity(enrollment, event.lessonId) };
      return {
        ...base,
        verb: verb(event.correct ? 'passed' : 'failed'),
        object: activity(`${lesson.id}/quiz/${event.step + 1}`, 'assessment'),
        result: {
          success: event.correct,
          score: { scaled: event.correct ? 1 : 0, raw: event.correct ? 1 : 0, min: 0, max: 1 },
        },
        context: { ...context([lesson]), contextActivities: { parent: [lesson], grouping: [program] } },
      };
    }
    case 'program-completed':
      return {
        ...base,
        verb: verb('completed'),
        object: activity(program.id, 'course'),
        result: { completion: true, duration: isoDuration(event.durationMs) },
        context: context([]),
      };
  }
}
