import type { MatrixObjectBuilder } from './types';

/** Builds, for the access matrix, one object of each learning kind inside a given unit. */
export const learningMatrixObjects: Record<string, MatrixObjectBuilder> = {};
