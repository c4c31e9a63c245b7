/** Texts of the notifications pages, merged into the reference dictionary (vi.ts). */
export const notifyVi = {
  'nav.notify': 'Thông báo',
} as const;
