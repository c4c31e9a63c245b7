import { type FormEvent, useId, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { RoleAssignment, Scope, UserItem } from '../../api/types';
import { usersApi } from '../../api/users';
import { roleName } from '../../app/labels';
import { useSession } from '../../app/session';
import { ErrorAlert, Loading } from '../../components/Alert';
import { Badge } from '../../components/Badge';
import { ConfirmDialog } from '../../components/Dialog';
import { RadioGroup, SelectField, TextField } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { useAction, useApiData } from '../../components/hooks';
import { PageHeader } from '../../components/PageHeader';
import { EmptyRow, TableWrap } from '../../components/Table';
import { useToast } from '../../components/Toasts';
import { useI18n } from '../../i18n';
import { formatDateTime } from '../../i18n/format';
import { UnitPicker } from '../units/UnitPicker';
import { useRoles, useUnitList } from '../units/useUnits';
import { absoluteUrl, SCOPE_LABEL, sortAssignments } from './labels';
import { ShowOnceDialog } from './ShowOnce';

export function UserDetailPage() {
  const { id = '' } = useParams();
  const { t, locale } = useI18n();
  const { session, can } = useSession();
  const toast = useToast();
  const user = useApiData(`user|${id}`, (signal) => usersApi.get(id, signal));
  const roles = useRoles();
  const canManage = can('user.manage');
  const canAssign = can('role.assign');
  const units = useUnitList({}, canAssign);
  const isSelf = session.user?.id === id;

  const [editing, setEditing] = useState(false);
  const [confirmStatus, setConfirmStatus] = useState(false);
  const [removing, setRemoving] = useState<RoleAssignment | null>(null);
  const [resetLink, setResetLink] = useState<{ resetUrl: string; expiresAt: string } | null>(null);

  const toggleStatus = useAction(async (target: UserItem) => {
    if (target.status === 'active') await usersApi.disable(target.id);
    else await usersApi.enable(target.id);
    return true;
  });
  const removeRole = useAction(async (assignment: RoleAssignment) => {
    await usersApi.removeRole(assignment.id);
    return true;
  });
  const makeResetLink = useAction(usersApi.resetLink);

  const rankOf = useMemo(() => {
    const ranks = new Map((roles.data ?? []).map((role) => [role.code, role.rank]));
    return (code: string) => ranks.get(code) ?? 0;
  }, [roles.data]);

  const data = user.data;
  const title = data ? data.fullName : t('users.detailTitle');

  return (
    <>
      <p className="breadcrumb">
        <Link to="/users">← {t('users.backToList')}</Link>
      </p>
      <PageHeader
        title={title}
        description={data ? data.username : undefined}
        actions={
          data && canManage ? (
            <>
              <button type="button" className="button button--secondary" onClick={() => setEditing(true)}>
                {t('userDetail.edit')}
              </button>
              <button
                type="button"
                className="button button--secondary"
                disabled={makeResetLink.pending}
                onClick={async () => {
                  const link = await makeResetLink.run(data.id);
                  if (link) setResetLink(link);
                }}
              >
                {t('userDetail.resetLink')}
              </button>
              {!isSelf && (
                <button
                  type="button"
                  className={`button ${data.status === 'active' ? 'button--danger-outline' : 'button--primary'}`}
                  onClick={() => setConfirmStatus(true)}
                >
                  {data.status === 'active' ? t('userDetail.disable') : t('userDetail.enable')}
                </button>
              )}
            </>
          ) : null
        }
      />
      {user.error ? <ErrorAlert error={user.error} /> : null}
      {makeResetLink.error ? <ErrorAlert error={makeResetLink.error} /> : null}
      {toggleStatus.error ? <ErrorAlert error={toggleStatus.error} /> : null}
      {!data ? (
        user.loading && <Loading />
      ) : (
        <>
          <section className="panel" aria-labelledby="user-facts-title">
            <h2 id="user-facts-title" className="panel__title">
              {t('userDetail.account')}
            </h2>
            <dl className="facts">
              <div>
                <dt>{t('user.username')}</dt>
                <dd>
                  <code>{data.username}</code>
                </dd>
              </div>
              <div>
                <dt>{t('user.email')}</dt>
                <dd>{data.email || '—'}</dd>
              </div>
              <div>
                <dt>{t('user.unit')}</dt>
                <dd>{data.unitName ?? '—'}</dd>
              </div>
              <div>
                <dt>{t('user.status')}</dt>
                <dd>
                  <Badge tone={data.status === 'active' ? 'success' : 'danger'}>
                    {t(`userStatus.${data.status}`)}
                  </Badge>
                  {data.mustChangePassword && <span className="cell-note">{t('user.mustChange')}</span>}
                </dd>
              </div>
              <div>
                <dt>{t('user.mfa')}</dt>
                <dd>{data.mfaEnabled ? t('mfa.on') : t('mfa.off')}</dd>
              </div>
              <div>
                <dt>{t('user.lastLogin')}</dt>
                <dd>{data.lastLoginAt ? formatDateTime(data.lastLoginAt) : t('user.never')}</dd>
              </div>
            </dl>
          </section>

          <section className="panel" aria-labelledby="user-roles-title">
            <h2 id="user-roles-title" className="panel__title">
              {t('userDetail.roles')}
            </h2>
            <TableWrap label={t('userDetail.roles')}>
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">{t('user.role')}</th>
                    <th scope="col">{t('user.unit')}</th>
                    <th scope="col">{t('user.scope')}</th>
                    {canAssign && <th scope="col">{t('common.actions')}</th>}
                  </tr>
                </thead>
                <tbody>
                  {data.roles.length === 0 && (
                    <EmptyRow colSpan={canAssign ? 4 : 3}>{t('userDetail.noRoles')}</EmptyRow>
                  )}
                  {sortAssignments(data.roles, rankOf).map((assignment) => (
                    <tr key={assignment.id}>
                      <td>{roleName(assignment.roleCode, locale, roles.data)}</td>
                      <td>{assignment.unitName}</td>
                      <td>{t(SCOPE_LABEL[assignment.scope])}</td>
                      {canAssign && (
                        <td>
                          <button
                            type="button"
                            className="button button--danger-outline button--small"
                            onClick={() => setRemoving(assignment)}
                          >
                            {t('userDetail.revoke')}
                            <span className="visually-hidden">
                              {' '}
                              {roleName(assignment.roleCode, locale, roles.data)} — {assignment.unitName}
                            </span>
                          </button>
                        </td>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
            {canAssign && (
              <AddRoleForm
                userId={data.id}
                roles={(roles.data ?? []).filter((role) => role.grantable)}
                allRoles={roles.data ?? []}
                units={(units.data ?? []).filter((unit) => unit.status === 'active')}
                onAdded={() => {
                  toast.success(t('userDetail.roleAdded'));
                  user.reload();
                }}
              />
            )}
          </section>
        </>
      )}

      {editing && data && (
        <EditUserDialog
          user={data}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            toast.success(t('userDetail.saved'));
            user.reload();
          }}
        />
      )}
      {confirmStatus && data && (
        <ConfirmDialog
          title={data.status === 'active' ? t('userDetail.disableTitle') : t('userDetail.enableTitle')}
          message={
            data.status === 'active'
              ? t('userDetail.disableBody', { name: data.fullName })
              : t('userDetail.enableBody', { name: data.fullName })
          }
          confirmLabel={data.status === 'active' ? t('userDetail.disable') : t('userDetail.enable')}
          danger={data.status === 'active'}
          busy={toggleStatus.pending}
          onCancel={() => setConfirmStatus(false)}
          onConfirm={async () => {
            const wasActive = data.status === 'active';
            const ok = await toggleStatus.run(data);
            setConfirmStatus(false);
            if (ok) {
              toast.success(wasActive ? t('userDetail.disabled') : t('userDetail.enabled'));
              user.reload();
            }
          }}
        />
      )}
      {removing && (
        <ConfirmDialog
          title={t('userDetail.revokeTitle')}
          message={t('userDetail.revokeBody', {
            role: roleName(removing.roleCode, locale, roles.data),
            unit: removing.unitName,
          })}
          confirmLabel={t('userDetail.revoke')}
          danger
          busy={removeRole.pending}
          onCancel={() => {
            setRemoving(null);
            removeRole.reset();
          }}
          onConfirm={async () => {
            const ok = await removeRole.run(removing);
            if (ok) {
              setRemoving(null);
              toast.success(t('userDetail.revoked'));
              user.reload();
            }
          }}
        >
          {removeRole.error ? <ErrorAlert error={removeRole.error} /> : null}
        </ConfirmDialog>
      )}
      {resetLink && (
        <ShowOnceDialog
          title={t('userDetail.resetLinkTitle')}
          label={t('userDetail.resetLinkLabel')}
          value={absoluteUrl(resetLink.resetUrl, window.location.origin)}
          warning={t('userDetail.resetLinkWarning')}
          onClose={() => setResetLink(null)}
        >
          <p>{t('userDetail.resetLinkExpires', { time: formatDateTime(resetLink.expiresAt) })}</p>
        </ShowOnceDialog>
      )}
    </>
  );
}

function AddRoleForm({
  userId,
  roles,
  allRoles,
  units,
  onAdded,
}: {
  userId: string;
  roles: { code: string; rank: number }[];
  allRoles: Parameters<typeof roleName>[2];
  units: Parameters<typeof UnitPicker>[0]['units'];
  onAdded: () => void;
}) {
  const { t, locale } = useI18n();
  const formId = useId();
  const [roleCode, setRoleCode] = useState('');
  const [unitId, setUnitId] = useState('');
  const [scope, setScope] = useState<Scope>('unit');
  const [submitted, setSubmitted] = useState(false);
  const action = useAction(usersApi.assignRole);
  const errors = action.fieldErrors;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (!roleCode || !unitId) return;
    const result = await action.run({ userId, roleCode, unitId, scope });
    if (result) {
      setRoleCode('');
      setSubmitted(false);
      onAdded();
    }
  }

  return (
    <form className="form subform" onSubmit={submit} noValidate aria-labelledby={`${formId}-title`}>
      <h3 id={`${formId}-title`} className="section-title">
        {t('userDetail.addRole')}
      </h3>
      {action.error ? <ErrorAlert error={action.error} /> : null}
      <div className="form__grid">
        <SelectField
          label={t('user.role')}
          value={roleCode}
          onChange={setRoleCode}
          required
          placeholder={t('userCreate.chooseRole')}
          options={[...roles]
            .sort((a, b) => b.rank - a.rank)
            .map((role) => ({ value: role.code, label: roleName(role.code, locale, allRoles) }))}
          error={errors.roleCode ?? (submitted && !roleCode ? t('field.missing') : undefined)}
        />
        <UnitPicker
          label={t('user.unit')}
          units={units}
          value={unitId}
          onChange={setUnitId}
          required
          error={errors.unitId ?? (submitted && !unitId ? t('field.missing') : undefined)}
        />
      </div>
      <RadioGroup
        legend={t('user.scope')}
        name={`${formId}-scope`}
        value={scope}
        onChange={setScope}
        options={[
          { value: 'unit', label: t(SCOPE_LABEL.unit) },
          { value: 'subtree', label: t(SCOPE_LABEL.subtree) },
        ]}
        error={errors.scope}
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={action.pending}>
          {action.pending ? t('common.working') : t('userDetail.grant')}
        </button>
      </div>
    </form>
  );
}

function EditUserDialog({
  user,
  onClose,
  onSaved,
}: {
  user: UserItem;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const [fullName, setFullName] = useState(user.fullName);
  const [email, setEmail] = useState(user.email ?? '');
  const [submitted, setSubmitted] = useState(false);
  const action = useAction((body: { fullName?: string; email?: string }) => usersApi.update(user.id, body));
  const errors = action.fieldErrors;

  async function submit() {
    setSubmitted(true);
    if (!fullName.trim()) return;
    const body: { fullName?: string; email?: string } = {};
    if (fullName.trim() !== user.fullName) body.fullName = fullName.trim();
    if (email.trim() !== (user.email ?? '')) body.email = email.trim();
    if (Object.keys(body).length === 0) {
      onClose();
      return;
    }
    if (await action.run(body)) onSaved();
  }

  return (
    <FormDialog
      title={t('userDetail.editTitle', { username: user.username })}
      onClose={onClose}
      pending={action.pending}
      error={action.error}
      autoComplete="on"
      onSubmit={submit}
    >
      <TextField
        label={t('user.fullName')}
        value={fullName}
        onChange={setFullName}
        required
        error={errors.fullName ?? (submitted && !fullName.trim() ? t('field.missing') : undefined)}
      />
      <TextField
        label={t('user.email')}
        type="email"
        value={email}
        onChange={setEmail}
        error={errors.email}
      />
    </FormDialog>
  );
}
