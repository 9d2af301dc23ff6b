/** `coach config` without a key: every setting, its value, and what it is for. */
import type { Settings } from '../core/progress/types.js';
import type { Messages } from '../i18n/en.js';
import type { Style } from './style.js';

export const SETTING_KEYS = ['lang', 'name', 'network'] as const;

export function settingsText(settings: Settings, v: { t: Messages; style: Style }): string {
  return SETTING_KEYS.map(
    (k) => `${k.padEnd(8)} ${settings[k] ?? v.style.dim(v.t.config.notSet)}  ${v.style.dim(v.t.config.keys[k])}\n`,
  ).join('');
}
