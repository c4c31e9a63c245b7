import { sql } from 'drizzle-orm';
import { query } from '../../src/db/client';
import type { MatrixObjectBuilder } from './types';

let counter = 0;
const nextCode = () => `MX_${Date.now().toString(36)}_${(counter++).toString(36)}`.toUpperCase();

const ruleIn: MatrixObjectBuilder = async (db, unit) => {
  const [row] = await query<{ id: string }>(
    db,
    sql`insert into quality_rules (code, name_vi, name_en, rule_type, data_group, severity, params, root_unit_id)
        values (${nextCode()}, 'Quy tắc thử', 'Test rule', 'age_grade', 'students', 'warning',
          '{"toleranceYears": 3}'::jsonb, ${unit.id}) returning id`,
  );
  return row!.id;
};

/** Builds, for the access matrix, one object of each quality kind inside a given unit. */
export const qualityMatrixObjects: Record<string, MatrixObjectBuilder> = {
  quality_rule: ruleIn,
  quality_issue: async (db, unit) => {
    const ruleId = await ruleIn(db, unit);
    const [row] = await query<{ id: string }>(
      db,
      sql`insert into quality_issues (rule_id, unit_id, data_group, severity, entity, record_id, record_key, details, due_on)
          values (${ruleId}, ${unit.id}, 'students', 'warning', 'school', ${unit.id}, ${`school:${unit.id}`},
            '{}'::jsonb, current_date + 14) returning id`,
    );
    return row!.id;
  },
  responsibility: async (db, unit) => {
    const [user] = await query<{ id: string }>(
      db,
      sql`insert into users (username, full_name, unit_id, must_change_password)
          values (${`mr_${crypto.randomUUID().slice(0, 12)}`}, 'Người phụ trách thử', ${unit.id}, false) returning id`,
    );
    const [row] = await query<{ id: string }>(
      db,
      sql`insert into responsibilities (unit_id, data_group, duty, user_id)
          values (${unit.id}, 'all', 'responsible', ${user!.id}) returning id`,
    );
    return row!.id;
  },
};
