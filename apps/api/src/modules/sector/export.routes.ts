import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { attachmentHeader } from '../../lib/upload';
import { type ExportFile, exportStudents, studentTemplate } from './export';
import type { SectorRouteOptions } from './sector.routes';
import { ExportQuery, TemplateQuery } from './students.schemas';

const tags = ['sector'];

function sendFile(reply: FastifyReply, file: ExportFile) {
  return reply
    .header('content-type', file.contentType)
    .header('content-disposition', attachmentHeader(file.filename))
    .header('x-content-type-options', 'nosniff')
    .send(file.body);
}

export async function exportRoutes(instance: FastifyInstance, { context }: SectorRouteOptions) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/students/export',
    {
      config: {
        access: {
          permission: 'sector.export',
          objects: [
            { in: 'query', key: 'unitId', kind: 'unit', optional: true },
            { in: 'query', key: 'classId', kind: 'class', optional: true },
          ],
        },
      },
      schema: {
        tags,
        summary: 'Pupils in scope as .xlsx (national layout), CSV (UTF-8 with BOM) or JSON (standard keys)',
        description:
          'Masked per role like the API; every text cell neutralised against formula injection; audited ' +
          '(student.export, and student.personal_read when unmasked).',
        querystring: ExportQuery,
      },
    },
    async (request, reply) => {
      const unitPath = request.query.unitId ? request.objectUnits[0]?.path : undefined;
      return sendFile(reply, await exportStudents(context(request), request.query, unitPath));
    },
  );

  app.get(
    '/api/students/template',
    {
      config: {
        access: { permission: 'sector.import', objects: [{ in: 'query', key: 'unitId', kind: 'school' }] },
      },
      schema: {
        tags,
        summary: 'The student template of a school and year, pre-filled with its classes and current pupils',
        querystring: TemplateQuery,
      },
    },
    async (request, reply) => sendFile(reply, await studentTemplate(context(request), request.query)),
  );
}
