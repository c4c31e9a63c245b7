import type { ErrorCode } from '@edushield/core';

/**
 * An error the client may see: a stable code (its message comes from the
 * shared catalogue in the user's language), an HTTP status and optional
 * structured details (field names, row numbers). Never internals.
 */
export class AppError extends Error {
  constructor(
    public readonly code: ErrorCode,
    public readonly status: number,
    public readonly details?: unknown,
    /** For the log only. */
    public readonly internal?: string,
  ) {
    super(internal ?? code);
    this.name = 'AppError';
  }
}

export const badRequest = (code: ErrorCode = 'VALIDATION_FAILED', details?: unknown) =>
  new AppError(code, 400, details);
export const unauthenticated = (code: ErrorCode = 'UNAUTHENTICATED') => new AppError(code, 401);
export const forbidden = (code: ErrorCode = 'FORBIDDEN', details?: unknown) =>
  new AppError(code, 403, details);
/** Also used for objects outside the caller's scope, so that nothing leaks. */
export const notFound = () => new AppError('NOT_FOUND', 404);
export const conflict = (code: ErrorCode = 'CONFLICT', details?: unknown) => new AppError(code, 409, details);
export const tooManyRequests = (retryAfterSeconds: number) =>
  new AppError('TOO_MANY_ATTEMPTS', 429, { retryAfterSeconds });

/** The SQLSTATE of a database error, looking through Drizzle's wrapper. */
export function sqlState(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

export const isUniqueViolation = (error: unknown) => sqlState(error) === '23505';
