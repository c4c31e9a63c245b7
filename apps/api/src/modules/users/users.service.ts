import { ROLES, roleByCode, roleHasPermission } from '@edushield/core';
import { readablePassword } from '../../bootstrap';
import type { Db, DbOrTx } from '../../db/client';
import { randomToken, sha256Hex } from '../../lib/crypto';
import { badRequest, conflict, forbidden, isUniqueViolation, notFound } from '../../lib/errors';
import type { Actor } from '../../plugins/access.types';
import { highestRankOver, type Scope } from '../../plugins/scope';
import { appendAudit } from '../audit/audit.service';
import { hashPassword } from '../auth/passwords';
import { deleteSessionsOfUser } from '../auth/sessions.repository';
import * as repo from './users.repository';
import {
  type CreateUserBody,
  type GrantBody,
  type GrantedAssignment,
  type UpdateUserBody,
  USERNAME_PATTERN,
  type UserView,
} from './users.schemas';

/**
 * Account and role use cases. The access gate has already checked the
 * route's permission over every object the request names; what is left here
 * is the account cascade: nobody grants, or acts on someone holding, a role
 * above their own over that unit, and nobody does it to themselves.
 */
export interface ActorContext {
  db: Db;
  actor: Actor;
  /** The units the caller may act in for the route's permission (from the gate). */
  scope: Scope;
  ip: string;
  requestId: string;
}

const RESET_LINK_HOURS = 24;

// ------------------------------------------------------------ rank rules

const rankOf = (roleCode: string) => roleByCode(roleCode)?.rank ?? 0;

/**
 * Why the actor may not grant this role here, or null when they may. A
 * whole-subtree grant needs a whole-subtree assignment of the granter's: a
 * unit-only administrator cannot hand out more reach than they have.
 */
export function grantRefusal(
  actor: Actor,
  unit: { id: string; path: string },
  roleCode: string,
  scope: 'subtree' | 'unit',
): 'ROLE_ABOVE_OWN' | 'SCOPE_ABOVE_OWN' | null {
  const rank = rankOf(roleCode);
  if (rank === 0 || rank > highestRankOver(actor, 'role.assign', unit)) return 'ROLE_ABOVE_OWN';
  if (scope === 'unit') return null;
  const subtreeOnly = { ...actor, assignments: actor.assignments.filter((a) => a.scope === 'subtree') };
  return rank > highestRankOver(subtreeOnly, 'role.assign', unit) ? 'SCOPE_ABOVE_OWN' : null;
}

/** An administrator acts only on accounts whose every role is at or below their own over the account's unit. */
function outranks(actor: Actor, target: repo.ManagedUser): boolean {
  const targetRank = Math.max(0, ...target.roleCodes.map(rankOf));
  return targetRank <= highestRankOver(actor, 'user.manage', { id: target.unitId, path: target.unitPath });
}

const isSelf = (actor: Actor, userId: string) => userId.toLowerCase() === actor.userId;

type Refusal = 'ROLE_ABOVE_OWN' | 'SCOPE_ABOVE_OWN' | 'CANNOT_MODIFY_SELF';
type AuditObject = { type: 'user' | 'role_assignment'; id: string | null; unitId: string | null };

/** A refused authorisation is audited like the gate's own refusals, then answered 403. */
async function refuse(
  ctx: ActorContext,
  action: string,
  reason: Refusal,
  object: AuditObject,
  details: Record<string, unknown> = {},
): Promise<never> {
  await appendAudit(ctx.db, {
    action,
    outcome: 'denied',
    actorId: ctx.actor.userId,
    actorName: ctx.actor.username,
    objectType: object.type,
    objectId: object.id,
    unitId: object.unitId,
    ip: ctx.ip,
    requestId: ctx.requestId,
    details: { reason, ...details },
  });
  throw forbidden(reason);
}

/** The checks every action on an existing account shares: not yourself, and not someone above you. */
async function requireActionable(
  ctx: ActorContext,
  userId: string,
  action: string,
): Promise<repo.ManagedUser> {
  if (isSelf(ctx.actor, userId))
    await refuse(ctx, action, 'CANNOT_MODIFY_SELF', { type: 'user', id: userId, unitId: null });
  const target = await requireManagedUser(ctx, userId);
  if (!outranks(ctx.actor, target))
    await refuse(ctx, action, 'ROLE_ABOVE_OWN', { type: 'user', id: target.id, unitId: target.unitId });
  return target;
}

// ------------------------------------------------------------ input rules

export function normaliseUsername(raw: string): string | null {
  const username = raw.trim().toLowerCase();
  return USERNAME_PATTERN.test(username) ? username : null;
}

/** Control characters and bidirectional overrides could disguise a name in lists and exports. */
const FORBIDDEN_IN_NAME = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/u;

export function normaliseFullName(raw: string): string | null {
  const name = raw.normalize('NFC').trim();
  const length = [...name].length;
  return length >= 1 && length <= 100 && !FORBIDDEN_IN_NAME.test(name) ? name : null;
}

