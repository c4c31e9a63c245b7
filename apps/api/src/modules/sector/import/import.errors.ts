import type { ErrorCode } from '@edushield/core';
import { AppError } from '../../../lib/errors';

/** HTTP status of each import refusal: the file is the client's problem (4xx), never a 500. */
const STATUS: Partial<Record<ErrorCode, number>> = {
  IMPORT_FILE_TYPE_UNSUPPORTED: 415,
  IMPORT_FILE_TYPE_MISMATCH: 415,
  IMPORT_ROWS_OVER_LIMIT: 413,
  FILE_TOO_LARGE: 413,
  IMPORT_BATCH_STATE: 409,
  IMPORT_HAS_BLOCKING: 409,
  IMPORT_NOTHING_TO_COMMIT: 409,
  IMPORT_UPLOAD_GONE: 410,
  IMPORT_NO_ERROR_WORKBOOK: 409,
};

export function importError(code: ErrorCode, details?: Record<string, unknown>): AppError {
  return new AppError(code, STATUS[code] ?? 400, details, `import: ${code} ${JSON.stringify(details ?? {})}`);
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
