import { flag, type CommandSpec } from '../../cli/spec.js';

export const exportRecord: CommandSpec = {
  name: 'export',
  group: 'learner',
  help: (t) => t.cmd.export,
  options: [flag('--out <file>', 'outFile'), flag('--preview', 'preview')],
  load: () => import('./run.js'),
};
