import type { FastifyInstance } from 'fastify';

/** Routes of the bulletins feature (registered in app.ts). */
export async function bulletinsRoutes(_app: FastifyInstance) {}
