import { useState } from 'react';
import { ErrorAlert } from '../../components/Alert';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { useAction, useApiData } from '../../components/hooks';
import { useT } from '../../i18n';
import { type RecordComment, type RecordEntity, reportingApi, type SubmissionDetail } from './api';

interface Draft {
  key: number;
  record: string;
  field: string;
  body: string;
}

/** Return with an overall comment and optional comments on records (picked from the submitted snapshot). */
export function ReturnDialog({
  submission,
  onClose,
  onDone,
}: {
  submission: SubmissionDetail;
  onClose: () => void;
  onDone: (next: SubmissionDetail) => void;
}) {
  const t = useT();
  const [comment, setComment] = useState('');
  const [drafts, setDrafts] = useState<Draft[]>([]);
  const [error, setError] = useState<string | null>(null);
  const version = useApiData(`version|${submission.id}|${submission.version}`, (signal) =>
    reportingApi.version(submission.id, submission.version, signal),
  );
  const records = version.data?.records;
  const options = records
    ? [
        ...records.students.map((s) => ({
          value: `student:${s.id}`,
          label: `${t('reporting.entity.student')} ${s.studentCode ?? ''} — ${s.fullName ?? ''}`,
        })),
        ...records.classes.map((c) => ({
          value: `class:${c.id}`,
          label: `${t('reporting.entity.class')} ${c.name ?? ''} (${c.code ?? ''})`,
        })),
        ...records.staff.map((s) => ({
          value: `staff:${s.id}`,
          label: `${t('reporting.entity.staff')} ${s.staffCode ?? ''} — ${s.fullName ?? ''}`,
        })),
        ...(records.school
          ? [{ value: `school:${records.school.id}`, label: t('reporting.entity.school') }]
          : []),
      ]
    : [];
  const send = useAction((body: { revision: number; comment: string; comments: RecordComment[] }) =>
    reportingApi.returnSubmission(submission.id, body),
  );
  const update = (key: number, patch: Partial<Draft>) =>
    setDrafts((list) => list.map((d) => (d.key === key ? { ...d, ...patch } : d)));

  async function submit() {
    const complete = drafts.filter((d) => d.record && d.body.trim());
    if (!comment.trim()) {
      setError(t('reporting.commentRequired'));
      return;
    }
    setError(null);
    const next = await send.run({
      revision: submission.revision,
      comment,
      comments: complete.map((d) => {
        const [entity, recordId] = d.record.split(':') as [RecordEntity, string];
        return { entity, recordId, field: d.field.trim() || null, body: d.body };
      }),
    });
    if (next) onDone(next);
  }

  return (
    <FormDialog
      title={t('reporting.returnTitle', { unit: submission.unitName })}
      onClose={onClose}
      size="large"
      onSubmit={submit}
      pending={send.pending}
      submitLabel={t('reporting.return')}
      danger
      error={send.error}
      errorAlert={
        version.error ? (
          <>
            {send.error ? <ErrorAlert error={send.error} /> : null}
            <ErrorAlert error={version.error} />
          </>
        ) : undefined
      }
    >
      <TextAreaField
        label={t('reporting.returnComment')}
        value={comment}
        onChange={setComment}
        required
        maxLength={2000}
        error={error ?? send.fieldErrors.comment}
      />
      <fieldset className="fieldset-plain">
        <legend className="subsection-title">{t('reporting.recordComments')}</legend>
        {drafts.map((d, index) => (
          <div key={d.key} className="reporting-record-comment">
            <SelectField
              label={t('reporting.commentRecord')}
              value={d.record}
              onChange={(v) => update(d.key, { record: v })}
              placeholder={t('reporting.chooseRecord')}
              options={options}
              id={`record-comment-${index}`}
            />
            <TextField
              label={t('reporting.commentField')}
              value={d.field}
              onChange={(v) => update(d.key, { field: v })}
              maxLength={60}
            />
            <TextField
              label={t('reporting.commentBody')}
              value={d.body}
              onChange={(v) => update(d.key, { body: v })}
              maxLength={2000}
            />
            <button
              type="button"
              className="button button--small button--ghost"
              onClick={() => setDrafts((list) => list.filter((x) => x.key !== d.key))}
            >
              {t('reporting.removeComment')}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button button--secondary"
          disabled={!records}
          onClick={() =>
            setDrafts((list) => [...list, { key: Date.now() + list.length, record: '', field: '', body: '' }])
          }
        >
          {t('reporting.addRecordComment')}
        </button>
      </fieldset>
    </FormDialog>
  );
}
