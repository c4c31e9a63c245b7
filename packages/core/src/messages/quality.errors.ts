/**
 * Error codes of the quality feature, with the message a user sees (Vietnamese
 * reference, English second). Spread into ERROR_MESSAGES in ../errors.ts.
 */
export const QUALITY_ERRORS = {} as const satisfies Record<string, { vi: string; en: string }>;
