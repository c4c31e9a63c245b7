import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { usersApi } from '../../api/users';
import { useSession } from '../../app/session';
import { Alert, ErrorAlert, Loading } from '../../components/Alert';
import { ConfirmDialog, Dialog } from '../../components/Dialog';
import { SelectField, TextField } from '../../components/Field';
import { useAction, useApiData, useDebounced } from '../../components/hooks';
import { PageHeader } from '../../components/PageHeader';
import { EmptyRow, TableWrap } from '../../components/Table';
import { useToast } from '../../components/Toasts';
import { useT } from '../../i18n';
import { UnitPicker } from '../units/UnitPicker';
import { useUnitList } from '../units/useUnits';
import { type Duty, qualityApi, type Responsibility, type ResponsibilityGroup } from './api';
import { dutyKey, groupKey } from './labels';

const GROUPS: ResponsibilityGroup[] = ['all', 'school', 'classes', 'staff', 'students'];

function AssignDialog({
  unit,
  local,
  onClose,
  onSaved,
}: {
  unit: { id: string; name: string };
  local: boolean;
  onClose: () => void;
  onSaved: () => void;
}) {
  const t = useT();
  const toast = useToast();
  const [search, setSearch] = useState('');
  const query = useDebounced(search.trim());
  const [userId, setUserId] = useState('');
  const [duty, setDuty] = useState<Duty>('responsible');
  const [group, setGroup] = useState<ResponsibilityGroup>('all');
  const [note, setNote] = useState('');
  const people = useApiData(`resp-people|${query}`, (signal) =>
    usersApi.list({ q: query || undefined, status: 'active', page: 1, pageSize: 30 }, signal),
  );
  const save = useAction(async () => {
    await qualityApi.assign(local, {
      unitId: unit.id,
      userId,
      dataGroup: group,
      duty,
      note: note || undefined,
    });
    toast.success(t('quality.resp.added'));
    onSaved();
    return true;
  });
  const duties: Duty[] = local ? ['responsible', 'contact'] : ['responsible', 'reviewer', 'contact'];
  return (
    <Dialog
      title={t('quality.resp.addTitle', { unit: unit.name })}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="submit"
            form="quality-assign-form"
            className="button button--primary"
            disabled={save.pending || !userId}
          >
            {t('quality.resp.add')}
          </button>
        </>
      }
    >
      <form
        id="quality-assign-form"
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          void save.run();
        }}
      >
        {save.error ? <ErrorAlert error={save.error} /> : null}
        <TextField
          label={t('quality.resp.search')}
          hint={t('quality.resp.searchHint')}
          value={search}
          onChange={setSearch}
          type="search"
          autoComplete="off"
        />
        {people.error ? <ErrorAlert error={people.error} /> : null}
        <SelectField
          label={t('quality.resp.person')}
          value={userId}
          onChange={setUserId}
          required
          placeholder={
            people.data?.items.length === 0 ? t('quality.resp.noPeople') : t('quality.resp.choosePerson')
          }
          options={(people.data?.items ?? []).map((u) => ({
            value: u.id,
            label: `${u.fullName} (${u.username})${u.unitName ? ` · ${u.unitName}` : ''}`,
          }))}
          error={save.fieldErrors.userId}
        />
        <SelectField
          label={t('quality.resp.duty')}
          value={duty}
          onChange={(v) => setDuty(v as Duty)}
          options={duties.map((d) => ({ value: d, label: t(dutyKey(d)) }))}
          error={save.fieldErrors.duty}
        />
        <SelectField
          label={t('quality.resp.group')}
          value={group}
          onChange={(v) => setGroup(v as ResponsibilityGroup)}
          options={GROUPS.map((g) => ({ value: g, label: t(groupKey(g)) }))}
        />
        <TextField label={t('quality.resp.note')} value={note} onChange={setNote} maxLength={500} />
      </form>
    </Dialog>
  );
}

/**
 * Who is responsible for, reviews, and is the contact of each unit's data.
 * Department/commune data managers (reporting.manage) assign every duty;
 * principals (user.manage only) assign the responsible person and the contact.
 */
