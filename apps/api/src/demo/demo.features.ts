import { seedDemoBulletins } from '../modules/bulletins/bulletins.demo';
import { seedDemoDashboard } from '../modules/dashboard/dashboard.demo';
import { seedDemoDrills } from '../modules/drills/drills.demo';
import { seedDemoLearning } from '../modules/learning/learning.demo';
import { seedDemoNotify } from '../modules/notifications/notifications.demo';
import { seedDemoQuality } from '../modules/quality/quality.demo';
import { seedDemoReporting } from '../modules/reporting/reporting.demo';
import type { DemoContext } from './demo.context';

/** Each feature's share of the demo province, in dependency order. */
export async function seedDemoFeatures(ctx: DemoContext): Promise<void> {
  await seedDemoReporting(ctx);
  await seedDemoQuality(ctx);
  await seedDemoDashboard(ctx);
  await seedDemoNotify(ctx);
  await seedDemoLearning(ctx);
  await seedDemoDrills(ctx);
  await seedDemoBulletins(ctx);
}
