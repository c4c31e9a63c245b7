import type { MatrixObjectBuilder } from './types';

/** Builds, for the access matrix, one object of each reporting kind inside a given unit. */
export const reportingMatrixObjects: Record<string, MatrixObjectBuilder> = {};
