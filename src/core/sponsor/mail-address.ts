/**
 * Whether a roster's e-mail value can go, as it is, into a To: header. The roster reader only
 * checks the shape "something@something.tld"; a header needs more, because the value comes from a
 * spreadsheet anyone may have edited: a comma, a quote, an angle bracket or a line break in it
 * would add a recipient or a header. So only the plain RFC 5322 dot-atom form is accepted (the
 * form every real company address has), ASCII only (no SMTPUTF8): anything else is skipped with
 * a reason, never "repaired". Pure.
 */

/** RFC 5322 atext: letters, digits and these: ! # $ % & ' * + - / = ? ^ _ ` { | } ~ */
const ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
const LOCAL = new RegExp(`^${ATOM}(?:\\.${ATOM})*$`);
/** Host names: labels of letters, digits and inner dashes, at least two labels, a letter TLD. */
const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
const DOMAIN = new RegExp(`^(?:${LABEL}\\.)+[A-Za-z]{2,63}$`);

export function isMailAddress(value: string): boolean {
  if (value.length > 254) return false;
  const at = value.lastIndexOf('@');
  if (at <= 0) return false;
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  return local.length <= 64 && LOCAL.test(local) && DOMAIN.test(domain);
}
