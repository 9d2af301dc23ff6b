/**
 * The JSON Schemas shipped in src/schemas document each file format for the sponsor's own tools.
 * They are generated from the zod schemas the coach itself uses; this test fails when they drift.
 * Regenerate with: UPDATE_SCHEMAS=1 npx vitest run test/core/sponsor/schemas.test.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  enrollmentSchema,
  ENROLLMENT_FORMAT,
  exportSchema,
  EXPORT_FORMAT,
  programSchema,
  PROGRAM_FORMAT,
  PROGRAM_FORMAT_V1,
  programV1Schema,
} from '../../../src/core/sponsor/formats.js';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../src/schemas');
const schemas = [
  { file: 'program.schema.json', schema: programSchema, format: PROGRAM_FORMAT, title: 'exec-coach programme' },
  // Format 1 (no key fingerprint) is still read by the coach, so its schema still ships.
  {
    file: 'program-1.schema.json',
    schema: programV1Schema,
    format: PROGRAM_FORMAT_V1,
    title: 'exec-coach programme, format 1',
  },
  {
    file: 'enrollment.schema.json',
    schema: enrollmentSchema,
    format: ENROLLMENT_FORMAT,
    title: 'exec-coach enrolment',
  },
  { file: 'export.schema.json', schema: exportSchema, format: EXPORT_FORMAT, title: 'exec-coach completion record' },
];

function generate(schema: z.ZodType, format: string, title: string): string {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return `${JSON.stringify({ $id: `urn:exec-coach:schema:${format}`, title, ...json }, null, 2)}\n`;
}

describe('shipped JSON Schemas', () => {
  it.each(schemas)('$file matches the format the coach checks', ({ file, schema, format, title }) => {
    const expected = generate(schema, format, title);
    if (process.env.UPDATE_SCHEMAS === '1') writeFileSync(path.join(dir, file), expected);
    expect(readFileSync(path.join(dir, file), 'utf8')).toBe(expected);
    const parsed = JSON.parse(expected);
    expect(parsed.additionalProperties).toBe(false);
    expect(parsed.properties.format.const).toBe(format);
  });
});
