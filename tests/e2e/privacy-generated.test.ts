import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startConsoleDriver } from '../scenarios/drivers/console.driver.js';
import { startTelegramDriver } from '../scenarios/drivers/telegram.driver.js';
import { startZaloBotDriver, startZaloOaDriver } from '../scenarios/drivers/zalo.driver.js';
import type { Outgoing, Reply, ScenarioDriver } from '../scenarios/scenario.js';
import { complaint } from '../support/generated-complaints.js';
import { groupPrivacy } from '../support/privacy-guard.js';

/**
 * Generated complaints naming a Vietnamese person and their village or house (tests/support/generated-complaints.ts),
 * through every path by which a case reaches a group, on every platform: logged on one line in the unit's
 * group, logged in private (the group gets the echo), the complainant's contact then given in private, and the
 * group's list of open cases. The platform's driver shows every text bound for a group to the privacy guard.
 */
const PER_PLATFORM = 4;
const seed = Number(process.env.PRIVACY_SEED ?? Date.now() % 1_000_000);

const platforms: Array<[string, () => Promise<ScenarioDriver>]> = [
  ['console', startConsoleDriver],
  ['telegram', startTelegramDriver],
  ['zalo-oa', startZaloOaDriver],
  ['zalo-bot', startZaloBotDriver],
];

for (const [platform, start] of platforms) {
  describe(`generated complaints never reach a group on ${platform} (seed ${seed})`, () => {
    let driver: ScenarioDriver;
    beforeAll(async () => {
      driver = await start();
      await driver.beginScenario(90);
    });
    afterAll(() => driver?.stop());

    const send = (message: Omit<Outgoing, 'reply' | 'chatter'> & { reply?: boolean }) =>
      driver.send({ reply: false, chatter: false, ...message });
    /** A likely duplicate is asked about (the group sees the other case's line): it is another case. */
    async function logged(reply: Reply | null, place: 'unit' | 'private'): Promise<string> {
      let answer = reply;
      if (answer?.choices.some((choice) => choice.includes('Vụ việc khác')))
        answer = await send({
          as: 'focal',
          in: place,
          content: { choice: answer.choices.findIndex((c) => c.includes('Vụ việc khác')) },
          reply: true,
        });
      if (place === 'private' && answer && /liên hệ/i.test(answer.text) && answer.choices.length > 0)
        answer = await send({ as: 'focal', in: place, content: { text: 'bỏ qua' }, reply: true });
      const code = /PA-\d{4}-\d+/.exec(answer?.text ?? '')?.[0];
      if (!code) throw new Error(`not logged:\n${answer?.text}`);
      return code;
    }

    it('hides the name, the given name after a title and the address in every group-bound text', async () => {
      const samples = fc.sample(complaint, { seed: seed + platform.length, numRuns: PER_PLATFORM });
      groupPrivacy.reset();
      for (const [index, sample] of samples.entries()) {
        groupPrivacy.register(...sample.secrets);
        const inGroup = index % 2 === 0;
        const place = inGroup ? 'unit' : 'private';
        const code = await logged(await send({ as: 'focal', in: place, content: { text: `/phananh hotline ${sample.text}` } }), place);
        await send({ as: 'focal', in: 'private', content: { text: `/phananh lienhe ${code} ${sample.person.full}, 0912 345 67${index}` } });
        groupPrivacy.register({ kind: 'phone', value: `0912 345 67${index}` });
        const list = await send({ as: 'focal', in: 'unit', content: { text: '/phananh ds' } });
        expect(list?.text).toContain(code);
      }
      groupPrivacy.assertClean();
      expect(groupPrivacy.inspected).toBeGreaterThanOrEqual(PER_PLATFORM * 2);
    });
  });
}
