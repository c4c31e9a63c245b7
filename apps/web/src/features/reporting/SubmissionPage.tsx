import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useSession } from '../../app/session';
import { Alert, ErrorAlert, Loading } from '../../components/Alert';
import { Badge } from '../../components/Badge';
import { ConfirmDialog, Dialog } from '../../components/Dialog';
import { TextAreaField } from '../../components/Field';
import { useAction, useApiData } from '../../components/hooks';
import { PageHeader } from '../../components/PageHeader';
import { EmptyRow, TableWrap } from '../../components/Table';
import { useToast } from '../../components/Toasts';
import { useT } from '../../i18n';
import { formatDateTime } from '../../i18n/format';
import { reportingApi, type SubmissionDetail } from './api';
import { STATE_TONE } from './labels';
import { ReadinessPanel } from './ReadinessPanel';
import { ReturnDialog } from './ReturnDialog';
import { SnapshotView } from './SnapshotView';

type Simple = 'submit' | 'approve' | 'accept';

function ReopenDialog({
  submission,
  onClose,
  onDone,
}: {
  submission: SubmissionDetail;
  onClose: () => void;
  onDone: (next: SubmissionDetail) => void;
}) {
  const t = useT();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const reopen = useAction((comment: string) =>
    reportingApi.act(submission.id, 'reopen', { revision: submission.revision, comment }),
  );
  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!reason.trim()) return setError(t('reporting.commentRequired'));
    const next = await reopen.run(reason);
    if (next) onDone(next);
  }
  return (
    <Dialog
      title={t('reporting.reopenTitle')}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="submit"
            form="reopen-form"
            className="button button--primary"
            disabled={reopen.pending}
          >
            {reopen.pending ? t('common.working') : t('reporting.reopen')}
          </button>
        </>
      }
    >
      <form id="reopen-form" className="form" onSubmit={submit} noValidate>
        {reopen.error ? <ErrorAlert error={reopen.error} /> : null}
        <TextAreaField
          label={t('reporting.reopenReason')}
          value={reason}
          onChange={setReason}
          required
          maxLength={2000}
          error={error}
        />
      </form>
    </Dialog>
  );
}

/**
 * One unit's submission: for the school, what is missing and the submit
 * button; for reviewers, the snapshot, its diff and return/approve; for
 * everyone in scope, comments and the full history.
 */
