/**
 * Error codes of the learning feature, with the message a user sees (Vietnamese
 * reference, English second). Spread into ERROR_MESSAGES in ../errors.ts.
 */
export const LEARNING_ERRORS = {} as const satisfies Record<string, { vi: string; en: string }>;
