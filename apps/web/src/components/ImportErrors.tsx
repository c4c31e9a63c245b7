import type { ImportProblem } from '../api/types';
import { useT } from '../i18n';
import { TableWrap } from './Table';

/** The problems a dry run found, row by row, as the spreadsheet numbers them. */
export function ImportErrors({ errors }: { errors: readonly ImportProblem[] }) {
  const t = useT();
  if (errors.length === 0) return null;
  return (
    <TableWrap label={t('import.errorsTable')}>
      <table className="table table--compact">
        <caption className="table__caption">{t('import.errorsCaption', { count: errors.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('import.row')}</th>
            <th scope="col">{t('import.column')}</th>
            <th scope="col">{t('import.problem')}</th>
          </tr>
        </thead>
        <tbody>
          {errors.map((problem, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: several problems may share a row and column
            <tr key={`${problem.row}-${problem.column}-${index}`}>
              <td className="num">{problem.row}</td>
              <td>{problem.column ?? '—'}</td>
              <td>{problem.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

/** An import the server refused may still carry row problems in its details. */
export function problemsFromError(error: unknown): ImportProblem[] | null {
  const details = (error as { details?: unknown } | null)?.details;
  const list = Array.isArray(details)
    ? details
    : Array.isArray((details as { errors?: unknown } | undefined)?.errors)
      ? (details as { errors: unknown[] }).errors
      : null;
  if (!list) return null;
  const problems = list.filter(
    (item): item is ImportProblem =>
      Boolean(item) && typeof item === 'object' && typeof (item as ImportProblem).row === 'number',
  );
  return problems.length ? problems : null;
}
