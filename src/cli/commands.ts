/** Every command, in the order the help lists them: the learner's, then the sponsor's, then the authors'. */
import { backup } from '../commands/backup/command.js';
import { config } from '../commands/config/command.js';
import { doctor } from '../commands/doctor/command.js';
import { enroll } from '../commands/enroll/command.js';
import { exportRecord } from '../commands/export/command.js';
import { invite } from '../commands/invite/command.js';
import { lint } from '../commands/lint/command.js';
import { list } from '../commands/list/command.js';
import { notes } from '../commands/notes/command.js';
import { nudge } from '../commands/nudge/command.js';
import { plan } from '../commands/plan/command.js';
import { program } from '../commands/program/command.js';
import { report } from '../commands/report/command.js';
import { reset } from '../commands/reset/command.js';
import { restore } from '../commands/restore/command.js';
import { show } from '../commands/show/command.js';
import { start } from '../commands/start/command.js';
import { status } from '../commands/status/command.js';
import { sync } from '../commands/sync/command.js';
import { today } from '../commands/today/command.js';
import type { CommandSpec } from './spec.js';

export const COMMANDS: readonly CommandSpec[] = [
  list,
  start,
  today,
  plan,
  show,
  status,
  notes,
  reset,
  config,
  doctor,
  enroll,
  exportRecord,
  sync,
  backup,
  restore,
  program,
  invite,
  report,
  nudge,
  lint,
];
