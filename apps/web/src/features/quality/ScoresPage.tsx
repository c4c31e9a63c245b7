import { useSearchParams } from 'react-router';
import { ErrorAlert, Loading } from '../../components/Alert';
import { Badge } from '../../components/Badge';
import { useApiData } from '../../components/hooks';
import { PageHeader } from '../../components/PageHeader';
import { EmptyRow, TableWrap } from '../../components/Table';
import { useI18n } from '../../i18n';
import { UnitPicker } from '../units/UnitPicker';
import { useUnitList } from '../units/useUnits';
import { qualityApi, type UnitScore } from './api';
import { scoreTone } from './labels';

/** Scores of a unit and the units directly under it, with drill-down. */
export function ScoresPage() {
  const { t, locale } = useI18n();
  const numbers = locale === 'vi' ? 'vi-VN' : 'en-GB';
  const [params, setParams] = useSearchParams();
  const unitId = params.get('unit') ?? '';
  const units = useUnitList();
  const scores = useApiData(`quality-scores|${unitId}`, (signal) =>
    qualityApi.scores(unitId || undefined, signal),
  );
  const go = (id: string) => setParams(id ? { unit: id } : {}, { replace: false });
  const parentId = units.data?.find((u) => u.id === unitId)?.parentId ?? null;
  const parentVisible = parentId !== null && units.data?.some((u) => u.id === parentId);

  const row = (s: UnitScore, drill: boolean, label?: string) => (
    <tr key={s.unitId}>
      <th scope="row">
        {drill ? (
          <button
            type="button"
            className="link-button"
            onClick={() => go(s.unitId)}
            aria-label={t('quality.scores.drill', { name: s.unitName })}
          >
            {s.unitName}
          </button>
        ) : (
          (label ?? s.unitName)
        )}
      </th>
      <td className="num">
        <Badge tone={scoreTone(s.score)}>
          <span className="quality-score">
            {s.score.toLocaleString(numbers, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}
          </span>
        </Badge>
      </td>
      <td className="num">{s.records.toLocaleString(numbers)}</td>
      <td className="num">{s.openBlocking.toLocaleString(numbers)}</td>
      <td className="num">{s.openWarning.toLocaleString(numbers)}</td>
    </tr>
  );

  return (
    <>
      <PageHeader title={t('quality.scores.title')} description={t('quality.scores.lead')} />
      <section className="toolbar" aria-label={t('quality.scores.unit')}>
        {units.data && (
          <UnitPicker
            label={t('quality.scores.unit')}
            units={units.data}
            value={unitId}
            onChange={go}
            placeholder={t('quality.scores.mine')}
          />
        )}
        {unitId && parentVisible && (
          <button type="button" className="button button--secondary" onClick={() => go(parentId!)}>
            {t('quality.scores.up')}
          </button>
        )}
      </section>
      {scores.error ? <ErrorAlert error={scores.error} /> : null}
      {!scores.data ? (
        scores.loading && <Loading />
      ) : (
        <TableWrap label={t('quality.scores.table')}>
          <table className="table quality-scores">
            <caption className="visually-hidden">{t('quality.scores.table')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('quality.col.unit')}</th>
                <th scope="col" className="num">
                  {t('quality.scores.score')}
                </th>
                <th scope="col" className="num">
                  {t('quality.scores.records')}
                </th>
                <th scope="col" className="num">
                  {t('quality.scores.blocking')}
                </th>
                <th scope="col" className="num">
                  {t('quality.scores.warning')}
                </th>
              </tr>
            </thead>
            <tbody aria-busy={scores.loading}>
              {scores.data.unit &&
                row(scores.data.unit, false, `${scores.data.unit.unitName} — ${t('quality.scores.total')}`)}
              {scores.data.children.length === 0 && (
                <EmptyRow colSpan={5}>{t('quality.scores.empty')}</EmptyRow>
              )}
              {scores.data.children.map((s) => row(s, s.typeCode !== 'satellite'))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </>
  );
}
