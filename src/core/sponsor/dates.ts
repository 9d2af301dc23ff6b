/** Due dates are calendar days (YYYY-MM-DD), due at the end of that day, UTC. */
const DAY = 86_400_000;

/** Whole days left until the due date (0 on the day itself, negative once it has passed). */
export function daysLeft(due: string, now: number): number {
  const today = Math.floor(now / DAY);
  return Math.floor(Date.parse(`${due}T00:00:00Z`) / DAY) - today;
}
