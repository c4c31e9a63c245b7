/** Texts of the bulletins pages, merged into the reference dictionary (vi.ts). */
export const bulletinsVi = {
  'nav.bulletins': 'Bản tin & cảnh báo',
} as const;
