import { type FormEvent, useEffect, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { type StudentItem, sectorApi } from '../../api/sector';
import { useSession } from '../../app/session';
import { Alert, ErrorAlert, Loading } from '../../components/Alert';
import { Badge, type BadgeTone } from '../../components/Badge';
import { SelectField, TextField } from '../../components/Field';
import { useAction, useApiData, useDebounced } from '../../components/hooks';
import { PageHeader } from '../../components/PageHeader';
import { Pagination } from '../../components/Pagination';
import { EmptyRow, TableWrap } from '../../components/Table';
import { useToast } from '../../components/Toasts';
import { useI18n } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { AT_SCHOOL_STATUSES, codeLabel, codeOptions } from './codes';
import { ExportBar } from './ExportBar';
import { MaskedNote, Personal } from './Masked';
import { SchoolField, YearField } from './ScopeFields';
import { StudentFormDialog } from './StudentForm';
import { TransferInDialog } from './StudentStatusDialogs';
import { useClasses } from './useClasses';
import { useSectorScope } from './useSectorScope';
import { looksLikePersonalId } from './validation';

const PAGE_SIZE = 50;

export function statusTone(statusCode: string): BadgeTone {
  if (AT_SCHOOL_STATUSES.includes(statusCode)) return 'success';
  if (statusCode === '06' || statusCode === '07') return 'info';
  if (statusCode === '03' || statusCode === '05') return 'warning';
  return 'danger';
}

export function StatusBadge({ code, date }: { code: string; date?: string | undefined }) {
  const { locale } = useI18n();
  return (
    <>
      <Badge tone={statusTone(code)}>{codeLabel('learnerStatus', code, locale)}</Badge>
      {date && <span className="cell-code">{formatDate(date)}</span>}
    </>
  );
}

/** The rows of a pupil table; personal ids masked for callers without sector.read_personal. */
function StudentRows({ items, search }: { items: readonly StudentItem[]; search: string }) {
  const { t, locale } = useI18n();
  return (
    <>
      {items.map((student) => (
        <tr key={student.id}>
          <td className="nowrap">
            <code>{student.studentCode}</code>
          </td>
          <td>
            <Link
              to={{ pathname: `/sector/students/${encodeURIComponent(student.id)}`, search }}
              className="strong-link"
            >
              {student.fullName}
            </Link>
          </td>
          <td className="nowrap">{formatDate(student.birthDate)}</td>
          <td>{codeLabel('gender', student.genderCode, locale)}</td>
          <td>{student.className ?? <span className="muted">{t('students.noClass')}</span>}</td>
          <td>{student.unitName}</td>
          <td>
            <StatusBadge code={student.statusCode} date={student.statusDate} />
          </td>
          <td className="nowrap">
            <Personal record={student} field="personalId" value={student.personalId} />
          </td>
        </tr>
      ))}
    </>
  );
}

function StudentTableHead() {
  const { t } = useI18n();
  return (
    <thead>
      <tr>
        <th scope="col">{t('student.code')}</th>
        <th scope="col">{t('student.fullName')}</th>
        <th scope="col">{t('student.birthDate')}</th>
        <th scope="col">{t('student.gender')}</th>
        <th scope="col">{t('student.class')}</th>
        <th scope="col">{t('student.school')}</th>
        <th scope="col">{t('student.status')}</th>
        <th scope="col">{t('student.personalId')}</th>
      </tr>
    </thead>
  );
}

/**
 * Finding a pupil by personal id: a POST with the number in the body, never
 * a query string (addresses end up in logs, history and proxies).
 */
function PersonalIdLookup({ search }: { search: string }) {
  const { t } = useI18n();
  const [value, setValue] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [results, setResults] = useState<StudentItem[] | null>(null);
  const lookup = useAction(sectorApi.lookup);
  const digits = value.replace(/[\s.]/g, '');
  const invalid = submitted && !/^\d{12}$/.test(digits);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (!/^\d{12}$/.test(digits)) return;
    const found = await lookup.run(digits);
    if (found) setResults(found.items);
  }

  return (
    <details className="lookup">
      <summary className="lookup__summary">{t('lookup.title')}</summary>
      <form className="lookup__form" onSubmit={submit} noValidate autoComplete="off">
        <div className="lookup__row">
          <TextField
            label={t('lookup.label')}
            hint={t('lookup.lead')}
            value={value}
            onChange={(next) => {
              setValue(next);
              setResults(null);
            }}
            inputMode="numeric"
            maxLength={16}
            autoComplete="off"
            spellCheck={false}
            error={invalid ? t('lookup.invalid') : undefined}
            fieldClassName="lookup__field"
          />
          <button type="submit" className="button button--primary" disabled={lookup.pending}>
            {lookup.pending ? t('common.working') : t('lookup.submit')}
          </button>
        </div>
      </form>
      {lookup.error ? <ErrorAlert error={lookup.error} /> : null}
      {results && results.length === 0 && <Alert kind="info" title={t('lookup.none')} />}
      {results && results.length > 0 && (
        <TableWrap label={t('lookup.results')}>
          <table className="table table--wide">
            <caption className="visually-hidden">{t('lookup.results')}</caption>
            <StudentTableHead />
            <tbody>
              <StudentRows items={results} search={search} />
            </tbody>
          </table>
        </TableWrap>
      )}
    </details>
  );
}

