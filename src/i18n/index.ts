/** Picks the interface language and its messages. */
import type { Lang } from '../core/lessons/types.js';
import { en, type Messages } from './en.js';

/** The messages of a language; French is loaded only when needed (it is half of the strings). */
export async function messages(lang: Lang): Promise<Messages> {
  return lang === 'fr' ? (await import('./fr.js')).fr : en;
}

/**
 * Language precedence (README, "Commands"): --lang, then the stored setting, then LC_ALL, LC_MESSAGES,
 * LANG (the first one set decides; "fr*" means French), else English.
 */
export function detectLang(
  flag: string | undefined,
  stored: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): Lang {
  for (const candidate of [flag, stored]) if (candidate === 'en' || candidate === 'fr') return candidate;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
