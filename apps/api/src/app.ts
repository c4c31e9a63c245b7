import { existsSync } from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Settings } from './config/settings';
import type { Database, Db } from './db/client';
import type { Keys } from './lib/keys';
import { auditRoutes } from './modules/audit/audit.routes';
import { authRoutes } from './modules/auth/auth.routes';
import { bulletinsRoutes } from './modules/bulletins/bulletins.routes';
import { dashboardRoutes } from './modules/dashboard/dashboard.routes';
import { drillsRoutes } from './modules/drills/drills.routes';
import { learningRoutes } from './modules/learning/learning.routes';
import { notifyRoutes } from './modules/notifications/notifications.routes';
import { orgRoutes } from './modules/org/org.routes';
import { qualityRoutes } from './modules/quality/quality.routes';
import { reportingRoutes } from './modules/reporting/reporting.routes';
import { importRoutes } from './modules/sector/import/import.routes';
import { sectorRoutes } from './modules/sector/sector.routes';
import { systemRoutes } from './modules/system/system.routes';
import { usersRoutes } from './modules/users/users.routes';
import { accessPlugin } from './plugins/access';
import { errorsPlugin, frameworkError, sendRouteNotFound } from './plugins/errors';
import { metricsPlugin } from './plugins/metrics';
import { securityHeadersPlugin } from './plugins/security';

export interface AppDeps {
  settings: Settings;
  database: Database;
  keys: Keys;
  /** pino options, or false for silence (tests). */
  logger?: boolean | Record<string, unknown>;
}

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
    deps: AppDeps;
  }
}

/** Personal data and secrets never reach the log. */
export const LOG_REDACT = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.newPassword',
  '*.currentPassword',
  '*.token',
];

/** Builds the application; never listens (server.ts does, tests use inject). */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { settings } = deps;
  const app = Fastify({
    logger: deps.logger ?? { level: settings.logLevel, redact: LOG_REDACT },
    bodyLimit: settings.bodyLimitBytes,
    trustProxy: settings.trustProxy,
    requestIdHeader: 'x-request-id',
    genReqId: () => crypto.randomUUID(),
    ajv: {
      customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true, allErrors: true },
    },
    routerOptions: { maxParamLength: 200 },
    frameworkErrors: frameworkError,
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.decorate('db', deps.database.db);
  app.decorate('deps', deps);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await app.register(errorsPlugin);
  await app.register(securityHeadersPlugin, { hsts: settings.cookieSecure });
  await app.register(cookie);
  await app.register(multipart, {
    limits: { fileSize: settings.uploadLimitBytes, files: 1, fields: 10, parts: 12 },
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'EduShield API',
        version: '0.1.0',
        description: 'CSDL ngành giáo dục và chương trình an toàn thông tin của Sở GD&ĐT',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'edushield_sid' },
          csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
        },
      },
    },
  });
  await app.register(metricsPlugin, { token: settings.metricsToken });
  await app.register(accessPlugin, {
    db: deps.database.db,
    sessionPolicy: { idleMinutes: settings.sessionIdleMinutes, absoluteHours: settings.sessionAbsoluteHours },
  });

  await app.register(systemRoutes);
  await app.register(authRoutes);
  await app.register(orgRoutes);
  await app.register(usersRoutes);
  await app.register(auditRoutes);
  await app.register(importRoutes);
  await app.register(sectorRoutes);
  await app.register(reportingRoutes);
  await app.register(qualityRoutes);
  await app.register(dashboardRoutes);
  await app.register(notifyRoutes);
  await app.register(learningRoutes);
  await app.register(drillsRoutes);
  await app.register(bulletinsRoutes);

  const spa = existsSync(path.join(settings.webDistDir, 'index.html'));
  if (spa) await app.register(fastifyStatic, { root: settings.webDistDir, index: false, wildcard: false });
  // Single-page app: unknown non-API GETs get the shell; everything else a JSON 404.
  app.setNotFoundHandler((request, reply) => {
    if (!spa || request.method !== 'GET' || request.url.startsWith('/api/'))
      return sendRouteNotFound(request, reply);
    reply.header('cache-control', 'no-cache');
    return reply.sendFile('index.html');
  });
  return app;
}
