// Loaded with `node --import`: appends the URL of every ES module the process loads to the file
// named by COACH_LOAD_LOG, so a test can tell which chunks of the built coach a command loaded.
import { register } from 'node:module';

const hook = `
import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
  if (process.env.COACH_LOAD_LOG) appendFileSync(process.env.COACH_LOAD_LOG, url + '\\n');
  return next(url, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);
