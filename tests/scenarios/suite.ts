import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scenarios } from './index.js';
import { playScenario, type ScenarioDriver } from './scenario.js';

/**
 * Every scenario on one platform, in order, on one running app: what a scenario changes (a report, a role)
 * is what the next one finds, on every platform alike. A scenario needing what the platform cannot carry
 * (stickers on the console) is reported as skipped, not silently passed.
 */
export function scenarioSuite(platform: string, start: () => Promise<ScenarioDriver>): void {
  describe(`scenarios on ${platform}`, () => {
    let driver: ScenarioDriver;
    beforeAll(async () => {
      driver = await start();
    });
    afterAll(() => driver?.stop());

    for (const [index, scenario] of scenarios.entries()) {
      it(scenario.name, async (context) => {
        const outcome = await playScenario(driver, scenario, index);
        if (outcome.skipped.length > 0) context.skip(`${platform} cannot carry: ${outcome.skipped.join(', ')}`);
        expect(outcome.steps).toBe(scenario.steps.length);
      });
    }
  });
}
