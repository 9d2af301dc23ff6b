import { flag, type CommandSpec } from '../../cli/spec.js';

export const invite: CommandSpec = {
  name: 'invite',
  group: 'sponsor',
  help: (t) => t.cmd.invite,
  options: [
    flag('--program <file>', 'programFile'),
    flag('--key <file>', 'keyFile'),
    flag('--learners <csv>', 'learnersFile'),
    flag('--out <dir>', 'outDir'),
    flag('--force', 'forceInvite'),
  ],
  load: () => import('./run.js'),
};