function requireUsername(raw: string): string {
  const username = normaliseUsername(raw);
  if (!username) throw badRequest('USERNAME_INVALID', [{ field: 'username', code: 'USERNAME_INVALID' }]);
  return username;
}

function requireFullName(raw: string): string {
  const name = normaliseFullName(raw);
  if (!name) throw badRequest('FULL_NAME_INVALID', [{ field: 'fullName', code: 'FULL_NAME_INVALID' }]);
  return name;
}

const normaliseEmail = (raw: string | null | undefined) => raw?.trim() || null;

// ------------------------------------------------------------ shared steps

export function auditFor(
  db: DbOrTx,
  ctx: Pick<ActorContext, 'actor' | 'ip' | 'requestId'>,
  action: string,
  object: AuditObject,
  details: Record<string, unknown>,
) {
  return appendAudit(db, {
    action,
    actorId: ctx.actor.userId,
    actorName: ctx.actor.username,
    objectType: object.type,
    objectId: object.id,
    unitId: object.unitId,
    ip: ctx.ip,
    requestId: ctx.requestId,
    details,
  });
}

/** A unit inside the scope that still accepts accounts. */
async function requireOpenUnit(ctx: ActorContext, unitId: string): Promise<repo.UnitRow> {
  const unit = await repo.unitInScopeById(ctx.db, ctx.scope, unitId);
  if (!unit) throw notFound();
  if (unit.status !== 'active') throw conflict('UNIT_CLOSED');
  return unit;
}

async function requireManagedUser(ctx: ActorContext, userId: string): Promise<repo.ManagedUser> {
  const user = await repo.managedUser(ctx.db, ctx.scope, userId);
  if (!user) throw notFound();
  return user;
}

async function requireView(ctx: ActorContext, userId: string): Promise<UserView> {
  const view = await repo.userInScope(ctx.db, ctx.scope, userId);
  if (!view) throw notFound();
  return view;
}

// ------------------------------------------------------------ use cases

/** Every role, and whether the caller may grant it anywhere. */
export function listRoles(actor: Actor) {
  const ceiling = Math.max(
    0,
    ...actor.assignments
      .filter((a) => roleHasPermission(a.roleCode, 'role.assign'))
      .map((a) => rankOf(a.roleCode)),
  );
  return ROLES.map((role) => ({
    code: role.code,
    nameVi: role.nameVi,
    nameEn: role.nameEn,
    rank: role.rank,
    requiresMfa: role.requiresMfa,
    permissions: [...role.permissions],
    grantable: role.rank <= ceiling,
  }));
}

export const getUser = (ctx: ActorContext, userId: string) => requireView(ctx, userId);

