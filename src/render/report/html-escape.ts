/** Escaping for the HTML report: every string from the data goes through here before the page. */
import { cleanText } from './common.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text made safe for an HTML element or a quoted attribute value: the five significant
 * characters become entities, and control or bidi characters are removed (cleanText), so a
 * roster name such as `"><img src=x onerror=…>` shows as the text it is.
 */
export function escapeHtml(s: string): string {
  return cleanText(s).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
