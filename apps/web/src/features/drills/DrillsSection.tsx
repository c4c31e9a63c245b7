/** The drills section (routes under /drills). */
export function DrillsSection() {
  return null;
}
