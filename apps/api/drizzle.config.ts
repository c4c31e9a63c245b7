import { defineConfig } from 'drizzle-kit';

// Generates reviewed SQL into ./migrations. Never `drizzle-kit push` against a real database.
export default defineConfig({
  dialect: 'postgresql',
  schema: './apps/api/src/modules/*/*.table.ts',
  out: './apps/api/migrations',
  casing: 'snake_case',
});
