import type { Locale } from '@edushield/core';
import type { FastifyRequest } from 'fastify';
import type { Db, DbOrTx } from '../../db/client';
import type { Actor } from '../../plugins/access.types';
import type { Scope } from '../../plugins/scope';
import { appendAudit } from '../audit/audit.service';

/** What a learning use case needs from the request; services never see the request. */
export interface LearningContext {
  db: Db;
  actor: Actor;
  /** The units the caller may act in for the route's permission (from the gate). */
  scope: Scope;
  ip: string;
  requestId: string;
  locale: Locale;
  now: () => Date;
}

export function learningContext(db: Db, request: FastifyRequest, locale: Locale): LearningContext {
  return {
    db,
    actor: request.actor!,
    scope: request.scope,
    ip: request.ip,
    requestId: request.id,
    locale,
    now: () => new Date(),
  };
}

export async function audit(
  tx: DbOrTx,
  ctx: LearningContext,
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

/** Today in Vietnam (UTC+7) as YYYY-MM-DD. */
export const vietnamDate = (at: Date) => new Date(at.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
