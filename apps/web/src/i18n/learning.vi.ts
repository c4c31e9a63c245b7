/** Texts of the learning pages, merged into the reference dictionary (vi.ts). */
export const learningVi = {
  'nav.learning': 'Học an toàn thông tin',
} as const;
