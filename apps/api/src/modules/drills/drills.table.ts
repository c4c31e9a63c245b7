/** Drizzle tables of the drills feature (SQL in the reserved migration under apps/api/migrations). */
export {};
