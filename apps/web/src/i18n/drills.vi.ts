/** Texts of the drills pages, merged into the reference dictionary (vi.ts). */
export const drillsVi = {
  'nav.drills': 'Diễn tập thư giả mạo',
} as const;
