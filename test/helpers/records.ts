/** A learner's store as `coach enroll` leaves it: enrolled in programme `p`, due 31 March 2027, nothing done yet. */
import { emptyStore, type Store } from '../../src/core/progress/types.js';
import { learnerKey } from '../../src/core/sponsor/sign.js';

export function enrolledStore(masterKey: string, learner: string, required: string[]): Store {
  return {
    ...emptyStore(),
    enrollment: {
      format: 'exec-coach.enrollment/1',
      id: '0b6f3c1e-7c7a-4d2f-9d7e-3b8f1f5a2c11',
      program: { id: 'p', title: 'P', sponsor: {}, required, due: '2027-03-31' },
      learner: { id: learner },
      key: learnerKey(masterKey, learner),
      issuedAt: '2026-11-01T00:00:00.000Z',
    },
  };
}
