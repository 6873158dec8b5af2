import { startZaloOaDriver } from '../scenarios/drivers/zalo.driver.js';
import { scenarioSuite } from '../scenarios/suite.js';

scenarioSuite('zalo-oa', startZaloOaDriver);
