import { drills } from '../../src/modules/drills/drills.table';
import type { MatrixObjectBuilder } from './types';

/** Builds, for the access matrix, one object of each drills kind inside a given unit. */
export const drillsMatrixObjects: Record<string, MatrixObjectBuilder> = {
  drill: async (db, unit) => {
    const [row] = await db
      .insert(drills)
      .values({ unitId: unit.id, name: 'Diễn tập ma trận', templateCode: 'mat-khau-het-han', roleCodes: [] })
      .returning({ id: drills.id });
    return row!.id;
  },
};
