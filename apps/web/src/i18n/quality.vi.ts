/** Texts of the quality pages, merged into the reference dictionary (vi.ts). */
export const qualityVi = {
  'nav.quality': 'Chất lượng dữ liệu',
} as const;
