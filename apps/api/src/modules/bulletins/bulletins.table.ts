/** Drizzle tables of the bulletins feature (SQL in the reserved migration under apps/api/migrations). */
export {};
