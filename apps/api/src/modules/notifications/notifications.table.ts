/** Drizzle tables of the notifications feature (SQL in the reserved migration under apps/api/migrations). */
export {};
