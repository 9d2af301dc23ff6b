import { flag, type CommandSpec } from '../../cli/spec.js';

export const config: CommandSpec = {
  name: 'config',
  group: 'learner',
  help: (t) => t.cmd.config,
  args: [
    { name: '[key]', key: 'key', help: (t) => t.cmd.args.key },
    { name: '[value]', key: 'value', help: (t) => t.cmd.args.value },
  ],
  options: [flag('--unset', 'unset'), flag('--json', 'json')],
  load: () => import('./run.js'),
};
