import { courseAssignments, courses, enrolments } from '../../src/modules/learning/learning.table';
import { users } from '../../src/modules/users/users.table';
import type { MatrixObjectBuilder } from './types';

async function courseIn(db: Parameters<MatrixObjectBuilder>[0], unitId: string): Promise<string> {
  const [row] = await db
    .insert(courses)
    .values({
      slug: `matrix-${crypto.randomUUID()}`,
      title: 'Khoá học thử',
      unitId,
      audiences: ['staff'],
      status: 'published',
    })
    .returning({ id: courses.id });
  return row!.id;
}

/** Builds, for the access matrix, one object of each learning kind inside a given unit. */
export const learningMatrixObjects: Record<string, MatrixObjectBuilder> = {
  course: (db, unit) => courseIn(db, unit.id),
  course_assignment: async (db, unit) => {
    const courseId = await courseIn(db, unit.id);
    const [row] = await db
      .insert(courseAssignments)
      .values({
        courseId,
        unitId: unit.id,
        roleCodes: ['teacher'],
        targetUnitIds: [unit.id],
        dueOn: '2099-12-31',
      })
      .returning({ id: courseAssignments.id });
    return row!.id;
  },
  enrolment: async (db, unit) => {
    const courseId = await courseIn(db, unit.id);
    const [user] = await db
      .insert(users)
      .values({
        username: `m_l_${crypto.randomUUID().slice(0, 12)}`,
        fullName: 'Người học thử',
        unitId: unit.id,
      })
      .returning({ id: users.id });
    const [row] = await db
      .insert(enrolments)
      .values({ courseId, userId: user!.id, unitId: unit.id, audience: 'staff' })
      .returning({ id: enrolments.id });
    return row!.id;
  },
};
