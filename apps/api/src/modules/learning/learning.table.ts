/** Drizzle tables of the learning feature (SQL in the reserved migration under apps/api/migrations). */
export {};
