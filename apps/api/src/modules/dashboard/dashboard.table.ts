/** Drizzle tables of the dashboard feature (SQL in the reserved migration under apps/api/migrations). */
export {};
