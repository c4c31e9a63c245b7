import { sql } from 'drizzle-orm';
import { type DbOrTx, query } from '../../db/client';
import { type Scope, unitInScope } from '../../plugins/scope';

export interface DrillUnitRollup {
  unitId: string;
  parentId: string | null;
  /** Drill recipients (one person in one launched drill) whose unit lies in this unit's subtree. */
  recipients: number;
  /** …whose email SMTP accepted. */
  sent: number;
  /** …who opened / clicked (or submitted) / submitted / reported at least once; scanner hits never count. */
  opened: number;
  clicked: number;
  submitted: number;
  reported: number;
  /** …with at least one hit flagged as a mail scanner (shown apart, excluded from rates). */
  scannerFlagged: number;
}

/**
 * Drill results for `rootUnitId` and each of its direct children, every
 * figure rolled up over the unit's subtree and counting only recipients in
 * `scope`. See docs/features/drills.md (the dashboard reads this).
 */
export async function drillRollup(db: DbOrTx, scope: Scope, rootUnitId: string): Promise<DrillUnitRollup[]> {
  const [root] = await query<{ id: string; path: string }>(
    db,
    sql`select id, path from org_units where id = ${rootUnitId}`,
  );
  if (!root || !scope.contains(root)) return [];
  const rows = await query<{
    unit_id: string;
    parent_id: string | null;
    recipients: number;
    sent: number;
    opened: number;
    clicked: number;
    submitted: number;
    reported: number;
    scanner_flagged: number;
  }>(
    db,
    sql`with targets as (
          select id, parent_id, path, (id = ${root.id}) as is_root from org_units
          where id = ${root.id} or (parent_id = ${root.id} and status = 'active')),
        flags as (
          select r.id, ou.path, r.sent_at is not null as sent,
            coalesce(bool_or(e.type = 'opened' and not e.scanner), false) as opened,
            coalesce(bool_or(e.type in ('clicked', 'submitted') and not e.scanner), false) as clicked,
            coalesce(bool_or(e.type = 'submitted' and not e.scanner), false) as submitted,
            coalesce(bool_or(e.type = 'reported' and not e.scanner), false) as reported,
            coalesce(bool_or(e.scanner), false) as scanner
          from drill_recipients r
          join drills d on d.id = r.drill_id and d.status in ('sending', 'completed')
          join org_units ou on ou.id = r.unit_id
          left join drill_events e on e.recipient_id = r.id
          where ou.path like ${`${root.path}%`} and ${unitInScope(scope, sql`r.unit_id`)}
          group by r.id, ou.path, r.sent_at)
        select t.id as unit_id, t.parent_id,
          count(f.id)::int as recipients,
          count(f.id) filter (where f.sent)::int as sent,
          count(f.id) filter (where f.opened)::int as opened,
          count(f.id) filter (where f.clicked)::int as clicked,
          count(f.id) filter (where f.submitted)::int as submitted,
          count(f.id) filter (where f.reported)::int as reported,
          count(f.id) filter (where f.scanner)::int as scanner_flagged
        from targets t left join flags f on f.path like t.path || '%'
        group by t.id, t.parent_id, t.is_root
        order by t.is_root desc, t.id`,
  );
  return rows.map((r) => ({
    unitId: r.unit_id,
    parentId: r.parent_id,
    recipients: r.recipients,
    sent: r.sent,
    opened: r.opened,
    clicked: r.clicked,
    submitted: r.submitted,
    reported: r.reported,
    scannerFlagged: r.scanner_flagged,
  }));
}
