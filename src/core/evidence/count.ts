import type { AcceptedLink } from './types.js';

/** Why a further link does not count towards `count: N`, or 'ok' when it does. */
export type DistinctVerdict = 'ok' | 'duplicate' | 'duplicate-parent';

/**
 * Decides whether `next` adds a new item to those already accepted for a `count: N` task.
 * Items are the same when their keys are equal. With `distinctParent` (e.g. "comment on 3
 * different posts"), an item is also refused when it shares its parent with an accepted one;
 * an item without a parent never clashes on parent, since nothing is known about it.
 */
export function acceptDistinct(
  items: readonly AcceptedLink[],
  next: AcceptedLink,
  opts: { distinctParent?: boolean } = {},
): DistinctVerdict {
  if (items.some((item) => item.key === next.key)) return 'duplicate';
  if (opts.distinctParent === true && next.parent !== undefined && items.some((item) => item.parent === next.parent)) {
    return 'duplicate-parent';
  }
  return 'ok';
}
