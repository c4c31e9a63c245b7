import type { MatrixObjectBuilder } from './types';

/** Builds, for the access matrix, one object of each quality kind inside a given unit. */
export const qualityMatrixObjects: Record<string, MatrixObjectBuilder> = {};
