/** The learning section (routes under /learning). */
export function LearningSection() {
  return null;
}
