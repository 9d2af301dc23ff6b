/**
 * The files exchanged with the sponsor (README, "The files, and how to verify a record with your own tools"), as strict
 * zod schemas. Every record is untrusted (it was made on someone else's machine): ids match a
 * pattern, dates are ISO, numbers are bounded, unknown fields are refused, so odd content is
 * stopped here before it reaches any output.
 */
import { z } from 'zod';
import {
  canonicalBase64url,
  ENROLLMENT_FORMAT,
  EXPORT_FORMAT,
  isoTimeProblem,
  LIMITS,
  PATTERNS,
  PROGRAM_FORMAT,
  PROGRAM_FORMAT_V1,
  realDateTime,
} from './format-rules.js';

// Everything the rules module defines is also part of this one's contract.
export * from './format-rules.js';

/** Opaque ids chosen by HR or by authors: letters, digits, dot, dash, underscore; no spaces, no markup. */
export const idSchema = z.string().regex(PATTERNS.id, 'must be 1–64 letters, digits, dots, dashes or underscores');
const lessonId = z.string().regex(PATTERNS.lessonId, 'must be a kebab-case lesson id').max(LIMITS.lessonIdLength);
/** Free text shown to people (titles, names): bounded, no control characters. */
const label = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((s) => !/[\u0000-\u001F\u007F-\u009F\u2028\u2029]/.test(s), 'must not contain control characters');
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
  .refine((s) => realDateTime(+s.slice(0, 4), +s.slice(5, 7), +s.slice(8, 10)), 'is not a real date');
/** An ISO 8601 UTC timestamp between 2020 and 2100: anything else is not from a real coach. */
const isoTime = z
  .string()
  .regex(PATTERNS.isoTime, 'must be an ISO time in UTC, e.g. 2026-11-26T09:00:00.000Z')
  // One pass over the parts (reports check tens of thousands of these): a real moment, from 2020 to 2099.
  .superRefine((s, ctx) => {
    const problem = isoTimeProblem(s);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/**
 * Exactly `bytes` bytes in canonical base64url: the unused low bits of the last character must be
 * zero, so that one value has one spelling (otherwise a copy of a record could pass for another).
 */
const base64url = (bytes: number) =>
  z
    .string()
    .regex(new RegExp(`^[A-Za-z0-9_-]{${Math.ceil((bytes * 4) / 3)}}$`), `must be ${bytes} bytes in base64url`)
    .refine(canonicalBase64url, 'is not in canonical base64url');

export const lrsSchema = z.strictObject({
  endpoint: z
    .string()
    .url()
    .max(500)
    .refine((u) => /^https?:\/\//.test(u), 'must be an http(s) address'),
  username: label(200).optional(),
  passwordEnv: z
    .string()
    .regex(
      PATTERNS.passwordEnv,
      'must be EXEC_COACH_LRS_PASSWORD or another name starting with EXEC_COACH_LRS_ (the coach sends no other variable)',
    )
    .default('EXEC_COACH_LRS_PASSWORD'),
  /** The IRI under which the programme's activities are named (xAPI). */
  activityBase: z.string().url().max(300).optional(),
});

/**
 * The public part of a programme: what the learner's enrolment carries too. Never the key's
 * fingerprint: the enrolment format stays exec-coach.enrollment/1, and a learner has no use for it.
 */
export const programPublicSchema = z.strictObject({
  id: idSchema,
  title: label(200),
  sponsor: z.strictObject({ name: label(120).optional(), email: z.string().email().max(200).optional() }),
  required: z.array(lessonId).min(1).max(500),
  due: isoDate,
  lrs: lrsSchema.optional(),
  /** A folder of extra lessons shipped with the programme, relative to the programme file. */
  lessons: z.string().max(300).optional(),
});
/** "sha256:" and 32 hex digits: see keyFingerprint (key-fingerprint.ts). */
export const fingerprintSchema = z
  .string()
  .regex(PATTERNS.fingerprint, 'must be "sha256:" followed by 32 hex digits, as `coach program init` writes it');
/** The programme file HR keeps, version 2: the public part and the fingerprint of its key (never the key). */
export const programSchema = z.strictObject({
  format: z.literal(PROGRAM_FORMAT),
  ...programPublicSchema.shape,
  keyFingerprint: fingerprintSchema,
});
/** Version 1, still read: the same without the key's fingerprint. */
export const programV1Schema = z.strictObject({ format: z.literal(PROGRAM_FORMAT_V1), ...programPublicSchema.shape });
/** Any programme file the coach reads. */
export const programFileSchema = z.discriminatedUnion('format', [programSchema, programV1Schema]);
export type Program = z.infer<typeof programFileSchema>;

export const enrollmentSchema = z.strictObject({
  format: z.literal(ENROLLMENT_FORMAT),
  /** Generated once per enrolment (the xAPI registration). */
  id: z.string().uuid(),
  program: programPublicSchema,
  learner: z.strictObject({ id: idSchema, name: label(200).optional() }),
  /** base64url(HMAC-SHA256(master key, "exec-coach/learner/" + learner id)). */
  key: base64url(32),
  issuedAt: isoTime,
});
export type Enrollment = z.infer<typeof enrollmentSchema>;

const count = (max: number) => z.number().int().min(0).max(max);
export const lessonRecordSchema = z
  .strictObject({
    id: lessonId,
    status: z.enum(['in-progress', 'completed']),
    startedAt: isoTime,
    completedAt: isoTime.nullable(),
    mode: z.enum(['live', 'draft']),
    stepsDone: count(LIMITS.steps),
    stepsTotal: count(LIMITS.steps),
    quiz: z
      .strictObject({ correct: count(LIMITS.quiz), total: count(LIMITS.quiz) })
      .refine((q) => q.correct <= q.total, 'correct answers exceed questions'),
    minutesSpent: count(LIMITS.minutes),
  })
  .refine((l) => l.stepsDone <= l.stepsTotal, { message: 'more steps done than the lesson has', path: ['stepsDone'] })
  .refine((l) => (l.status === 'completed') === (l.completedAt !== null), {
    message: 'a completed lesson has a completion time, and only then',
    path: ['completedAt'],
  })
  .refine((l) => l.completedAt === null || Date.parse(l.completedAt) >= Date.parse(l.startedAt), {
    message: 'completed before it started',
    path: ['completedAt'],
  });

export const recordSchema = z.strictObject({
  learner: z.strictObject({ id: idSchema }),
  program: z.strictObject({ id: idSchema }),
  generatedAt: isoTime,
  tool: z.strictObject({ name: z.literal('exec-coach'), version: z.string().regex(PATTERNS.version) }),
  lessons: z
    .array(lessonRecordSchema)
    .max(LIMITS.lessons)
    .refine((ls) => new Set(ls.map((l) => l.id)).size === ls.length, 'a lesson appears twice'),
});
export type CompletionRecord = z.infer<typeof recordSchema>;

export const exportSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  record: recordSchema,
  signature: z.strictObject({ alg: z.literal('HS256'), kid: idSchema, value: base64url(32) }).optional(),
});
export type ExportFile = z.infer<typeof exportSchema>;