export async function createUser(
  ctx: ActorContext,
  body: CreateUserBody,
): Promise<{ user: UserView; oneTimePassword: string }> {
  const username = requireUsername(body.username);
  const fullName = requireFullName(body.fullName);
  const unit = await requireOpenUnit(ctx, body.unitId);
  const refusal = grantRefusal(ctx.actor, unit, body.roleCode, body.scope);
  if (refusal)
    await refuse(
      ctx,
      'user.create',
      refusal,
      { type: 'user', id: null, unitId: unit.id },
      { username, roleCode: body.roleCode, scope: body.scope },
    );
  if ((await repo.existingUsernames(ctx.db, [username])).size > 0) throw conflict('USERNAME_TAKEN');
  const oneTimePassword = readablePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  let userId: string;
  try {
    userId = await ctx.db.transaction(async (tx) => {
      const [id] = await repo.insertAccounts(tx, [
        {
          username,
          fullName,
          email: normaliseEmail(body.email),
          unitId: unit.id,
          passwordHash,
          createdBy: ctx.actor.userId,
          role: { roleCode: body.roleCode, unitId: unit.id, scope: body.scope },
        },
      ]);
      await auditFor(
        tx,
        ctx,
        'user.create',
        { type: 'user', id: id!, unitId: unit.id },
        { username, roleCode: body.roleCode, unitId: unit.id, scope: body.scope },
      );
      return id!;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('USERNAME_TAKEN');
    throw error;
  }
  return { user: await requireView(ctx, userId), oneTimePassword };
}

export async function updateUser(ctx: ActorContext, userId: string, body: UpdateUserBody): Promise<UserView> {
  const target = await requireManagedUser(ctx, userId);
  if (!isSelf(ctx.actor, userId) && !outranks(ctx.actor, target))
    await refuse(ctx, 'user.update', 'ROLE_ABOVE_OWN', {
      type: 'user',
      id: target.id,
      unitId: target.unitId,
    });
  const changes: { fullName?: string; email?: string | null } = {};
  if (body.fullName !== undefined) {
    const fullName = requireFullName(body.fullName);
    if (fullName !== target.fullName) changes.fullName = fullName;
  }
  if (body.email !== undefined) {
    const email = normaliseEmail(body.email);
    if (email !== target.email) changes.email = email;
  }
  const fields = Object.keys(changes);
  if (fields.length > 0) {
    await ctx.db.transaction(async (tx) => {
      await repo.updateUserFields(tx, target.id, changes);
      await auditFor(
        tx,
        ctx,
        'user.update',
        { type: 'user', id: target.id, unitId: target.unitId },
        { fields },
      );
    });
  }
  return requireView(ctx, target.id);
}

/** Disabling ends every session of the account in the same transaction: the next request is refused. */
export async function setUserStatus(
  ctx: ActorContext,
  userId: string,
  status: 'active' | 'disabled',
): Promise<UserView> {
  const action = status === 'disabled' ? 'user.disable' : 'user.enable';
  const target = await requireActionable(ctx, userId, action);
  await ctx.db.transaction(async (tx) => {
    await repo.setUserStatus(tx, target.id, status);
    if (status === 'disabled') await deleteSessionsOfUser(tx, target.id);
    await auditFor(
      tx,
      ctx,
      action,
      { type: 'user', id: target.id, unitId: target.unitId },
      { previousStatus: target.status },
    );
  });
  return requireView(ctx, target.id);
}

/**
 * A one-time link for the user to choose a new password; the administrator
 * never sees or picks one. Only the token's hash is stored, and the token sits
 * in the URL fragment so it never reaches a server or proxy log.
 */
export async function issueResetLink(
  ctx: ActorContext,
  userId: string,
  publicUrl: string,
): Promise<{ resetUrl: string; expiresAt: string }> {
  const target = await requireActionable(ctx, userId, 'user.reset_link');
  const token = randomToken();
  const expiresAt = new Date(Date.now() + RESET_LINK_HOURS * 3_600_000);
  await ctx.db.transaction(async (tx) => {
    await repo.replaceResetToken(tx, {
      userId: target.id,
      tokenHash: sha256Hex(token),
      expiresAt,
      createdBy: ctx.actor.userId,
    });
    await auditFor(
      tx,
      ctx,
      'user.reset_link',
      { type: 'user', id: target.id, unitId: target.unitId },
      { expiresAt: expiresAt.toISOString() },
    );
  });
  return { resetUrl: `${publicUrl}/reset-password#token=${token}`, expiresAt: expiresAt.toISOString() };
}

export async function grantRole(ctx: ActorContext, body: GrantBody): Promise<GrantedAssignment> {
  if (isSelf(ctx.actor, body.userId))
    await refuse(ctx, 'role.grant', 'CANNOT_MODIFY_SELF', { type: 'user', id: body.userId, unitId: null });
  const user = await requireManagedUser(ctx, body.userId);
  const unit = await requireOpenUnit(ctx, body.unitId);
  const refusal = grantRefusal(ctx.actor, unit, body.roleCode, body.scope);
  if (refusal)
    await refuse(
      ctx,
      'role.grant',
      refusal,
      { type: 'user', id: user.id, unitId: unit.id },
      { roleCode: body.roleCode, scope: body.scope },
    );
  const values = { userId: user.id, roleCode: body.roleCode, unitId: unit.id, scope: body.scope };
  try {
    const id = await ctx.db.transaction(async (tx) => {
      const id = await repo.insertAssignment(tx, { ...values, grantedBy: ctx.actor.userId });
      await auditFor(tx, ctx, 'role.grant', { type: 'role_assignment', id, unitId: unit.id }, values);
      return id;
    });
    return { id, ...values, unitName: unit.name };
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('ROLE_ALREADY_ASSIGNED');
    throw error;
  }
}

/** Takes effect on the holder's next request: the session loader reads assignments every time. */
export async function revokeRole(ctx: ActorContext, assignmentId: string): Promise<void> {
  const assignment = await repo.assignmentInScope(ctx.db, ctx.scope, assignmentId);
  if (!assignment) throw notFound();
  const object = { type: 'role_assignment' as const, id: assignment.id, unitId: assignment.unitId };
  if (isSelf(ctx.actor, assignment.userId)) await refuse(ctx, 'role.revoke', 'CANNOT_MODIFY_SELF', object);
  const unit = { id: assignment.unitId, path: assignment.unitPath };
  if (rankOf(assignment.roleCode) > highestRankOver(ctx.actor, 'role.assign', unit))
    await refuse(ctx, 'role.revoke', 'ROLE_ABOVE_OWN', object);
  await ctx.db.transaction(async (tx) => {
    await repo.deleteAssignment(tx, assignment.id);
    await auditFor(
      tx,
      ctx,
      'role.revoke',
      { type: 'role_assignment', id: assignment.id, unitId: assignment.unitId },
      { userId: assignment.userId, roleCode: assignment.roleCode, scope: assignment.scope },
    );
  });
}

export async function listUsers(
  ctx: ActorContext,
  filter: Omit<repo.UserFilter, 'scope'>,
): Promise<{ items: UserView[]; total: number }> {
  return repo.listUsers(ctx.db, { ...filter, scope: ctx.scope }, ctx.scope);
}
