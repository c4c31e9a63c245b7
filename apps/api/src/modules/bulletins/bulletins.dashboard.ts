import { drillRollup } from '../drills/drills.rollup';
import { learningRollup } from '../learning/learning.rollup';
import type { BulletinsContext } from './bulletins.context';
import * as repo from './bulletins.repository';
import type { DashboardRow } from './bulletins.schemas';

/**
 * The awareness dashboard: for a unit and each of its direct children, every
 * figure rolled up over the subtree and counting only people in the caller's
 * scope — course completion and average score (learningRollup), phish-prone
 * and report rates of drills (drillRollup), and acknowledgement of bulletins
 * that ask for it. A rate over nothing is null, never 0.
 */

const percent = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 10 : null);

export async function dashboard(ctx: BulletinsContext, unitId: string) {
  const [targets, learning, drills, acks] = await Promise.all([
    repo.rollupTargets(ctx.db, unitId),
    learningRollup(ctx.db, ctx.scope, unitId),
    drillRollup(ctx.db, ctx.scope, unitId),
    repo.ackRollup(ctx.db, ctx.scope, unitId),
  ]);
  const learningBy = new Map(learning.map((r) => [r.unitId, r]));
  const drillsBy = new Map(drills.map((r) => [r.unitId, r]));
  const rows: DashboardRow[] = targets.map((t) => {
    const l = learningBy.get(t.id);
    const d = drillsBy.get(t.id);
    const a = acks.get(t.id);
    return {
      unitId: t.id,
      unitName: t.name,
      parentId: t.parent_id,
      hasChildren: t.has_children,
      learning: l
        ? {
            assigned: l.assigned,
            completed: l.completed,
            completionPercent: percent(l.completed, l.assigned),
            avgScore: l.avgScore === null ? null : Math.round(l.avgScore * 10) / 10,
          }
        : null,
      drills: d
        ? {
            sent: d.sent,
            clicked: d.clicked,
            reported: d.reported,
            phishPronePercent: percent(d.clicked, d.sent),
            reportRatePercent: percent(d.reported, d.sent),
          }
        : null,
      bulletins: {
        recipients: a?.recipients ?? 0,
        acknowledged: a?.acknowledged ?? 0,
        ackRatePercent: percent(a?.acknowledged ?? 0, a?.recipients ?? 0),
      },
    };
  });
  return { sources: { learning: true, drills: true }, rows };
}
