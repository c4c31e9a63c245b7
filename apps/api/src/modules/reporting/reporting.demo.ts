import type { DemoContext } from '../../demo/demo.context';

/** What the reporting feature adds to the EDUSHIELD_DEMO=1 province. */
export async function seedDemoReporting(_ctx: DemoContext): Promise<void> {}
