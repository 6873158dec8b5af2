import { startConsoleDriver } from '../scenarios/drivers/console.driver.js';
import { scenarioSuite } from '../scenarios/suite.js';

scenarioSuite('console', startConsoleDriver);
