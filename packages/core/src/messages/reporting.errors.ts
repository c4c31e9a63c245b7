/**
 * Error codes of the reporting feature, with the message a user sees (Vietnamese
 * reference, English second). Spread into ERROR_MESSAGES in ../errors.ts.
 */
export const REPORTING_ERRORS = {} as const satisfies Record<string, { vi: string; en: string }>;
