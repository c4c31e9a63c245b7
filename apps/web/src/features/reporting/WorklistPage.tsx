import { useState } from 'react';
import { ErrorAlert, Loading } from '../../components/Alert';
import { SelectField } from '../../components/Field';
import { useApiData } from '../../components/hooks';
import { PageHeader } from '../../components/PageHeader';
import { useT } from '../../i18n';
import { reportingApi } from './api';
import { SubmissionsTable } from './SubmissionsTable';

/** The reviewer's worklist: submissions waiting for them in their scope, oldest first. */
export function WorklistPage() {
  const t = useT();
  const [state, setState] = useState<'submitted' | 'approved'>('submitted');
  const list = useApiData(`worklist|${state}`, (signal) => reportingApi.worklist({ state }, signal));
  return (
    <>
      <PageHeader title={t('reporting.worklistTitle')} description={t('reporting.worklistLead')} />
      <section className="toolbar" aria-label={t('reporting.filterState')}>
        <SelectField
          label={t('reporting.filterState')}
          value={state}
          onChange={(v) => setState(v as 'submitted' | 'approved')}
          options={[
            { value: 'submitted', label: t('reporting.toReview') },
            { value: 'approved', label: t('reporting.toAccept') },
          ]}
        />
      </section>
      {list.error ? <ErrorAlert error={list.error} /> : null}
      {!list.data ? (
        list.loading && <Loading />
      ) : (
        <SubmissionsTable
          items={list.data.items}
          label={t('reporting.worklistTitle')}
          empty={t('reporting.worklistEmpty')}
          showPeriod
        />
      )}
    </>
  );
}
