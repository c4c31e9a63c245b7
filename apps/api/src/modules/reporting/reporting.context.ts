import type { Locale } from '@edushield/core';
import type { FastifyRequest } from 'fastify';
import type { Db, DbOrTx } from '../../db/client';
import type { PersonalDataCodec } from '../../lib/personal-data';
import type { Actor } from '../../plugins/access.types';
import type { Scope } from '../../plugins/scope';
import { appendAudit } from '../audit/audit.service';

/** What a reporting use case needs from the request; services never look at the request itself. */
export interface ReportingContext {
  db: Db;
  codec: PersonalDataCodec;
  actor: Actor;
  /** The units the caller may act in for the route's permission (from the gate). */
  scope: Scope;
  ip: string;
  requestId: string;
  route: string;
  locale: Locale;
  /** The clock (tests pass a fixed one). */
  now: () => Date;
}

export function reportingContext(
  db: Db,
  codec: PersonalDataCodec,
  request: FastifyRequest,
  locale: Locale,
  now: () => Date = () => new Date(),
): ReportingContext {
  return {
    db,
    codec,
    actor: request.actor!,
    scope: request.scope,
    ip: request.ip,
    requestId: request.id,
    route: `${request.method} ${request.routeOptions.url ?? ''}`,
    locale,
    now,
  };
}

export async function audit(
  tx: DbOrTx,
  ctx: ReportingContext,
  action: string,
  object: { type: string; id?: string | null; unitId?: string | null },
  details: Record<string, unknown> = {},
) {
  await appendAudit(tx, {
    action,
    outcome: 'success',
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