export function SubmissionPage() {
  const t = useT();
  const toast = useToast();
  const { can } = useSession();
  const { id = '' } = useParams();
  const [reload, setReload] = useState(0);
  const [confirm, setConfirm] = useState<Simple | null>(null);
  const [dialog, setDialog] = useState<'return' | 'reopen' | null>(null);
  const [shownVersion, setShownVersion] = useState<number | null>(null);
  const data = useApiData(`submission|${id}|${reload}`, (signal) => reportingApi.submission(id, signal));
  const act = useAction((action: Simple, revision: number) => reportingApi.act(id, action, { revision }));
  const s = data.data;

  const done = (message: string) => {
    toast.success(message);
    setConfirm(null);
    setDialog(null);
    setReload((n) => n + 1);
  };
  async function run(action: Simple) {
    if (!s) return;
    const next = await act.run(action, s.revision);
    if (next)
      done(
        t(`reporting.${action === 'submit' ? 'submitted' : action === 'approve' ? 'approved' : 'accepted'}`),
      );
    else {
      setConfirm(null);
      setReload((n) => n + 1);
    }
  }

  if (data.error) return <ErrorAlert error={data.error} />;
  if (!s) return <Loading />;
  const canSubmitNow = s.state === 'not_submitted' || s.state === 'returned';
  const showReadiness = can('reporting.submit') && canSubmitNow && s.periodStatus === 'open';
  const openComments = s.comments.filter((c) => c.version === s.version);
  const snapshotVersion = shownVersion ?? (can('reporting.review') && s.version > 0 ? s.version : null);
  return (
    <>
      <p className="breadcrumb">
        <Link to={can('reporting.review') ? '/reporting/worklist' : '/reporting/mine'}>
          {can('reporting.review') ? t('reporting.worklist') : t('reporting.mySubmissions')}
        </Link>
      </p>
      <PageHeader
        title={t('reporting.submission', { unit: s.unitName })}
        description={`${s.periodName} · ${t('reporting.deadline')}: ${formatDateTime(s.deadlineAt)}`}
      />
      <p>
        <Badge tone={STATE_TONE[s.state]}>{t(`reporting.state.${s.state}`)}</Badge>{' '}
        <span className="muted">
          {s.version > 0 ? t('reporting.versionValue', { version: s.version }) : t('reporting.noVersion')}
        </span>{' '}
        {s.onTime !== null && (
          <Badge tone={s.onTime ? 'success' : 'danger'}>
            {s.onTime ? t('reporting.onTime') : t('reporting.late')}
          </Badge>
        )}
      </p>
      {s.exceptionUntil && (
        <p className="muted">
          {t('reporting.exceptionUntil', { date: formatDateTime(s.exceptionUntil) })}
          {s.exceptionReason ? ` — ${s.exceptionReason}` : ''}
        </p>
      )}
      {s.locked && <Alert kind="info" title={t('reporting.lockedNote')} />}
      {showReadiness && !s.actions.includes('submit') && can('reporting.submit') && (
        <Alert kind="warning" title={t('reporting.deadlinePassed')} />
      )}
      {act.error ? <ErrorAlert error={act.error} /> : null}
      {s.actions.length > 0 && (
        <div className="reporting-actions">
          {s.actions.includes('submit') && (
            <button type="button" className="button button--primary" onClick={() => setConfirm('submit')}>
              {t('reporting.submit')}
            </button>
          )}
          {s.actions.includes('approve') && (
            <button type="button" className="button button--primary" onClick={() => setConfirm('approve')}>
              {t('reporting.approve')}
            </button>
          )}
          {s.actions.includes('return') && (
            <button
              type="button"
              className="button button--danger-outline"
              onClick={() => setDialog('return')}
            >
              {t('reporting.return')}
            </button>
          )}
          {s.actions.includes('accept') && (
            <button type="button" className="button button--secondary" onClick={() => setConfirm('accept')}>
              {t('reporting.accept')}
            </button>
          )}
          {s.actions.includes('reopen') && (
            <button type="button" className="button button--secondary" onClick={() => setDialog('reopen')}>
              {t('reporting.reopen')}
            </button>
          )}
        </div>
      )}

      {openComments.length > 0 && (
        <section className="section" aria-labelledby="comments-title">
          <h2 id="comments-title" className="section-title">
            {t('reporting.reviewComments')}
          </h2>
          {openComments.map((c) => (
            <div key={c.id} className="reporting-comment">
              <p className="reporting-comment__meta">
                {t('reporting.commentOn', {
                  entity: t(`reporting.entity.${c.entity}`),
                  record: c.recordLabel ?? '',
                })}
                {c.field ? ` · ${t('reporting.commentField2', { field: c.field })}` : ''} ·{' '}
                {c.authorName ?? ''} · {formatDateTime(c.createdAt)}
                {c.entity === 'student' && c.recordId && (
                  <>
                    {' · '}
                    <Link to={`/sector/students/${c.recordId}`}>{t('reporting.view')}</Link>
                  </>
                )}
              </p>
              <p>{c.body}</p>
            </div>
          ))}
        </section>
      )}

      {showReadiness && <ReadinessPanel submissionId={s.id} reloadKey={reload} />}

      {s.versions.length > 0 && (
        <section className="section" aria-labelledby="versions-title">
          <h2 id="versions-title" className="section-title">
            {t('reporting.versions')}
          </h2>
          <ul className="plain-list">
            {s.versions.map((v) => (
              <li key={v.version}>
                <button type="button" className="link-button" onClick={() => setShownVersion(v.version)}>
                  {t('reporting.showVersion', { version: v.version })}
                </button>{' '}
                · {formatDateTime(v.createdAt)} · {v.createdByName ?? ''} · {t('reporting.pupils')}:{' '}
                {v.summary.pupils} · {t('reporting.classes')}: {v.summary.classes} · {t('reporting.staff')}:{' '}
                {v.summary.staff}
              </li>
            ))}
          </ul>
          {snapshotVersion !== null && <SnapshotView submissionId={s.id} version={snapshotVersion} />}
        </section>
      )}

      <section className="section" aria-labelledby="history-title">
        <h2 id="history-title" className="section-title">
          {t('reporting.history')}
        </h2>
        <TableWrap label={t('reporting.history')}>
          <table className="table table--history">
            <caption className="visually-hidden">{t('reporting.history')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('reporting.when')}</th>
                <th scope="col">{t('reporting.what')}</th>
                <th scope="col">{t('reporting.who')}</th>
                <th scope="col">{t('reporting.comment')}</th>
              </tr>
            </thead>
            <tbody>
              {s.events.length === 0 && <EmptyRow colSpan={4}>—</EmptyRow>}
              {s.events.map((e) => (
                <tr key={e.id}>
                  <td className="nowrap">{formatDateTime(e.at)}</td>
                  <td>
                    {t(`reporting.action.${e.action as 'submit'}`)}
                    {e.action === 'submit' && ` (${t('reporting.versionValue', { version: e.version })})`}
                  </td>
                  <td>{e.actorName ?? ''}</td>
                  <td className="break">{e.comment ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      </section>

      {confirm && (
        <ConfirmDialog
          title={t(`reporting.${confirm}`)}
          message={t(`reporting.${confirm}Confirm`)}
          confirmLabel={t(`reporting.${confirm}`)}
          busy={act.pending}
          onConfirm={() => run(confirm)}
          onCancel={() => setConfirm(null)}
        />
      )}
      {dialog === 'return' && (
        <ReturnDialog
          submission={s}
          onClose={() => setDialog(null)}
          onDone={() => done(t('reporting.returned'))}
        />
      )}
      {dialog === 'reopen' && (
        <ReopenDialog
          submission={s}
          onClose={() => setDialog(null)}
          onDone={() => done(t('reporting.reopened'))}
        />
      )}
    </>
  );
}
