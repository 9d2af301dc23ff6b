import { flag, type CommandSpec } from '../../cli/spec.js';

export const backup: CommandSpec = {
  name: 'backup',
  group: 'learner',
  help: (t) => t.cmd.backup,
  options: [flag('--out <file>', 'backupOut')],
  load: () => import('./run.js'),
};
