import type { FastifyInstance } from 'fastify';

/** Routes of the notifications feature (registered in app.ts). */
export async function notifyRoutes(_app: FastifyInstance) {}
