import { bulletins } from '../../src/modules/bulletins/bulletins.table';
import type { MatrixObjectBuilder } from './types';

/** Builds, for the access matrix, one object of each bulletins kind inside a given unit. */
export const bulletinsMatrixObjects: Record<string, MatrixObjectBuilder> = {
  bulletin: async (db, unit) => {
    const [row] = await db
      .insert(bulletins)
      .values({
        unitId: unit.id,
        kind: 'bulletin',
        title: 'Bản tin thử',
        bodyHtml: '<p>Nội dung thử</p>',
        audienceUnitIds: [unit.id],
      })
      .returning({ id: bulletins.id });
    return row!.id;
  },
};
