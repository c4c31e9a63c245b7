import type { Locale, Permission } from '@edushield/core';

export type Pending = 'PASSWORD_CHANGE_REQUIRED' | 'MFA_REQUIRED' | 'MFA_ENROLMENT_REQUIRED';
export type Scope = 'subtree' | 'unit';

export interface SessionRole {
  roleCode: string;
  unitId: string;
  unitName: string;
  scope: Scope;
}

export interface SessionUser {
  id: string;
  username: string;
  fullName: string;
  unitId: string | null;
  unitName: string | null;
  locale: Locale;
  mfaEnabled: boolean;
  mustChangePassword: boolean;
  requiresMfa: boolean;
  roles: SessionRole[];
  permissions: Permission[];
}

export type Session =
  | { user: null; pending: null; csrfToken: null }
  | { user: SessionUser; pending: Pending | null; csrfToken: string };

export const SIGNED_OUT: Session = { user: null, pending: null, csrfToken: null };

export interface MfaEnrolment {
  otpauthUrl: string;
  qrSvgDataUrl: string;
  secret: string;
}

export type UnitStatus = 'active' | 'closed' | 'merged';

export interface Unit {
  id: string;
  code: string;
  name: string;
  typeCode: string;
  parentId: string | null;
  address: string | null;
  status: UnitStatus;
  validFrom: string;
  validTo: string | null;
  mergedInto: string | null;
}

export type UnitChange = 'created' | 'updated' | 'moved' | 'closed' | 'merged' | 'imported';

export interface UnitVersion {
  id: string;
  code: string;
  name: string;
  typeCode: string;
  parentId: string | null;
  parentName: string | null;
  address: string | null;
  status: UnitStatus;
  validFrom: string;
  validTo: string | null;
  change: UnitChange;
  note: string | null;
}

export interface UnitDetail {
  unit: Unit;
  versions: UnitVersion[];
}

export interface UnitType {
  code: string;
  nameVi: string;
  nameEn: string;
}

export interface ImportProblem {
  row: number;
  column: string | null;
  message: string;
}

export interface UnitImportResult {
  dryRun: boolean;
  created: number;
  updated: number;
  unchanged: number;
  errors: ImportProblem[];
}

/** One account a user import would create (the API's dry-run preview). */
export interface UserImportRow {
  row: number;
  username: string;
  fullName: string;
  email: string | null;
  unitCode: string;
  unitName?: string | null;
  roleCode: string;
  scope: Scope;
}

export interface UserImportCheck {
  dryRun: true;
  /** The contract says a count; the API sends the planned rows. Both are accepted. */
  rows: number | UserImportRow[];
  errors: ImportProblem[];
}

export interface RoleInfo {
  code: string;
  nameVi: string;
  nameEn: string;
  rank: number;
  requiresMfa: boolean;
  permissions: Permission[];
  grantable: boolean;
}

export interface RoleAssignment {
  id: string;
  roleCode: string;
  unitId: string;
  unitName: string;
  scope: Scope;
}

export type UserStatus = 'active' | 'disabled';

export interface UserItem {
  id: string;
  username: string;
  fullName: string;
  email: string | null;
  unitId: string | null;
  unitName: string | null;
  status: UserStatus;
  mfaEnabled: boolean;
  mustChangePassword: boolean;
  lastLoginAt: string | null;
  roles: RoleAssignment[];
}

export interface Page<T> {
  items: T[];
  total: number;
}

export type AuditOutcome = 'success' | 'denied' | 'failure';

export interface AuditItem {
  id: string | number;
  at: string;
  actorName: string | null;
  action: string;
  outcome: AuditOutcome;
  objectType: string | null;
  objectId: string | null;
  unitId: string | null;
  unitName: string | null;
  ip: string | null;
  details: unknown;
}

export interface AuditVerifyResult {
  ok: boolean;
  checked: number;
  checkpoints: number;
  broken?: { id: string | number; reason: string };
}