export function ResponsibilitiesPage() {
  const t = useT();
  const { can } = useSession();
  const toast = useToast();
  const [params, setParams] = useSearchParams();
  const unitId = params.get('unit') ?? '';
  const units = useUnitList();
  const [tick, setTick] = useState(0);
  const list = useApiData(unitId ? `resp|${unitId}|${tick}` : null, (signal) =>
    qualityApi.responsibilities(unitId, 1, signal),
  );
  const full = can('reporting.manage');
  const local = !full && can('user.manage');
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<Responsibility | null>(null);
  const remove = useAction(async (r: Responsibility) => {
    await qualityApi.unassign(local, r.id);
    toast.success(t('quality.resp.removed'));
    setRemoving(null);
    setTick((n) => n + 1);
    return true;
  });
  const unit = units.data?.find((u) => u.id === unitId);
  const canEdit = (full || local) && unit;
  const removable = (r: Responsibility) => full || (local && r.duty !== 'reviewer');

  return (
    <>
      <PageHeader
        title={t('quality.resp.title')}
        description={t('quality.resp.lead')}
        actions={
          canEdit ? (
            <button type="button" className="button button--primary" onClick={() => setAdding(true)}>
              {t('quality.resp.add')}
            </button>
          ) : null
        }
      />
      {local && <Alert kind="info" title={t('quality.resp.localNote')} />}
      {units.error ? <ErrorAlert error={units.error} /> : null}
      <section className="toolbar" aria-label={t('quality.resp.unit')}>
        {units.data ? (
          <UnitPicker
            label={t('quality.resp.unit')}
            units={units.data}
            value={unitId}
            onChange={(id) => setParams(id ? { unit: id } : {}, { replace: true })}
          />
        ) : (
          units.loading && <Loading />
        )}
      </section>
      {!unitId && <Alert kind="info" title={t('quality.resp.pickUnit')} />}
      {list.error ? <ErrorAlert error={list.error} /> : null}
      {list.data && (
        <TableWrap label={t('quality.resp.table')}>
          <table className="table quality-resp">
            <caption className="visually-hidden">{t('quality.resp.table')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('quality.resp.unit')}</th>
                <th scope="col">{t('quality.resp.person')}</th>
                <th scope="col">{t('quality.resp.duty')}</th>
                <th scope="col">{t('quality.resp.group')}</th>
                <th scope="col">{t('quality.resp.note')}</th>
                {(full || local) && <th scope="col">{t('common.actions')}</th>}
              </tr>
            </thead>
            <tbody aria-busy={list.loading}>
              {list.data.items.length === 0 && (
                <EmptyRow colSpan={full || local ? 6 : 5}>{t('quality.resp.empty')}</EmptyRow>
              )}
              {list.data.items.map((r) => (
                <tr key={r.id}>
                  <td>{r.unitName}</td>
                  <td>
                    {r.fullName} <span className="muted">({r.username})</span>
                  </td>
                  <td>{t(dutyKey(r.duty))}</td>
                  <td>{t(groupKey(r.dataGroup))}</td>
                  <td className="quality-message">{r.note ?? ''}</td>
                  {(full || local) && (
                    <td>
                      {removable(r) && (
                        <button
                          type="button"
                          className="button button--danger-outline button--small"
                          onClick={() => setRemoving(r)}
                        >
                          {t('quality.resp.remove')}
                        </button>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      {adding && unit && (
        <AssignDialog
          unit={unit}
          local={local}
          onClose={() => setAdding(false)}
          onSaved={() => {
            setAdding(false);
            setTick((n) => n + 1);
          }}
        />
      )}
      {removing && (
        <ConfirmDialog
          title={t('quality.resp.removeTitle')}
          message={t('quality.resp.removeBody', {
            name: removing.fullName,
            duty: t(dutyKey(removing.duty)),
            group: t(groupKey(removing.dataGroup)),
            unit: removing.unitName,
          })}
          confirmLabel={t('quality.resp.remove')}
          danger
          busy={remove.pending}
          onConfirm={() => void remove.run(removing)}
          onCancel={() => setRemoving(null)}
        >
          {remove.error ? <ErrorAlert error={remove.error} /> : null}
        </ConfirmDialog>
      )}
    </>
  );
}
