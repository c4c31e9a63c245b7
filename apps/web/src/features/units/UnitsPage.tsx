import { useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { Unit, UnitImportResult } from '../../api/types';
import { unitsApi } from '../../api/units';
import { useSession } from '../../app/session';
import { Alert, ErrorAlert, Loading } from '../../components/Alert';
import { Checkbox, DateField, TextField } from '../../components/Field';
import { useApiData, useDebounced } from '../../components/hooks';
import { PageHeader } from '../../components/PageHeader';
import { useToast } from '../../components/Toasts';
import { useI18n } from '../../i18n';
import { formatDate, parseDate } from '../../i18n/format';
import { queryTerms } from './search';
import { ancestorIds, buildTree, filterTree } from './tree';
import { UnitDetailPanel } from './UnitDetailPanel';
import { UnitFormDialog, type UnitFormKind } from './UnitForms';
import { UnitImportDialog } from './UnitImportDialog';
import { UnitTree } from './UnitTree';
import { useUnitList, useUnitTypes } from './useUnits';

function union(set: ReadonlySet<string>, more: Iterable<string>): Set<string> {
  const next = new Set(set);
  let grew = false;
  for (const id of more) {
    if (!next.has(id)) {
      next.add(id);
      grew = true;
    }
  }
  return grew ? next : (set as Set<string>);
}

const DONE_MESSAGE = {
  create: 'unitDone.create',
  edit: 'unitDone.edit',
  move: 'unitDone.move',
  merge: 'unitDone.merge',
  close: 'unitDone.close',
} as const;

export function UnitsPage() {
  const { t } = useI18n();
  const { can } = useSession();
  const toast = useToast();
  const canManage = can('org.manage');
  const [params, setParams] = useSearchParams();
  const selectedId = params.get('unit');

  const [query, setQuery] = useState('');
  const [includeClosed, setIncludeClosed] = useState(false);
  const [asOfText, setAsOfText] = useState('');
  const [asOf, setAsOf] = useState<string | undefined>(undefined);
  const asOfError = asOfText.trim() && !parseDate(asOfText) ? t('field.dateInvalid') : undefined;

  const list = useUnitList({ includeClosed, asOf });
  const types = useUnitTypes();
  const units = useMemo(() => list.data ?? [], [list.data]);
  const roots = useMemo(() => buildTree(units), [units]);

  // The server's search is authoritative (it may match more than name and code);
  // the tree filters locally at once and adds whatever the server found.
  const settledQuery = useDebounced(query.trim(), 350);
  const serverSearch = useApiData(
    settledQuery ? `unit-search|${settledQuery}|${includeClosed}|${asOf ?? ''}` : null,
    async (signal) => {
      const result = await unitsApi.list({ q: settledQuery, includeClosed, asOf }, signal);
      return new Set(result.items.map((unit) => unit.id));
    },
  );
  const serverMatches = settledQuery === query.trim() ? serverSearch.data : undefined;
  const filter = useMemo(
    () => (query.trim() ? filterTree(roots, query, serverMatches) : null),
    [roots, query, serverMatches],
  );
  const terms = useMemo(() => queryTerms(query), [query]);

  const [expanded, setExpanded] = useState<Set<string>>(() => new Set());
  const initialised = useRef(false);
  useEffect(() => {
    if (initialised.current || roots.length === 0) return;
    initialised.current = true;
    setExpanded((previous) =>
      union(
        previous,
        roots.map((root) => root.unit.id),
      ),
    );
  }, [roots]);
  useEffect(() => {
    if (filter && filter.expand.size > 0) setExpanded((previous) => union(previous, filter.expand));
  }, [filter]);
  useEffect(() => {
    if (selectedId && units.length > 0)
      setExpanded((previous) => union(previous, ancestorIds(units, selectedId)));
  }, [selectedId, units]);

  const [reloadToken, setReloadToken] = useState(0);
  const [form, setForm] = useState<{ kind: UnitFormKind; unit: Unit | null } | null>(null);
  const [importing, setImporting] = useState(false);
  const detailRef = useRef<HTMLDivElement>(null);

  const select = (id: string) => {
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        next.set('unit', id);
        return next;
      },
      { replace: true },
    );
    // On a phone the detail sits below the tree: bring it into view.
    if (window.matchMedia('(max-width: 60rem)').matches) {
      window.setTimeout(() => {
        detailRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
      }, 50);
    }
  };

  const toggle = (id: string) =>
    setExpanded((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const afterChange = (unit: Unit, kind: UnitFormKind) => {
    setForm(null);
    toast.success(t(DONE_MESSAGE[kind], { name: unit.name }));
    list.reload();
    setReloadToken((n) => n + 1);
    select(kind === 'merge' && unit.mergedInto ? unit.mergedInto : unit.id);
  };

  const afterImport = (result: UnitImportResult) => {
    setImporting(false);
    toast.success(t('unitImport.done', { created: result.created, updated: result.updated }));
    list.reload();
  };

  const selectedUnit = units.find((unit) => unit.id === selectedId) ?? null;

  return (
    <>
      <PageHeader
        title={t('units.title')}
        description={t('units.lead')}
        actions={
          canManage && !asOf ? (
            <>
              <button type="button" className="button button--secondary" onClick={() => setImporting(true)}>
                {t('units.import')}
              </button>
              <button
                type="button"
                className="button button--primary"
                onClick={() =>
                  setForm({ kind: 'create', unit: selectedUnit?.status === 'active' ? selectedUnit : null })
                }
              >
                {t('units.create')}
              </button>
            </>
          ) : null
        }
      />

      <section className="toolbar" aria-label={t('units.filters')}>
        <TextField
          label={t('units.search')}
          type="search"
          value={query}
          onChange={setQuery}
          placeholder={t('units.searchPlaceholder')}
          autoComplete="off"
          fieldClassName="toolbar__grow"
        />
        <div className="toolbar__group">
          <DateField
            label={t('units.asOf')}
            value={asOfText}
            onChange={(text) => {
              setAsOfText(text);
              if (!text.trim()) setAsOf(undefined);
              else {
                const iso = parseDate(text);
                if (iso) setAsOf(iso);
              }
            }}
            hint={t('units.asOfHint')}
            hintAfter
            error={asOfError}
          />
          {asOf && (
            <button
              type="button"
              className="button button--secondary button--small toolbar__inline-button"
              onClick={() => {
                setAsOfText('');
                setAsOf(undefined);
              }}
            >
              {t('units.asOfClear')}
            </button>
          )}
        </div>
        <Checkbox label={t('units.includeClosed')} checked={includeClosed} onChange={setIncludeClosed} />
      </section>

      {asOf && <Alert kind="info" title={t('units.asOfBanner', { date: formatDate(asOf) })} />}

      <div className="units-layout">
        <section className="panel" aria-labelledby="unit-tree-title">
          <div className="panel__header">
            <h2 id="unit-tree-title" className="panel__title">
              {t('units.tree')}
            </h2>
            <div className="panel__tools">
              <button
                type="button"
                className="button button--ghost button--small"
                onClick={() => setExpanded(new Set(units.map((unit) => unit.id)))}
              >
                {t('units.expandAll')}
              </button>
              <button
                type="button"
                className="button button--ghost button--small"
                onClick={() => setExpanded(new Set())}
              >
                {t('units.collapseAll')}
              </button>
            </div>
          </div>
          <p className="panel__meta" role="status">
            {list.loading && !list.data
              ? ''
              : filter
                ? t('units.matchCount', { count: filter.matches.size })
                : t('units.count', { count: units.length })}
          </p>
          {list.error ? <ErrorAlert error={list.error} /> : null}
          {list.loading && !list.data ? (
            <Loading />
          ) : (
            <UnitTree
              roots={roots}
              expanded={expanded}
              onToggle={toggle}
              selectedId={selectedId}
              onSelect={(unit) => select(unit.id)}
              filter={filter}
              terms={terms}
            />
          )}
        </section>

        <section className="panel" ref={detailRef} aria-label={t('units.detail')}>
          {selectedId ? (
            <UnitDetailPanel
              key={selectedId}
              unitId={selectedId}
              units={units}
              types={types.data ?? []}
              reloadToken={reloadToken}
              canManage={canManage}
              asOf={asOf}
              onAction={(kind, unit) => setForm({ kind, unit })}
              onSelect={select}
            />
          ) : (
            <p className="panel__placeholder">{t('units.selectPrompt')}</p>
          )}
        </section>
      </div>

      {form && (
        <UnitFormDialog
          kind={form.kind}
          unit={form.unit}
          units={units}
          types={types.data ?? []}
          onClose={() => setForm(null)}
          onDone={afterChange}
        />
      )}
      {importing && (
        <UnitImportDialog
          units={units.filter((unit) => unit.status === 'active')}
          defaultParentId={selectedUnit?.status === 'active' ? selectedUnit.id : null}
          onClose={() => setImporting(false)}
          onDone={afterImport}
        />
      )}
    </>
  );
}
