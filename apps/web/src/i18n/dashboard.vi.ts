/** Texts of the dashboard pages, merged into the reference dictionary (vi.ts). */
export const dashboardVi = {
  'nav.dashboard': 'Bảng theo dõi',
} as const;
