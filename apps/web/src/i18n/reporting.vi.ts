/** Texts of the reporting pages, merged into the reference dictionary (vi.ts). */
export const reportingVi = {
  'nav.reporting': 'Kỳ báo cáo',
} as const;
