/** The dashboard section (routes under /dashboard). */
export function DashboardSection() {
  return null;
}
