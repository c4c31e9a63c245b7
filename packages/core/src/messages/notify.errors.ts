/**
 * Error codes of the notify feature, with the message a user sees (Vietnamese
 * reference, English second). Spread into ERROR_MESSAGES in ../errors.ts.
 */
export const NOTIFY_ERRORS = {
  NOTIFY_ZALO_USER_ID_INVALID: {
    vi: 'Mã người dùng Zalo không hợp lệ: chỉ gồm chữ số (5–32 chữ số), lấy từ trang quản lý Zalo OA.',
    en: 'Invalid Zalo user id: digits only (5–32 digits), as shown in the Zalo OA manager.',
  },
} as const satisfies Record<string, { vi: string; en: string }>;
