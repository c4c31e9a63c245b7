import type { FastifyInstance } from 'fastify';

/** Routes of the dashboard feature (registered in app.ts). */
export async function dashboardRoutes(_app: FastifyInstance) {}
