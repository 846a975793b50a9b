import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Long files start first, so two workers finish together instead of one running the longest
 * file alone at the end. Vitest already orders by the durations it cached on an earlier run;
 * a clean clone (CI) has no cache, so these files, the slowest when measured, go first
 * there. Order only: every selected file still runs.
 */
const HEAVY = [
  'test/hostile-input-enumeration.test.ts',
  'test/startup.test.ts',
  'test/e2e/screens.test.ts',
  'test/hostile-input.test.ts',
  'test/e2e/stripe-billing.test.ts',
  'test/e2e/member-management.test.ts',
  'test/e2e/invite-flow.test.ts',
  'test/join-concurrency.test.ts',
  'test/notifications.test.ts',
  'test/e2e/seats.test.ts',
];

export default class HeavyFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (spec: TestSpecification) => {
      const i = HEAVY.findIndex((file) => spec.moduleId.endsWith(file));
      return i === -1 ? HEAVY.length : i;
    };
    // Array.prototype.sort is stable: the rest keep Vitest's own order.
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}
