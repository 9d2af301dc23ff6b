/**
 * A plain-text e-mail as an `.eml` file (RFC 5322, MIME 1.0) that a mail client opens as a draft
 * to send (`X-Unsent: 1`: Outlook's convention; others open it as a message to forward or resend).
 * CRLF line endings; UTF-8 body in quoted-printable (7-bit safe through any gateway); names and
 * subject as RFC 2047 encoded-words when they are not plain ASCII.
 *
 * Everything here may come from a roster or a programme file, so from outside: control, bidi and
 * zero-width characters are removed, header values are one line, a name with quotes or commas is
 * quoted or encoded, and an address that is not a plain dot-atom address is refused (throws).
 * No Message-ID and nothing that identifies the file or its reader: the mail client adds its own
 * Message-ID when it sends.
 */
import { isMailAddress } from '../core/sponsor/mail-address.js';
import { sanitise, sanitiseLine } from './sanitise.js';

export interface Mailbox {
  name?: string | null;
  address: string;
}

export interface MailDraft {
  from?: Mailbox;
  to: Mailbox;
  subject: string;
  /** Plain text, lines separated by \n. */
  body: string;
  /** Milliseconds since the epoch, for the Date header. */
  date: number;
}

const CRLF = '\r\n';

/** The message, ready to write as bytes of UTF-8 (it is in fact all ASCII). */
export function emlText(mail: MailDraft): string {
  const headers = [
    ...(mail.from ? [fold('From:', mailbox(mail.from))] : []),
    fold('To:', mailbox(mail.to)),
    fold('Subject:', headerText(mail.subject)),
    `Date: ${rfc5322Date(mail.date)}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: quoted-printable',
    'X-Unsent: 1',
  ];
  return `${headers.join(CRLF)}${CRLF}${CRLF}${quotedPrintable(sanitise(mail.body))}${CRLF}`;
}

/**
 * A header line from its pieces, joined by spaces, folded (CRLF and a space) before a piece that
 * would take the line past 78 characters. Pieces are never cut: an encoded-word is at most 75.
 */
function fold(name: string, pieces: string[]): string {
  const lines = [name];
  for (const piece of pieces) {
    const last = lines.length - 1;
    if (lines[last] !== name && lines[last]!.length + 1 + piece.length > 78) lines.push(` ${piece}`);
    else lines[last] += ` ${piece}`;
  }
  return lines.join(CRLF);
}

/** `Name <address>` as header pieces: the name as an atom phrase, a quoted string or encoded-words; just the address without a name. */
export function mailbox(box: Mailbox): string[] {
  if (!isMailAddress(box.address))
    throw new Error(`not a plain e-mail address: ${JSON.stringify(box.address.slice(0, 80))}`);
  const name = sanitiseLine(box.name ?? '').trim();
  if (!name) return [box.address];
  return [...displayName(name), `<${box.address}>`];
}

function displayName(name: string): string[] {
  // A name that looks like an encoded-word itself is encoded, so that it shows as typed.
  if (name.includes('=?') || name.length > 60) return encodedWords(name);
  if (/^[A-Za-z0-9!#$%&'*+/=?^_`{|}~ -]+$/.test(name)) return [name];
  // Printable ASCII with specials (a comma, a quote, a dot): a quoted string, its quotes and backslashes escaped.
  if (/^[\x20-\x7E]+$/.test(name)) return [`"${name.replace(/(["\\])/g, '\\$1')}"`];
  return encodedWords(name);
}

/** A header's text: as it is when short printable ASCII, else encoded-words. */
function headerText(value: string): string[] {
  const text = sanitiseLine(value).trim();
  if (/^[\x20-\x7E]*$/.test(text) && 'Subject: '.length + text.length <= 78 && !text.includes('=?')) return [text];
  return encodedWords(text);
}

/**
 * RFC 2047 B encoding, in pieces of at most 39 bytes of UTF-8 (an encoded-word of 64 characters,
 * so each folded line stays under 78), cut between code points, never inside one.
 */
export function encodedWords(text: string): string[] {
  const words: string[] = [];
  let piece = '';
  for (const char of text) {
    if (Buffer.byteLength(piece + char, 'utf8') > 39) {
      words.push(word(piece));
      piece = '';
    }
    piece += char;
  }
  if (piece || words.length === 0) words.push(word(piece));
  return words;
}

const word = (s: string) => `=?UTF-8?B?${Buffer.from(s, 'utf8').toString('base64')}?=`;

/**
 * Quoted-printable (RFC 2045 §6.7) of the UTF-8 bytes: lines of at most 76 characters with soft
 * breaks, `=` and non-ASCII bytes as =XX, a space or tab at the end of a line encoded, CRLF between lines.
 */
export function quotedPrintable(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => qpLine(line))
    .join(CRLF);
}

function qpLine(line: string): string {
  // One token per character (all its bytes), so that a soft break never falls inside a character.
  const chars = [...line];
  const tokens = chars.map((char, i) => {
    const last = i === chars.length - 1;
    if (char === ' ' || char === '\t') return last ? `=${char === ' ' ? '20' : '09'}` : char;
    if (/^[!-<>-~]$/.test(char)) return char;
    return [...Buffer.from(char, 'utf8')].map((b) => `=${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
  });
  const out: string[] = [];
  let current = '';
  for (const token of tokens) {
    // 75 and the soft-break "=" make 76; a token (=XX) is never split.
    if (current.length + token.length > 75) {
      out.push(`${current}=`);
      current = '';
    }
    current += token;
  }
  out.push(current);
  return out.join(CRLF);
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `Wed, 02 Dec 2026 04:34:15 +0000` (RFC 5322 §3.3), in UTC. */
export function rfc5322Date(ms: number): string {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]}, ${p(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
}
