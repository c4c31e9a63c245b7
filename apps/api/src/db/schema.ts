export * from '../modules/audit/audit.table';
export * from '../modules/auth/auth.table';
export * from '../modules/jobs/jobs.table';
export * from '../modules/org/org.table';
export * from '../modules/reporting/reporting.table';
export * from '../modules/sector/sector.table';
export * from '../modules/users/users.table';
