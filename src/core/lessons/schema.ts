/** zod schemas for everything an author writes: track.yaml, front matter, and the four step blocks. */
import { z } from 'zod';
import { EVIDENCE_KINDS, type EvidenceKind } from '../evidence/types.js';
import { NETWORKS } from './types.js';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const idSchema = z
  .string()
  .max(80)
  .regex(ID, 'must be kebab-case: lower-case letters, digits and dashes (e.g. linkedin-first-post)');
const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max)
    // Lesson files are checked line by line; track.yaml goes through here: no terminal control characters either.
    .refine(
      (s) => !/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/.test(s),
      'must not contain terminal control characters',
    );
const bilingual = (max: number) => z.strictObject({ en: text(max), fr: text(max) });

export const trackSchema = z.strictObject({
  id: idSchema,
  order: z.number().int().min(0).max(999),
  title: bilingual(80),
  summary: bilingual(300),
  platform: text(60).optional(),
  optional: z.boolean().default(false),
});

const evidenceKind = z.enum(EVIDENCE_KINDS, { message: `must be one of: ${EVIDENCE_KINDS.join(', ')}` });
const networkKeys = z.enum(NETWORKS as [string, ...string[]]);

/** A practice is done on the platform, not written in the coach: every evidence kind but `text`. */
export const PRACTICE_EVIDENCE_KINDS = EVIDENCE_KINDS.filter((k): k is Exclude<EvidenceKind, 'text'> => k !== 'text');
const practiceKind = z.enum(
  PRACTICE_EVIDENCE_KINDS as [Exclude<EvidenceKind, 'text'>, ...Exclude<EvidenceKind, 'text'>[]],
  { message: `must be one of: ${PRACTICE_EVIDENCE_KINDS.join(', ')}` },
);

export const practiceSchema = z
  .strictObject({
    text: text(400),
    minutes: z.number().int().min(1, 'must be between 1 and 5').max(5, 'must be between 1 and 5'),
    evidence: z.union([practiceKind, z.partialRecord(networkKeys, practiceKind)]),
    channel: z.enum(['public']).optional(),
  })
  .refine((p) => typeof p.evidence === 'string' || Object.keys(p.evidence).length > 0, {
    message: 'names no network',
    path: ['evidence'],
  });

export const frontMatterSchema = z.strictObject({
  id: idSchema,
  title: text(120),
  minutes: z.number().int().min(3, 'must be between 3 and 20').max(20, 'must be between 3 and 20'),
  version: z.number().int().min(1),
  objective: text(400),
  network: z.boolean().default(false),
  /** Lessons to do first (a warning when they are not done, never a block). */
  requires: z.array(idSchema).max(10).optional(),
  /** Small real actions for `coach today` (1 to 5 minutes each). */
  practice: z.array(practiceSchema).min(1).max(5).optional(),
});

export const taskSchema = z
  .strictObject({
    evidence: z.union([evidenceKind, z.partialRecord(networkKeys, evidenceKind)]),
    count: z.number().int().min(1).max(10).default(1),
    draft_ok: z.boolean().default(false),
    prompt: text(200).optional(),
    min: z.number().int().min(0).max(100_000).optional(),
    max: z.number().int().min(1).max(100_000).optional(),
    min_lines: z.number().int().min(1).max(50).optional(),
    length: z.enum(['chars', 'x']).optional(),
    warn: z.enum(['inside-information']).optional(),
    pattern: z.string().min(1).max(500).optional(),
    channel: z.enum(['public']).optional(),
    /** For `url` with a `pattern`: a link the pattern accepts, shown when a link is refused. */
    example: z.string().url().max(300).optional(),
  })
  .refine((t) => t.min === undefined || t.max === undefined || t.min <= t.max, {
    message: 'min must not exceed max',
    path: ['min'],
  })
  .refine((t) => typeof t.evidence === 'string' || Object.keys(t.evidence).length > 0, {
    message: 'names no network',
    path: ['evidence'],
  });

export const quizSchema = z
  .strictObject({
    question: text(400),
    choices: z.record(z.string().regex(/^[a-z]$/, 'choice keys are single lower-case letters (a, b, c...)'), text(300)),
    answer: z.union([z.string(), z.array(z.string()).min(1)]),
    explain: text(800),
    /** Shown after a wrong first try, before the second (never the answer itself). */
    hint: text(300).optional(),
  })
  .superRefine((q, ctx) => {
    const letters = Object.keys(q.choices);
    if (letters.length < 2)
      ctx.addIssue({ code: 'custom', message: 'a quiz needs at least two choices', path: ['choices'] });
    for (const letter of [q.answer].flat()) {
      if (!letters.includes(letter))
        ctx.addIssue({
          code: 'custom',
          message: `"${letter}" is not one of the choices (${letters.join(', ')})`,
          path: ['answer'],
        });
    }
  });

export const reflectSchema = z.strictObject({
  prompt: text(400),
  optional: z.boolean().default(true),
});

export const checklistSchema = z.strictObject({
  items: z.array(text(300)).min(1).max(12),
});
