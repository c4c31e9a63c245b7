import type { DemoContext } from '../../demo/demo.context';

/** What the dashboard feature adds to the EDUSHIELD_DEMO=1 province. */
export async function seedDemoDashboard(_ctx: DemoContext): Promise<void> {}
