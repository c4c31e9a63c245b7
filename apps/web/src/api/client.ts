import type { Locale } from '@edushield/core';
import { errorMessage } from '@edushield/core/errors';

/**
 * The one place that talks HTTP to the API: JSON in and out, the anti-forgery
 * header on every non-GET request, and errors turned into ApiError with the
 * server's (already localised) message.
 */

export interface FieldProblem {
  field: string;
  code: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly requestId?: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** Field-level messages of a VALIDATION_FAILED answer, keyed by field name. */
  get fieldErrors(): Record<string, string> {
    const result: Record<string, string> = {};
    if (!Array.isArray(this.details)) return result;
    for (const item of this.details as unknown[]) {
      if (!item || typeof item !== 'object') continue;
      const { field, message, code } = item as Partial<FieldProblem>;
      if (typeof field !== 'string' || !field) continue;
      const key = normaliseFieldName(field);
      if (key in result) continue;
      // A specific refusal (UNIT_CODE_TAKEN, say) explains itself better than a generic field message.
      const fallback = this.code === 'VALIDATION_FAILED' ? fieldMessage(code, locale) : this.message;
      result[key] = typeof message === 'string' && message ? message : fallback;
    }
    return result;
  }

  get retryAfterSeconds(): number | null {
    const details = this.details as { retryAfterSeconds?: unknown } | undefined;
    const value = details?.retryAfterSeconds;
    return typeof value === 'number' && Number.isFinite(value) ? Math.max(0, Math.ceil(value)) : null;
  }
}

/** "/body/newPassword", "body.newPassword" and "newPassword" all name the same field. */
export function normaliseFieldName(field: string): string {
  return field
    .replace(/^\/+/, '')
    .replace(/^body[./]/, '')
    .replace(/\//g, '.');
}

const NETWORK_MESSAGE: Record<Locale, string> = {
  vi: 'Không kết nối được tới máy chủ. Hãy kiểm tra mạng rồi thử lại.',
  en: 'Could not reach the server. Check your connection and try again.',
};

/** When the server names a field problem without a message, say something useful anyway. */
const FIELD_MESSAGES: Record<string, Record<Locale, string>> = {
  required: { vi: 'Vui lòng nhập thông tin này.', en: 'Please fill in this field.' },
  minLength: { vi: 'Giá trị quá ngắn.', en: 'The value is too short.' },
  maxLength: { vi: 'Giá trị quá dài.', en: 'The value is too long.' },
  invalid: { vi: 'Giá trị không hợp lệ.', en: 'The value is not valid.' },
};

export function fieldMessage(code: string | undefined, forLocale: Locale): string {
  return (FIELD_MESSAGES[code ?? ''] ?? FIELD_MESSAGES.invalid)![forLocale];
}

let csrfToken: string | null = null;
let locale: Locale = 'vi';
let unauthorizedHandler: ((error: ApiError) => void) | null = null;

/** Every session-shaped answer carries the token the next non-GET request must echo. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function setClientLocale(next: Locale): void {
  locale = next;
}

export function onUnauthorized(handler: (error: ApiError) => void): () => void {
  unauthorizedHandler = handler;
  return () => {
    if (unauthorizedHandler === handler) unauthorizedHandler = null;
  };
}

export type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  query?: Record<string, QueryValue>;
  signal?: AbortSignal;
  /** Sign-in endpoints answer 401 for a wrong password: that is not an expired session. */
  redirectOn401?: boolean;
}

export function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

async function send(path: string, options: RequestOptions): Promise<Response> {
  const method = options.method ?? 'GET';
  // The language cookie may be missing (cleared, blocked): say the UI language explicitly,
  // so the server's messages match what the user reads.
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': locale };
  let body: BodyInit | undefined;
  if (options.body instanceof FormData) {
    body = options.body;
  } else if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  if (method !== 'GET') headers['x-csrf-token'] = csrfToken ?? '1';

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'NETWORK', NETWORK_MESSAGE[locale]);
  }
  if (!response.ok) {
    const error = await toApiError(response);
    if (error.status === 401 && options.redirectOn401 !== false) unauthorizedHandler?.(error);
    throw error;
  }
  return response;
}

async function toApiError(response: Response): Promise<ApiError> {
  let payload: unknown = null;
  try {
    payload = await response.json();
  } catch {
    // Not JSON (a proxy error page, say): fall back to a generic message.
  }
  const error = (payload as { error?: Record<string, unknown> } | null)?.error;
  const code =
    typeof error?.code === 'string' ? error.code : response.status === 401 ? 'UNAUTHENTICATED' : 'INTERNAL';
  const message =
    typeof error?.message === 'string' && error.message ? error.message : errorMessage(code, locale);
  const requestId =
    typeof error?.requestId === 'string'
      ? error.requestId
      : (response.headers.get('x-request-id') ?? undefined);
  return new ApiError(response.status, code, message, requestId, error?.details);
}

/** A JSON answer, or undefined for 204 No Content. */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const response = await send(path, options);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export interface DownloadedFile {
  blob: Blob;
  filename: string | null;
}

/** A file answer (an .xlsx the server generated). */
export async function apiBlob(path: string, options: RequestOptions = {}): Promise<DownloadedFile> {
  const response = await send(path, options);
  return {
    blob: await response.blob(),
    filename: filenameFromDisposition(response.headers.get('content-disposition')),
  };
}

export function filenameFromDisposition(header: string | null): string | null {
  if (!header) return null;
  const encoded = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (encoded?.[1]) {
    try {
      return decodeURIComponent(encoded[1].trim());
    } catch {
      // fall through to the plain form
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/.exec(header);
  return plain?.[1]?.trim() || null;
}
