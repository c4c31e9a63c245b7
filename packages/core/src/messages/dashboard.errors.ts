/**
 * Error codes of the dashboard feature, with the message a user sees (Vietnamese
 * reference, English second). Spread into ERROR_MESSAGES in ../errors.ts.
 */
export const DASHBOARD_ERRORS = {
  DASHBOARD_PERIOD_REQUIRED: {
    vi: 'Vui lòng chọn kỳ báo cáo để xem bảng theo dõi.',
    en: 'Please choose a reporting period to see the dashboard.',
  },
} as const satisfies Record<string, { vi: string; en: string }>;
