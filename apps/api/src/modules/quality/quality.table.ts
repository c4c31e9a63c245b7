/** Drizzle tables of the quality feature (SQL in the reserved migration under apps/api/migrations). */
export {};
