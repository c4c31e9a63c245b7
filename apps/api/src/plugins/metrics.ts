import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import { safeEqual } from '../lib/crypto';

/**
 * Prometheus metrics at /metrics. With METRICS_TOKEN set a bearer token is
 * required; without it only loopback callers are answered.
 */
export const metricsPlugin = fp(async (app: FastifyInstance, options: { token: string | null }) => {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'edushield_' });
  const duration = new Histogram({
    name: 'edushield_http_request_duration_seconds',
    help: 'HTTP request duration by route',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    duration.observe(
      { method: request.method, route, status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
  });
  app.get('/metrics', { schema: { hide: true } }, async (request, reply) => {
    const auth = request.headers.authorization ?? '';
    const allowed = options.token
      ? safeEqual(auth, `Bearer ${options.token}`)
      : ['127.0.0.1', '::1', '::ffff:127.0.0.1'].includes(request.ip);
    if (!allowed) return reply.status(403).send('forbidden\n');
    reply.header('content-type', registry.contentType);
    return registry.metrics();
  });
});
