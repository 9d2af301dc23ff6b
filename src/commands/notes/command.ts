import { flag, type CommandSpec } from '../../cli/spec.js';

export const notes: CommandSpec = {
  name: 'notes',
  group: 'learner',
  help: (t) => t.cmd.notes,
  args: [{ name: '[lesson]', key: 'lesson', help: (t) => t.cmd.args.lesson }],
  options: [flag('--format <format>', 'notesFormat', { choices: ['text', 'md'] })],
  load: () => import('./run.js'),
};
