/**
 * Error codes of the dashboard feature, with the message a user sees (Vietnamese
 * reference, English second). Spread into ERROR_MESSAGES in ../errors.ts.
 */
export const DASHBOARD_ERRORS = {} as const satisfies Record<string, { vi: string; en: string }>;
