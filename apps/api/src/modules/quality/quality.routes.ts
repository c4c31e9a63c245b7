import type { FastifyInstance } from 'fastify';

/** Routes of the quality feature (registered in app.ts). */
export async function qualityRoutes(_app: FastifyInstance) {}
