import type { MatrixObjectBuilder } from './types';

/** Builds, for the access matrix, one object of each drills kind inside a given unit. */
export const drillsMatrixObjects: Record<string, MatrixObjectBuilder> = {};
