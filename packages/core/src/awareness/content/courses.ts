import type { SeedCourse } from '../content';

/** The four seed courses; lessons are referenced by slug, in order. */
export const SEED_COURSES: SeedCourse[] = [
  {
    slug: 'nhan-dien-lua-dao-truc-tuyen',
    title: 'Nhận diện lừa đảo trực tuyến',
    description:
      'Ba bài học về những thủ đoạn lừa đảo phổ biến nhất hiện nay: thư điện tử và trang web giả mạo; lừa đảo qua điện thoại, Zalo, mạng xã hội; giọng nói và video giả mạo bằng trí tuệ nhân tạo. Mỗi đối tượng (lãnh đạo, cán bộ giáo viên, học sinh từng cấp học) có phiên bản riêng.',
    lessons: ['phishing-email-fake-websites', 'phone-zalo-social-scams', 'ai-deepfake-voice-video'],
    audiences: ['leaders', 'staff', 'students_th', 'students_thcs', 'students_thpt'],
    passMarkPercent: 80,
    questionsPerQuiz: 10,
  },
  {
    slug: 'an-toan-thong-tin-co-ban-can-bo-giao-vien',
    title: 'An toàn thông tin cơ bản cho cán bộ, giáo viên',
    description:
      'Những thói quen an toàn thông tin mà mỗi cán bộ, giáo viên cần có: nhận diện thư lừa đảo, mật khẩu và xác thực hai lớp, bảo vệ thiết bị cá nhân khi làm việc, và báo cáo sự cố đúng cách.',
    lessons: [
      'phishing-email-fake-websites',
      'passwords-and-mfa',
      'personal-devices-public-wifi',
      'reporting-security-incidents',
    ],
    audiences: ['staff', 'leaders'],
    passMarkPercent: 80,
    questionsPerQuiz: 12,
  },
  {
    slug: 'an-toan-tren-mang-cho-hoc-sinh',
    title: 'An toàn trên mạng cho học sinh',
    description:
      'Khóa học cho học sinh tiểu học, trung học cơ sở và trung học phổ thông, với nội dung phù hợp từng cấp: an toàn trên mạng xã hội, giữ mật khẩu, bảo vệ điện thoại và máy tính, và kể với người lớn khi gặp chuyện lạ.',
    lessons: [
      'social-network-safety-students',
      'passwords-and-mfa',
      'personal-devices-public-wifi',
      'reporting-security-incidents',
    ],
    audiences: ['students_th', 'students_thcs', 'students_thpt'],
    passMarkPercent: 70,
    questionsPerQuiz: 10,
  },
  {
    slug: 'bao-ve-du-lieu-ca-nhan-trong-nha-truong',
    title: 'Bảo vệ dữ liệu cá nhân trong nhà trường',
    description:
      'Dữ liệu cá nhân của học sinh và cán bộ: khung pháp lý (Nghị định 13/2023/NĐ-CP, Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15), sự đồng ý đối với dữ liệu trẻ em, những thói quen tránh làm lộ dữ liệu và cách xử lý khi có sự cố.',
    lessons: ['personal-data-protection-school', 'reporting-security-incidents'],
    audiences: ['leaders', 'staff'],
    passMarkPercent: 80,
    questionsPerQuiz: 10,
  },
];
