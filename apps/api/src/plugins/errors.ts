import { type ErrorCode, errorMessage, type Locale } from '@edushield/core';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError, sqlState } from '../lib/errors';
import { requestLocale } from './locale';

interface FieldProblem {
  field: string;
  code: string;
  message: string;
}

/**
 * Maps every error to { error: { code, message, requestId, details } } in the
 * caller's language. Stack traces and SQL go to the log, never to the client.
 */
export const errorsPlugin = fp(async (app: FastifyInstance) => {
  // Text never legitimately holds a NUL byte (PostgreSQL refuses it): answer before any handler runs.
  app.addHook('preValidation', async (request) => {
    if (holdsNul(request.body) || holdsNul(request.query) || holdsNul(request.params))
      throw new AppError('VALIDATION_FAILED', 400);
  });
  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    const locale = requestLocale(request);
    if (error instanceof AppError) {
      if (error.status >= 500) request.log.error({ err: error }, 'application error');
      if (error.status === 429) {
        const retry = (error.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
        if (retry) reply.header('retry-after', String(retry));
      }
      return send(reply, request, error.status, error.code, locale, error.details);
    }
    if (error.validation) {
      const details = error.validation.map((v) => fieldProblem(v, error.validationContext ?? 'body', locale));
      return send(reply, request, 400, 'VALIDATION_FAILED', locale, details);
    }
    const status = error.statusCode ?? 500;
    const fastifyCode: Record<string, ErrorCode> = {
      FST_ERR_CTP_BODY_TOO_LARGE: 'BODY_TOO_LARGE',
      FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
      FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_JSON',
      FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_JSON',
      FST_INVALID_MULTIPART_CONTENT_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
      FST_REQ_FILE_TOO_LARGE: 'FILE_TOO_LARGE',
      FST_FILES_LIMIT: 'FILE_INVALID',
      FST_PARTS_LIMIT: 'FILE_INVALID',
      FST_PROTO_VIOLATION: 'MALFORMED_JSON',
      FST_ERR_RATE_LIMIT: 'RATE_LIMITED',
    };
    const mapped = error.code ? fastifyCode[error.code] : undefined;
    if (mapped) return send(reply, request, status >= 400 && status < 500 ? status : 400, mapped, locale);
    if (error instanceof SyntaxError && status === 400)
      return send(reply, request, 400, 'MALFORMED_JSON', locale);
    const state = sqlState(error);
    if (state === '23505') return send(reply, request, 409, 'CONFLICT', locale);
    // Values the database cannot take (bad text or date, NUL byte, number out of range, too long).
    if (state && INVALID_VALUE_STATES.has(state)) {
      return send(reply, request, 400, 'VALIDATION_FAILED', locale);
    }
    if (status >= 400 && status < 500) return send(reply, request, status, 'VALIDATION_FAILED', locale);
    request.log.error({ err: error }, 'unhandled error');
    return send(reply, request, 500, 'INTERNAL', locale);
  });
});

/** SQLSTATEs of a value the database refuses: a client's fault, answered 400. */
const INVALID_VALUE_STATES = new Set([
  '22P02', // invalid text representation
  '22007', // invalid datetime format
  '22008', // datetime field overflow
  '22003', // numeric value out of range
  '22001', // string data right truncation
  '22021', // character not in repertoire (a NUL byte)
  '22P05', // untranslatable character
]);

function holdsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (!value || typeof value !== 'object' || depth > 20) return false;
  if (Buffer.isBuffer(value)) return false;
  for (const item of Array.isArray(value) ? value : Object.values(value))
    if (holdsNul(item, depth + 1)) return true;
  return false;
}

/**
 * Errors the router raises before any route or hook runs (a malformed URL,
 * an id longer than the router accepts): the same coded JSON as every
 * other bad input. Given to Fastify as `frameworkErrors`.
 */
export function frameworkError(_error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  return send(reply, request, 400, 'VALIDATION_FAILED', requestLocale(request));
}

/** The JSON 404 for unknown API routes. */
export function sendRouteNotFound(request: FastifyRequest, reply: FastifyReply) {
  return send(reply, request, 404, 'ROUTE_NOT_FOUND', requestLocale(request));
}

function send(
  reply: FastifyReply,
  request: FastifyRequest,
  status: number,
  code: ErrorCode,
  locale: Locale,
  details?: unknown,
) {
  reply.header('cache-control', 'no-store');
  return reply.status(status).send({
    error: {
      code,
      message: errorMessage(code, locale),
      requestId: request.id,
      ...(details ? { details } : {}),
    },
  });
}

type Describe = (p: Record<string, unknown>) => string;
const FIELD_MESSAGES: Record<string, Record<Locale, Describe>> = {
  required: { vi: () => 'bắt buộc nhập', en: () => 'is required' },
  maxLength: { vi: (p) => `tối đa ${p.limit} ký tự`, en: (p) => `at most ${p.limit} characters` },
  minLength: { vi: (p) => `ít nhất ${p.limit} ký tự`, en: (p) => `at least ${p.limit} characters` },
  format: { vi: (p) => `sai định dạng (${p.format})`, en: (p) => `has the wrong format (${p.format})` },
  pattern: { vi: () => 'sai định dạng', en: () => 'has the wrong format' },
  type: { vi: (p) => `phải là kiểu ${p.type}`, en: (p) => `must be of type ${p.type}` },
  enum: { vi: () => 'không nằm trong danh sách cho phép', en: () => 'is not one of the allowed values' },
  const: { vi: () => 'không nằm trong danh sách cho phép', en: () => 'is not one of the allowed values' },
  anyOf: { vi: () => 'không nằm trong danh sách cho phép', en: () => 'is not one of the allowed values' },
  additionalProperties: {
    vi: (p) => `trường "${p.additionalProperty}" không được phép gửi`,
    en: (p) => `field "${p.additionalProperty}" is not allowed`,
  },
  minimum: { vi: (p) => `phải ≥ ${p.limit}`, en: (p) => `must be ≥ ${p.limit}` },
  maximum: { vi: (p) => `phải ≤ ${p.limit}`, en: (p) => `must be ≤ ${p.limit}` },
  maxItems: { vi: (p) => `tối đa ${p.limit} phần tử`, en: (p) => `at most ${p.limit} items` },
  minItems: { vi: (p) => `ít nhất ${p.limit} phần tử`, en: (p) => `at least ${p.limit} items` },
};

function fieldProblem(
  v: { keyword: string; instancePath: string; params: Record<string, unknown> },
  context: string,
  locale: Locale,
): FieldProblem {
  const base = v.instancePath.replace(/^\//, '').replaceAll('/', '.');
  const field =
    v.keyword === 'required'
      ? [base, String(v.params.missingProperty)].filter(Boolean).join('.')
      : base || context;
  const describe = FIELD_MESSAGES[v.keyword];
  const message = describe ? describe[locale](v.params) : locale === 'vi' ? 'không hợp lệ' : 'is not valid';
  return { field, code: v.keyword, message };
}
