import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_COOKIE } from '../../plugins/access';
import { LOCALE_COOKIE } from '../../plugins/locale';
import {
  ChangePasswordBody,
  CodeBody,
  EnrolStartResponse,
  LocaleBody,
  LoginBody,
  RecoveryCodesResponse,
  ResetCompleteBody,
  SessionViewSchema,
} from './auth.schemas';
import * as auth from './auth.service';

const tags = ['auth'];

export async function authRoutes(app: FastifyInstance) {
  const { settings, keys } = app.deps;
  const ctx: auth.AuthContext = {
    db: app.db,
    fieldKeys: keys.fieldKeys,
    sessionPolicy: { idleMinutes: settings.sessionIdleMinutes, absoluteHours: settings.sessionAbsoluteHours },
    throttle: {
      maxPerAccount: settings.loginMaxFailuresPerAccount,
      maxPerAddress: settings.loginMaxFailuresPerAddress,
      lockMinutes: settings.loginLockMinutes,
    },
  };
  const info = (request: FastifyRequest): auth.RequestInfo => ({
    ip: request.ip,
    userAgent: request.headers['user-agent'] ?? null,
    requestId: request.id,
  });
  const setSessionCookie = (reply: FastifyReply, token: string) => {
    reply.setCookie(SESSION_COOKIE, token, {
      path: '/',
      httpOnly: true,
      secure: settings.cookieSecure,
      sameSite: 'strict',
      maxAge: settings.sessionAbsoluteHours * 3600,
    });
  };
  const noStore = (reply: FastifyReply) => reply.header('cache-control', 'no-store');

  app.get(
    '/api/auth/session',
    {
      config: { access: { public: true } },
      schema: { tags, summary: 'The current session, if any', response: { 200: SessionViewSchema } },
    },
    async (request, reply) => {
      noStore(reply);
      return auth.sessionView(app.db, request.actor);
    },
  );

  app.post(
    '/api/auth/login',
    {
      config: { access: { public: true } },
      schema: {
        tags,
        summary: 'Sign in with username and password',
        body: LoginBody,
        response: { 200: SessionViewSchema },
      },
    },
    async (request, reply) => {
      const { username, password } = request.body as { username: string; password: string };
      const { token, actor } = await auth.login(ctx, { username, password }, info(request));
      setSessionCookie(reply, token);
      noStore(reply);
      return auth.sessionView(app.db, actor);
    },
  );

  app.post(
    '/api/auth/mfa/verify',
    {
      config: { access: { authenticated: true, allowPending: true } },
      schema: {
        tags,
        summary: 'Second factor: TOTP or recovery code',
        body: CodeBody,
        response: { 200: SessionViewSchema },
      },
    },
    async (request, reply) => {
      const { code } = request.body as { code: string };
      const { token, actor } = await auth.verifyMfa(ctx, request.actor!, code, info(request));
      setSessionCookie(reply, token);
      noStore(reply);
      return auth.sessionView(app.db, actor);
    },
  );

  app.post(
    '/api/auth/logout',
    {
      config: { access: { authenticated: true, allowPending: true } },
      schema: { tags, summary: 'Sign out' },
    },
    async (request, reply) => {
      await auth.logout(ctx, request.actor!, info(request), false);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/auth/logout-all',
    {
      config: { access: { authenticated: true, allowPending: true } },
      schema: { tags, summary: 'Sign out on every device' },
    },
    async (request, reply) => {
      await auth.logout(ctx, request.actor!, info(request), true);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/auth/password',
    {
      config: { access: { authenticated: true, allowPending: true } },
      schema: {
        tags,
        summary: 'Change own password',
        body: ChangePasswordBody,
        response: { 200: SessionViewSchema },
      },
    },
    async (request, reply) => {
      const actor = request.actor!;
      if (actor.mfaEnabled && !actor.mfaVerified) {
        throw new auth.AppError('MFA_REQUIRED', 403);
      }
      const body = request.body as { currentPassword: string; newPassword: string };
      const result = await auth.changePassword(ctx, actor, body, info(request));
      setSessionCookie(reply, result.token);
      noStore(reply);
      return auth.sessionView(app.db, result.actor);
    },
  );

  app.post(
    '/api/auth/mfa/enrol/start',
    {
      config: { access: { authenticated: true, allowPending: true } },
      schema: { tags, summary: 'Begin TOTP enrolment (QR code)', response: { 200: EnrolStartResponse } },
    },
    async (request, reply) => {
      noStore(reply);
      const actor = request.actor!;
      if (actor.mustChangePassword) throw new auth.AppError('PASSWORD_CHANGE_REQUIRED', 403);
      return auth.startMfaEnrolment(ctx, actor);
    },
  );

  app.post(
    '/api/auth/mfa/enrol/confirm',
    {
      config: { access: { authenticated: true, allowPending: true } },
      schema: { tags, summary: 'Confirm TOTP enrolment with a code', body: CodeBody },
    },
    async (request, reply) => {
      const actor = request.actor!;
      if (actor.mustChangePassword) throw new auth.AppError('PASSWORD_CHANGE_REQUIRED', 403);
      const { code } = request.body as { code: string };
      const result = await auth.confirmMfaEnrolment(ctx, actor, code, info(request));
      setSessionCookie(reply, result.token);
      noStore(reply);
      return { recoveryCodes: result.recoveryCodes, session: await auth.sessionView(app.db, result.actor) };
    },
  );

  app.post(
    '/api/auth/mfa/recovery-codes',
    {
      config: { access: { authenticated: true } },
      schema: {
        tags,
        summary: 'Replace recovery codes',
        body: CodeBody,
        response: { 200: RecoveryCodesResponse },
      },
    },
    async (request, reply) => {
      noStore(reply);
      const { code } = request.body as { code: string };
      return { recoveryCodes: await auth.regenerateRecoveryCodes(ctx, request.actor!, code, info(request)) };
    },
  );

  app.post(
    '/api/auth/reset/complete',
    {
      config: { access: { public: true } },
      schema: { tags, summary: 'Set a new password from a one-time reset link', body: ResetCompleteBody },
    },
    async (request, reply) => {
      await auth.completePasswordReset(
        ctx,
        request.body as { token: string; newPassword: string },
        info(request),
      );
      return reply.status(204).send();
    },
  );

  app.put(
    '/api/auth/locale',
    {
      config: { access: { authenticated: true, allowPending: true } },
      schema: { tags, summary: 'Set the interface language', body: LocaleBody },
    },
    async (request, reply) => {
      const { locale } = request.body as { locale: 'vi' | 'en' };
      await auth.setLocale(ctx, request.actor!, locale);
      reply.setCookie(LOCALE_COOKIE, locale, { path: '/', sameSite: 'strict', maxAge: 365 * 86400 });
      return reply.status(204).send();
    },
  );
}
