import type { MatrixObjectBuilder } from './types';

/** Builds, for the access matrix, one object of each notifications kind inside a given unit. */
export const notifyMatrixObjects: Record<string, MatrixObjectBuilder> = {};
