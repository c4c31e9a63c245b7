import type { FastifyInstance } from 'fastify';

/** Routes of the learning feature (registered in app.ts). */
export async function learningRoutes(_app: FastifyInstance) {}
