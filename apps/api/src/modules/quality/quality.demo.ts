import type { DemoContext } from '../../demo/demo.context';

/** What the quality feature adds to the EDUSHIELD_DEMO=1 province. */
export async function seedDemoQuality(_ctx: DemoContext): Promise<void> {}
