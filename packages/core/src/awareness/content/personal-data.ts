import type { SeedLesson } from '../content';
import { question } from './question';

/**
 * Lesson 5: personal-data protection in schools. Legal references are kept to
 * facts stated in general terms (Decree 13/2023/NĐ-CP; Personal Data
 * Protection Law No. 91/2025/QH15, in force from 1/1/2026).
 */
export const personalDataLesson: SeedLesson = {
  slug: 'personal-data-protection-school',
  title: 'Bảo vệ dữ liệu cá nhân của học sinh và cán bộ trong nhà trường',
  summary:
    'Dữ liệu cá nhân nào nhà trường đang nắm giữ, nguyên tắc xử lý, sự đồng ý đối với dữ liệu trẻ em, và những thói quen hằng ngày giúp tránh làm lộ dữ liệu.',
  minutes: 20,
  bodyHtml: `
<h2>Nhà trường đang giữ những dữ liệu gì?</h2>
<p>Mỗi nhà trường nắm giữ rất nhiều dữ liệu cá nhân: họ tên, ngày sinh, số định danh cá nhân, địa chỉ, số điện thoại của học sinh và phụ huynh; kết quả học tập, rèn luyện; hoàn cảnh gia đình, chế độ chính sách; thông tin sức khỏe, khuyết tật; hình ảnh học sinh. Một số loại như sức khỏe, dân tộc, tôn giáo, vị trí là <strong>dữ liệu nhạy cảm</strong>, cần được bảo vệ chặt chẽ hơn.</p>
<h2>Khung pháp lý</h2>
<p>Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân có hiệu lực từ 1/7/2023. <strong>Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15</strong> có hiệu lực từ ngày 1/1/2026 và là khung pháp lý chính hiện nay. Các văn bản này đặt ra những yêu cầu cơ bản mà mọi cán bộ, giáo viên cần nắm:</p>
<ul>
<li><strong>Đúng mục đích, vừa đủ:</strong> chỉ thu thập dữ liệu cần cho công việc, dùng đúng mục đích đã thông báo.</li>
<li><strong>Sự đồng ý phải rõ ràng:</strong> người có dữ liệu (chủ thể dữ liệu) phải được biết và đồng ý một cách tự nguyện, rõ ràng; im lặng hoặc không phản hồi không được coi là đồng ý. Sự đồng ý cần được ghi nhận ở dạng kiểm chứng được.</li>
<li><strong>Dữ liệu trẻ em được bảo vệ đặc biệt:</strong> xử lý dữ liệu của trẻ em cần sự đồng ý của cha mẹ hoặc người giám hộ; theo Nghị định 13/2023/NĐ-CP, với trẻ từ đủ 7 tuổi trở lên còn cần cả sự đồng ý của chính trẻ.</li>
<li><strong>Quyền của chủ thể dữ liệu:</strong> được biết, được truy cập, yêu cầu chỉnh sửa, xóa, rút lại sự đồng ý, phản đối việc xử lý theo quy định.</li>
<li><strong>Bảo đảm an toàn và báo cáo vi phạm:</strong> đơn vị phải có biện pháp bảo vệ; khi dữ liệu bị lộ, phải báo cáo và xử lý theo quy định.</li>
</ul>
<h2>Những tình huống dễ làm lộ dữ liệu</h2>
<ul>
<li>Đăng danh sách lớp kèm ngày sinh, số điện thoại phụ huynh, hoàn cảnh gia đình lên nhóm Zalo đông người hoặc trang Facebook công khai.</li>
<li>Đăng ảnh học sinh kèm họ tên, lớp lên mạng mà chưa hỏi ý kiến gia đình.</li>
<li>Gửi tệp dữ liệu học sinh qua thư cá nhân, lưu trên USB không mã hóa, để trên máy tính dùng chung.</li>
<li>Cung cấp thông tin học sinh qua điện thoại cho người xưng là “cán bộ”, “phụ huynh” mà chưa xác minh.</li>
<li>In danh sách rồi bỏ vào thùng rác, dùng mặt sau để làm giấy nháp.</li>
</ul>
<h2>Thói quen an toàn hằng ngày</h2>
<ol>
<li>Chỉ chia sẻ dữ liệu cho người có nhiệm vụ, qua kênh chính thức của đơn vị; hệ thống như EduShield che bớt thông tin theo vai trò và ghi nhật ký mỗi lần xem dữ liệu đầy đủ.</li>
<li>Thông báo chung cho cả lớp thì bỏ bớt cột không cần thiết (số định danh, địa chỉ, hoàn cảnh gia đình).</li>
<li>Tệp xuất ra máy tính phải đặt mật khẩu, xóa khi không còn dùng; không lưu trên máy dùng chung.</li>
<li>Hủy giấy tờ có dữ liệu cá nhân bằng máy hủy hoặc cắt nhỏ.</li>
<li>Khi nghi ngờ dữ liệu bị lộ (gửi nhầm tệp, mất máy, tài khoản bị chiếm): báo ngay lãnh đạo và cán bộ an toàn thông tin, không tự xử lý âm thầm.</li>
</ol>
`,
  bodyByAudience: {
    leaders: `
<h2>Trách nhiệm của người đứng đầu</h2>
<p>Nhà trường là nơi xử lý dữ liệu cá nhân của rất nhiều trẻ em. Nghị định 13/2023/NĐ-CP có hiệu lực từ 1/7/2023; <strong>Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15</strong> có hiệu lực từ 1/1/2026 là khung pháp lý chính hiện nay. Người đứng đầu đơn vị chịu trách nhiệm bảo đảm việc xử lý dữ liệu trong đơn vị đúng quy định.</p>
<h2>Những yêu cầu cốt lõi</h2>
<ul>
<li><strong>Đúng mục đích, vừa đủ:</strong> chỉ thu thập dữ liệu cần thiết cho nhiệm vụ của nhà trường; không thu thập “cho chắc”.</li>
<li><strong>Sự đồng ý rõ ràng, kiểm chứng được:</strong> im lặng không phải là đồng ý. Với trẻ em cần sự đồng ý của cha mẹ hoặc người giám hộ; theo Nghị định 13/2023/NĐ-CP, trẻ từ đủ 7 tuổi trở lên cũng cần được hỏi ý kiến và đồng ý.</li>
<li><strong>Dữ liệu nhạy cảm</strong> (sức khỏe, dân tộc, tôn giáo, vị trí…) cần biện pháp bảo vệ cao hơn.</li>
<li><strong>Quyền của chủ thể dữ liệu:</strong> phụ huynh, học sinh, cán bộ có quyền được biết, truy cập, yêu cầu chỉnh sửa, xóa, rút lại sự đồng ý theo quy định; đơn vị cần có đầu mối tiếp nhận.</li>
</ul>
<h2>Việc cần tổ chức trong đơn vị</h2>
<ol>
<li>Phân công người hoặc bộ phận phụ trách bảo vệ dữ liệu cá nhân; mọi người biết báo cho ai.</li>
<li>Rà soát các biểu mẫu thu thập: bỏ trường không cần thiết, bổ sung nội dung thông báo và ghi nhận sự đồng ý.</li>
<li>Phân quyền theo nhiệm vụ: giáo viên chỉ thấy dữ liệu lớp mình; không dùng tài khoản chung.</li>
<li>Lập và lưu hồ sơ đánh giá tác động xử lý dữ liệu cá nhân khi pháp luật yêu cầu, cập nhật khi có thay đổi.</li>
<li>Quy định về đăng ảnh học sinh trên trang của trường, nhóm lớp: có sự đồng ý, hạn chế kèm họ tên, lớp.</li>
<li>Có quy trình xử lý khi dữ liệu bị lộ: tiếp nhận, ngăn chặn, báo cáo cấp trên và cơ quan có thẩm quyền trong thời hạn quy định, thông báo người bị ảnh hưởng khi cần.</li>
</ol>
<blockquote>Văn bản pháp luật có thể được sửa đổi, hướng dẫn thêm. Khi cần chi tiết (thời hạn, biểu mẫu), hãy đối chiếu văn bản hiện hành hoặc hỏi bộ phận pháp chế của Sở.</blockquote>
`,
  },
  exercises: [
    {
      channel: 'zalo',
      from: 'Nhóm “Phụ huynh lớp 3B” (140 thành viên)',
      body: 'Giáo viên đăng tệp “DS_3B_day_du.xlsx” gồm họ tên, ngày sinh, số định danh cá nhân, địa chỉ, số điện thoại phụ huynh và cột “hộ nghèo/cận nghèo” để phụ huynh “tự kiểm tra thông tin”.',
      isPhish: false,
      signs: [
        'Đây không phải thư lừa đảo, nhưng là một vụ làm lộ dữ liệu cá nhân của trẻ em.',
        'Cả nhóm nhìn thấy dữ liệu của tất cả các em, kể cả thông tin hoàn cảnh gia đình.',
        'Cách đúng: mỗi gia đình chỉ kiểm tra thông tin của con mình, qua kênh riêng hoặc hệ thống của trường.',
      ],
    },
    {
      channel: 'sms',
      from: '0977 000 333',
      body: 'Toi la can bo Phong Giao duc, can gap danh sach hoc sinh lop 5 kem so dien thoai phu huynh de lam ho so ho tro. Co gui qua Zalo so nay giup toi truoc 16h.',
      isPhish: true,
      signs: [
        'Xưng danh một cơ quan không còn tồn tại: từ 1/7/2025 đã không còn cấp huyện và Phòng Giáo dục.',
        'Yêu cầu dữ liệu học sinh qua Zalo cá nhân, không có văn bản.',
        'Thúc giục “trước 16h”.',
      ],
    },
    {
      channel: 'email',
      from: 'Văn phòng Sở Giáo dục và Đào tạo (vanphong@sogddt.minhson.example)',
      subject: 'Đề nghị cập nhật số liệu học sinh trên hệ thống',
      body: 'Căn cứ kế hoạch số 112/KH-SGDĐT, đề nghị các trường cập nhật số liệu học sinh đầu năm trên hệ thống cơ sở dữ liệu ngành trước ngày 15/12. Các đơn vị đăng nhập hệ thống như thường lệ; không gửi dữ liệu qua thư điện tử.',
      isPhish: false,
      signs: [
        'Gửi từ đúng tên miền của Sở, có số kế hoạch để đối chiếu.',
        'Yêu cầu cập nhật qua hệ thống chính thức, còn dặn không gửi dữ liệu qua thư.',
        'Không có đường link đăng nhập, không xin mật khẩu.',
      ],
    },
    {
      channel: 'facebook',
      from: 'Trang “Tuyển sinh lớp 10 Minh Sơn - Tra cứu nhanh”',
      body: 'Nhập họ tên, ngày sinh, số định danh cá nhân của con và số điện thoại phụ huynh để tra cứu trước kết quả tuyển sinh, nhanh hơn trang của Sở!',
      isPhish: true,
      signs: [
        'Trang không chính thức thu thập số định danh cá nhân của trẻ em.',
        'Lời hứa “nhanh hơn trang của Sở” để dụ phụ huynh.',
        'Dữ liệu thu được có thể bị bán hoặc dùng để lừa đảo có chủ đích.',
      ],
    },
  ],
  questions: [
    question(
      'Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15 có hiệu lực từ khi nào?',
      ['Ngày 1/7/2023', 'Ngày 1/1/2026', 'Ngày 1/7/2025', 'Ngày 1/1/2025'],
      1,
      'Luật số 91/2025/QH15 có hiệu lực từ ngày 1/1/2026. Trước đó, Nghị định 13/2023/NĐ-CP (hiệu lực từ 1/7/2023) là văn bản chính về bảo vệ dữ liệu cá nhân.',
    ),
    question(
      'Trường hợp nào dưới đây được coi là đã có sự đồng ý hợp lệ của phụ huynh?',
      [
        'Phụ huynh không phản hồi thông báo trong nhóm Zalo sau 3 ngày',
        'Giáo viên nghĩ rằng phụ huynh chắc sẽ đồng ý',
        'Phụ huynh được thông báo rõ mục đích và ký xác nhận đồng ý trên phiếu (hoặc xác nhận trên hệ thống có ghi nhận)',
        'Nhà trường đã đồng ý thay cho phụ huynh',
      ],
      2,
      'Sự đồng ý phải tự nguyện, rõ ràng và kiểm chứng được. Im lặng hay không phản hồi không phải là đồng ý.',
    ),
    question(
      'Theo Nghị định 13/2023/NĐ-CP, xử lý dữ liệu cá nhân của học sinh 9 tuổi cần sự đồng ý của ai?',
      [
        'Chỉ của giáo viên chủ nhiệm',
        'Chỉ của hiệu trưởng',
        'Không cần đồng ý vì là học sinh của trường',
        'Của cha mẹ hoặc người giám hộ, và cả của chính học sinh vì em đã từ đủ 7 tuổi',
      ],
      3,
      'Dữ liệu trẻ em được bảo vệ đặc biệt: cần sự đồng ý của cha mẹ hoặc người giám hộ; với trẻ từ đủ 7 tuổi trở lên còn cần sự đồng ý của chính trẻ.',
    ),
    question(
      'Loại dữ liệu nào dưới đây thuộc nhóm dữ liệu cá nhân nhạy cảm, cần bảo vệ chặt chẽ hơn?',
      [
        'Tên trường học',
        'Thông tin sức khỏe, khuyết tật của học sinh',
        'Thời khóa biểu của lớp',
        'Số phòng học',
      ],
      1,
      'Thông tin sức khỏe là dữ liệu nhạy cảm, cũng như dân tộc, tôn giáo, vị trí… Lộ các dữ liệu này có thể gây tổn hại lớn cho học sinh và gia đình.',
    ),
    question(
      'Giáo viên cần thông báo danh sách học sinh được nhận học bổng cho cả lớp. Cách làm nào phù hợp nhất?',
      [
        'Chỉ nêu những thông tin cần thiết (họ tên, lớp), không kèm số định danh, địa chỉ, hoàn cảnh gia đình',
        'Đăng nguyên tệp hồ sơ xét học bổng lên nhóm phụ huynh',
        'Đăng lên trang Facebook công khai của lớp',
        'Gửi kèm ảnh giấy tờ chứng minh hoàn cảnh của từng em',
      ],
      0,
      'Nguyên tắc vừa đủ: chỉ công khai thông tin cần cho mục đích thông báo. Hoàn cảnh gia đình là thông tin riêng tư, có thể làm các em bị kỳ thị.',
    ),
    question(
      'Một người gọi điện xưng là cán bộ cấp trên, xin danh sách học sinh kèm số điện thoại phụ huynh gửi qua Zalo cá nhân. Nên làm gì?',
      [
        'Gửi ngay vì là cấp trên',
        'Gửi nhưng xóa cột ngày sinh',
        'Từ chối gửi qua kênh cá nhân; xác minh qua số điện thoại chính thức và chỉ cung cấp khi có yêu cầu bằng văn bản, qua kênh của đơn vị',
        'Đọc danh sách qua điện thoại',
      ],
      2,
      'Danh sách học sinh kèm số điện thoại phụ huynh là “nguyên liệu” cho lừa đảo có chủ đích. Chỉ cung cấp cho người có thẩm quyền, có căn cứ, qua kênh chính thức.',
    ),
    question(
      'Thầy/cô lỡ gửi nhầm tệp dữ liệu học sinh vào một nhóm Zalo đông người. Việc nên làm là gì?',
      [
        'Im lặng, hy vọng không ai mở',
        'Xóa tin ngay nếu còn thu hồi được và báo ngay lãnh đạo, cán bộ an toàn thông tin để xử lý',
        'Đổi tên tệp để người khác khỏi chú ý',
        'Rời khỏi nhóm',
      ],
      1,
      'Sự cố lộ dữ liệu phải được báo cáo và xử lý theo quy định. Báo sớm giúp hạn chế thiệt hại; che giấu làm sự việc nghiêm trọng hơn.',
    ),
    question(
      'Cách lưu tệp dữ liệu học sinh xuất từ hệ thống nào là an toàn?',
      [
        'Lưu trên màn hình máy tính dùng chung của tổ',
        'Gửi vào thư cá nhân để làm ở nhà',
        'Chép vào USB để mang theo cho tiện',
        'Đặt mật khẩu cho tệp, lưu nơi chỉ mình truy cập được và xóa khi không còn dùng',
      ],
      3,
      'Tệp dữ liệu rời khỏi hệ thống thì không còn được hệ thống bảo vệ. Đặt mật khẩu, hạn chế nơi lưu và xóa khi xong việc.',
    ),
    question(
      'Nhà trường muốn đăng ảnh hoạt động ngoại khóa có học sinh lên trang của trường. Điều nào đúng?',
      [
        'Ảnh học sinh là dữ liệu cá nhân; cần sự đồng ý của gia đình và hạn chế kèm họ tên, lớp',
        'Ảnh chụp ở trường thì trường được toàn quyền đăng',
        'Chỉ cần làm mờ logo trường',
        'Chỉ cần học sinh cười trong ảnh',
      ],
      0,
      'Hình ảnh gắn với một người là dữ liệu cá nhân. Với trẻ em, cần sự đồng ý của gia đình; đăng kèm họ tên, lớp càng làm tăng rủi ro.',
    ),
    question(
      'Phụ huynh đề nghị nhà trường cho biết trường đang lưu những thông tin gì về con mình. Nhà trường nên làm gì?',
      [
        'Từ chối vì là dữ liệu nội bộ',
        'Yêu cầu phụ huynh nộp phí',
        'Tiếp nhận và trả lời theo quy định, vì đây là quyền của chủ thể dữ liệu (qua người đại diện là cha mẹ)',
        'Gửi toàn bộ dữ liệu của cả lớp cho phụ huynh xem',
      ],
      2,
      'Chủ thể dữ liệu có quyền được biết và truy cập dữ liệu của mình; với trẻ em, cha mẹ hoặc người giám hộ thực hiện thay. Chỉ cung cấp dữ liệu của đúng em đó.',
    ),
  ],
};
