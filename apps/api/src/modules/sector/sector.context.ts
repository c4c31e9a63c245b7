import type { Locale } from '@edushield/core';
import type { FastifyRequest } from 'fastify';
import type { Db, DbOrTx } from '../../db/client';
import type { PersonalDataCodec } from '../../lib/personal-data';
import type { Actor } from '../../plugins/access.types';
import { Scope } from '../../plugins/scope';
import { appendAudit } from '../audit/audit.service';

/**
 * What a sector use case needs from the request: the caller, the scope the
 * access gate computed for the route's permission, and the codec that opens
 * personal fields. Services never look at the request itself.
 */
export interface SectorContext {
  db: Db;
  codec: PersonalDataCodec;
  actor: Actor;
  /** The units the caller may act in for the route's permission (from the gate). */
  scope: Scope;
  ip: string;
  requestId: string;
  /** The route pattern (never the URL: query strings stay out of the audit log). */
  route: string;
  locale: Locale;
}

export function sectorContext(
  db: Db,
  codec: PersonalDataCodec,
  request: FastifyRequest,
  locale: Locale,
): SectorContext {
  return {
    db,
    codec,
    actor: request.actor!,
    scope: request.scope,
    ip: request.ip,
    requestId: request.id,
    route: `${request.method} ${request.routeOptions.url ?? ''}`,
    locale,
  };
}

/** Where the caller may see pupils' and staff's personal and sensitive fields unmasked. */
export const personalScope = (ctx: SectorContext) => Scope.of(ctx.actor, 'sector.read_personal');

/** Where the caller may see sector records at all (lists, duplicates). */
export const readScope = (ctx: SectorContext) => Scope.of(ctx.actor, 'sector.read');

export async function audit(
  tx: DbOrTx,
  ctx: SectorContext,
  action: string,
  object: { type: string; id?: string | null; unitId?: string | null },
  details: Record<string, unknown> = {},
  outcome: 'success' | 'denied' = 'success',
) {
  await appendAudit(tx, {
    action,
    outcome,
    actorId: ctx.actor.userId,
    actorName: ctx.actor.username,
    objectType: object.type,
    objectId: object.id ?? null,
    unitId: object.unitId ?? null,
    ip: ctx.ip,
    requestId: ctx.requestId,
    details,
  });
}

/** How many ids an audit entry lists; the count is always exact. */
const AUDIT_ID_LIMIT = 200;

/**
 * Every response that carries unmasked personal data is audited (security
 * test 18): which records, how many, through which route. Values never.
 */
export async function auditPersonalRead(
  ctx: SectorContext,
  objectType: 'student' | 'staff',
  ids: readonly string[],
  unitId: string | null = null,
) {
  if (ids.length === 0) return;
  await audit(
    ctx.db,
    ctx,
    `${objectType}.personal_read`,
    { type: objectType, id: ids.length === 1 ? ids[0] : null, unitId },
    { ids: ids.slice(0, AUDIT_ID_LIMIT), count: ids.length, route: ctx.route },
  );
}

/** A real calendar date, YYYY-MM-DD (schemas check the shape, this the calendar). */
export function isIsoDate(value: string): boolean {
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** Today in Vietnam (UTC+7, no daylight saving) as YYYY-MM-DD. */
export function vietnamToday(now = Date.now()): string {
  return new Date(now + 7 * 3_600_000).toISOString().slice(0, 10);
}

export interface Paging {
  page: number;
  pageSize: number;
}

/**
 * The unique index a statement violated (pg and PGlite both report it),
 * looking through Drizzle's wrapper; undefined for any other error.
 */
export function violatedUniqueIndex(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth++) {
    const { code, constraint, message } = current as {
      code?: unknown;
      constraint?: unknown;
      message?: unknown;
    };
    if (code === '23505') {
      if (typeof constraint === 'string') return constraint;
      const named = typeof message === 'string' ? /constraint "([^"]+)"/.exec(message) : null;
      return named?.[1] ?? '';
    }
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
