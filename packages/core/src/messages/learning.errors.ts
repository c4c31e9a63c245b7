/**
 * Error codes of the learning feature, with the message a user sees (Vietnamese
 * reference, English second). Spread into ERROR_MESSAGES in ../errors.ts.
 */
export const LEARNING_ERRORS = {
  COURSE_SLUG_TAKEN: {
    vi: 'Mã khoá học này đã được dùng cho một khoá học khác.',
    en: 'This course code is already used by another course.',
  },
  COURSE_NOT_PUBLISHED: {
    vi: 'Khoá học chưa được xuất bản nên chưa thể giao cho người học.',
    en: 'The course is not published yet, so it cannot be assigned.',
  },
  COURSE_INCOMPLETE: {
    vi: 'Khoá học cần ít nhất một bài học và đủ câu hỏi cho bài kiểm tra trước khi xuất bản.',
    en: 'A course needs at least one lesson and enough questions for its quiz before it is published.',
  },
  COURSE_AUDIENCE_REQUIRED: {
    vi: 'Hãy chọn ít nhất một đối tượng học cho khoá học.',
    en: 'Choose at least one audience for the course.',
  },
  LESSON_SLUG_TAKEN: {
    vi: 'Mã bài học này đã có trong khoá học.',
    en: 'This lesson code already exists in the course.',
  },
  LESSON_BODY_EMPTY: {
    vi: 'Nội dung bài học đang trống (hoặc chỉ chứa thành phần không được phép).',
    en: 'The lesson body is empty (or only held content that is not allowed).',
  },
  LESSON_NOT_IN_COURSE: {
    vi: 'Không tìm thấy bài học này trong khoá học.',
    en: 'This lesson was not found in the course.',
  },
  ENROLMENT_NOT_OWN: {
    vi: 'Đây không phải khoá học của bạn: chỉ người học mới học, làm bài và tải chứng nhận của mình.',
    en: 'This is not your course: only the learner studies, takes the quiz and downloads the certificate.',
  },
  ATTEMPT_NOT_FOUND: {
    vi: 'Không tìm thấy lượt làm bài này.',
    en: 'This quiz attempt was not found.',
  },
  EXERCISE_NOT_FOUND: {
    vi: 'Không tìm thấy bài tập này trong bài học.',
    en: 'This exercise was not found in the lesson.',
  },
  QUESTION_CHOICES_INVALID: {
    vi: 'Câu hỏi cần từ 2 đến 5 phương án, không phương án nào để trống, và đúng một phương án đúng.',
    en: 'A question needs 2 to 5 non-empty choices and exactly one correct choice.',
  },
  QUESTION_PROMPT_EMPTY: {
    vi: 'Nội dung câu hỏi đang trống.',
    en: 'The question text is empty.',
  },
  QUESTION_NOT_IN_LESSON: {
    vi: 'Không tìm thấy câu hỏi này trong bài học.',
    en: 'This question was not found in the lesson.',
  },
  ASSIGNMENT_TARGET_REQUIRED: {
    vi: 'Hãy chọn ít nhất một vai trò và một đơn vị được giao.',
    en: 'Choose at least one role and one unit to assign to.',
  },
  ASSIGNMENT_DEADLINE_PAST: {
    vi: 'Hạn hoàn thành phải là một ngày từ hôm nay trở đi.',
    en: 'The deadline must be today or later.',
  },
  ASSIGNMENT_GRADE_BAND_REQUIRED: {
    vi: 'Khi giao cho học sinh, hãy chọn cấp học (Tiểu học, THCS, THPT).',
    en: 'When assigning to pupils, choose the grade band (primary, lower or upper secondary).',
  },
  ASSIGNMENT_CANCELLED: {
    vi: 'Lượt giao khoá học này đã bị huỷ.',
    en: 'This course assignment has been cancelled.',
  },
  LESSONS_NOT_FINISHED: {
    vi: 'Hãy học xong tất cả bài học trước khi làm bài kiểm tra.',
    en: 'Finish all lessons before taking the quiz.',
  },
  QUIZ_NO_QUESTIONS: {
    vi: 'Khoá học chưa có câu hỏi nào dành cho đối tượng của bạn.',
    en: 'The course has no questions for your audience yet.',
  },
  ATTEMPT_FINISHED: {
    vi: 'Lượt làm bài này đã nộp. Hãy làm lại để có đề mới.',
    en: 'This attempt has been submitted. Retake the quiz for a new draw.',
  },
  ATTEMPT_QUESTION_INVALID: {
    vi: 'Câu hỏi không thuộc lượt làm bài này.',
    en: 'The question is not part of this attempt.',
  },
  ATTEMPT_ALREADY_ANSWERED: {
    vi: 'Câu hỏi này đã được trả lời; không thể đổi đáp án.',
    en: 'This question has already been answered; the answer cannot be changed.',
  },
  ATTEMPT_CHOICE_INVALID: {
    vi: 'Phương án đã chọn không tồn tại.',
    en: 'The chosen answer does not exist.',
  },
  ENROLMENT_COMPLETED: {
    vi: 'Bạn đã hoàn thành khoá học này.',
    en: 'You have already completed this course.',
  },
  CERTIFICATE_NOT_ISSUED: {
    vi: 'Chứng nhận chỉ được cấp sau khi hoàn thành khoá học.',
    en: 'A certificate is issued only once the course is completed.',
  },
} as const satisfies Record<string, { vi: string; en: string }>;
