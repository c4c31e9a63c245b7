import { notifications } from '../../src/modules/notifications/notifications.table';
import { users } from '../../src/modules/users/users.table';
import type { MatrixObjectBuilder } from './types';

/** Builds, for the access matrix, one object of each notifications kind inside a given unit. */
export const notifyMatrixObjects: Record<string, MatrixObjectBuilder> = {
  /** A notice addressed to an account whose home unit is `unit`. */
  notification: async (db, unit) => {
    const [user] = await db
      .insert(users)
      .values({
        username: `n_${crypto.randomUUID().slice(0, 12)}`,
        fullName: 'Người nhận thử',
        unitId: unit.id,
      })
      .returning({ id: users.id });
    const [notice] = await db
      .insert(notifications)
      .values({
        recipientId: user!.id,
        kind: 'test.matrix',
        titleVi: 'Thông báo thử',
        titleEn: 'Test notice',
        bodyVi: 'Nội dung',
        bodyEn: 'Body',
        dedupeKey: crypto.randomUUID(),
      })
      .returning({ id: notifications.id });
    return notice!.id;
  },
};
