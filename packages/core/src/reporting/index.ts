/**
 * Reporting periods and submissions: the pure state machine, the period's
 * calendar rules, snapshots (aggregates, diff) and the readiness check shared
 * by the API, the web app and the data-quality feature.
 */
export * from './period-rules';
export * from './readiness';
export * from './snapshot';
export * from './state-machine';
