import { Type } from '@fastify/type-provider-typebox';

const Pending = Type.Union([
  Type.Null(),
  Type.Literal('PASSWORD_CHANGE_REQUIRED'),
  Type.Literal('MFA_REQUIRED'),
  Type.Literal('MFA_ENROLMENT_REQUIRED'),
]);

export const SessionViewSchema = Type.Object({
  user: Type.Union([
    Type.Null(),
    Type.Object({
      id: Type.String(),
      username: Type.String(),
      fullName: Type.String(),
      unitId: Type.String(),
      unitName: Type.String(),
      locale: Type.Union([Type.Literal('vi'), Type.Literal('en')]),
      mfaEnabled: Type.Boolean(),
      mustChangePassword: Type.Boolean(),
      requiresMfa: Type.Boolean(),
      roles: Type.Array(
        Type.Object({
          roleCode: Type.String(),
          unitId: Type.String(),
          unitName: Type.String(),
          scope: Type.Union([Type.Literal('subtree'), Type.Literal('unit')]),
        }),
      ),
      permissions: Type.Array(Type.String()),
    }),
  ]),
  pending: Pending,
  csrfToken: Type.Union([Type.Null(), Type.String()]),
});

export const LoginBody = Type.Object(
  {
    username: Type.String({ minLength: 1, maxLength: 100 }),
    password: Type.String({ minLength: 1, maxLength: 1024 }),
  },
  { additionalProperties: false },
);

export const CodeBody = Type.Object(
  { code: Type.String({ minLength: 6, maxLength: 20 }) },
  { additionalProperties: false },
);

export const ChangePasswordBody = Type.Object(
  {
    currentPassword: Type.String({ minLength: 1, maxLength: 1024 }),
    newPassword: Type.String({ minLength: 1, maxLength: 1024 }),
  },
  { additionalProperties: false },
);

export const ResetCompleteBody = Type.Object(
  {
    token: Type.String({ minLength: 20, maxLength: 200 }),
    newPassword: Type.String({ minLength: 1, maxLength: 1024 }),
  },
  { additionalProperties: false },
);

export const LocaleBody = Type.Object(
  { locale: Type.Union([Type.Literal('vi'), Type.Literal('en')]) },
  { additionalProperties: false },
);

export const EnrolStartResponse = Type.Object({
  otpauthUrl: Type.String(),
  qrSvgDataUrl: Type.String(),
  secret: Type.String(),
});

export const RecoveryCodesResponse = Type.Object({ recoveryCodes: Type.Array(Type.String()) });
