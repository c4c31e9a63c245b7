/**
 * Error codes of the bulletins feature, with the message a user sees (Vietnamese
 * reference, English second). Spread into ERROR_MESSAGES in ../errors.ts.
 */
export const BULLETINS_ERRORS = {
  BULLETIN_NOT_FOUND: {
    vi: 'Không tìm thấy bản tin này trong phạm vi đơn vị của bạn.',
    en: 'This bulletin was not found within your units.',
  },
  BULLETIN_NOT_DRAFT: {
    vi: 'Bản tin đã được đăng nên không thể sửa hoặc xóa. Bạn có thể lưu trữ bản tin.',
    en: 'The bulletin has been published and can no longer be edited or deleted. You can archive it.',
  },
  BULLETIN_NOT_PUBLISHED: {
    vi: 'Chỉ lưu trữ được bản tin đang đăng.',
    en: 'Only a published bulletin can be archived.',
  },
  BULLETIN_AUDIENCE_OUTSIDE_UNIT: {
    vi: 'Đơn vị nhận bản tin phải thuộc đơn vị soạn bản tin (hoặc các đơn vị trực thuộc).',
    en: 'The audience units must lie within the authoring unit or the units below it.',
  },
  BULLETIN_ROLE_UNKNOWN: {
    vi: 'Vai trò người nhận không hợp lệ.',
    en: 'Unknown recipient role.',
  },
  BULLETIN_BODY_EMPTY: {
    vi: 'Nội dung bản tin đang trống (hoặc chỉ chứa mã không được phép).',
    en: 'The bulletin body is empty (or only contained markup that is not allowed).',
  },
  BULLETIN_TITLE_EMPTY: {
    vi: 'Tiêu đề bản tin không được để trống.',
    en: 'The bulletin title must not be empty.',
  },
  BULLETIN_ACK_DEADLINE_REQUIRED: {
    vi: 'Cần chọn hạn xác nhận khi yêu cầu người nhận xác nhận đã đọc.',
    en: 'Choose an acknowledgement deadline when acknowledgement is required.',
  },
  BULLETIN_ACK_DEADLINE_PAST: {
    vi: 'Hạn xác nhận phải ở sau thời điểm đăng bản tin.',
    en: 'The acknowledgement deadline must be after publication.',
  },
  BULLETIN_NO_RECIPIENTS: {
    vi: 'Không có người nhận nào phù hợp với đối tượng đã chọn. Hãy kiểm tra đơn vị và vai trò nhận.',
    en: 'No one matches the chosen audience. Check the audience units and roles.',
  },
  BULLETIN_ACK_NOT_REQUIRED: {
    vi: 'Bản tin này không yêu cầu xác nhận.',
    en: 'This bulletin does not ask for acknowledgement.',
  },
} as const satisfies Record<string, { vi: string; en: string }>;
