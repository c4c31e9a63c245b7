import { bulletinsMatrixObjects } from './bulletins';
import { dashboardMatrixObjects } from './dashboard';
import { drillsMatrixObjects } from './drills';
import { learningMatrixObjects } from './learning';
import { notifyMatrixObjects } from './notifications';
import { qualityMatrixObjects } from './quality';
import { reportingMatrixObjects } from './reporting';
import type { MatrixObjectBuilder } from './types';

/** Object builders of the features' kinds, each feature in its own file. */
export const featureMatrixObjects: Record<string, MatrixObjectBuilder> = {
  ...reportingMatrixObjects,
  ...qualityMatrixObjects,
  ...dashboardMatrixObjects,
  ...notifyMatrixObjects,
  ...learningMatrixObjects,
  ...drillsMatrixObjects,
  ...bulletinsMatrixObjects,
};
