import { roleHasPermission } from '@edushield/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Db } from '../db/client';
import { AppError, badRequest, forbidden, notFound, unauthenticated } from '../lib/errors';
import { appendAudit } from '../modules/audit/audit.service';
import { loadActor, touchSession } from '../modules/auth/sessions.repository';
import type { AccessRule, Actor, ObjectKind, ObjectLocator } from './access.types';
import { Scope } from './scope';

export const SESSION_COOKIE = 'edushield_sid';
export const CSRF_HEADER = 'x-csrf-token';

export interface UnitRef {
  id: string;
  path: string;
}
/** Finds the org unit that owns an object; null when there is no such object. */
export type ObjectUnitResolver = (db: Db, id: string) => Promise<UnitRef | null>;

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: AccessRule;
  }
  interface FastifyRequest {
    actor: Actor | null;
    /** Set by the gate for permission routes: the units the caller may act in. */
    scope: Scope;
    /** Units of the objects the request named, in locator order. */
    objectUnits: UnitRef[];
  }
  interface FastifyInstance {
    objectKinds: Map<ObjectKind, ObjectUnitResolver>;
    /** Routes registered under /api with their access rules (for the access-matrix test). */
    accessRoutes: { method: string; url: string; access: AccessRule }[];
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface AccessOptions {
  db: Db;
  sessionPolicy: { idleMinutes: number; absoluteHours: number };
}

/**
 * The one access gate. It runs before validation and before any handler:
 * it resolves the session, enforces CSRF, pending sign-in steps (password
 * change, MFA) and the route's declared permission over the units of every
 * object the request names. Handlers never check permissions themselves.
 */
export const accessPlugin = fp(async (app: FastifyInstance, options: AccessOptions) => {
  const { db, sessionPolicy } = options;
  app.decorate('objectKinds', new Map<ObjectKind, ObjectUnitResolver>());
  app.decorate('accessRoutes', []);
  app.decorateRequest('actor', null);
  app.decorateRequest('scope', null as unknown as Scope);
  app.decorateRequest('objectUnits', null as unknown as UnitRef[]);

  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) return;
    const access = route.config?.access;
    if (!access)
      throw new Error(`Route ${route.method} ${route.url} declares no access rule (config.access)`);
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') app.accessRoutes.push({ method, url: route.url, access });
    }
  });

  app.addHook('onRequest', async (request) => {
    request.objectUnits = [];
    const token = request.cookies[SESSION_COOKIE];
    if (!token || token.length > 100) return;
    request.actor = await loadActor(db, token, sessionPolicy);
    if (request.actor && Date.now() - request.actor.sessionLastSeenAt.getTime() > 60_000) {
      await touchSession(db, request.actor.sessionHash);
    }
  });

  app.addHook('preValidation', async (request, reply) => {
    const access = request.routeOptions.config?.access;
    if (!access) return; // static files and the 404 handler
    checkOrigin(request);
    if ('public' in access) {
      if (!SAFE_METHODS.has(request.method) && !request.headers[CSRF_HEADER]) throw forbidden('CSRF_FAILED');
      return;
    }
    const actor = request.actor;
    if (!actor) {
      if (request.cookies[SESSION_COOKIE]) {
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        throw unauthenticated('SESSION_EXPIRED');
      }
      throw unauthenticated();
    }
    if (!SAFE_METHODS.has(request.method) && request.headers[CSRF_HEADER] !== actor.csrfToken) {
      throw forbidden('CSRF_FAILED');
    }
    const pending = pendingStep(actor);
    if ('authenticated' in access) {
      if (pending && !access.allowPending) throw forbidden(pending);
      return;
    }
    if (pending) throw forbidden(pending);

    const scope = Scope.of(actor, access.permission);
    if (scope.isEmpty || !actor.assignments.some((a) => roleHasPermission(a.roleCode, access.permission))) {
      await recordDenied(request, access.permission, 'no_permission');
      throw forbidden();
    }
    request.scope = scope;
    for (const locator of access.objects ?? []) {
      const unit = await locate(app, db, request, locator);
      if (!unit) continue;
      if (!scope.contains(unit)) {
        await recordDenied(request, access.permission, `${locator.kind}_out_of_scope`);
        // 404, not 403: another unit's objects must not even be confirmed to exist.
        throw notFound();
      }
      request.objectUnits.push(unit);
    }
  });
});

function pendingStep(
  actor: Actor,
): 'PASSWORD_CHANGE_REQUIRED' | 'MFA_REQUIRED' | 'MFA_ENROLMENT_REQUIRED' | null {
  if (actor.mfaEnabled && !actor.mfaVerified) return 'MFA_REQUIRED';
  if (actor.mustChangePassword) return 'PASSWORD_CHANGE_REQUIRED';
  if (actor.requiresMfa && !actor.mfaEnabled) return 'MFA_ENROLMENT_REQUIRED';
  return null;
}

export { pendingStep };

async function locate(app: FastifyInstance, db: Db, request: FastifyRequest, locator: ObjectLocator) {
  const source = request[locator.in] as Record<string, unknown> | undefined;
  const raw = source && typeof source === 'object' ? source[locator.key] : undefined;
  if (raw === undefined || raw === null || raw === '') {
    if (locator.optional) return null;
    throw badRequest('VALIDATION_FAILED', [{ field: locator.key, code: 'required' }]);
  }
  if (typeof raw !== 'string' || !UUID.test(raw)) {
    throw badRequest('VALIDATION_FAILED', [{ field: locator.key, code: 'uuid' }]);
  }
  const resolver = app.objectKinds.get(locator.kind);
  if (!resolver)
    throw new AppError('INTERNAL', 500, undefined, `no resolver for object kind ${locator.kind}`);
  const unit = await resolver(db, raw.toLowerCase());
  if (!unit) throw notFound();
  return unit;
}

/** Cross-site requests with a foreign Origin never reach a handler. */
function checkOrigin(request: FastifyRequest) {
  const origin = request.headers.origin;
  if (!origin || SAFE_METHODS.has(request.method)) return;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    throw forbidden('CSRF_FAILED');
  }
  if (host !== request.headers.host) throw forbidden('CSRF_FAILED');
}

async function recordDenied(request: FastifyRequest, permission: string, reason: string) {
  await appendAudit(requestDb(request), {
    action: 'access.denied',
    outcome: 'denied',
    actorId: request.actor?.userId,
    actorName: request.actor?.username,
    ip: request.ip,
    requestId: request.id,
    details: { method: request.method, route: request.routeOptions.url, permission, reason },
  });
}

const requestDb = (request: FastifyRequest): Db => (request.server as unknown as { db: Db }).db;

export function replyNoStore(reply: FastifyReply) {
  reply.header('cache-control', 'no-store');
}
