/** What other features use from the drills module. */
export { type DrillUnitRollup, drillRollup } from './drills.rollup';
