import type { DemoContext } from '../../demo/demo.context';

/** What the drills feature adds to the EDUSHIELD_DEMO=1 province. */
export async function seedDemoDrills(_ctx: DemoContext): Promise<void> {}
