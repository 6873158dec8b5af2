import { fileURLToPath } from 'node:url';

// One level above src/ (or dist/ in the container image): where migrations/, locales/ and resources/ live.
export const projectRoot = fileURLToPath(new URL('..', import.meta.url));
export const migrationsDir = fileURLToPath(new URL('../migrations', import.meta.url));
export const localesDir = fileURLToPath(new URL('../locales', import.meta.url));
export const resourcesDir = fileURLToPath(new URL('../resources', import.meta.url));
