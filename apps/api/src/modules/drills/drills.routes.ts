import type { FastifyInstance } from 'fastify';

/** Routes of the drills feature (registered in app.ts). */
export async function drillsRoutes(_app: FastifyInstance) {}
