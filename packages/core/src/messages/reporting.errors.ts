/**
 * Error codes of the reporting feature, with the message a user sees (Vietnamese
 * reference, English second). Spread into ERROR_MESSAGES in ../errors.ts.
 */
export const REPORTING_ERRORS = {
  REPORTING_TRANSITION_INVALID: {
    vi: 'Không thể thực hiện thao tác này ở trạng thái hiện tại của báo cáo. Hãy tải lại trang để xem trạng thái mới nhất.',
    en: 'This action is not possible in the submission’s current state. Reload the page to see the latest state.',
  },
  REPORTING_ROLE_NOT_ALLOWED: {
    vi: 'Vai trò của bạn không được thực hiện thao tác này với báo cáo của đơn vị.',
    en: 'Your role may not take this action on the unit’s submission.',
  },
  REPORTING_COMMENT_REQUIRED: {
    vi: 'Vui lòng nhập lý do (nhận xét) khi trả lại hoặc mở lại báo cáo.',
    en: 'Please give a reason (comment) when returning or reopening a submission.',
  },
  REPORTING_NO_LEVEL_ABOVE: {
    vi: 'Đơn vị này không có cấp trên tiếp nhận: báo cáo đã duyệt là kết quả cuối cùng.',
    en: 'This unit has no level above to accept: the approved submission is final.',
  },
  REPORTING_SAME_PERSON: {
    vi: 'Người đã duyệt báo cáo không thể tự tiếp nhận ở cấp trên: cần một người khác của cấp trên.',
    en: 'The person who approved cannot also accept as the level above: someone else must accept.',
  },
  REPORTING_CONCURRENT_CHANGE: {
    vi: 'Báo cáo vừa được người khác xử lý (duyệt, trả lại hoặc nộp). Hãy tải lại trang để xem trạng thái mới nhất.',
    en: 'Someone else has just acted on this submission (approved, returned or submitted). Reload to see its latest state.',
  },
  REPORTING_PERIOD_NOT_OPEN: {
    vi: 'Kỳ báo cáo chưa mở hoặc đã đóng.',
    en: 'The reporting period is not open.',
  },
  REPORTING_PERIOD_NOT_STARTED: {
    vi: 'Kỳ báo cáo chưa đến ngày bắt đầu nhận số liệu.',
    en: 'The reporting period has not started yet.',
  },
  REPORTING_PERIOD_LOCKED: {
    vi: 'Đã quá hạn nộp và kỳ báo cáo đã khóa. Liên hệ Sở GD&ĐT để được gia hạn (ngoại lệ nộp muộn).',
    en: 'The deadline has passed and the period is locked. Ask the department for a late-submission exception.',
  },
  REPORTING_BLOCKING_ISSUES: {
    vi: 'Chưa thể chốt số liệu: còn lỗi chặn trong dữ liệu của trường. Hãy sửa các lỗi được liệt kê rồi nộp lại.',
    en: 'Cannot submit yet: the school’s data still has blocking problems. Fix the problems listed and submit again.',
  },
  REPORTING_DATA_LOCKED: {
    vi: 'Số liệu của đơn vị đã được chốt trong kỳ báo cáo đang mở nên không thể sửa. Cần được trả lại hoặc Sở mở lại báo cáo trước khi sửa.',
    en: 'The unit’s data is frozen by a submission in an open reporting period. It must be returned or reopened by the department before editing.',
  },
  REPORTING_PERIOD_NOT_DRAFT: {
    vi: 'Chỉ sửa được kỳ báo cáo đang ở trạng thái nháp.',
    en: 'Only a draft reporting period can be edited.',
  },
  REPORTING_PERIOD_STATUS_INVALID: {
    vi: 'Không thể chuyển kỳ báo cáo sang trạng thái này.',
    en: 'The reporting period cannot move to this status.',
  },
  REPORTING_DEADLINE_BEFORE_OPEN: {
    vi: 'Hạn nộp phải sau ngày mở kỳ báo cáo.',
    en: 'The deadline must be after the opening date.',
  },
  REPORTING_REMINDER_DAYS_INVALID: {
    vi: 'Số ngày nhắc nhở phải là số nguyên từ 0 đến 365.',
    en: 'Reminder days must be whole numbers from 0 to 365.',
  },
  REPORTING_KIND_NEEDS_YEAR: {
    vi: 'Kỳ đầu năm, giữa năm, cuối năm phải gắn với một năm học.',
    en: 'Start, mid and end-of-year periods need a school year.',
  },
  REPORTING_NO_UNITS: {
    vi: 'Không có đơn vị nào phải báo cáo theo các điều kiện đã chọn (loại đơn vị, cấp học, cây tổ chức tại ngày đã chọn).',
    en: 'No unit must report under the chosen conditions (unit types, levels, tree on the chosen date).',
  },
  REPORTING_UNIT_NOT_IN_PERIOD: {
    vi: 'Đơn vị này không thuộc danh sách phải báo cáo của kỳ.',
    en: 'This unit is not among the units that must report in this period.',
  },
  REPORTING_EXCEPTION_DATE_INVALID: {
    vi: 'Ngày gia hạn phải sau thời điểm hiện tại.',
    en: 'The exception must run until a moment in the future.',
  },
  REPORTING_COMMENT_RECORD_INVALID: {
    vi: 'Nhận xét gắn với một bản ghi không có trong số liệu đã nộp.',
    en: 'A comment refers to a record that is not in the submitted data.',
  },
} as const satisfies Record<string, { vi: string; en: string }>;
