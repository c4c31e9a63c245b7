/**
 * Built-in roles and the permissions they carry. A role assignment (user, role,
 * unit, subtree|unit) is the only way anyone gets a permission; the access gate
 * derives every decision from these definitions.
 */
export const PERMISSIONS = [
  'org.read',
  'org.manage',
  'user.read',
  'user.manage',
  'role.assign',
  'audit.read',
  'audit.verify',
  // The education sector database (CSDL ngành).
  'sector.read',
  /** Unmasked personal and sensitive fields of pupils and staff; every such read is audited. */
  'sector.read_personal',
  'sector.write',
  'sector.import',
  'sector.export',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export interface RoleDefinition {
  code: string;
  nameVi: string;
  nameEn: string;
  /** Higher ranks may grant lower ones; nobody grants above their own rank. */
  rank: number;
  /** TOTP is mandatory before any permission of this role is usable. */
  requiresMfa: boolean;
  permissions: readonly Permission[];
}

const ACCOUNT_ADMIN: Permission[] = ['org.read', 'user.read', 'user.manage', 'role.assign', 'audit.read'];
const SCHOOL_DATA: Permission[] = [
  'sector.read',
  'sector.read_personal',
  'sector.write',
  'sector.import',
  'sector.export',
];

export const ROLES = [
  {
    code: 'system_admin',
    nameVi: 'Quản trị hệ thống',
    nameEn: 'System administrator',
    rank: 100,
    requiresMfa: true,
    permissions: PERMISSIONS,
  },
  {
    code: 'department_admin',
    nameVi: 'Quản trị Sở GD&ĐT',
    nameEn: 'Department administrator',
    rank: 90,
    requiresMfa: true,
    permissions: [...ACCOUNT_ADMIN, 'org.manage', 'sector.read'],
  },
  {
    code: 'department_data_officer',
    nameVi: 'Cán bộ phụ trách dữ liệu của Sở',
    nameEn: 'Department data officer',
    rank: 70,
    requiresMfa: true,
    permissions: ['org.read', 'user.read', ...SCHOOL_DATA],
  },
  {
    code: 'security_officer',
    nameVi: 'Cán bộ an toàn thông tin',
    nameEn: 'Security officer',
    rank: 70,
    requiresMfa: true,
    permissions: ['org.read', 'user.read', 'audit.read'],
  },
  {
    code: 'reviewer',
    nameVi: 'Người rà soát dữ liệu',
    nameEn: 'Reviewer',
    rank: 60,
    requiresMfa: true,
    permissions: ['org.read', 'sector.read', 'sector.read_personal', 'sector.export'],
  },
  {
    code: 'commune_officer',
    nameVi: 'Cán bộ xã/phường phụ trách giáo dục',
    nameEn: 'Commune officer',
    rank: 50,
    requiresMfa: true,
    permissions: [...ACCOUNT_ADMIN, 'sector.read', 'sector.export'],
  },
  {
    code: 'school_principal',
    nameVi: 'Hiệu trưởng',
    nameEn: 'School principal',
    rank: 40,
    requiresMfa: true,
    permissions: [...ACCOUNT_ADMIN, ...SCHOOL_DATA],
  },
  {
    code: 'school_data_clerk',
    nameVi: 'Cán bộ nhập liệu của trường',
    nameEn: 'School data clerk',
    rank: 30,
    // Reads pupils' personal data: a second factor is required (ASVS L3 for pupil data).
    requiresMfa: true,
    permissions: ['org.read', 'user.read', ...SCHOOL_DATA],
  },
  {
    code: 'teacher',
    nameVi: 'Giáo viên',
    nameEn: 'Teacher',
    rank: 20,
    requiresMfa: false,
    // Sees pupils with personal and sensitive fields masked.
    permissions: ['org.read', 'sector.read'],
  },
  {
    code: 'staff',
    nameVi: 'Nhân viên',
    nameEn: 'Staff',
    rank: 15,
    requiresMfa: false,
    permissions: ['org.read'],
  },
  { code: 'student', nameVi: 'Học sinh', nameEn: 'Student', rank: 10, requiresMfa: false, permissions: [] },
] as const satisfies readonly RoleDefinition[];

export type RoleCode = (typeof ROLES)[number]['code'];
export const ROLE_CODES = ROLES.map((r) => r.code) as RoleCode[];

const byCode = new Map<string, RoleDefinition>(ROLES.map((r) => [r.code, r]));

export function roleByCode(code: string): RoleDefinition | undefined {
  return byCode.get(code);
}

export function roleHasPermission(code: string, permission: Permission): boolean {
  return byCode.get(code)?.permissions.includes(permission) ?? false;
}
