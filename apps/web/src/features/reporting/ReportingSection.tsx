/** The reporting section (routes under /reporting). */
export function ReportingSection() {
  return null;
}
