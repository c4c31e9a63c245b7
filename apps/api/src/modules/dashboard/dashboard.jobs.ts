import type { JobDeps } from '../../jobs';
import type { JobDefinition } from '../jobs/jobs.runner';

/** Durable jobs of the dashboard feature; `recurring` kinds are kept scheduled by the server. */
export function dashboardJobs(_deps: JobDeps): { definitions: JobDefinition[]; recurring: string[] } {
  return { definitions: [], recurring: [] };
}
