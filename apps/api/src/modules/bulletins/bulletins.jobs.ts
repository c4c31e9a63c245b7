import type { Db } from '../../db/client';
import type { JobDeps } from '../../jobs';
import type { JobDefinition } from '../jobs/jobs.runner';
import { notify } from '../notifications/notify';
import { vietnamDateTime } from './bulletins.context';
import * as repo from './bulletins.repository';

export const ACK_REMINDER_JOB = 'bulletins.ack-reminders';
/** Recipients who have not acknowledged are reminded once, this long before the deadline. */
const REMIND_AHEAD_MS = 24 * 3_600_000;

/**
 * One reminder per recipient and bulletin, ever (notify's dedupe key), to
 * those who have not acknowledged a bulletin whose deadline is within a day.
 * Returns how many notices were created.
 */
export async function sendAckReminders(db: Db, now = new Date()): Promise<number> {
  let created = 0;
  for (const bulletin of await repo.bulletinsDueBetween(db, now, new Date(now.getTime() + REMIND_AHEAD_MS))) {
    await db.transaction(async (tx) => {
      const deadline = vietnamDateTime(bulletin.ackDeadline!);
      const result = await notify(tx, {
        userIds: await repo.unacknowledgedIds(tx, bulletin.id),
        kind: 'bulletins.ack_reminder',
        title: { vi: `Nhắc xác nhận: ${bulletin.title}`, en: `Reminder to acknowledge: ${bulletin.title}` },
        body: {
          vi: `Bạn chưa xác nhận “Tôi đã đọc và sẽ phổ biến”. Hạn xác nhận: ${deadline}.`,
          en: `You have not acknowledged this bulletin yet. Deadline: ${deadline} (Vietnam time).`,
        },
        link: `/bulletins/inbox/${bulletin.id}`,
        related: { type: 'bulletin', id: bulletin.id },
        unitId: bulletin.unitId,
        channels: bulletin.severity === 'urgent' ? ['in_app', 'email', 'zalo'] : ['in_app', 'email'],
        dedupeKey: `bulletins.ack-reminder:${bulletin.id}`,
      });
      created += result.created;
    });
  }
  return created;
}

/** Durable jobs of the bulletins feature; `recurring` kinds are kept scheduled by the server. */
export function bulletinsJobs(deps: JobDeps): { definitions: JobDefinition[]; recurring: string[] } {
  return {
    definitions: [
      {
        kind: ACK_REMINDER_JOB,
        handler: async () => ({ reminded: await sendAckReminders(deps.db) }),
        nextRun: (now) => new Date(now.getTime() + 3_600_000),
      },
    ],
    recurring: [ACK_REMINDER_JOB],
  };
}
