import type { FastifyInstance } from 'fastify';

/** Routes of the reporting feature (registered in app.ts). */
export async function reportingRoutes(_app: FastifyInstance) {}
