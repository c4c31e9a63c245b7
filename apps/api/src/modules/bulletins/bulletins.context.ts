import type { Locale } from '@edushield/core';
import type { FastifyRequest } from 'fastify';
import type { Settings } from '../../config/settings';
import type { Db, DbOrTx } from '../../db/client';
import type { Actor } from '../../plugins/access.types';
import { requestLocale } from '../../plugins/locale';
import type { Scope } from '../../plugins/scope';
import { appendAudit } from '../audit/audit.service';

/**
 * What a bulletins use case needs from the request: the caller, the scope
 * the access gate computed for the route's permission (absent on routes
 * open to any signed-in user), and the settings (public URL for the feed).
 */
export interface BulletinsContext {
  db: Db;
  settings: Settings;
  actor: Actor;
  scope: Scope;
  ip: string;
  requestId: string;
  locale: Locale;
  now: () => Date;
}

export function bulletinsContext(db: Db, settings: Settings, request: FastifyRequest): BulletinsContext {
  return {
    db,
    settings,
    actor: request.actor!,
    scope: request.scope,
    ip: request.ip,
    requestId: request.id,
    locale: requestLocale(request),
    now: () => new Date(),
  };
}

export async function audit(
  tx: DbOrTx,
  ctx: BulletinsContext,
  action: string,
  object: { id: string; unitId: string | null },
  details: Record<string, unknown> = {},
) {
  await appendAudit(tx, {
    action,
    outcome: 'success',
    actorId: ctx.actor.userId,
    actorName: ctx.actor.username,
    objectType: 'bulletin',
    objectId: object.id,
    unitId: object.unitId,
    ip: ctx.ip,
    requestId: ctx.requestId,
    details,
  });
}

/** A moment as Vietnam sees it (UTC+7, no daylight saving): dd/mm/yyyy HH:mm. */
export function vietnamDateTime(value: Date | string): string {
  const d = new Date(new Date(value).getTime() + 7 * 3_600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}
