import type { DemoContext } from '../../demo/demo.context';

/** What the bulletins feature adds to the EDUSHIELD_DEMO=1 province. */
export async function seedDemoBulletins(_ctx: DemoContext): Promise<void> {}
