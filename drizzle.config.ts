import { defineConfig } from 'drizzle-kit';

// drizzle-kit reads the schema barrel and writes SQL migrations that are committed and applied at start-up.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema/index.ts',
  out: './migrations',
});
