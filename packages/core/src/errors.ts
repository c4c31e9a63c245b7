/**
 * Stable error codes with the message a user sees, in Vietnamese (reference)
 * and English. The API sends { error: { code, message, details? } }; the web
 * shows the message for the code in the user's language.
 */
export const ERROR_MESSAGES = {
  VALIDATION_FAILED: {
    vi: 'Dữ liệu gửi lên không hợp lệ. Vui lòng kiểm tra các trường được đánh dấu.',
    en: 'The data sent is not valid. Please check the highlighted fields.',
  },
  BODY_TOO_LARGE: { vi: 'Dữ liệu gửi lên quá lớn.', en: 'The request is too large.' },
  UNSUPPORTED_MEDIA_TYPE: { vi: 'Định dạng dữ liệu không được hỗ trợ.', en: 'Unsupported content type.' },
  MALFORMED_JSON: { vi: 'Dữ liệu JSON bị lỗi cú pháp.', en: 'The JSON body is malformed.' },
  UNAUTHENTICATED: { vi: 'Bạn cần đăng nhập để tiếp tục.', en: 'Please sign in to continue.' },
  SESSION_EXPIRED: {
    vi: 'Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.',
    en: 'Your session has expired. Please sign in again.',
  },
  CSRF_FAILED: {
    vi: 'Yêu cầu không hợp lệ (thiếu mã chống giả mạo). Hãy tải lại trang.',
    en: 'Invalid request (anti-forgery token missing). Please reload the page.',
  },
  FORBIDDEN: { vi: 'Bạn không có quyền thực hiện thao tác này.', en: 'You are not allowed to do this.' },
  NOT_FOUND: { vi: 'Không tìm thấy dữ liệu yêu cầu.', en: 'The requested item was not found.' },
  ROUTE_NOT_FOUND: { vi: 'Không tìm thấy địa chỉ yêu cầu.', en: 'No such address.' },
  CONFLICT: { vi: 'Dữ liệu đã bị thay đổi hoặc đã tồn tại.', en: 'The data changed or already exists.' },
  INVALID_CREDENTIALS: {
    vi: 'Tên đăng nhập hoặc mật khẩu không đúng.',
    en: 'Incorrect username or password.',
  },
  TOO_MANY_ATTEMPTS: {
    vi: 'Bạn đã thử quá nhiều lần. Vui lòng đợi rồi thử lại.',
    en: 'Too many attempts. Please wait and try again.',
  },
  MFA_REQUIRED: {
    vi: 'Cần nhập mã xác thực hai lớp (TOTP) để tiếp tục.',
    en: 'A two-factor (TOTP) code is required to continue.',
  },
  MFA_ENROLMENT_REQUIRED: {
    vi: 'Vai trò của bạn bắt buộc bật xác thực hai lớp. Hãy thiết lập ứng dụng xác thực.',
    en: 'Your role requires two-factor authentication. Please set up an authenticator app.',
  },
  MFA_INVALID: { vi: 'Mã xác thực không đúng hoặc đã hết hạn.', en: 'The code is wrong or has expired.' },
  PASSWORD_CHANGE_REQUIRED: {
    vi: 'Bạn cần đổi mật khẩu trước khi sử dụng hệ thống.',
    en: 'You must change your password before continuing.',
  },
  PASSWORD_TOO_SHORT: {
    vi: 'Mật khẩu phải có ít nhất 10 ký tự.',
    en: 'The password must be at least 10 characters long.',
  },
  PASSWORD_TOO_LONG: {
    vi: 'Mật khẩu không được dài quá 128 ký tự.',
    en: 'The password must be at most 128 characters.',
  },
  PASSWORD_TOO_COMMON: {
    vi: 'Mật khẩu này quá phổ biến và dễ bị đoán. Hãy chọn cụm từ khác.',
    en: 'This password is too common and easy to guess. Choose another phrase.',
  },
  PASSWORD_CONTAINS_USERNAME: {
    vi: 'Mật khẩu không được chứa tên đăng nhập.',
    en: 'The password must not contain the username.',
  },
  PASSWORD_REPEATED: {
    vi: 'Mật khẩu không được là một ký tự lặp lại hoặc dãy liên tiếp.',
    en: 'The password must not be a repeated character or a simple sequence.',
  },
  PASSWORD_SAME_AS_OLD: {
    vi: 'Mật khẩu mới phải khác mật khẩu hiện tại.',
    en: 'The new password must differ from the current one.',
  },
  CURRENT_PASSWORD_WRONG: { vi: 'Mật khẩu hiện tại không đúng.', en: 'The current password is wrong.' },
  RESET_LINK_INVALID: {
    vi: 'Liên kết đặt lại mật khẩu không hợp lệ hoặc đã hết hạn.',
    en: 'The password reset link is invalid or has expired.',
  },
  ROLE_ABOVE_OWN: {
    vi: 'Bạn chỉ có thể cấp vai trò ngang hoặc thấp hơn vai trò của mình.',
    en: 'You can only grant roles at or below your own.',
  },
  UNIT_OUT_OF_SCOPE: {
    vi: 'Đơn vị này nằm ngoài phạm vi quản lý của bạn.',
    en: 'This unit is outside the scope you manage.',
  },
  UNIT_CODE_TAKEN: { vi: 'Mã đơn vị đã được sử dụng.', en: 'This unit code is already in use.' },
  UNIT_TYPE_UNKNOWN: { vi: 'Loại đơn vị không tồn tại.', en: 'Unknown unit type.' },
  UNIT_MOVE_CYCLE: {
    vi: 'Không thể chuyển một đơn vị vào bên trong chính nó.',
    en: 'A unit cannot be moved inside itself.',
  },
  UNIT_CLOSED: { vi: 'Đơn vị đã giải thể hoặc sáp nhập.', en: 'The unit is closed or merged.' },
  UNIT_HAS_ACTIVE_CHILDREN: {
    vi: 'Đơn vị còn đơn vị trực thuộc đang hoạt động; hãy chuyển hoặc giải thể chúng trước.',
    en: 'The unit still has active child units; move or close them first.',
  },
  UNIT_DATE_INVALID: {
    vi: 'Ngày hiệu lực phải sau ngày hiệu lực của phiên bản hiện tại.',
    en: 'The effective date must be after the current version’s start date.',
  },
  USERNAME_TAKEN: { vi: 'Tên đăng nhập đã tồn tại.', en: 'This username is already taken.' },
  CANNOT_MODIFY_SELF: {
    vi: 'Bạn không thể thực hiện thao tác này trên chính tài khoản của mình.',
    en: 'You cannot do this to your own account.',
  },
  FILE_INVALID: { vi: 'Tệp tải lên không hợp lệ.', en: 'The uploaded file is not valid.' },
  FILE_TOO_LARGE: { vi: 'Tệp tải lên vượt quá dung lượng cho phép.', en: 'The uploaded file is too large.' },
  FILE_TYPE_UNSUPPORTED: {
    vi: 'Chỉ chấp nhận tệp .xlsx hoặc .csv.',
    en: 'Only .xlsx or .csv files are accepted.',
  },
  IMPORT_ROWS_INVALID: {
    vi: 'Tệp có dòng lỗi; chưa có dữ liệu nào được ghi. Xem chi tiết từng dòng.',
    en: 'The file has invalid rows; nothing was written. See the row details.',
  },
  IMPORT_TOO_MANY_ROWS: { vi: 'Tệp có quá nhiều dòng.', en: 'The file has too many rows.' },
  RATE_LIMITED: {
    vi: 'Quá nhiều yêu cầu. Vui lòng thử lại sau.',
    en: 'Too many requests. Please try again later.',
  },
  INTERNAL: {
    vi: 'Đã xảy ra lỗi hệ thống. Vui lòng thử lại; nếu vẫn lỗi, hãy báo quản trị viên kèm mã yêu cầu.',
    en: 'A system error occurred. Please try again; if it persists, report it with the request id.',
  },
  ROLE_ALREADY_ASSIGNED: {
    vi: 'Người dùng đã có vai trò này tại đơn vị này.',
    en: 'The user already holds this role at this unit.',
  },
  USERNAME_INVALID: {
    vi: 'Tên đăng nhập dài 3–50 ký tự, gồm chữ thường không dấu, chữ số, dấu chấm, gạch dưới hoặc gạch ngang, bắt đầu bằng chữ hoặc số.',
    en: 'A username has 3–50 characters: lower-case letters without accents, digits, dots, underscores or hyphens, starting with a letter or digit.',
  },
  FULL_NAME_INVALID: {
    vi: 'Họ và tên phải dài từ 1 đến 100 ký tự và không chứa ký tự điều khiển.',
    en: 'The full name must have 1 to 100 characters and no control characters.',
  },
  EMAIL_INVALID: { vi: 'Địa chỉ email không hợp lệ.', en: 'The email address is not valid.' },
  IMPORT_NO_ROWS: { vi: 'Tệp không có dòng dữ liệu nào.', en: 'The file has no data rows.' },
  IMPORT_COLUMN_MISSING: {
    vi: 'Thiếu cột bắt buộc; hãy dùng tệp mẫu.',
    en: 'A required column is missing; please use the template.',
  },
  IMPORT_VALUE_REQUIRED: { vi: 'Ô này không được để trống.', en: 'This cell must not be empty.' },
  IMPORT_UNIT_UNKNOWN: {
    vi: 'Không tìm thấy đơn vị có mã này trong phạm vi bạn quản lý.',
    en: 'No unit with this code within the scope you manage.',
  },
  IMPORT_ROLE_UNKNOWN: {
    vi: 'Vai trò không hợp lệ; hãy dùng mã hoặc tên vai trò trong sheet "Hướng dẫn".',
    en: 'Unknown role; use a role code or name from the "Hướng dẫn" (instructions) sheet.',
  },
  IMPORT_SCOPE_INVALID: {
    vi: 'Phạm vi phải là "subtree" (Toàn bộ đơn vị trực thuộc) hoặc "unit" (Chỉ đơn vị này).',
    en: 'The scope must be "subtree" (the unit and all units under it) or "unit" (this unit only).',
  },
  IMPORT_USERNAME_DUPLICATE: {
    vi: 'Tên đăng nhập bị trùng với một dòng khác trong tệp.',
    en: 'This username also appears on another row of the file.',
  },
  SCOPE_ABOVE_OWN: {
    vi: 'Vai trò của bạn chỉ áp dụng cho đơn vị này, nên bạn chỉ cấp được phạm vi "Chỉ đơn vị này".',
    en: 'Your role covers this unit only, so you can only grant the "this unit only" scope.',
  },
} as const satisfies Record<string, { vi: string; en: string }>;

export type ErrorCode = keyof typeof ERROR_MESSAGES;
export type Locale = 'vi' | 'en';

export function errorMessage(code: string, locale: Locale): string {
  const entry = (ERROR_MESSAGES as Record<string, { vi: string; en: string }>)[code];
  return entry ? entry[locale] : ERROR_MESSAGES.INTERNAL[locale];
}

export interface ApiErrorBody {
  error: { code: ErrorCode; message: string; requestId?: string; details?: unknown };
}
