import { periodUnits, reportingPeriods, submissions } from '../../src/modules/reporting/reporting.table';
import type { MatrixObjectBuilder } from './types';

const DAY = 86_400_000;

async function periodIn(
  db: Parameters<MatrixObjectBuilder>[0],
  rootUnitId: string,
  status: 'draft' | 'open',
) {
  const [period] = await db
    .insert(reportingPeriods)
    .values({
      kind: 'ad_hoc',
      name: 'Kỳ báo cáo (ma trận quyền)',
      rootUnitId,
      treeAsOf: '2026-01-01',
      opensAt: new Date(Date.now() - DAY),
      deadlineAt: new Date(Date.now() + 30 * DAY),
      status,
    })
    .returning({ id: reportingPeriods.id });
  return period!.id;
}

/** Builds, for the access matrix, one object of each reporting kind inside a given unit. */
export const reportingMatrixObjects: Record<string, MatrixObjectBuilder> = {
  /** A draft period rooted at the unit. */
  period: (db, unit) => periodIn(db, unit.id, 'draft'),
  /** An open period rooted at the unit, in which the unit itself must report. */
  submission: async (db, unit) => {
    const periodId = await periodIn(db, unit.id, 'open');
    await db.insert(periodUnits).values({
      periodId,
      unitId: unit.id,
      unitPath: unit.path,
      unitName: unit.code,
      unitCode: unit.code,
      unitTypeCode: 'school',
    });
    const [row] = await db
      .insert(submissions)
      .values({ periodId, unitId: unit.id })
      .returning({ id: submissions.id });
    return row!.id;
  },
};
