import { useEffect, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { UserStatus } from '../../api/types';
import { usersApi } from '../../api/users';
import { roleName } from '../../app/labels';
import { useSession } from '../../app/session';
import { ErrorAlert, Loading } from '../../components/Alert';
import { Badge } from '../../components/Badge';
import { SelectField, TextField } from '../../components/Field';
import { useApiData, useDebounced } from '../../components/hooks';
import { PageHeader } from '../../components/PageHeader';
import { Pagination } from '../../components/Pagination';
import { EmptyRow, TableWrap } from '../../components/Table';
import { useToast } from '../../components/Toasts';
import { useI18n } from '../../i18n';
import { formatDateTime } from '../../i18n/format';
import { UnitPicker } from '../units/UnitPicker';
import { useRoles, useUnitList } from '../units/useUnits';
import { CreateUserDialog } from './CreateUserDialog';
import { UserImportDialog } from './UserImportDialog';

const PAGE_SIZE = 50;

export function UsersPage() {
  const { t, locale } = useI18n();
  const { can } = useSession();
  const toast = useToast();
  const navigate = useNavigate();
  const canManage = can('user.manage');
  const [params, setParams] = useSearchParams();
  const unitId = params.get('unitId') ?? '';
  const status = (params.get('status') ?? '') as UserStatus | '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [query, setQuery] = useState(params.get('q') ?? '');
  const settledQuery = useDebounced(query.trim(), 350);

  const update = (changes: Record<string, string>) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        if (!('page' in changes)) next.delete('page');
        return next;
      },
      { replace: true },
    );

  // biome-ignore lint/correctness/useExhaustiveDependencies: only a settled query updates the address
  useEffect(() => {
    if ((params.get('q') ?? '') !== settledQuery) update({ q: settledQuery });
  }, [settledQuery]);

  const units = useUnitList();
  const roles = useRoles();
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const q = params.get('q') ?? '';
  const list = useApiData(`users|${q}|${unitId}|${status}|${page}`, (signal) =>
    usersApi.list({ q, unitId: unitId || undefined, status, page, pageSize: PAGE_SIZE }, signal),
  );
  const activeUnits = (units.data ?? []).filter((unit) => unit.status === 'active');

  return (
    <>
      <PageHeader
        title={t('users.title')}
        description={t('users.lead')}
        actions={
          canManage ? (
            <>
              <button type="button" className="button button--secondary" onClick={() => setImporting(true)}>
                {t('users.import')}
              </button>
              <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
                {t('users.create')}
              </button>
            </>
          ) : null
        }
      />

      <section className="toolbar" aria-label={t('users.filters')}>
        <TextField
          label={t('users.search')}
          type="search"
          value={query}
          onChange={setQuery}
          placeholder={t('users.searchPlaceholder')}
          autoComplete="off"
          fieldClassName="toolbar__grow"
        />
        <UnitPicker
          label={t('user.unit')}
          units={units.data ?? []}
          value={unitId}
          onChange={(id) => update({ unitId: id })}
          placeholder={t('users.allUnits')}
        />
        <SelectField
          label={t('user.status')}
          value={status}
          onChange={(value) => update({ status: value })}
          placeholder={t('users.allStatuses')}
          options={[
            { value: 'active', label: t('userStatus.active') },
            { value: 'disabled', label: t('userStatus.disabled') },
          ]}
        />
      </section>

      {list.error ? <ErrorAlert error={list.error} /> : null}
      {list.loading && !list.data ? (
        <Loading />
      ) : (
        <>
          <TableWrap label={t('users.table')}>
            <table className="table table--wide">
              <caption className="visually-hidden">{t('users.table')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('user.username')}</th>
                  <th scope="col">{t('user.fullName')}</th>
                  <th scope="col">{t('user.unit')}</th>
                  <th scope="col">{t('user.roles')}</th>
                  <th scope="col">{t('user.status')}</th>
                  <th scope="col">{t('user.mfa')}</th>
                  <th scope="col">{t('user.lastLogin')}</th>
                </tr>
              </thead>
              <tbody aria-busy={list.loading}>
                {list.data?.items.length === 0 && <EmptyRow colSpan={7}>{t('users.empty')}</EmptyRow>}
                {list.data?.items.map((user) => (
                  <tr key={user.id}>
                    <td>
                      <Link to={`/users/${encodeURIComponent(user.id)}`} className="strong-link">
                        {user.username}
                      </Link>
                    </td>
                    <td>{user.fullName}</td>
                    <td>{user.unitName ?? '—'}</td>
                    <td>
                      {user.roles.length === 0
                        ? '—'
                        : user.roles.map((role) => (
                            <span key={role.id} className="role-chip">
                              {roleName(role.roleCode, locale, roles.data)}
                            </span>
                          ))}
                    </td>
                    <td>
                      <Badge tone={user.status === 'active' ? 'success' : 'danger'}>
                        {t(`userStatus.${user.status}`)}
                      </Badge>
                      {user.mustChangePassword && <span className="cell-note">{t('user.mustChange')}</span>}
                    </td>
                    <td>{user.mfaEnabled ? t('mfa.on') : t('mfa.off')}</td>
                    <td className="nowrap">
                      {user.lastLoginAt ? formatDateTime(user.lastLoginAt) : t('user.never')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
          {list.data && (
            <Pagination
              page={page}
              pageSize={PAGE_SIZE}
              total={list.data.total}
              onPage={(next) => update({ page: String(next) })}
            />
          )}
        </>
      )}

      {creating && (
        <CreateUserDialog
          roles={roles.data ?? []}
          units={activeUnits}
          defaultUnitId={unitId || undefined}
          onClose={() => setCreating(false)}
          onCreated={(user) => {
            setCreating(false);
            toast.success(t('userCreate.done', { username: user.username }));
            list.reload();
            navigate(`/users/${encodeURIComponent(user.id)}`);
          }}
        />
      )}
      {importing && (
        <UserImportDialog
          onClose={() => {
            setImporting(false);
            list.reload();
          }}
        />
      )}
    </>
  );
}
