import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scenarios } from './index.js';
import { groupPrivacy } from '../support/privacy-guard.js';
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
        // every text the driver sees going to a group is checked for the scenario's complainants' contacts
        groupPrivacy.reset();
        groupPrivacy.register(...(scenario.complainants ?? []));
        const outcome = await playScenario(driver, scenario, index);
        groupPrivacy.assertClean();
        // a guard that saw no group message proves nothing: the driver must show it what reached the groups
        if (outcome.steps > 0 && scenario.complainants?.length) expect(groupPrivacy.inspected).toBeGreaterThan(0);
        if (outcome.skipped.length > 0) context.skip(`${platform} cannot carry: ${outcome.skipped.join(', ')}`);
        expect(outcome.steps).toBe(scenario.steps.length);
      });
    }
  });
}
