import { BULLETINS_ERRORS } from './messages/bulletins.errors';
import { DASHBOARD_ERRORS } from './messages/dashboard.errors';
import { DRILLS_ERRORS } from './messages/drills.errors';
import { LEARNING_ERRORS } from './messages/learning.errors';
import { NOTIFY_ERRORS } from './messages/notify.errors';
import { QUALITY_ERRORS } from './messages/quality.errors';
import { REPORTING_ERRORS } from './messages/reporting.errors';

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
  // Student import (apps/api/src/modules/sector/import): every refusal names the problem and the fix.
  IMPORT_FILE_TYPE_UNSUPPORTED: {
    vi: 'Chỉ nhận tệp Excel (.xlsx, .xls) hoặc .csv. Hãy lưu tệp ở một trong các định dạng này rồi tải lên lại.',
    en: 'Only Excel (.xlsx, .xls) or .csv files are accepted. Save the file in one of these formats and upload it again.',
  },
  IMPORT_FILE_TYPE_MISMATCH: {
    vi: 'Nội dung tệp không khớp với phần mở rộng của tên tệp (ví dụ tệp khác bị đổi tên thành .xlsx). Hãy mở tệp bằng Excel và dùng "Lưu thành" đúng định dạng.',
    en: 'The file content does not match its extension (e.g. another file renamed to .xlsx). Open it in Excel and use "Save as" with the right format.',
  },
  IMPORT_FILE_ENCRYPTED: {
    vi: 'Tệp đang được đặt mật khẩu nên hệ thống không đọc được. Hãy mở tệp, gỡ mật khẩu (Tệp > Thông tin > Bảo vệ sổ làm việc) rồi tải lên lại.',
    en: 'The file is password-protected and cannot be read. Open it, remove the password (File > Info > Protect Workbook) and upload it again.',
  },
  IMPORT_FILE_ZIP_UNSAFE: {
    vi: 'Tệp .xlsx có cấu trúc nén bất thường (quá lớn khi giải nén, tỉ lệ nén bất thường hoặc đường dẫn không hợp lệ) nên bị từ chối. Hãy mở bằng Excel và lưu lại thành tệp mới.',
    en: 'The .xlsx file has an abnormal compressed structure (too large once unpacked, an abnormal compression ratio or invalid paths) and was refused. Open it in Excel and save it as a new file.',
  },
  IMPORT_FILE_XML_UNSAFE: {
    vi: 'Tệp .xlsx chứa khai báo XML không được phép (DOCTYPE/ENTITY) nên bị từ chối. Hãy mở bằng Excel và lưu lại thành tệp mới.',
    en: 'The .xlsx file contains forbidden XML declarations (DOCTYPE/ENTITY) and was refused. Open it in Excel and save it as a new file.',
  },
  IMPORT_FILE_CORRUPT: {
    vi: 'Tệp bị hỏng hoặc không đọc được. Hãy mở tệp bằng Excel, kiểm tra nội dung và lưu lại.',
    en: 'The file is damaged or unreadable. Open it in Excel, check it and save it again.',
  },
  IMPORT_SHEET_EMPTY: {
    vi: 'Tệp không có trang tính (sheet) nào đang hiển thị và có dữ liệu. Hãy kiểm tra đã chọn đúng tệp và trang tính không bị ẩn.',
    en: 'The file has no visible worksheet with data. Check that this is the right file and that the sheet is not hidden.',
  },
  IMPORT_HEADER_NOT_FOUND: {
    vi: 'Không tìm thấy dòng tiêu đề (Họ tên, Ngày sinh, Giới tính, …) trong 15 dòng đầu của trang tính. Hãy đặt tiêu đề cột ở đầu trang hoặc dùng tệp mẫu.',
    en: 'No header row (Full name, Date of birth, Sex, …) was found in the first 15 rows of the sheet. Put the column headers at the top or use the template.',
  },
  IMPORT_COLUMNS_MISSING: {
    vi: 'Tệp thiếu cột bắt buộc (danh sách trong phần chi tiết). Hãy bổ sung các cột này với đúng tên tiêu đề rồi tải lên lại.',
    en: 'The file lacks required columns (listed in the details). Add these columns with the right headers and upload it again.',
  },
  IMPORT_ROWS_OVER_LIMIT: {
    vi: 'Tệp có nhiều dòng hơn giới hạn cho một lần nhập (giới hạn ghi trong phần chi tiết). Hãy chia tệp thành nhiều tệp nhỏ hơn.',
    en: 'The file has more rows than one import allows (the limit is in the details). Split it into smaller files.',
  },
  IMPORT_UNIT_NOT_SCHOOL: {
    vi: 'Chỉ nhập danh sách học sinh cho một trường; đơn vị đã chọn không phải là trường đang hoạt động.',
    en: 'Students are imported into one school; the selected unit is not an active school.',
  },
  IMPORT_SCHOOL_YEAR_UNKNOWN: {
    vi: 'Năm học đã chọn không tồn tại.',
    en: 'The selected school year does not exist.',
  },
  IMPORT_BATCH_STATE: {
    vi: 'Lô nhập đang ở trạng thái không cho phép thao tác này (chưa phân tích xong, đang ghi, đã ghi hoặc đã hủy).',
    en: 'The import is in a state that does not allow this (not analysed yet, being written, written or cancelled).',
  },
  IMPORT_HAS_BLOCKING: {
    vi: 'Tệp còn dòng có lỗi nghiêm trọng nên không thể nhập theo kiểu "tất cả hoặc không". Hãy sửa các lỗi (tải tệp lỗi về để xem) hoặc chọn "chỉ nhập các dòng hợp lệ".',
    en: 'Some rows still have blocking errors, so "all or nothing" cannot be used. Fix them (download the error workbook) or choose "valid rows only".',
  },
  IMPORT_NOTHING_TO_COMMIT: {
    vi: 'Không có dòng hợp lệ nào để nhập.',
    en: 'There is no valid row to import.',
  },
  IMPORT_UPLOAD_GONE: {
    vi: 'Bản lưu của tệp đã bị xóa (lô nhập đã kết thúc hoặc hết hạn). Hãy tải tệp lên lại.',
    en: 'The stored copy of the file was removed (the import ended or expired). Please upload the file again.',
  },
  IMPORT_NO_ERROR_WORKBOOK: {
    vi: 'Lô nhập này không có dòng lỗi hoặc cảnh báo nên không có tệp báo lỗi.',
    en: 'This import has no rows with errors or warnings, so there is no error workbook.',
  },
  IMPORT_WRITE_FAILED: {
    vi: 'Không ghi được dữ liệu vào cơ sở dữ liệu; chưa có dòng nào của lần ghi này được lưu. Hãy thử lại; nếu vẫn lỗi, báo quản trị viên kèm mã lô nhập.',
    en: 'The data could not be written; nothing of this attempt was saved. Try again; if it persists, report it with the import id.',
  },
  // The education sector database (CSDL ngành).
  SCHOOL_YEAR_CODE_TAKEN: { vi: 'Năm học này đã có.', en: 'This school year already exists.' },
  SCHOOL_YEAR_INVALID: {
    vi: 'Năm học phải có dạng 2025-2026 và ngày bắt đầu trước ngày kết thúc, trong năm học đó.',
    en: 'A school year reads like 2025-2026 and starts before it ends, within those years.',
  },
  SCHOOL_YEAR_UNKNOWN: { vi: 'Không tìm thấy năm học.', en: 'No such school year.' },
  SCHOOL_PROFILE_INCOMPLETE: {
    vi: 'Hồ sơ trường chưa có cấp học; hãy cập nhật hồ sơ trường trước.',
    en: 'The school profile has no school level yet; complete the profile first.',
  },
  SCHOOL_CODE_FIXED: {
    vi: 'Mã trường đã được cấp và không được thay đổi; chỉ đơn vị quản lý cấp mã trường.',
    en: 'The school id is issued by the managing unit once and never changes.',
  },
  CLASS_CODE_TAKEN: { vi: 'Mã lớp đã được sử dụng.', en: 'This class code is already in use.' },
  CLASS_NAME_TAKEN: {
    vi: 'Trường đã có lớp trùng tên trong năm học này.',
    en: 'The school already has a class with this name this school year.',
  },
  CLASS_GRADE_LEVEL_MISMATCH: {
    vi: 'Khối lớp không thuộc cấp học của trường.',
    en: 'The grade does not belong to the school’s level.',
  },
  CLASS_SITE_INVALID: {
    vi: 'Điểm trường phải là một điểm trường đang hoạt động của chính trường này.',
    en: 'The site must be an active satellite site of this school.',
  },
  CLASS_HOMEROOM_INVALID: {
    vi: 'Giáo viên chủ nhiệm phải là cán bộ đang công tác tại trường này.',
    en: 'The homeroom teacher must be a current staff member of this school.',
  },
  CLASS_NOT_EMPTY: {
    vi: 'Lớp còn học sinh; hãy chuyển học sinh sang lớp khác trước khi xóa.',
    en: 'The class still has pupils; move them to another class before deleting it.',
  },
  CLASS_NOT_IN_SCHOOL: {
    vi: 'Lớp không thuộc trường (hoặc năm học) này.',
    en: 'The class does not belong to this school (or school year).',
  },
  STAFF_CODE_TAKEN: { vi: 'Mã cán bộ đã được sử dụng.', en: 'This staff id is already in use.' },
  STUDENT_CODE_TAKEN: { vi: 'Mã học sinh đã được sử dụng.', en: 'This student id is already in use.' },
  STUDENT_CODE_INVALID: {
    vi: 'Mã học sinh chỉ gồm chữ và số, tối đa 15 ký tự.',
    en: 'A student id has at most 15 letters and digits.',
  },
  STUDENT_DUPLICATE: {
    vi: 'Số định danh cá nhân này đã thuộc về một học sinh khác trong tỉnh. Nếu học sinh chuyển trường, hãy tiếp nhận học sinh chuyển đến.',
    en: 'This personal id already belongs to another pupil in the province. If the pupil changed school, accept the transfer instead.',
  },
  STUDENT_STATUS_INVALID: {
    vi: 'Không thể thực hiện thao tác này với trạng thái hiện tại của học sinh.',
    en: 'This action is not possible from the pupil’s current status.',
  },
  STUDENT_OTHER_UNIT: {
    vi: 'Mã học sinh thuộc một trường khác; học sinh chuyển trường phải được tiếp nhận, không nhập lại.',
    en: 'The student id belongs to another school; a transferred pupil must be accepted, not imported again.',
  },
  STUDENT_RECORD_DUPLICATE: {
    vi: 'Hai dòng trong cùng một lần nhập là cùng một học sinh.',
    en: 'Two records of the same batch are the same pupil.',
  },
  STUDENT_RECORD_INVALID: { vi: 'Bản ghi học sinh không hợp lệ.', en: 'A pupil record is not valid.' },
  TRANSFER_TARGET_INVALID: {
    vi: 'Trường chuyển đến phải là một trường đang hoạt động khác trường hiện tại, hoặc ghi tên trường ngoài tỉnh.',
    en: 'The receiving school must be another active school, or name a school outside the province.',
  },
  PERSONAL_ID_NOT_IN_URL: {
    vi: 'Không tìm theo số định danh cá nhân trên đường dẫn; hãy dùng chức năng tra cứu số định danh.',
    en: 'Personal ids are never searched through the address bar; use the personal-id lookup.',
  },
  EXPORT_TOO_LARGE: {
    vi: 'Dữ liệu xuất quá lớn; hãy lọc theo đơn vị hoặc lớp.',
    en: 'The export is too large; filter by unit or class.',
  },
  STU_STATUS_DATE_INVALID: {
    vi: 'Ngày hiệu lực không hợp lệ: phải là một ngày có thật, không sau hôm nay, không trước ngày sinh và không trước ngày của trạng thái hiện tại.',
    en: 'The effective date is not valid: it must be a real date, not after today, not before the birth date and not before the current status’s date.',
  },
  SCHOOL_CODE_TAKEN: {
    vi: 'Mã trường đã được cấp cho một trường khác.',
    en: 'This school id is already issued to another school.',
  },
  ...REPORTING_ERRORS,
  ...QUALITY_ERRORS,
  ...DASHBOARD_ERRORS,
  ...NOTIFY_ERRORS,
  ...LEARNING_ERRORS,
  ...DRILLS_ERRORS,
  ...BULLETINS_ERRORS,
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
