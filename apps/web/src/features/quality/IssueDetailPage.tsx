import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useSession } from '../../app/session';
import { Alert, ErrorAlert, Loading } from '../../components/Alert';
import { Badge } from '../../components/Badge';
import { Dialog } from '../../components/Dialog';
import { TextAreaField } from '../../components/Field';
import { useAction, useApiData } from '../../components/hooks';
import { PageHeader } from '../../components/PageHeader';
import { useToast } from '../../components/Toasts';
import { useT } from '../../i18n';
import { formatDate, formatDateTime } from '../../i18n/format';
import { type IssueDetail, type IssueEvent, type IssueState, qualityApi, recordLink } from './api';
import { actionKey, entityKey, groupKey, severityKey, severityTone, stateKey, stateTone } from './labels';

function EventLine({ event }: { event: IssueEvent }) {
  const t = useT();
  const who = event.byRun ? t('quality.event.byRun') : (event.actorName ?? '');
  let what = '';
  if (event.kind === 'created') what = t('quality.event.created');
  else if (event.kind === 'comment') what = t('quality.event.comment');
  else if (event.kind === 'state')
    what = t('quality.event.state', {
      from: event.fromState ? t(stateKey(event.fromState)) : '—',
      to: event.toState ? t(stateKey(event.toState)) : '—',
    });
  return (
    <li>
      <div className="quality-history__meta muted">
        {formatDateTime(event.at)} · {who}
      </div>
      <div>
        <strong>{what}</strong>
      </div>
      {event.body && <p className="break">{event.body}</p>}
    </li>
  );
}

