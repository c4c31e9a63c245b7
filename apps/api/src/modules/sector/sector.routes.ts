import type { FastifyInstance, FastifyRequest } from 'fastify';
import { PersonalDataCodec } from '../../lib/personal-data';
import { requestLocale } from '../../plugins/locale';
import { unsafeClassUnit } from './classes.repository';
import { classRoutes } from './classes.routes';
import { exportRoutes } from './export.routes';
import { sealLegacyPersonalFields } from './personal-fields.migrate';
import { unsafeSchoolRef } from './schools.repository';
import { schoolRoutes } from './schools.routes';
import { type SectorContext, sectorContext } from './sector.context';
import { unsafeStaffUnit } from './staff.repository';
import { staffRoutes } from './staff.routes';
import { unsafeStudentUnit } from './students.repository';
import { studentRoutes } from './students.routes';

export interface SectorRouteOptions {
  context: (request: FastifyRequest) => SectorContext;
}

/**
 * The education sector database (CSDL ngành): school years, school
 * profiles, classes, staff and pupils, with export. Registers how the access
 * gate finds the unit of each sector object kind.
 */
export async function sectorRoutes(app: FastifyInstance) {
  app.objectKinds.set('school', unsafeSchoolRef);
  app.objectKinds.set('class', unsafeClassUnit);
  app.objectKinds.set('staff', unsafeStaffUnit);
  app.objectKinds.set('student', unsafeStudentUnit);

  // Pupils' and staff's data must not linger in browser or proxy caches (security test 20).
  app.addHook('onSend', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
  });

  const codec = new PersonalDataCodec(app.deps.keys.fieldKeys, app.deps.keys.blindIndexKey);
  // After the SQL migrations (the server and the tests migrate before building the app), before listening.
  app.addHook('onReady', async () => {
    const sealed = await sealLegacyPersonalFields(app.db, codec);
    if (Object.values(sealed).some((n) => n > 0)) app.log.info({ sealed }, 'plain personal fields encrypted');
  });
  const options: SectorRouteOptions = {
    context: (request) => sectorContext(app.db, codec, request, requestLocale(request)),
  };
  await app.register(schoolRoutes, options);
  await app.register(classRoutes, options);
  await app.register(staffRoutes, options);
  await app.register(studentRoutes, options);
  await app.register(exportRoutes, options);
}
