/**
 * The .eml writer against an independent MIME parser (postal-mime), on any text fast-check makes
 * up: names, subjects and bodies come back as written (less the characters the sanitiser removes),
 * no text adds a header or a recipient, and every line keeps the limits of RFC 5322 and 2045.
 */
import fc from 'fast-check';
import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { isMailAddress } from '../../src/core/sponsor/mail-address.js';
import { emlText, encodedWords, quotedPrintable } from '../../src/render/eml.js';
import { sanitise, sanitiseLine } from '../../src/render/sanitise.js';

const HEADERS = [
  'from',
  'to',
  'subject',
  'date',
  'mime-version',
  'content-type',
  'content-transfer-encoding',
  'x-unsent',
];
/** Hostile pieces mixed into the generated text: line breaks, header names, quotes, encoded-word look-alikes. */
const nasty = fc.constantFrom(
  '\r\n',
  '\n',
  '\r',
  'Bcc: x@evil.example',
  '"',
  '\\',
  ',',
  '<',
  '>',
  '=?UTF-8?B?QmNjOg==?=',
  '\u202E',
  '\u0000',
  'é',
  '’',
  '\u00A0',
  '👩‍💼',
  ' ',
  '=',
);
const text = fc
  .array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 30 }), nasty), { maxLength: 12 })
  .map((parts) => parts.join(''));
const oneSpace = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('emlText', () => {
  it('round-trips names, subject and body through postal-mime, and no text adds a header', async () => {
    await fc.assert(
      fc.asyncProperty(text, text, text, text, async (name, sender, subject, body) => {
        const raw = emlText({
          from: { name: sender, address: 'hr@example.com' },
          to: { name, address: 'ann.lee+x@mail.example.org' },
          subject,
          body,
          date: Date.UTC(2026, 11, 2, 8, 30),
        });
        const mail = await PostalMime.parse(raw);
        expect(mail.headers.map((h) => h.key)).toEqual(HEADERS);
        expect(mail.to).toHaveLength(1);
        expect(mail.to![0]).toMatchObject({ address: 'ann.lee+x@mail.example.org' });
        expect(oneSpace(mail.to![0]!.name)).toBe(oneSpace(sanitiseLine(name)));
        expect(oneSpace((mail.from as { name: string }).name)).toBe(oneSpace(sanitiseLine(sender)));
        expect(mail.subject ?? '').toBe(sanitiseLine(subject).trim());
        expect(mail.text).toBe(`${sanitise(body).replace(/\r\n?/g, '\n')}\n`);
        const lines = raw.split('\r\n');
        expect(lines.every((l) => l.length <= 78)).toBe(true);
        expect(raw.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      }),
      { numRuns: 300 },
    );
  });

  it('writes the date as RFC 5322 wants it, and no Message-ID', () => {
    const raw = emlText({
      to: { address: 'a@example.com' },
      subject: 'Hi',
      body: 'x',
      date: Date.UTC(2026, 11, 2, 8, 5, 9),
    });
    expect(raw).toContain('\r\nDate: Wed, 02 Dec 2026 08:05:09 +0000\r\n');
    expect(raw).not.toMatch(/message-id/i);
    expect(raw.startsWith('To: a@example.com\r\nSubject: Hi\r\n')).toBe(true);
  });
});

describe('the encodings', () => {
  it('quoted-printable: lines of at most 76, a soft break never inside a character, a trailing space kept', () => {
    const qp = quotedPrintable(`${'é'.repeat(100)} \n${'a'.repeat(200)}`);
    const lines = qp.split('\r\n');
    expect(lines.every((l) => l.length <= 76)).toBe(true);
    expect(lines.filter((l) => l.endsWith('=')).every((l) => !/=C3=$/.test(l))).toBe(true);
    expect(qp).toContain('=20\r\n');
  });

  it('encoded-words: at most 75 characters each, cut between code points', () => {
    const words = encodedWords('Zoë 👩‍💼 Lefèvre-Ñuñez '.repeat(5));
    expect(words.length).toBeGreaterThan(1);
    for (const w of words) {
      expect(w.length).toBeLessThanOrEqual(75);
      expect(Buffer.from(w.slice(10, -2), 'base64').toString('utf8')).not.toContain('\uFFFD');
    }
  });
});

describe('isMailAddress', () => {
  it.each(['ann@example.com', 'ann.lee+news@mail.example.org', "o'brien@example.ie", 'x_y-z@sub.example.co.uk'])(
    'accepts %s',
    (a) => expect(isMailAddress(a)).toBe(true),
  );
  it.each([
    'eve,bcc@evil.example',
    'a@b',
    'a b@example.com',
    '"a"@example.com',
    'a@example.com>',
    '<a@example.com>',
    'a@-x.example.com',
    'a..b@example.com',
    '.a@example.com',
    'zoë@example.com',
    'a@exämple.com',
    'a@example.com\r\nBcc: x@evil.example',
    `${'a'.repeat(65)}@example.com`,
  ])('refuses %j', (a) => expect(isMailAddress(a)).toBe(false));
});
