import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useSession } from '../../app/session';
import { Alert, ErrorAlert, Loading } from '../../components/Alert';
import { Badge } from '../../components/Badge';
import { ConfirmDialog } from '../../components/Dialog';
import { Checkbox, SelectField, TextAreaField, TextField } from '../../components/Field';
import { useAction, useApiData } from '../../components/hooks';
import { PageHeader } from '../../components/PageHeader';
import { Pagination } from '../../components/Pagination';
import { EmptyRow, TableWrap } from '../../components/Table';
import { useToast } from '../../components/Toasts';
import { useI18n } from '../../i18n';
import { formatDateTime } from '../../i18n/format';
import { RichTextEditor } from '../learning/RichTextEditor';
import { UnitPicker } from '../units/UnitPicker';
import { useRoles, useUnitList } from '../units/useUnits';
import { type Bulletin, type BulletinInput, type BulletinStatus, bulletinsApi } from './api';
import { BulletinBody } from './BulletinBody';
import { fromVietnamInput, KINDS, SEVERITIES, SEVERITY_TONE, STATUS_TONE, toVietnamInput } from './labels';

const PAGE_SIZE = 50;

/** Bulletins authored by units in scope: drafts first, then by publication date. */
export function ManageListPage() {
  const { t } = useI18n();
  const [status, setStatus] = useState<BulletinStatus | ''>('');
  const [page, setPage] = useState(1);
  const list = useApiData(`bulletins-manage|${status}|${page}`, (signal) =>
    bulletinsApi.list({ status: status || undefined, page, pageSize: PAGE_SIZE }, signal),
  );
  return (
    <>
      <PageHeader
        title={t('bulletins.manage.title')}
        description={t('bulletins.manage.lead')}
        actions={
          <Link to="/bulletins/manage/new" className="button button--primary">
            {t('bulletins.manage.new')}
          </Link>
        }
      />
      <div className="toolbar">
        <SelectField
          label={t('bulletins.col.status')}
          value={status}
          onChange={(value) => {
            setStatus(value as BulletinStatus | '');
            setPage(1);
          }}
          placeholder={t('bulletins.filter.allStatuses')}
          options={(['draft', 'published', 'archived'] as const).map((s) => ({
            value: s,
            label: t(`bulletins.status.${s}`),
          }))}
        />
      </div>
      {list.error ? <ErrorAlert error={list.error} /> : null}
      {!list.data ? (
        list.loading && <Loading />
      ) : (
        <>
          <TableWrap label={t('bulletins.manage.title')}>
            <table className="table">
              <caption className="visually-hidden">{t('bulletins.manage.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('bulletins.col.title')}</th>
                  <th scope="col">{t('bulletins.col.status')}</th>
                  <th scope="col">{t('bulletins.col.published')}</th>
                  <th scope="col">{t('bulletins.col.progress')}</th>
                </tr>
              </thead>
              <tbody>
                {list.data.items.length === 0 && (
                  <EmptyRow colSpan={4}>{t('bulletins.manage.empty')}</EmptyRow>
                )}
                {list.data.items.map((b) => (
                  <tr key={b.id}>
                    <td>
                      <Link to={`/bulletins/manage/${b.id}`} className="strong-link">
                        {b.title}
                      </Link>
                      <div className="bulletin-card__meta">
                        <Badge tone={SEVERITY_TONE[b.severity]}>
                          {t(`bulletins.severity.${b.severity}`)}
                        </Badge>
                        <span className="muted">
                          {t(`bulletins.kind.${b.kind}`)} · {b.unitName}
                        </span>
                      </div>
                    </td>
                    <td>
                      <Badge tone={STATUS_TONE[b.status]}>{t(`bulletins.status.${b.status}`)}</Badge>
                      {b.isPublic && <div className="muted">{t('bulletins.detail.public')}</div>}
                    </td>
                    <td className="nowrap">{b.publishedAt ? formatDateTime(b.publishedAt) : '—'}</td>
                    <td className="nowrap">
                      {b.status === 'draft'
                        ? '—'
                        : b.requiresAck
                          ? t('bulletins.progressAck', { done: b.ackCount, total: b.recipientCount })
                          : t('bulletins.progressRead', { done: b.readCount, total: b.recipientCount })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
          <Pagination page={page} pageSize={PAGE_SIZE} total={list.data.total} onPage={setPage} />
        </>
      )}
    </>
  );
}

interface FormState {
  unitId: string;
  kind: BulletinInput['kind'];
  severity: BulletinInput['severity'];
  title: string;
  summary: string;
  bodyHtml: string;
  audienceUnitIds: string[];
  audienceRoles: string[];
  isPublic: boolean;
  requiresAck: boolean;
  ackDeadline: string;
}

function formFrom(b: Bulletin): FormState {
  return {
    unitId: b.unitId,
    kind: b.kind,
    severity: b.severity,
    title: b.title,
    summary: b.summary,
    bodyHtml: b.bodyHtml,
    audienceUnitIds: b.audienceUnits.map((u) => u.id),
    audienceRoles: b.audienceRoles,
    isPublic: b.isPublic,
    requiresAck: b.requiresAck,
    ackDeadline: toVietnamInput(b.ackDeadline),
  };
}

/** Write a new draft, or edit one (route /bulletins/manage/:id/edit). */
export function BulletinFormPage() {
  const { t, locale } = useI18n();
  const { session } = useSession();
  const navigate = useNavigate();
  const toast = useToast();
  const { id } = useParams();
  const units = useUnitList();
  const roles = useRoles();
  const existing = useApiData(id ? `bulletin|${id}` : null, (signal) => bulletinsApi.get(id!, signal));
  const [form, setForm] = useState<FormState | null>(null);
  const [pickedUnit, setPickedUnit] = useState('');

  useEffect(() => {
    if (id) {
      if (existing.data) setForm(formFrom(existing.data));
      return;
    }
    const home = session.user?.unitId ?? '';
    setForm({
      unitId: home,
      kind: 'scam_alert',
      severity: 'warning',
      title: '',
      summary: '',
      bodyHtml: '',
      audienceUnitIds: home ? [home] : [],
      audienceRoles: [],
      isPublic: false,
      requiresAck: false,
      ackDeadline: '',
    });
  }, [id, existing.data, session.user?.unitId]);

  const save = useAction(async (state: FormState) => {
    const input: BulletinInput = {
      kind: state.kind,
      severity: state.severity,
      title: state.title,
      summary: state.summary,
      bodyHtml: state.bodyHtml,
      audienceUnitIds: state.audienceUnitIds,
      audienceRoles: state.audienceRoles,
      isPublic: state.isPublic,
      requiresAck: state.requiresAck,
      ackDeadline: state.requiresAck ? fromVietnamInput(state.ackDeadline) : null,
    };
    return id ? bulletinsApi.update(id, input) : bulletinsApi.create(state.unitId, input);
  });

  const unitNames = useMemo(() => new Map((units.data ?? []).map((u) => [u.id, u.name])), [units.data]);
  if (existing.error) return <ErrorAlert error={existing.error} />;
  if (!form) return <Loading />;
  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => setForm({ ...form, [key]: value });
  const errors = save.fieldErrors;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await save.run(form);
    if (saved) {
      toast.success(t('bulletins.form.saved'));
      navigate(`/bulletins/manage/${saved.id}`);
    }
  };

  return (
    <>
      <PageHeader title={id ? t('bulletins.form.editTitle') : t('bulletins.form.newTitle')} />
      <form className="form" onSubmit={submit} noValidate>
        {save.error && !Object.keys(errors).length ? <ErrorAlert error={save.error} /> : null}
        {!id && units.data && (
          <UnitPicker
            label={t('bulletins.form.unit')}
            units={units.data}
            value={form.unitId}
            onChange={(unitId) => setForm({ ...form, unitId, audienceUnitIds: [unitId] })}
            error={errors.unitId}
            required
          />
        )}
        <div className="form__grid">
          <SelectField
            label={t('bulletins.form.kind')}
            value={form.kind}
            onChange={(value) => set('kind', value as FormState['kind'])}
            options={KINDS.map((k) => ({ value: k, label: t(`bulletins.kind.${k}`) }))}
          />
          <SelectField
            label={t('bulletins.form.severity')}
            value={form.severity}
            onChange={(value) => set('severity', value as FormState['severity'])}
            options={SEVERITIES.map((s) => ({ value: s, label: t(`bulletins.severity.${s}`) }))}
            hint={t('bulletins.form.severityHint')}
          />
        </div>
        <TextField
          label={t('bulletins.form.title')}
          value={form.title}
          onChange={(value) => set('title', value)}
          maxLength={200}
          required
          error={errors.title}
        />
        <TextAreaField
          label={t('bulletins.form.summary')}
          value={form.summary}
          onChange={(value) => set('summary', value)}
          maxLength={500}
          hint={t('bulletins.form.summaryHint')}
          error={errors.summary}
        />
        <RichTextEditor
          label={t('bulletins.form.body')}
          value={form.bodyHtml}
          onChange={(html) => set('bodyHtml', html)}
          error={errors.bodyHtml}
        />
        <fieldset className="fieldset">
          <legend className="field__label">{t('bulletins.form.audience')}</legend>
          <ul className="bulletin-audience">
            {form.audienceUnitIds.map((unitId) => {
              const name = unitNames.get(unitId) ?? unitId;
              return (
                <li key={unitId}>
                  <span>{name}</span>
                  <button
                    type="button"
                    className="button button--ghost button--small"
                    aria-label={t('bulletins.form.removeUnit', { unit: name })}
                    onClick={() =>
                      set(
                        'audienceUnitIds',
                        form.audienceUnitIds.filter((u) => u !== unitId),
                      )
                    }
                  >
                    ×
                  </button>
                </li>
              );
            })}
          </ul>
          {errors.audienceUnitIds && <p className="field__error">{errors.audienceUnitIds}</p>}
          {units.data && (
            <div className="toolbar toolbar--form">
              <UnitPicker
                label={t('bulletins.form.addUnit')}
                units={units.data}
                value={pickedUnit}
                onChange={setPickedUnit}
                hint={t('bulletins.form.audienceHint')}
              />
              <button
                type="button"
                className="button button--secondary"
                disabled={!pickedUnit || form.audienceUnitIds.includes(pickedUnit)}
                onClick={() => {
                  set('audienceUnitIds', [...form.audienceUnitIds, pickedUnit]);
                  setPickedUnit('');
                }}
              >
                {t('bulletins.form.add')}
              </button>
            </div>
          )}
        </fieldset>
        <fieldset className="fieldset">
          <legend className="field__label">{t('bulletins.form.roles')}</legend>
          <p className="field__hint">{t('bulletins.form.rolesHint')}</p>
          <div className="bulletin-roles">
            {(roles.data ?? []).map((role) => (
              <Checkbox
                key={role.code}
                label={locale === 'en' ? role.nameEn : role.nameVi}
                checked={form.audienceRoles.includes(role.code)}
                onChange={(checked) =>
                  set(
                    'audienceRoles',
                    checked
                      ? [...form.audienceRoles, role.code]
                      : form.audienceRoles.filter((code) => code !== role.code),
                  )
                }
              />
            ))}
          </div>
        </fieldset>
        <Checkbox
          label={t('bulletins.form.public')}
          checked={form.isPublic}
          onChange={(v) => set('isPublic', v)}
        />
        <Checkbox
          label={t('bulletins.form.requiresAck')}
          checked={form.requiresAck}
          onChange={(v) => set('requiresAck', v)}
        />
        {form.requiresAck && (
          <TextField
            label={t('bulletins.form.ackDeadline')}
            type="datetime-local"
            value={form.ackDeadline}
            onChange={(value) => set('ackDeadline', value)}
            required
            error={errors.ackDeadline}
          />
        )}
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={save.pending}>
            {save.pending ? t('common.working') : t('bulletins.form.saveDraft')}
          </button>
          <Link
            to={id ? `/bulletins/manage/${id}` : '/bulletins/manage'}
            className="button button--secondary"
          >
            {t('common.cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}

type Confirming = 'publish' | 'archive' | 'delete' | null;

/** One bulletin as its author sees it: preview, audience, counts, and the workflow buttons. */
export function BulletinDetailPage() {
  const { t, locale } = useI18n();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const toast = useToast();
  const { session } = useSession();
  const [tick, setTick] = useState(0);
  const [confirming, setConfirming] = useState<Confirming>(null);
  const bulletin = useApiData(`bulletin|${id}|${tick}`, (signal) => bulletinsApi.get(id, signal));
  const roles = useRoles();
  const action = useAction(async (what: Exclude<Confirming, null>) => {
    if (what === 'publish') return bulletinsApi.publish(id);
    if (what === 'archive') return bulletinsApi.archive(id);
    await bulletinsApi.remove(id);
    return null;
  });

  if (bulletin.error) return <ErrorAlert error={bulletin.error} />;
  const b = bulletin.data;
  if (!b) return <Loading />;
  const roleName = (code: string) => {
    const role = roles.data?.find((r) => r.code === code);
    return role ? (locale === 'en' ? role.nameEn : role.nameVi) : code;
  };

  const confirm = async () => {
    if (!confirming) return;
    const what = confirming;
    const result = await action.run(what);
    setConfirming(null);
    if (result === undefined) return;
    if (what === 'delete') {
      toast.success(t('bulletins.detail.deleted'));
      navigate('/bulletins/manage');
      return;
    }
    toast.success(
      what === 'publish'
        ? t('bulletins.detail.published', { count: result?.recipientCount ?? 0 })
        : t('bulletins.detail.archived'),
    );
    setTick((n) => n + 1);
  };

  return (
    <>
      <p>
        <Link to="/bulletins/manage">{t('bulletins.backToManage')}</Link>
      </p>
      <PageHeader
        title={b.title}
        actions={
          <div className="button-row">
            {b.status === 'draft' && (
              <>
                <Link to={`/bulletins/manage/${b.id}/edit`} className="button button--secondary">
                  {t('bulletins.detail.edit')}
                </Link>
                <button
                  type="button"
                  className="button button--primary"
                  onClick={() => setConfirming('publish')}
                >
                  {t('bulletins.detail.publish')}
                </button>
                <button
                  type="button"
                  className="button button--danger-outline"
                  onClick={() => setConfirming('delete')}
                >
                  {t('bulletins.detail.delete')}
                </button>
              </>
            )}
            {b.status === 'published' && (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => setConfirming('archive')}
              >
                {t('bulletins.detail.archive')}
              </button>
            )}
          </div>
        }
      />
      {action.error ? <ErrorAlert error={action.error} /> : null}
      <div className="bulletin-card__meta">
        <Badge tone={STATUS_TONE[b.status]}>{t(`bulletins.status.${b.status}`)}</Badge>
        <Badge tone={SEVERITY_TONE[b.severity]}>{t(`bulletins.severity.${b.severity}`)}</Badge>
        <span>{t(`bulletins.kind.${b.kind}`)}</span>
        <span className="muted">
          {b.isPublic ? t('bulletins.detail.public') : t('bulletins.detail.private')}
        </span>
      </div>
      <dl className="facts">
        <dt>{t('bulletins.form.unit')}</dt>
        <dd>{b.unitName}</dd>
        <dt>{t('bulletins.detail.audience')}</dt>
        <dd>
          {b.audienceUnits.map((u) => u.name).join(', ')} —{' '}
          {b.audienceRoles.length ? b.audienceRoles.map(roleName).join(', ') : t('bulletins.detail.allRoles')}
        </dd>
        {b.requiresAck && (
          <>
            <dt>{t('bulletins.form.ackDeadline')}</dt>
            <dd>{formatDateTime(b.ackDeadline)}</dd>
          </>
        )}
        {b.publishedAt && (
          <>
            <dt>{t('bulletins.col.published')}</dt>
            <dd>{formatDateTime(b.publishedAt)}</dd>
            <dt>{t('bulletins.col.progress')}</dt>
            <dd>
              {t('bulletins.progressRead', { done: b.readCount, total: b.recipientCount })}
              {b.requiresAck &&
                ` · ${t('bulletins.progressAck', { done: b.ackCount, total: b.recipientCount })}`}
            </dd>
          </>
        )}
      </dl>
      {b.status !== 'draft' && b.recipientCount > 0 && session.user?.unitId && (
        <p>
          <Link
            to={`/bulletins/received/${b.id}?unitId=${encodeURIComponent(session.user.unitId)}`}
            className="strong-link"
          >
            {t('bulletins.detail.viewReport')}
          </Link>
        </p>
      )}
      <section className="section">
        <h2 className="section-title">{t('bulletins.detail.preview')}</h2>
        {b.summary && (
          <p>
            <strong>{b.summary}</strong>
          </p>
        )}
        <BulletinBody html={b.bodyHtml} />
      </section>
      {b.status === 'draft' && b.requiresAck && !b.ackDeadline && (
        <Alert kind="warning" title={t('bulletins.detail.noDeadline')} />
      )}
      {confirming && (
        <ConfirmDialog
          title={t(`bulletins.detail.${confirming}`)}
          message={t(`bulletins.detail.${confirming}Confirm`)}
          confirmLabel={t(`bulletins.detail.${confirming}`)}
          danger={confirming === 'delete'}
          busy={action.pending}
          onConfirm={confirm}
          onCancel={() => setConfirming(null)}
        />
      )}
    </>
  );
}
