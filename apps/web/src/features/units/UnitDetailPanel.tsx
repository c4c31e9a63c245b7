import type { Unit, UnitStatus, UnitType, UnitVersion } from '../../api/types';
import { unitsApi } from '../../api/units';
import { unitTypeName } from '../../app/labels';
import { Alert, ErrorAlert, Loading } from '../../components/Alert';
import { Badge, type BadgeTone } from '../../components/Badge';
import { useApiData } from '../../components/hooks';
import { TableWrap } from '../../components/Table';
import { useI18n } from '../../i18n';
import { formatDate } from '../../i18n/format';
import type { UnitFormKind } from './UnitForms';

/** The version valid on a date: validFrom <= date < validTo. */
export function versionAt(versions: readonly UnitVersion[], date: string): UnitVersion | undefined {
  return versions.find((v) => v.validFrom <= date && (v.validTo === null || v.validTo > date));
}

export const STATUS_TONE: Record<UnitStatus, BadgeTone> = {
  active: 'success',
  closed: 'warning',
  merged: 'info',
};

export function UnitDetailPanel({
  unitId,
  units,
  types,
  reloadToken,
  canManage,
  asOf,
  onAction,
  onSelect,
}: {
  unitId: string;
  units: readonly Unit[];
  types: readonly UnitType[];
  reloadToken: number;
  canManage: boolean;
  /** Viewing the tree as of a past date: read only, showing the version valid then. */
  asOf: string | undefined;
  onAction: (kind: UnitFormKind, unit: Unit) => void;
  onSelect: (id: string) => void;
}) {
  const { t, locale } = useI18n();
  const { data, error, loading } = useApiData(`unit|${unitId}|${reloadToken}`, (signal) =>
    unitsApi.get(unitId, signal),
  );

  if (error) return <ErrorAlert error={error} />;
  if (!data) return loading ? <Loading /> : null;

  const { versions } = data;
  const historical = Boolean(asOf);
  // In history mode, show the unit as it was on that date.
  const then = asOf ? versionAt(versions, asOf) : undefined;
  const unit = then
    ? { ...data.unit, ...then, id: data.unit.id, mergedInto: data.unit.mergedInto }
    : data.unit;
  const parentName =
    then?.parentName ??
    units.find((u) => u.id === unit.parentId)?.name ??
    versions.find((v) => v.validTo === null)?.parentName ??
    versions[0]?.parentName ??
    null;
  const mergedInto = unit.mergedInto ? units.find((u) => u.id === unit.mergedInto) : undefined;
  const history = [...versions].sort((a, b) => b.validFrom.localeCompare(a.validFrom));
  const active = unit.status === 'active';

  return (
    <article className="detail" aria-labelledby="unit-detail-title">
      <header className="detail__header">
        <h2 id="unit-detail-title" className="detail__title" tabIndex={-1}>
          {unit.name}
        </h2>
        <Badge tone={STATUS_TONE[unit.status]}>{t(`unitStatus.${unit.status}`)}</Badge>
      </header>
      <dl className="facts">
        <div>
          <dt>{t('unit.code')}</dt>
          <dd>
            <code>{unit.code}</code>
          </dd>
        </div>
        <div>
          <dt>{t('unit.type')}</dt>
          <dd>{unitTypeName(unit.typeCode, locale, types)}</dd>
        </div>
        <div>
          <dt>{t('unit.parent')}</dt>
          <dd>
            {unit.parentId && units.some((u) => u.id === unit.parentId) ? (
              <button type="button" className="link-button" onClick={() => onSelect(unit.parentId as string)}>
                {parentName}
              </button>
            ) : (
              (parentName ?? '—')
            )}
          </dd>
        </div>
        <div>
          <dt>{t('unit.address')}</dt>
          <dd>{unit.address || '—'}</dd>
        </div>
        <div>
          <dt>{t('unit.validFrom')}</dt>
          <dd>{formatDate(unit.validFrom)}</dd>
        </div>
        <div>
          <dt>{t('unit.validTo')}</dt>
          <dd>{unit.validTo ? formatDate(unit.validTo) : t('unit.noEnd')}</dd>
        </div>
        {unit.mergedInto && (
          <div>
            <dt>{t('unit.mergedInto')}</dt>
            <dd>
              {mergedInto ? (
                <button type="button" className="link-button" onClick={() => onSelect(mergedInto.id)}>
                  {mergedInto.name}
                </button>
              ) : (
                t('unit.outOfView')
              )}
            </dd>
          </div>
        )}
      </dl>

      {canManage && active && !historical && (
        <div className="detail__actions">
          <button
            type="button"
            className="button button--primary button--small"
            onClick={() => onAction('create', unit)}
          >
            {t('unitAction.createChild')}
          </button>
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => onAction('edit', unit)}
          >
            {t('unitAction.edit')}
          </button>
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => onAction('move', unit)}
          >
            {t('unitAction.move')}
          </button>
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => onAction('merge', unit)}
          >
            {t('unitAction.merge')}
          </button>
          <button
            type="button"
            className="button button--danger-outline button--small"
            onClick={() => onAction('close', unit)}
          >
            {t('unitAction.close')}
          </button>
        </div>
      )}
      {historical && (
        <Alert
          kind="info"
          title={then ? t('units.historicalReadOnly', { date: formatDate(asOf) }) : t('units.notValidThen')}
        />
      )}

      <section aria-labelledby="unit-history-title" className="detail__section">
        <h3 id="unit-history-title" className="section-title">
          {t('units.history')}
        </h3>
        <TableWrap label={t('units.history')}>
          <table className="table table--compact table--history">
            <thead>
              <tr>
                <th scope="col">{t('unit.validFrom')}</th>
                <th scope="col">{t('unit.validTo')}</th>
                <th scope="col">{t('units.change')}</th>
                <th scope="col">{t('unit.name')}</th>
                <th scope="col">{t('unit.code')}</th>
                <th scope="col">{t('unit.parent')}</th>
                <th scope="col">{t('unit.status')}</th>
                <th scope="col">{t('unit.note')}</th>
              </tr>
            </thead>
            <tbody>
              {history.map((version) => (
                <tr key={version.id} className={version === then ? 'table__row--current' : undefined}>
                  <td className="nowrap">{formatDate(version.validFrom)}</td>
                  <td className="nowrap">{version.validTo ? formatDate(version.validTo) : '—'}</td>
                  <td>{t(`unitChange.${version.change}`)}</td>
                  <td>{version.name}</td>
                  <td>
                    <code>{version.code}</code>
                  </td>
                  <td>{version.parentName ?? '—'}</td>
                  <td>{t(`unitStatus.${version.status}`)}</td>
                  <td>{version.note || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      </section>
    </article>
  );
}
