import { ROLE_CODES } from '@edushield/core';
import { type Static, Type } from '@fastify/type-provider-typebox';

/** The account name rule; input is lower-cased before it is checked. */
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,49}$/;

const Uuid = Type.String({ format: 'uuid' });
const Scope = Type.Enum(['subtree', 'unit'], {
  description: 'subtree: the unit and every unit under it; unit: this unit only',
});
const RoleCode = Type.Enum(ROLE_CODES, { description: 'A role code from GET /api/roles' });
/** Schema limits are generous for decomposed (NFD) input; the service enforces 1–100 after NFC. */
const FullName = Type.String({ minLength: 1, maxLength: 200, description: '1–100 characters after NFC' });
const Email = Type.Union([Type.String({ format: 'email', maxLength: 254 }), Type.Null()]);

export const IdParams = Type.Object({ id: Uuid });

export const RoleView = Type.Object({
  code: Type.String(),
  nameVi: Type.String(),
  nameEn: Type.String(),
  rank: Type.Integer(),
  requiresMfa: Type.Boolean(),
  permissions: Type.Array(Type.String()),
  grantable: Type.Boolean({ description: 'The caller may grant this role somewhere' }),
});

export const AssignmentView = Type.Object({
  id: Uuid,
  roleCode: Type.String(),
  unitId: Uuid,
  unitName: Type.String(),
  scope: Scope,
});
export type AssignmentView = Static<typeof AssignmentView>;

export const UserView = Type.Object({
  id: Uuid,
  username: Type.String(),
  fullName: Type.String(),
  email: Type.Union([Type.String(), Type.Null()]),
  unitId: Uuid,
  unitName: Type.String(),
  status: Type.Enum(['active', 'disabled']),
  mfaEnabled: Type.Boolean(),
  mustChangePassword: Type.Boolean(),
  lastLoginAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  roles: Type.Array(AssignmentView, { description: 'Only the assignments inside the caller’s scope' }),
});
export type UserView = Static<typeof UserView>;

export const ListUsersQuery = Type.Object({
  unitId: Type.Optional(Uuid),
  q: Type.Optional(Type.String({ maxLength: 100, description: 'Username or full name, accents ignored' })),
  status: Type.Optional(Type.Enum(['active', 'disabled'])),
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000, default: 1 })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
});
export type ListUsersQuery = Static<typeof ListUsersQuery>;

export const UserList = Type.Object({ items: Type.Array(UserView), total: Type.Integer() });

export const CreateUserBody = Type.Object(
  {
    username: Type.String({ minLength: 3, maxLength: 50, pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{2,49}$' }),
    fullName: FullName,
    email: Type.Optional(Email),
    unitId: Uuid,
    roleCode: RoleCode,
    scope: Scope,
  },
  { additionalProperties: false },
);
export type CreateUserBody = Static<typeof CreateUserBody>;

export const CreatedUser = Type.Object({
  user: UserView,
  oneTimePassword: Type.String({ description: 'Shown once; the user must change it at first sign-in' }),
});

export const UpdateUserBody = Type.Object(
  { fullName: Type.Optional(FullName), email: Type.Optional(Email) },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateUserBody = Static<typeof UpdateUserBody>;

export const ResetLink = Type.Object({
  resetUrl: Type.String({ description: 'The token travels in the #fragment, never to a server log' }),
  expiresAt: Type.String({ format: 'date-time' }),
});

export const GrantBody = Type.Object(
  { userId: Uuid, roleCode: RoleCode, unitId: Uuid, scope: Scope },
  { additionalProperties: false },
);
export type GrantBody = Static<typeof GrantBody>;

export const GrantedAssignment = Type.Object({
  id: Uuid,
  userId: Uuid,
  roleCode: Type.String(),
  unitId: Uuid,
  unitName: Type.String(),
  scope: Scope,
});
export type GrantedAssignment = Static<typeof GrantedAssignment>;

export const ImportQuery = Type.Object({
  dryRun: Type.Boolean({
    default: true,
    description: 'true: only check the file; false: create the accounts',
  }),
});

export const ImportRowError = Type.Object({
  row: Type.Integer(),
  column: Type.String(),
  code: Type.String(),
  message: Type.String(),
});
export type ImportRowError = Static<typeof ImportRowError>;

export const ImportPreviewRow = Type.Object({
  row: Type.Integer(),
  username: Type.String(),
  fullName: Type.String(),
  email: Type.Union([Type.String(), Type.Null()]),
  unitCode: Type.String(),
  unitName: Type.Union([Type.String(), Type.Null()]),
  roleCode: Type.Union([Type.String(), Type.Null()]),
  scope: Type.Union([Scope, Type.Null()]),
});
export type ImportPreviewRow = Static<typeof ImportPreviewRow>;

export const ImportDryRun = Type.Object({
  dryRun: Type.Literal(true),
  rows: Type.Array(ImportPreviewRow),
  errors: Type.Array(ImportRowError),
});
