import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { openDatabase } from '/work/main/apps/api/src/db/client.ts';
import { Scope } from '/work/main/apps/api/src/plugins/scope.ts';
import * as repo from '/work/main/apps/api/src/modules/dashboard/dashboard.repository.ts';
const R = '7dbd544b-bef5-4fbb-9cb6-5efc34a9fe02'; const P = 'ca8acbc4-b887-4834-84a5-28f9ccf1a7d2';
const database = await openDatabase({ url: 'postgres://postgres@127.0.0.1:5432/dash_probe', dataDir: null, poolSize: 4 });
const db = database.db;
const scope = new Scope('reporting.read', [`/${R}/`], []);
const fns: Record<string, () => Promise<unknown>> = {
  all: async () => { await repo.findVisiblePeriod(db, scope, P, R); return repo.dashboardData(db, scope, { id: P, treeAsOf: '2026-03-01' }, `/${R}/`, 300); },
  baseline: () => db.execute(sql`select split_part(substr(pu.unit_path, 39), '/', 1) as child, s.state, count(*) as n, sum((v.summary ->> 'requiredFilled')::int) as filled
from period_units pu left join submissions s on s.period_id = pu.period_id and s.unit_id = pu.unit_id
left join submission_versions v on v.submission_id = s.id and v.version = s.version
where pu.period_id = ${P} group by 1, 2`),
};
const r = await repo.dashboardData(db, scope, { id: P, treeAsOf: '2026-03-01' }, `/${R}/`, 300);
console.log(r!.rollup.length, r!.chase.length, r!.chase_total, r!.crumbs.length);
for (let round = 0; round < 3; round++) {
  for (const [name, fn] of Object.entries(fns)) {
    const times: number[] = [];
    for (let i = 0; i < 40; i++) { const t = performance.now(); await fn(); times.push(performance.now() - t); }
    times.sort((a, b) => a - b);
    console.log(name, 'p50', times[20]!.toFixed(1), 'p90', times[36]!.toFixed(1));
  }
}
await database.close();
