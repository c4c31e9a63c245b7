import type { DemoContext } from '../../demo/demo.context';

/** What the learning feature adds to the EDUSHIELD_DEMO=1 province. */
export async function seedDemoLearning(_ctx: DemoContext): Promise<void> {}
