/**
 * Error codes of the drills feature, with the message a user sees (Vietnamese
 * reference, English second). Spread into ERROR_MESSAGES in ../errors.ts.
 */
export const DRILLS_ERRORS = {} as const satisfies Record<string, { vi: string; en: string }>;
