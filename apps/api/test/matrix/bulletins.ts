import type { MatrixObjectBuilder } from './types';

/** Builds, for the access matrix, one object of each bulletins kind inside a given unit. */
export const bulletinsMatrixObjects: Record<string, MatrixObjectBuilder> = {};
