import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { enrolInRemedial } from '../learning/learning.enrol';
import { drillRemedials } from './drills.table';

/** The remedial lesson a click or a submitted form earns (slug agreed with the content writer). */
export const REMEDIAL_LESSON_SLUG = 'phishing-email-fake-websites';

/**
 * Records that a recipient owes the remedial lesson and enrols them through
 * the learning module, once per recipient, in the caller's transaction. The
 * record stays even if the lesson is not published yet (enrolmentId null).
 */
export async function owedRemedial(
  tx: DbOrTx,
  recipient: { id: string; userId: string; drillId: string },
  now: Date,
): Promise<void> {
  const [created] = await tx
    .insert(drillRemedials)
    .values({ recipientId: recipient.id, userId: recipient.userId, lessonSlug: REMEDIAL_LESSON_SLUG })
    .onConflictDoNothing()
    .returning({ recipientId: drillRemedials.recipientId });
  if (!created) return;
  const enrolment = await enrolInRemedial(
    tx,
    recipient.userId,
    REMEDIAL_LESSON_SLUG,
    `drill:${recipient.drillId}`,
    now,
  );
  if (enrolment) {
    await tx
      .update(drillRemedials)
      .set({ enrolmentId: enrolment.enrolmentId })
      .where(eq(drillRemedials.recipientId, recipient.id));
  }
}
