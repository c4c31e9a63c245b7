/**
 * Error codes of the drills feature, with the message a user sees (Vietnamese
 * reference, English second). Spread into ERROR_MESSAGES in ../errors.ts.
 */
export const DRILLS_ERRORS = {
  DRILL_TEMPLATE_UNKNOWN: {
    vi: 'Mẫu thư diễn tập không tồn tại. Hãy chọn một mẫu trong danh sách.',
    en: 'Unknown drill template. Choose one from the list.',
  },
  DRILL_STUDENT_TARGET: {
    vi: 'Không được diễn tập thư giả mạo với học sinh: chỉ chọn vai trò của cán bộ, giáo viên, nhân viên.',
    en: 'Phishing drills never target pupils: choose staff roles only.',
  },
  DRILL_ROLE_UNKNOWN: {
    vi: 'Vai trò được chọn không tồn tại.',
    en: 'Unknown role.',
  },
  DRILL_NO_RECIPIENTS: {
    vi: 'Không có người nhận: trong đơn vị đã chọn không có cán bộ (có địa chỉ email, đang hoạt động) mang vai trò đã chọn.',
    en: 'No recipients: no active staff with an email address and the chosen roles in this unit.',
  },
  DRILL_NOT_DRAFT: {
    vi: 'Đợt diễn tập đã được lên lịch hoặc đã gửi nên không thể sửa hay phát động lại.',
    en: 'This drill has already been scheduled or sent; it can no longer be changed or launched.',
  },
  DRILL_NOT_CANCELLABLE: {
    vi: 'Chỉ có thể hủy đợt diễn tập chưa gửi xong.',
    en: 'Only a drill that has not finished sending can be cancelled.',
  },
  DRILL_MAIL_NOT_CONFIGURED: {
    vi: 'Máy chủ chưa cấu hình gửi thư (SMTP_URL) nên chưa thể phát động diễn tập.',
    en: 'Outgoing mail (SMTP_URL) is not configured, so the drill cannot be launched.',
  },
  DRILL_SCHEDULE_PAST: {
    vi: 'Thời điểm gửi phải ở tương lai (hoặc để trống để gửi ngay).',
    en: 'The send time must be in the future (or leave it empty to send now).',
  },
} as const satisfies Record<string, { vi: string; en: string }>;
