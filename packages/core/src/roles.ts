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
  // Reporting periods (kỳ báo cáo): submissions, review, dashboard.
  /** See periods, submission states and the completeness dashboard of units in scope. */
  'reporting.read',
  /** Submit ("chốt số liệu") the own unit's data for a period. */
  'reporting.submit',
  /** Return or approve submissions of units in scope; accept at the level above. */
  'reporting.review',
  /** Open periods, set deadlines and required units, grant exceptions, reopen, assign responsibilities. */
  'reporting.manage',
  // Data quality (chất lượng dữ liệu).
  'quality.read',
  /** Comment on and resolve quality issues of units in scope. */
  'quality.resolve',
  /** Define department rules (without code) and run them. */
  'quality.manage',
  // Security awareness programme.
  /** Take assigned courses, read bulletins addressed to one's unit. */
  'awareness.learn',
  /** Completion, scores and drill results of units in scope. */
  'awareness.report',
  /** Courses, assignments, bulletins and scam alerts. */
  'awareness.manage',
  /** Phishing drills for adult staff (never pupils). */
  'drill.manage',
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
  'reporting.read',
  'reporting.submit',
  'quality.read',
  'quality.resolve',
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
    permissions: [
      ...ACCOUNT_ADMIN,
      'org.manage',
      'sector.read',
      'reporting.read',
      'reporting.manage',
      'quality.read',
      'awareness.learn',
      'awareness.report',
    ],
  },
  {
    code: 'department_data_officer',
    nameVi: 'Cán bộ phụ trách dữ liệu của Sở',
    nameEn: 'Department data officer',
    rank: 70,
    requiresMfa: true,
    permissions: [
      'org.read',
      'user.read',
      ...SCHOOL_DATA,
      'reporting.review',
      'reporting.manage',
      'quality.manage',
      'awareness.learn',
    ],
  },
  {
    code: 'security_officer',
    nameVi: 'Cán bộ an toàn thông tin',
    nameEn: 'Security officer',
    rank: 70,
    requiresMfa: true,
    permissions: [
      'org.read',
      'user.read',
      'audit.read',
      'awareness.learn',
      'awareness.report',
      'awareness.manage',
      'drill.manage',
    ],
  },
  {
    code: 'reviewer',
    nameVi: 'Người rà soát dữ liệu',
    nameEn: 'Reviewer',
    rank: 60,
    requiresMfa: true,
    permissions: [
      'org.read',
      'sector.read',
      'sector.read_personal',
      'sector.export',
      'reporting.read',
      'reporting.review',
      'quality.read',
      'quality.resolve',
      'awareness.learn',
    ],
  },
  {
    code: 'commune_officer',
    nameVi: 'Cán bộ xã/phường phụ trách giáo dục',
    nameEn: 'Commune officer',
    rank: 50,
    requiresMfa: true,
    permissions: [
      ...ACCOUNT_ADMIN,
      'sector.read',
      'sector.export',
      'reporting.read',
      'reporting.review',
      'quality.read',
      'awareness.learn',
      'awareness.report',
    ],
  },
  {
    code: 'school_principal',
    nameVi: 'Hiệu trưởng',
    nameEn: 'School principal',
    rank: 40,
    requiresMfa: true,
    permissions: [...ACCOUNT_ADMIN, ...SCHOOL_DATA, 'awareness.learn', 'awareness.report'],
  },
  {
    code: 'school_data_clerk',
    nameVi: 'Cán bộ nhập liệu của trường',
    nameEn: 'School data clerk',
    rank: 30,
    // Reads pupils' personal data: a second factor is required (ASVS L3 for pupil data).
    requiresMfa: true,
    permissions: ['org.read', 'user.read', ...SCHOOL_DATA, 'awareness.learn'],
  },
  {
    code: 'teacher',
    nameVi: 'Giáo viên',
    nameEn: 'Teacher',
    rank: 20,
    requiresMfa: false,
    // Sees pupils with personal and sensitive fields masked.
    permissions: ['org.read', 'sector.read', 'awareness.learn'],
  },
  {
    code: 'staff',
    nameVi: 'Nhân viên',
    nameEn: 'Staff',
    rank: 15,
    requiresMfa: false,
    permissions: ['org.read', 'awareness.learn'],
  },
  {
    code: 'student',
    nameVi: 'Học sinh',
    nameEn: 'Student',
    rank: 10,
    requiresMfa: false,
    permissions: ['awareness.learn'],
  },
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
