import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  countRows,
  createTestContext,
  describeEachDb,
  type SeededUnit,
  type Session,
  seedUnit,
  seedUser,
  signIn,
  type TestContext,
} from './helpers';

async function xlsx(rows: (string | number)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Don vi');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function multipart(file: Buffer, filename: string) {
  const boundary = `----edushield${Date.now()}`;
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describeEachDb('org tree', (kind) => {
  let ctx: TestContext;
  let root: SeededUnit;
  let admin: Session;
  beforeAll(async () => {
    ctx = await createTestContext(kind);
    root = await seedUnit(ctx.db, { typeCode: 'department', code: 'SGD', validFrom: '2020-01-01' });
    const user = await seedUser(ctx, { unit: root, roles: [{ roleCode: 'department_admin' }] });
    admin = await signIn(ctx.app, user);
  });
  afterAll(() => ctx.close());

  const api = (method: string, url: string, payload?: unknown, session: Session = admin) =>
    ctx.app.inject({
      method: method as 'GET',
      url,
      headers: session.headers,
      ...(payload ? { payload: payload as object } : {}),
    });

  it('reorganises 2025: district → communes, and past dates report under the old tree', async () => {
    const district = await seedUnit(ctx.db, {
      parent: root,
      typeCode: 'district',
      code: 'PGD-HX',
      validFrom: '2020-01-01',
    });
    const schoolA = await seedUnit(ctx.db, {
      parent: district,
      code: 'TH-A',
      validFrom: '2020-01-01',
      name: 'Trường Tiểu học A',
    });
    const schoolB = await seedUnit(ctx.db, { parent: district, code: 'THCS-B', validFrom: '2020-01-01' });
    const c1 = await api('POST', '/api/units', {
      code: 'XA-1',
      name: 'UBND xã Hòa Bình',
      typeCode: 'commune',
      parentId: root.id,
      validFrom: '2025-07-01',
    });
    expect(c1.statusCode).toBe(201);
    const c2 = await api('POST', '/api/units', {
      code: 'XA-2',
      name: 'UBND xã An Lạc',
      typeCode: 'commune',
      parentId: root.id,
      validFrom: '2025-07-01',
    });
    for (const [school, commune] of [
      [schoolA, c1.json().id],
      [schoolB, c2.json().id],
    ] as const) {
      const moved = await api('POST', `/api/units/${school.id}/move`, {
        newParentId: commune,
        validFrom: '2025-07-01',
      });
      expect(moved.statusCode).toBe(200);
    }
    const closed = await api('POST', `/api/units/${district.id}/close`, {
      validFrom: '2025-07-01',
      note: 'NĐ 142/2025',
    });
    expect(closed.statusCode).toBe(200);

    const before = (await api('GET', '/api/units?asOf=2025-06-30')).json().items as {
      id: string;
      parentId: string;
    }[];
    expect(before.find((u) => u.id === schoolA.id)?.parentId).toBe(district.id);
    expect(before.find((u) => u.id === district.id)).toBeDefined();
    expect(before.find((u) => u.id === c1.json().id)).toBeUndefined();
    const after = (await api('GET', '/api/units?asOf=2025-07-01')).json().items as {
      id: string;
      parentId: string;
    }[];
    expect(after.find((u) => u.id === schoolA.id)?.parentId).toBe(c1.json().id);
    expect(after.find((u) => u.id === district.id)).toBeUndefined();

    const history = (await api('GET', `/api/units/${schoolA.id}`)).json().versions as {
      change: string;
      validTo: string | null;
    }[];
    expect(history.map((v) => v.change)).toEqual(['moved', 'created']);
    expect(history[1]!.validTo).toBe('2025-07-01');
  });

  it('searches accent-insensitively', async () => {
    const res = await api('GET', `/api/units?q=${encodeURIComponent('hoa binh')}`);
    expect(res.json().items.map((u: { code: string }) => u.code)).toEqual(['XA-1']);
  });

  it('keeps a commune officer inside their subtree (list, read, create, move into a foreign unit)', async () => {
    const communeA = await seedUnit(ctx.db, { parent: root, typeCode: 'commune' });
    const schoolA = await seedUnit(ctx.db, { parent: communeA });
    const communeB = await seedUnit(ctx.db, { parent: root, typeCode: 'commune' });
    const officer = await signIn(
      ctx.app,
      await seedUser(ctx, { unit: communeA, roles: [{ roleCode: 'commune_officer' }] }),
    );
    const list = await api('GET', '/api/units', undefined, officer);
    expect(
      list
        .json()
        .items.map((u: { id: string }) => u.id)
        .sort(),
    ).toEqual([communeA.id, schoolA.id].sort());
    expect((await api('GET', `/api/units/${communeB.id}`, undefined, officer)).statusCode).toBe(404);
    // A commune officer may not manage the tree at all.
    const create = await api(
      'POST',
      '/api/units',
      { code: 'X1', name: 'X', typeCode: 'school', parentId: communeA.id, validFrom: '2026-01-01' },
      officer,
    );
    expect(create.statusCode).toBe(403);
  });

  it('refuses cycles, unknown types, bad dates and duplicate codes with clear codes', async () => {
    const a = await seedUnit(ctx.db, { parent: root, typeCode: 'commune' });
    const b = await seedUnit(ctx.db, { parent: a });
    const cycle = await api('POST', `/api/units/${a.id}/move`, {
      newParentId: b.id,
      validFrom: '2026-01-01',
    });
    expect(cycle.json().error.code).toBe('UNIT_MOVE_CYCLE');
    const badType = await api('POST', '/api/units', {
      code: 'Z9',
      name: 'Z',
      typeCode: 'nope',
      parentId: a.id,
      validFrom: '2026-01-01',
    });
    expect(badType.json().error.code).toBe('UNIT_TYPE_UNKNOWN');
    const badDate = await api('POST', '/api/units', {
      code: 'Z9',
      name: 'Z',
      typeCode: 'school',
      parentId: a.id,
      validFrom: '2026-02-31',
    });
    expect(badDate.statusCode).toBe(400);
    const dup = await api('POST', '/api/units', {
      code: b.code,
      name: 'Z',
      typeCode: 'school',
      parentId: a.id,
      validFrom: '2026-01-01',
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('UNIT_CODE_TAKEN');
    const hasChildren = await api('POST', `/api/units/${a.id}/close`, { validFrom: '2026-01-01' });
    expect(hasChildren.json().error.code).toBe('UNIT_HAS_ACTIVE_CHILDREN');
    const mass = await api('POST', '/api/units', {
      code: 'Z8',
      name: 'Z',
      typeCode: 'school',
      parentId: a.id,
      validFrom: '2026-01-01',
      path: '/evil/',
    });
    expect(mass.statusCode).toBe(400);
  });

  it('merges a unit: children move to the target and the unit ends as merged', async () => {
    const a = await seedUnit(ctx.db, { parent: root, typeCode: 'commune' });
    const b = await seedUnit(ctx.db, { parent: root, typeCode: 'commune' });
    const s = await seedUnit(ctx.db, { parent: a });
    const merged = await api('POST', `/api/units/${a.id}/merge`, {
      intoUnitId: b.id,
      validFrom: '2026-01-01',
    });
    expect(merged.statusCode).toBe(200);
    expect(merged.json()).toMatchObject({ status: 'merged', mergedInto: b.id });
    expect((await api('GET', `/api/units/${s.id}`)).json().unit.parentId).toBe(b.id);
  });

  it('imports a tree from xlsx: dry run writes nothing, errors are per cell, commit is all-or-nothing', async () => {
    const before = await countRows(ctx.db, 'org_units');
    const bad = await xlsx([
      ['Loại đơn vị', 'Mã đơn vị', 'Tên đơn vị', 'Mã đơn vị cấp trên', 'Ngày hiệu lực'],
      ['UBND xã/phường', 'IMP-X', 'UBND xã Tân Phú', 'SGD', '01/07/2025'],
      ['Trường học', 'IMP-S1', 'Trường TH Tân Phú', 'IMP-X', '01/07/2025'],
      ['Trường học', 'IMP-S2', 'Trường THCS Tân Phú', 'NO-SUCH', '31/02/2025'],
      ['Hành tinh', 'IMP-S3', '', 'IMP-X', ''],
    ]);
    const badUpload = multipart(bad, 'cay-don-vi.xlsx');
    const dry = await ctx.app.inject({
      method: 'POST',
      url: '/api/units/import?dryRun=false',
      payload: badUpload.payload,
      headers: { ...badUpload.headers, ...admin.headers },
    });
    expect(dry.statusCode).toBe(200);
    const errors = dry.json().errors as { row: number; column: string; message: string }[];
    expect(errors.map((e) => `${e.row}:${e.column}`).sort()).toEqual(
      ['4:Mã đơn vị cấp trên', '4:Ngày hiệu lực', '5:Loại đơn vị', '5:Tên đơn vị'].sort(),
    );
    expect(errors.find((e) => e.row === 4 && e.column === 'Ngày hiệu lực')?.message).toMatch(/không hợp lệ/);
    expect(await countRows(ctx.db, 'org_units')).toBe(before);

    const good = await xlsx([
      ['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị', 'Mã đơn vị cấp trên', 'Địa chỉ', 'Ngày hiệu lực'],
      ['IMP-S1', 'Trường TH Tân Phú', 'school', 'IMP-X', 'Thôn 1', '01/07/2025'],
      ['IMP-X', 'UBND xã Tân Phú', 'commune', 'SGD', '', '01/07/2025'],
    ]);
    const upload = multipart(good, 'cay.xlsx');
    const preview = await ctx.app.inject({
      method: 'POST',
      url: '/api/units/import?dryRun=true',
      payload: upload.payload,
      headers: { ...upload.headers, ...admin.headers },
    });
    expect(preview.json()).toMatchObject({ dryRun: true, created: 2, errors: [] });
    expect(await countRows(ctx.db, 'org_units')).toBe(before);
    const commit = await ctx.app.inject({
      method: 'POST',
      url: '/api/units/import?dryRun=false',
      payload: upload.payload,
      headers: { ...upload.headers, ...admin.headers },
    });
    expect(commit.json()).toMatchObject({ dryRun: false, created: 2 });
    expect(await countRows(ctx.db, 'org_units')).toBe(before + 2);
    // Re-importing the same file changes nothing.
    const again = await ctx.app.inject({
      method: 'POST',
      url: '/api/units/import?dryRun=false',
      payload: upload.payload,
      headers: { ...upload.headers, ...admin.headers },
    });
    expect(again.json()).toMatchObject({ created: 0, unchanged: 2 });
  });

  it('refuses files that are not what they claim', async () => {
    const upload = multipart(Buffer.from('<svg onload=alert(1)>'), 'cay.xlsx');
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/units/import',
      payload: upload.payload,
      headers: { ...upload.headers, ...admin.headers },
    });
    expect([400, 415]).toContain(res.statusCode);
    expect(res.json().error.message).toBeTruthy();
  });
});
