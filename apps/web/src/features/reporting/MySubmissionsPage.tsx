import { ErrorAlert, Loading } from '../../components/Alert';
import { useApiData } from '../../components/hooks';
import { PageHeader } from '../../components/PageHeader';
import { useT } from '../../i18n';
import { reportingApi } from './api';
import { SubmissionsTable } from './SubmissionsTable';

/** A school's own submissions across periods (the API limits them to the caller's units). */
export function MySubmissionsPage() {
  const t = useT();
  const list = useApiData('my-submissions', (signal) => reportingApi.submissions({ pageSize: 200 }, signal));
  return (
    <>
      <PageHeader title={t('reporting.mySubmissionsTitle')} description={t('reporting.mySubmissionsLead')} />
      {list.error ? <ErrorAlert error={list.error} /> : null}
      {!list.data ? (
        list.loading && <Loading />
      ) : (
        <SubmissionsTable
          items={list.data.items}
          label={t('reporting.mySubmissionsTitle')}
          empty={t('reporting.noSubmissions')}
          showPeriod
        />
      )}
    </>
  );
}