/** One issue: what is wrong, where to fix it, what has happened, and what can be done. */
export function IssueDetailPage() {
  const t = useT();
  const { id = '' } = useParams();
  // Back to the list the issue was opened from (my issues, or the scope list with its filters).
  const from = (useLocation().state as { back?: unknown } | null)?.back;
  const back = typeof from === 'string' && from.startsWith('/quality/') ? from : '/quality/issues';
  const { can } = useSession();
  const toast = useToast();
  const [detail, setDetail] = useState<IssueDetail | null>(null);
  const loaded = useApiData(`quality-issue|${id}`, async (signal) => {
    const result = await qualityApi.issue(id, signal);
    setDetail(result);
    return result;
  });
  const [comment, setComment] = useState('');
  const [exception, setException] = useState<string | null>(null);
  const move = useAction(async (to: IssueState, reason?: string) => {
    const result = await qualityApi.transition(id, { to, reason, revision: detail!.issue.revision });
    setDetail(result);
    setException(null);
    toast.success(t('quality.detail.moved', { state: t(stateKey(to)) }));
    return result;
  });
  const addComment = useAction(async () => {
    const result = await qualityApi.comment(id, comment);
    setDetail(result);
    setComment('');
    toast.success(t('quality.detail.commented'));
    return result;
  });
  const canResolve = can('quality.resolve');
  const closeException = () => {
    setException(null);
    move.reset();
  };

  if (!detail) {
    return (
      <>
        <PageHeader title={t('quality.detail.title')} />
        {loaded.error ? <ErrorAlert error={loaded.error} /> : <Loading />}
      </>
    );
  }
  const { issue, events, nextStates } = detail;
  const link = recordLink(issue);
  return (
    <>
      <p>
        <Link to={back} className="link-button">
          {t(back.startsWith('/quality/mine') ? 'quality.detail.backMine' : 'quality.detail.back')}
        </Link>
      </p>
      <PageHeader title={`${issue.recordLabel} · ${issue.ruleName}`} description={issue.unitName} />
      <Alert kind={issue.severity === 'blocking' ? 'error' : 'warning'} title={issue.message} />
      <div className="detail-grid">
        <section className="detail__section">
          <dl className="facts">
            <div>
              <dt>{t('quality.col.state')}</dt>
              <dd>
                <Badge tone={stateTone(issue.state)}>{t(stateKey(issue.state))}</Badge>{' '}
                <Badge tone={severityTone(issue.severity)}>{t(severityKey(issue.severity))}</Badge>
              </dd>
            </div>
            <div>
              <dt>{t('quality.detail.rule')}</dt>
              <dd>
                <code>{issue.ruleCode}</code> {issue.ruleName}
              </dd>
            </div>
            <div>
              <dt>{t('quality.detail.group')}</dt>
              <dd>{t(groupKey(issue.dataGroup))}</dd>
            </div>
            <div>
              <dt>{t('quality.detail.record')}</dt>
              <dd>
                {t(entityKey(issue.entity))}: {issue.recordLabel}
                {link && (
                  <>
                    {' · '}
                    <Link to={link} className="strong-link">
                      {t('quality.detail.openRecord')}
                    </Link>
                  </>
                )}
              </dd>
            </div>
            <div>
              <dt>{t('quality.col.assignee')}</dt>
              <dd>{issue.assigneeName ?? t('quality.unassigned')}</dd>
            </div>
            <div>
              <dt>{t('quality.col.due')}</dt>
              <dd>
                {formatDate(issue.dueOn)}{' '}
                {issue.overdue && <Badge tone="danger">{t('quality.overdue')}</Badge>}
              </dd>
            </div>
            <div>
              <dt>{t('quality.detail.firstSeen')}</dt>
              <dd>{formatDateTime(issue.createdAt)}</dd>
            </div>
            <div>
              <dt>{t('quality.detail.lastSeen')}</dt>
              <dd>{formatDateTime(issue.lastSeenAt)}</dd>
            </div>
            {issue.exceptionReason && (
              <div>
                <dt>{t('quality.detail.reason')}</dt>
                <dd className="break">{issue.exceptionReason}</dd>
              </div>
            )}
          </dl>
          {issue.resolution === 'auto' && issue.state === 'resolved' && (
            <p className="muted">{t('quality.detail.autoResolved')}</p>
          )}
        </section>
        <section className="detail__section" aria-labelledby="quality-history">
          <h2 id="quality-history" className="section-title">
            {t('quality.detail.history')}
          </h2>
          <ol className="quality-history">
            {events.map((event) => (
              <EventLine key={event.id} event={event} />
            ))}
          </ol>
        </section>
      </div>
      {canResolve && (
        <section className="detail__section" aria-labelledby="quality-actions">
          <h2 id="quality-actions" className="section-title">
            {t('quality.detail.actions')}
          </h2>
          {move.error && exception === null ? <ErrorAlert error={move.error} /> : null}
          <div className="button-row quality-actions">
            {nextStates.map((state) => (
              <button
                key={state}
                type="button"
                className={`button ${state === 'resolved' ? 'button--primary' : 'button--secondary'}`}
                disabled={move.pending}
                onClick={() => {
                  if (state !== 'accepted_exception') return void move.run(state);
                  move.reset();
                  setException('');
                }}
              >
                {t(actionKey(state))}
              </button>
            ))}
          </div>
          <form
            className="form"
            onSubmit={(event) => {
              event.preventDefault();
              void addComment.run();
            }}
          >
            {addComment.error ? <ErrorAlert error={addComment.error} /> : null}
            <TextAreaField
              label={t('quality.detail.comment')}
              hint={t('quality.detail.commentHint')}
              value={comment}
              onChange={setComment}
              maxLength={4000}
              rows={3}
              error={addComment.fieldErrors.body}
            />
            <div className="form__actions">
              <button
                type="submit"
                className="button button--secondary"
                disabled={addComment.pending || !comment.trim()}
              >
                {t('quality.detail.addComment')}
              </button>
            </div>
          </form>
        </section>
      )}
      {exception !== null && (
        <Dialog
          title={t('quality.detail.exceptionTitle')}
          description={t('quality.detail.exceptionLead')}
          onClose={closeException}
          footer={
            <>
              <button type="button" className="button button--secondary" onClick={closeException}>
                {t('common.cancel')}
              </button>
              <button
                type="button"
                className="button button--primary"
                disabled={move.pending}
                onClick={() => void move.run('accepted_exception', exception)}
              >
                {t('quality.detail.confirm')}
              </button>
            </>
          }
        >
          {/* A missing reason is said at the field; other refusals (changed meanwhile) above it. */}
          {move.error && !move.fieldErrors.reason ? <ErrorAlert error={move.error} /> : null}
          <TextAreaField
            label={t('quality.detail.exceptionReason')}
            value={exception}
            onChange={setException}
            required
            maxLength={2000}
            rows={3}
            error={move.fieldErrors.reason}
          />
        </Dialog>
      )}
    </>
  );
}
