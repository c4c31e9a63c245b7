import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

/**
 * Generators and the verdict shared by the bad-input tests (bad-input.int.test.ts:
 * ids that match nothing; bad-input-objects.int.test.ts: ids of real objects).
 */

/** Routes that end the session or stream forever: called elsewhere (auth and import tests). */
export const SKIP = new Set([
  'POST /api/auth/logout',
  'POST /api/auth/logout-all',
  'GET /api/imports/:id/events',
]);

/** Junk in every query parameter the routes read: negative and non-numeric paging, bad ids, a NUL byte. */
export const JUNK_QUERY = 'limit=-5&page=ba&unitId=khong-phai-uuid&periodId=%27%3B--&q=%00';

export const PARAM_VALUES = [
  '00000000-0000-4000-8000-000000000000', // a well-formed id that matches nothing
  'khong-phai-uuid',
  `${"'; drop table users; --".repeat(12)}`,
];

export const BODIES: { label: string; payload: string; contentType: string }[] = [
  { label: 'invalid JSON', payload: '{"fullName": "Nguyễn', contentType: 'application/json' },
  { label: 'JSON array', payload: '[1, 2, 3]', contentType: 'application/json' },
  { label: 'JSON string', payload: '"xin chào"', contentType: 'application/json' },
  { label: 'JSON null', payload: 'null', contentType: 'application/json' },
  { label: 'wrong types', payload: '', contentType: 'application/json' }, // filled per route below
  { label: 'NUL bytes', payload: '', contentType: 'application/json' }, // filled per route below
  { label: 'edge values', payload: '', contentType: 'application/json' }, // filled per route below
  { label: 'form text', payload: 'a=1&b=2', contentType: 'text/plain' },
];

/** Every property named in the route's body schema, each given a value of a wrong type. */
export function wrongTypes(schema: unknown): string {
  const properties = (schema as { properties?: Record<string, { type?: unknown }> } | undefined)?.properties;
  const body: Record<string, unknown> = {};
  for (const [name, property] of Object.entries(properties ?? {})) {
    const type = property?.type;
    body[name] =
      type === 'string'
        ? { nested: ['không', 'phải', 'chuỗi'] }
        : type === 'integer' || type === 'number'
          ? 'mười hai'
          : type === 'boolean'
            ? 'có'
            : type === 'array'
              ? 'x'.repeat(10_000)
              : 12345;
  }
  return JSON.stringify(body);
}

export type JsonSchema = {
  type?: unknown;
  format?: string;
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  anyOf?: JsonSchema[];
  items?: JsonSchema;
  minItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  pattern?: string;
};

/**
 * A value of the right type but at the edge of what a database or a date
 * accepts: a NUL byte inside text (`nul`) or else 5,000 characters, an
 * integer past 32 bits, the 30th of February, an id that matches nothing;
 * nested objects and arrays alike.
 */
export function extreme(schema: JsonSchema | undefined, nul: boolean, depth = 0): unknown {
  if (!schema || depth > 4) return null;
  if (schema.const !== undefined) return schema.const;
  if (schema.enum?.length) return schema.enum[0];
  if (schema.anyOf?.length)
    return extreme(schema.anyOf.find((s) => s.type !== 'null') ?? schema.anyOf[0], nul, depth);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'string':
      if (schema.format === 'uuid') return '00000000-0000-4000-8000-000000000000';
      if (schema.format === 'date') return '2026-02-30';
      if (schema.format === 'date-time') return '2026-02-30T25:61:00Z';
      if (schema.format === 'email')
        return nul ? 'a\u0000@truong.edu.vn' : `${'a'.repeat(5000)}@truong.edu.vn`;
      return nul ? 'Nguyễn\u0000Văn An' : `Nguyễn Văn An ${'ễ'.repeat(5000)}`;
    case 'integer':
      return 2 ** 31;
    case 'number':
      return 1e308;
    case 'boolean':
      return true;
    case 'array':
      return Array.from({ length: Math.max(1, schema.minItems ?? 1) }, () =>
        extreme(schema.items, nul, depth + 1),
      );
    case 'object':
      return Object.fromEntries(
        Object.entries(schema.properties ?? {}).map(([k, v]) => [k, extreme(v, nul, depth + 1)]),
      );
    default:
      return null;
  }
}

/** The JSON body schema of a route, from the generated OpenAPI document. */
export function bodySchemas(app: FastifyInstance): (method: string, url: string) => JsonSchema | undefined {
  const spec = app.swagger() as {
    paths: Record<
      string,
      Record<string, { requestBody?: { content?: Record<string, { schema?: unknown }> } }>
    >;
  };
  return (method, url) =>
    spec.paths[url.replace(/:([A-Za-z]+)/g, '{$1}')]?.[method.toLowerCase()]?.requestBody?.content?.[
      'application/json'
    ]?.schema as JsonSchema | undefined;
}

const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;

/** What is wrong with an answer to bad input, or null when it is a coded answer below 500. */
export function problemWith(response: LightMyRequestResponse): string | null {
  if (response.statusCode >= 500) return `${response.statusCode} ${response.body.slice(0, 160)}`;
  if (response.statusCode < 400) return null;
  if (!String(response.headers['content-type'] ?? '').includes('application/json'))
    return `${response.statusCode} without JSON: ${response.body.slice(0, 120)}`;
  const error = (response.json() as { error?: { code?: string; message?: string } }).error;
  if (!error?.code || !/^[A-Z][A-Z0-9_]+$/.test(error.code))
    return `no error code: ${response.body.slice(0, 100)}`;
  if (!error.message || !VIETNAMESE.test(error.message))
    return `${error.code} without a Vietnamese message: ${JSON.stringify(error.message)}`;
  if (/\n\s+at |node_modules|\.ts:\d+/.test(response.body)) return `${error.code} leaks a stack trace`;
  return null;
}
