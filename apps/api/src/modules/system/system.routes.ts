import { Type } from '@fastify/type-provider-typebox';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';

export async function systemRoutes(app: FastifyInstance) {
  app.get(
    '/api/health',
    {
      config: { access: { public: true } },
      schema: {
        tags: ['system'],
        summary: 'Liveness and database check',
        response: {
          200: Type.Object({
            status: Type.Literal('ok'),
            db: Type.Union([Type.Literal('pglite'), Type.Literal('postgres')]),
          }),
          503: Type.Object({ status: Type.Literal('error'), db: Type.String() }),
        },
      },
    },
    async (_request, reply) => {
      const kind = app.deps.database.kind;
      try {
        await app.db.execute(sql`select 1`);
        return { status: 'ok' as const, db: kind };
      } catch {
        return reply.status(503).send({ status: 'error' as const, db: kind });
      }
    },
  );

  app.get('/api/openapi.json', { config: { access: { public: true } }, schema: { hide: true } }, async () =>
    app.swagger(),
  );
}
