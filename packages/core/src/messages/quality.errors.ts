/**
 * Error codes of the quality feature, with the message a user sees (Vietnamese
 * reference, English second). Spread into ERROR_MESSAGES in ../errors.ts.
 */
export const QUALITY_ERRORS = {
  QUALITY_PARAMS_INVALID: {
    vi: 'Tham số của quy tắc chưa hợp lệ. Xem lỗi ở từng ô, sửa rồi lưu lại.',
    en: 'The rule parameters are not valid. See the message at each field, correct them and save again.',
  },
  QUALITY_PARAM_REQUIRED: {
    vi: 'Chưa nhập tham số này. Đây là tham số bắt buộc của loại quy tắc đã chọn.',
    en: 'This parameter is missing. It is required for the chosen rule type.',
  },
  QUALITY_PARAM_NOT_INTEGER: {
    vi: 'Tham số này phải là số nguyên (ví dụ 35), không có chữ hay dấu phẩy.',
    en: 'This parameter must be a whole number (e.g. 35), without letters or commas.',
  },
  QUALITY_PARAM_OUT_OF_RANGE: {
    vi: 'Giá trị nằm ngoài khoảng cho phép. Nhập một số trong khoảng được ghi bên cạnh ô.',
    en: 'The value is outside the allowed range. Enter a number in the range shown next to the field.',
  },
  QUALITY_PARAM_UNKNOWN: {
    vi: 'Loại quy tắc này không có tham số này. Bỏ tham số đó đi.',
    en: 'This rule type has no such parameter. Remove it.',
  },
  QUALITY_PARAM_INVALID_CHOICE: {
    vi: 'Giá trị không thuộc các lựa chọn của tham số này. Chọn lại trong danh sách.',
    en: 'The value is not one of the choices for this parameter. Choose again from the list.',
  },
  QUALITY_RULE_CODE_TAKEN: {
    vi: 'Mã quy tắc này đã được dùng. Chọn một mã khác (mã không bao giờ dùng lại).',
    en: 'This rule code is already in use. Choose another code (codes are never reused).',
  },
  QUALITY_RULE_TYPE_FIXED: {
    vi: 'Không đổi được loại của một quy tắc đã có. Tạo quy tắc mới với loại khác và tắt quy tắc cũ.',
    en: 'The type of an existing rule cannot change. Create a new rule of the other type and disable the old one.',
  },
  QUALITY_TRANSITION_INVALID: {
    vi: 'Không chuyển được vấn đề sang trạng thái này từ trạng thái hiện tại. Tải lại trang để xem trạng thái mới nhất.',
    en: 'The issue cannot move to that state from its current state. Reload the page to see the latest state.',
  },
  QUALITY_EXCEPTION_REASON_REQUIRED: {
    vi: 'Chấp nhận ngoại lệ cần ghi lý do (ví dụ: lớp ghép được Sở cho phép). Nhập lý do rồi lưu lại.',
    en: 'Accepting an exception needs a reason (e.g. a combined class allowed by the department). Enter the reason and save again.',
  },
  QUALITY_ISSUE_CHANGED: {
    vi: 'Vấn đề vừa được người khác cập nhật. Tải lại trang rồi thực hiện lại.',
    en: 'Someone else has just updated this issue. Reload the page and try again.',
  },
  QUALITY_ASSIGNEE_OUT_OF_SCOPE: {
    vi: 'Người được giao phải là tài khoản đang hoạt động thuộc đơn vị của vấn đề hoặc đơn vị cấp trên trong phạm vi của bạn.',
    en: 'The assignee must be an active account of the issue’s unit or a unit above it, within your scope.',
  },
  RESPONSIBILITY_USER_OUT_OF_SCOPE: {
    vi: 'Chỉ giao trách nhiệm cho tài khoản đang hoạt động thuộc đơn vị này hoặc đơn vị cấp trên trong phạm vi bạn quản lý.',
    en: 'Responsibility can only go to an active account of this unit or a unit above it, within your scope.',
  },
  RESPONSIBILITY_REVIEWER_NOT_ALLOWED: {
    vi: 'Người rà soát do cấp quản lý kỳ báo cáo (Sở hoặc xã/phường) chỉ định; trường chỉ giao người phụ trách và người liên hệ.',
    en: 'Reviewers are named by the level that manages reporting (department or commune); a school names the responsible person and the contact only.',
  },
  RESPONSIBILITY_TAKEN: {
    vi: 'Người này đã được giao đúng nhiệm vụ này cho nhóm dữ liệu này của đơn vị.',
    en: 'This person already has this duty for this data group of the unit.',
  },
} as const satisfies Record<string, { vi: string; en: string }>;