export function StudentsPage() {
  const { t, locale } = useI18n();
  const { can } = useSession();
  const toast = useToast();
  const navigate = useNavigate();
  const scope = useSectorScope();
  const [params, setParams] = useSearchParams();
  const classId = params.get('class') ?? '';
  const inYear = params.get('inYear') ?? '';
  const status = params.get('status') ?? '';
  const sort = params.get('sort') === 'full_name' ? 'full_name' : 'given_name';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const q = params.get('q') ?? '';
  const [query, setQuery] = useState(q);
  const settled = useDebounced(query.trim(), 350);
  const personalIdTyped = looksLikePersonalId(query);
  const [creating, setCreating] = useState(false);
  const [transferring, setTransferring] = useState(false);
  const canWrite = can('sector.write');

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
    // A personal id never goes into the address: the lookup form is the way.
    if (looksLikePersonalId(settled)) return;
    if (q !== settled) update({ q: settled });
  }, [settled]);

  const classes = useClasses(scope.schoolId, scope.yearId);
  const ready = !scope.loading && !scope.error;
  const listKey = ready
    ? `students|${scope.schoolId}|${classId}|${inYear}|${status}|${q}|${sort}|${page}|${locale}`
    : null;
  const list = useApiData(listKey, (signal) =>
    sectorApi.students(
      {
        unitId: scope.schoolId || undefined,
        classId: classId || undefined,
        schoolYearId: inYear || undefined,
        status: status || undefined,
        q: q || undefined,
        sort,
        page,
        pageSize: PAGE_SIZE,
      },
      signal,
    ),
  );
  const search = `?${new URLSearchParams({ school: scope.schoolId, year: scope.yearId }).toString()}`;

  return (
    <>
      <PageHeader
        title={t('students.title')}
        description={t('students.lead')}
        actions={
          canWrite && scope.schoolId ? (
            <>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => setTransferring(true)}
              >
                {t('students.transferIn')}
              </button>
              <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
                {t('students.create')}
              </button>
            </>
          ) : null
        }
      />
      {scope.error ? <ErrorAlert error={scope.error} /> : null}
      {ready && scope.schools.length === 0 && <Alert kind="info" title={t('sector.noSchools')} />}

      <section className="toolbar" aria-label={t('students.filters')}>
        <SchoolField schools={scope.schools} value={scope.schoolId} onChange={scope.setSchool} allowAll />
        <YearField years={scope.years} value={scope.yearId} onChange={scope.setYear} />
        <SelectField
          label={t('students.class')}
          value={classId}
          onChange={(value) => update({ class: value })}
          placeholder={t('students.allClasses')}
          disabled={!scope.schoolId}
          options={(classes.data ?? []).map((item) => ({ value: item.id, label: item.name }))}
        />
        <SelectField
          label={t('students.inYear')}
          value={inYear}
          onChange={(value) => update({ inYear: value })}
          placeholder={t('students.anyYear')}
          options={scope.years.map((year) => ({ value: year.id, label: year.code }))}
        />
        <SelectField
          label={t('students.status')}
          value={status}
          onChange={(value) => update({ status: value })}
          placeholder={t('students.allStatuses')}
          options={codeOptions('learnerStatus', locale)}
        />
        <SelectField
          label={t('students.sort')}
          value={sort}
          // The default order stays out of the address.
          onChange={(value) => update({ sort: value === 'full_name' ? value : '' })}
          options={[
            { value: 'given_name', label: t('students.sortGivenName') },
            { value: 'full_name', label: t('students.sortFullName') },
          ]}
        />
        <TextField
          label={t('students.search')}
          type="search"
          value={query}
          onChange={setQuery}
          placeholder={t('students.searchPlaceholder')}
          autoComplete="off"
          spellCheck={false}
          error={personalIdTyped ? t('students.searchPersonalId') : undefined}
          fieldClassName="toolbar__grow"
        />
      </section>

      {can('sector.read_personal') && <PersonalIdLookup search={search} />}
      <ExportBar schoolId={scope.schoolId} yearId={scope.yearId} classId={classId} status={status} />

      {list.error ? <ErrorAlert error={list.error} /> : null}
      {!list.data && (list.loading || scope.loading) ? (
        <Loading />
      ) : (
        list.data && (
          <>
            <MaskedNote records={list.data.items} />
            <TableWrap label={t('students.table')}>
              <table className="table table--wide">
                <caption className="visually-hidden">{t('students.table')}</caption>
                <StudentTableHead />
                <tbody aria-busy={list.loading}>
                  {list.data.items.length === 0 && <EmptyRow colSpan={8}>{t('students.empty')}</EmptyRow>}
                  <StudentRows items={list.data.items} search={search} />
                </tbody>
              </table>
            </TableWrap>
            <Pagination
              page={page}
              pageSize={PAGE_SIZE}
              total={list.data.total}
              onPage={(next) => update({ page: String(next) })}
            />
          </>
        )
      )}

      {creating && scope.school && (
        <StudentFormDialog
          school={scope.school}
          yearId={scope.yearId}
          onClose={() => setCreating(false)}
          onSaved={(student) => {
            setCreating(false);
            toast.success(t('students.created', { name: student.fullName, code: student.studentCode }));
            list.reload();
            navigate({ pathname: `/sector/students/${encodeURIComponent(student.id)}`, search });
          }}
        />
      )}
      {transferring && scope.school && (
        <TransferInDialog
          school={scope.school}
          yearId={scope.yearId}
          onClose={() => setTransferring(false)}
          onDone={(student) => {
            setTransferring(false);
            toast.success(t('transferIn.done', { name: student.fullName }));
            list.reload();
            navigate({ pathname: `/sector/students/${encodeURIComponent(student.id)}`, search });
          }}
        />
      )}
    </>
  );
}
