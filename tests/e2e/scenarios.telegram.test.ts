import { startTelegramDriver } from '../scenarios/drivers/telegram.driver.js';
import { scenarioSuite } from '../scenarios/suite.js';

scenarioSuite('telegram', startTelegramDriver);
