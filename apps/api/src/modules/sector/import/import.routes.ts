import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { readUploadedFile } from '../../../lib/multipart';
import { PersonalDataCodec } from '../../../lib/personal-data';
import { attachmentHeader, XLSX_MIME } from '../../../lib/upload';
import { replyNoStore } from '../../../plugins/access';
import { requestLocale } from '../../../plugins/locale';
import { Scope } from '../../../plugins/scope';
import { appendAudit } from '../../audit/audit.service';
import { batchEvents } from './events';
import { importError } from './import.errors';
import { getBatch, importBatchUnit, listBatches, listFindings } from './import.repository';
import {
  BatchList,
  BatchListQuery,
  BatchParams,
  CommitBody,
  FindingsQuery,
  StartQuery,
  StartResult,
} from './import.schemas';
import { cancelImport, type RequestInfo, requestCommit, startStudentImport } from './import.service';
import { batchListItem, batchView, findingView, personalColumns } from './import.view';
import { IMPORT_LIMITS } from './limits';
import { readEncrypted } from './storage';

const tags = ['import'];
const byBatch = [{ in: 'params', key: 'id', kind: 'import_batch' }] as const;

/** Student import: upload → analysis job → preview → commit job; progress as Server-Sent Events. */
export async function importRoutes(app: FastifyInstance) {
  app.objectKinds.set('import_batch', importBatchUnit);
  const codec = new PersonalDataCodec(app.deps.keys.fieldKeys, app.deps.keys.blindIndexKey);
  const info = (request: FastifyRequest): RequestInfo => ({
    actor: { id: request.actor!.userId, name: request.actor!.username },
    ip: request.ip,
    requestId: request.id,
  });
  const mayReadPersonal = (request: FastifyRequest) =>
    request.objectUnits[0] !== undefined &&
    Scope.of(request.actor!, 'sector.read_personal').contains(request.objectUnits[0]);
  const loadBatch = async (request: FastifyRequest) => {
    const batch = await getBatch(app.db, (request.params as { id: string }).id);
    if (!batch) throw importError('IMPORT_BATCH_STATE');
    return batch;
  };
  const findingsPage = async (
    request: FastifyRequest,
    batch: Awaited<ReturnType<typeof loadBatch>>,
    q: { page?: number; kind?: 'change' | 'issue'; severity?: 'blocking' | 'warning' },
  ) => {
    const page = q.page ?? 1;
    const { total, items } = await listFindings(
      app.db,
      batch.id,
      { ...(q.kind ? { kind: q.kind } : {}), ...(q.severity ? { severity: q.severity } : {}) },
      page,
      IMPORT_LIMITS.findingsPageSize,
    );
    const sealed = personalColumns(batch);
    const personal = mayReadPersonal(request);
    const locale = requestLocale(request);
    const revealed = personal
      ? items.filter((f) => f.kind === 'change' && f.column !== null && sealed.has(f.column))
      : [];
    // Opened personal values (ids, phones, addresses) are a read of pupils' personal data: on the record.
    if (revealed.length > 0)
      await appendAudit(app.db, {
        action: 'import.personal_read',
        actorId: request.actor!.userId,
        actorName: request.actor!.username,
        objectType: 'import_batch',
        objectId: batch.id,
        unitId: batch.unitId,
        ip: request.ip,
        requestId: request.id,
        details: { page, values: revealed.length },
      });
    return {
      page,
      pageSize: IMPORT_LIMITS.findingsPageSize,
      total,
      items: items.map((f) => findingView(f, codec, sealed, personal, locale)),
    };
  };

  app.post(
    '/api/imports/students',
    {
      config: {
        access: { permission: 'sector.import', objects: [{ in: 'query', key: 'unitId', kind: 'unit' }] },
      },
      schema: {
        tags,
        summary: 'Upload a student list (.xlsx, .xls, .csv) for a school; starts the dry-run analysis',
        querystring: StartQuery,
        consumes: ['multipart/form-data'],
        response: { 202: StartResult },
      },
    },
    async (request, reply) => {
      const q = request.query as { unitId: string; schoolYearId: string };
      const file = await readUploadedFile(request);
      const batch = await startStudentImport(
        { db: app.db, keys: app.deps.keys, dataDir: app.deps.settings.dataDir, limits: IMPORT_LIMITS },
        { unitId: q.unitId, schoolYearId: q.schoolYearId, filename: file.filename, data: file.buffer },
        info(request),
      );
      return reply.status(202).send({ batchId: batch.id });
    },
  );

  app.get(
    '/api/imports',
    {
      config: {
        access: { permission: 'sector.import', objects: [{ in: 'query', key: 'unitId', kind: 'unit' }] },
      },
      schema: {
        tags,
        summary: 'A school’s past imports, newest first: status, counts, who and when',
        querystring: BatchListQuery,
        response: { 200: BatchList },
      },
    },
    async (request) => {
      const q = request.query as { unitId: string; page?: number; pageSize?: number };
      const page = q.page ?? 1;
      const pageSize = q.pageSize ?? 20;
      const { total, items } = await listBatches(app.db, q.unitId, page, pageSize);
      const locale = requestLocale(request);
      return {
        page,
        pageSize,
        total,
        items: items.map((i) => batchListItem(i.batch, i.createdByName, locale)),
      };
    },
  );

  app.get(
    '/api/imports/:id',
    {
      config: { access: { permission: 'sector.import', objects: [...byBatch] } },
      schema: {
        tags,
        summary: 'An import: status, progress, counts and the first page of findings',
        params: BatchParams,
      },
    },
    async (request, reply) => {
      replyNoStore(reply);
      const batch = await loadBatch(request);
      return {
        ...batchView(batch, requestLocale(request)),
        findings: await findingsPage(request, batch, {}),
      };
    },
  );

  app.get(
    '/api/imports/:id/findings',
    {
      config: { access: { permission: 'sector.import', objects: [...byBatch] } },
      schema: {
        tags,
        summary: 'Findings of an import, paged: standardised values (before → after) and problems per cell',
        params: BatchParams,
        querystring: FindingsQuery,
      },
    },
    async (request, reply) => {
      replyNoStore(reply);
      const batch = await loadBatch(request);
      return findingsPage(request, batch, request.query as Parameters<typeof findingsPage>[2]);
    },
  );

  app.get(
    '/api/imports/:id/events',
    {
      config: { access: { permission: 'sector.import', objects: [...byBatch] } },
      schema: {
        tags,
        summary: 'Progress as Server-Sent Events until the current phase ends',
        params: BatchParams,
      },
    },
    async (request, reply) => {
      const { id } = request.params as { id: string };
      reply
        .header('content-type', 'text/event-stream; charset=utf-8')
        .header('cache-control', 'no-store')
        .header('x-accel-buffering', 'no');
      return reply.send(Readable.from(batchEvents(app.db, id)));
    },
  );

  app.post(
    '/api/imports/:id/commit',
    {
      config: { access: { permission: 'sector.import', objects: [...byBatch] } },
      schema: {
        tags,
        summary: 'Write the analysed rows: all or nothing, or the valid rows only (a job)',
        params: BatchParams,
        body: CommitBody,
      },
    },
    async (request, reply) => {
      const { id } = request.params as { id: string };
      const { mode } = request.body as { mode: 'all_or_nothing' | 'valid_only' };
      const batch = await requestCommit(app.db, id, mode, info(request));
      return reply.status(202).send(batchView(batch, requestLocale(request)));
    },
  );

  app.post(
    '/api/imports/:id/cancel',
    {
      config: { access: { permission: 'sector.import', objects: [...byBatch] } },
      schema: {
        tags,
        summary: 'Cancel an import that is not being written; its stored file is deleted',
        params: BatchParams,
      },
    },
    async (request) => {
      const { id } = request.params as { id: string };
      return batchView(await cancelImport(app.db, id, info(request)), requestLocale(request));
    },
  );

  app.get(
    '/api/imports/:id/error-workbook',
    {
      config: { access: { permission: 'sector.import', objects: [...byBatch] } },
      schema: {
        tags,
        summary: 'The rows with problems as .xlsx, bad cells highlighted and explained',
        params: BatchParams,
      },
    },
    async (request, reply) => {
      const batch = await loadBatch(request);
      const file = (batch.summary as { errorWorkbookFile?: string } | null)?.errorWorkbookFile;
      if (!file)
        throw importError(
          batch.status === 'queued' || batch.status === 'analysing'
            ? 'IMPORT_BATCH_STATE'
            : 'IMPORT_NO_ERROR_WORKBOOK',
        );
      const data = await readEncrypted(file, app.deps.keys.fieldKeys);
      // The workbook holds pupils' personal data: its every download is on the record.
      await appendAudit(app.db, {
        action: 'import.error_workbook',
        actorId: request.actor!.userId,
        actorName: request.actor!.username,
        objectType: 'import_batch',
        objectId: batch.id,
        unitId: batch.unitId,
        ip: request.ip,
        requestId: request.id,
      });
      const name = `loi-nhap-${batch.filename.replace(/\.[^.]*$/, '')}.xlsx`;
      replyNoStore(reply);
      return reply
        .header('content-type', XLSX_MIME)
        .header('content-disposition', attachmentHeader(name))
        .header('x-content-type-options', 'nosniff')
        .send(data);
    },
  );
}
