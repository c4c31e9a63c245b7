import type { MatrixObjectBuilder } from './types';

/** Builds, for the access matrix, one object of each dashboard kind inside a given unit. */
export const dashboardMatrixObjects: Record<string, MatrixObjectBuilder> = {};
