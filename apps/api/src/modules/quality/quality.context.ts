import type { Locale } from '@edushield/core';
import type { FastifyRequest } from 'fastify';
import type { Db, DbOrTx } from '../../db/client';
import type { Actor } from '../../plugins/access.types';
import type { Scope } from '../../plugins/scope';
import { appendAudit } from '../audit/audit.service';

/** What a quality use case needs from the request (services never look at the request itself). */
export interface QualityContext {
  db: Db;
  actor: Actor;
  scope: Scope;
  ip: string;
  requestId: string;
  locale: Locale;
}

export function qualityContext(db: Db, request: FastifyRequest, locale: Locale): QualityContext {
  return { db, actor: request.actor!, scope: request.scope, ip: request.ip, requestId: request.id, locale };
}

export async function auditQuality(
  tx: DbOrTx,
  ctx: QualityContext,
  action: string,
  object: { type: string; id: string; unitId: string | null },
  details: Record<string, unknown> = {},
) {
  await appendAudit(tx, {
    action,
    outcome: 'success',
    actorId: ctx.actor.userId,
    actorName: ctx.actor.username,
    objectType: object.type,
    objectId: object.id,
    unitId: object.unitId,
    ip: ctx.ip,
    requestId: ctx.requestId,
    details,
  });
}

/** Today in Vietnam (UTC+7) as YYYY-MM-DD. */
export const vietnamDate = (now: Date = new Date()) =>
  new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
