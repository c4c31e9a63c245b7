import type { DemoContext } from '../../demo/demo.context';

/** What the notifications feature adds to the EDUSHIELD_DEMO=1 province. */
export async function seedDemoNotify(_ctx: DemoContext): Promise<void> {}
