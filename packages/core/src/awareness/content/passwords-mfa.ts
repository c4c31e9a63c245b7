import type { SeedLesson } from '../content';
import { ADULTS, question, STUDENTS } from './question';

/** Lesson 4: passwords and multi-factor authentication. */
export const passwordsMfaLesson: SeedLesson = {
  slug: 'passwords-and-mfa',
  title: 'Mật khẩu mạnh và xác thực hai lớp',
  summary:
    'Vì sao mật khẩu dài dễ nhớ tốt hơn mật khẩu ngắn phức tạp, vì sao mỗi tài khoản một mật khẩu, và cách bật xác thực hai lớp (MFA) cho tài khoản quan trọng.',
  minutes: 12,
  bodyHtml: `
<h2>Mật khẩu bị lộ bằng cách nào?</h2>
<ul>
<li><strong>Đoán:</strong> 123456, ngày sinh, tên trường kèm năm học — những mật khẩu này bị thử đầu tiên.</li>
<li><strong>Lộ từ nơi khác:</strong> một trang web nào đó bị lộ dữ liệu; kẻ gian lấy danh sách tên đăng nhập và mật khẩu đó thử trên hộp thư, ngân hàng, mạng xã hội. Dùng chung một mật khẩu là mất tất cả.</li>
<li><strong>Bị lừa nhập:</strong> qua trang đăng nhập giả (xem bài về thư lừa đảo).</li>
<li><strong>Bị nhìn thấy:</strong> mật khẩu dán trên màn hình, ghi trong sổ để trên bàn, lưu trên máy tính dùng chung.</li>
</ul>
<h2>Mật khẩu tốt là mật khẩu dài</h2>
<p>Độ dài quan trọng hơn ký tự lạ. Một <strong>cụm từ</strong> gồm vài từ không liên quan, dài từ 15 ký tự trở lên, vừa khó đoán vừa dễ nhớ: ví dụ <em>ca phe sua da tren may bay giay</em> (chỉ là ví dụ — đừng dùng cụm từ có trong bài học). Tránh tên, ngày sinh, số điện thoại, tên trường.</p>
<ul>
<li><strong>Mỗi tài khoản một mật khẩu riêng</strong>, nhất là hộp thư công vụ, tài khoản ngân hàng và các hệ thống có dữ liệu học sinh.</li>
<li>Dùng <strong>trình quản lý mật khẩu</strong> uy tín để không phải nhớ hết; chỉ cần nhớ một mật khẩu chính thật mạnh.</li>
<li>Chỉ đổi mật khẩu khi có dấu hiệu bị lộ — đổi định kỳ liên tục dễ khiến người dùng chọn mật khẩu yếu hơn.</li>
<li>Không bao giờ nói mật khẩu qua điện thoại, tin nhắn; bộ phận kỹ thuật thật không cần biết mật khẩu của thầy cô.</li>
</ul>
<h2>Xác thực hai lớp (MFA)</h2>
<p>Xác thực hai lớp yêu cầu thêm một bằng chứng ngoài mật khẩu, thường là mã 6 số trong ứng dụng xác thực trên điện thoại (TOTP) hoặc một thao tác xác nhận. Khi đó, kẻ gian có mật khẩu vẫn chưa vào được tài khoản.</p>
<ol>
<li>Bật MFA cho hộp thư công vụ, các hệ thống quản lý của ngành, ngân hàng, mạng xã hội.</li>
<li>Ưu tiên ứng dụng xác thực hơn mã gửi qua tin nhắn.</li>
<li>Lưu <strong>mã khôi phục</strong> ở nơi an toàn (in ra, cất riêng) để dùng khi mất điện thoại.</li>
<li><strong>Không bao giờ đọc mã xác thực cho người khác</strong>. Ai xin mã là kẻ đang cố vào tài khoản của mình.</li>
<li>Nếu bỗng nhận được yêu cầu xác nhận đăng nhập mà mình không hề đăng nhập: từ chối, đổi mật khẩu ngay và báo cán bộ an toàn thông tin.</li>
</ol>
<p>Trong EduShield, quản trị viên và cán bộ phụ trách an toàn thông tin bắt buộc dùng xác thực hai lớp.</p>
`,
  bodyByAudience: {
    students_th: `
<h2>Mật khẩu là bí mật của riêng em</h2>
<p>Mật khẩu giống như chìa khóa nhà. Ai có chìa khóa thì vào được nhà. Vì vậy:</p>
<ul>
<li><strong>Không cho ai biết mật khẩu</strong>, kể cả bạn thân. Chỉ bố mẹ có thể giữ giúp em.</li>
<li>Mật khẩu tốt là một <strong>câu dài</strong> mà chỉ em nhớ, ví dụ ghép vài từ về con vật, đồ ăn, màu sắc em thích. Không dùng tên, ngày sinh của em.</li>
<li>Dùng máy tính ở trường xong thì <strong>đăng xuất</strong>.</li>
<li>Nếu điện thoại hiện ra một mã số, <strong>không đọc mã đó cho ai</strong>.</li>
</ul>
<p>Nếu em nghĩ có người biết mật khẩu của em, hãy nói với bố mẹ hoặc thầy cô để đổi mật khẩu mới.</p>
`,
    students_thcs: `
<h2>Giữ tài khoản của em an toàn</h2>
<p>Tài khoản game, mạng xã hội, thư điện tử của em rất có giá với kẻ gian: chúng dùng để lừa bạn bè em, bán lại, hoặc đòi tiền chuộc.</p>
<h3>Mật khẩu tốt</h3>
<ul>
<li>Dùng <strong>cụm từ dài</strong> (từ 15 ký tự), ghép vài từ không liên quan, dễ nhớ với em nhưng người khác không đoán được.</li>
<li>Không dùng tên, ngày sinh, số điện thoại, tên lớp.</li>
<li><strong>Mỗi tài khoản một mật khẩu riêng.</strong> Nếu một trang bị lộ, các tài khoản khác vẫn an toàn.</li>
<li>Không cho bạn mượn tài khoản, không nói mật khẩu cho bạn, kể cả bạn thân.</li>
</ul>
<h3>Xác thực hai lớp</h3>
<p>Bật xác thực hai lớp (nhờ bố mẹ giúp nếu cần): ngoài mật khẩu, cần thêm một mã trên điện thoại. Kẻ gian có mật khẩu cũng chưa vào được. <strong>Không bao giờ đọc mã này cho ai.</strong></p>
`,
    students_thpt: `
<h2>Mật khẩu và xác thực hai lớp</h2>
<p>Mật khẩu thường bị lộ vì dễ đoán, vì dùng chung cho nhiều trang (một trang bị lộ là mất tất cả), hoặc vì bị lừa nhập vào trang giả.</p>
<ul>
<li><strong>Dài hơn là mạnh hơn:</strong> một cụm từ từ 15 ký tự, gồm vài từ không liên quan, tốt hơn một mật khẩu 8 ký tự đầy ký hiệu.</li>
<li><strong>Mỗi tài khoản một mật khẩu</strong>; dùng trình quản lý mật khẩu uy tín để ghi nhớ.</li>
<li><strong>Bật xác thực hai lớp</strong> cho thư điện tử, mạng xã hội, tài khoản ngân hàng; ưu tiên ứng dụng xác thực; cất mã khôi phục ở nơi an toàn.</li>
<li>Không đọc mã xác thực cho bất kỳ ai. Nếu nhận được yêu cầu xác nhận đăng nhập mà mình không đăng nhập: từ chối và đổi mật khẩu ngay.</li>
<li>Dùng máy tính chung (phòng máy, quán net): không lưu mật khẩu, nhớ đăng xuất.</li>
</ul>
`,
  },
  exercises: [
    {
      channel: 'sms',
      from: 'HoTroKyThuat',
      body: 'Bo phan ky thuat dang nang cap he thong thu cong vu. Vui long tra loi tin nhan nay kem mat khau hien tai de giu lai du lieu.',
      isPhish: true,
      signs: [
        'Bộ phận kỹ thuật thật không bao giờ cần mật khẩu của người dùng.',
        'Xin mật khẩu qua tin nhắn.',
        'Tên người gửi chung chung, không xác minh được.',
      ],
    },
    {
      channel: 'zalo',
      from: 'Người lạ xưng “quản trị viên game”',
      body: 'Tài khoản của bạn đang bị người khác đăng nhập. Gửi mình mã 6 số vừa nhận được để mình khóa kẻ xấu lại giúp bạn nhé.',
      isPhish: true,
      signs: [
        'Quản trị viên không bao giờ xin mã xác thực.',
        'Mã 6 số chính là thứ kẻ gian cần để vào tài khoản của em.',
        'Tạo cảm giác lo sợ để em làm theo.',
      ],
    },
    {
      channel: 'email',
      from: 'Hệ thống EduShield (thong-bao@edushield.minhson.example)',
      subject: 'Đăng nhập mới vào tài khoản của bạn',
      body: 'Tài khoản của bạn vừa được đăng nhập trên một trình duyệt mới lúc 20:14. Nếu đó là bạn, không cần làm gì. Nếu không phải bạn, hãy tự mở EduShield bằng địa chỉ quen thuộc, đổi mật khẩu và báo cán bộ an toàn thông tin.',
      isPhish: false,
      signs: [
        'Thông báo không chứa đường link đăng nhập và không xin mật khẩu.',
        'Hướng dẫn người dùng tự mở hệ thống bằng địa chỉ quen thuộc.',
        'Gửi từ đúng tên miền của hệ thống.',
      ],
    },
    {
      channel: 'web',
      from: 'https://kiem-tra-mat-khau.invalid',
      subject: 'Trang “Kiểm tra độ mạnh mật khẩu của bạn”',
      body: 'Trang yêu cầu nhập tên đăng nhập thư điện tử và mật khẩu đang dùng để “chấm điểm độ an toàn”.',
      isPhish: true,
      signs: [
        'Không bao giờ nhập mật khẩu thật vào một trang lạ, dù với lý do gì.',
        'Trang xin cả tên đăng nhập lẫn mật khẩu — đủ để chiếm tài khoản.',
      ],
    },
  ],
  questions: [
    question(
      'Mật khẩu nào dưới đây mạnh nhất?',
      ['Minhson2026', '12345678', 'ca phe sua da tren may bay giay', 'P@ss1'],
      2,
      'Cụm từ dài gồm nhiều từ không liên quan khó đoán hơn nhiều so với mật khẩu ngắn. Tên tỉnh kèm năm, dãy số liền nhau bị thử đầu tiên.',
    ),
    question(
      'Vì sao không nên dùng một mật khẩu cho nhiều tài khoản?',
      [
        'Vì hệ thống không cho phép',
        'Vì khi một trang bị lộ mật khẩu, kẻ gian dùng đúng mật khẩu đó để vào các tài khoản khác',
        'Vì mật khẩu sẽ hết hạn nhanh hơn',
        'Vì khó nhớ hơn',
      ],
      1,
      'Kẻ gian thử hàng loạt các cặp tên đăng nhập – mật khẩu bị lộ trên nhiều dịch vụ khác. Mỗi tài khoản một mật khẩu giúp chặn cách tấn công này.',
    ),
    question(
      'Xác thực hai lớp (MFA) giúp gì?',
      [
        'Kẻ gian có được mật khẩu vẫn chưa vào được tài khoản vì thiếu lớp xác thực thứ hai',
        'Không cần mật khẩu nữa',
        'Làm máy chạy nhanh hơn',
        'Tự động đổi mật khẩu mỗi tháng',
      ],
      0,
      'MFA thêm một bằng chứng ngoài mật khẩu, thường là mã trên điện thoại. Đây là một trong những biện pháp hiệu quả nhất để bảo vệ tài khoản.',
    ),
    question(
      'Có người gọi xưng là nhân viên kỹ thuật, xin mã xác thực 6 số vừa gửi về điện thoại của bạn. Bạn nên làm gì?',
      [
        'Đọc mã vì họ là nhân viên kỹ thuật',
        'Đọc 3 số đầu để họ kiểm tra',
        'Gửi mã qua tin nhắn thay vì đọc',
        'Không đưa mã cho ai; ai xin mã là kẻ đang cố vào tài khoản của bạn',
      ],
      3,
      'Mã xác thực chỉ dành cho chính bạn nhập vào hệ thống. Bộ phận kỹ thuật thật không bao giờ cần mã này.',
    ),
    question(
      'Điện thoại hiện yêu cầu xác nhận đăng nhập trong khi bạn không hề đăng nhập. Điều đó có nghĩa là gì và nên làm gì?',
      [
        'Lỗi hệ thống, cứ bấm đồng ý cho xong',
        'Có thể ai đó đã có mật khẩu của bạn: từ chối, đổi mật khẩu ngay và báo cán bộ an toàn thông tin',
        'Bình thường, bỏ qua',
        'Tắt điện thoại đi',
      ],
      1,
      'Yêu cầu xác nhận lạ cho thấy mật khẩu có thể đã lộ. Từ chối và đổi mật khẩu ngay; nếu là tài khoản công vụ thì báo cán bộ an toàn thông tin.',
      ADULTS,
    ),
    question(
      'Mã khôi phục (recovery codes) của xác thực hai lớp nên được cất giữ thế nào?',
      [
        'Chụp ảnh và đăng lên nhóm Zalo của tổ để khỏi quên',
        'Gửi cho đồng nghiệp giữ hộ',
        'In ra hoặc ghi lại và cất ở nơi an toàn, riêng biệt với điện thoại',
        'Không cần cất, vì không bao giờ dùng tới',
      ],
      2,
      'Mã khôi phục giúp vào tài khoản khi mất điện thoại. Ai có mã này cũng vào được tài khoản, nên phải cất riêng, an toàn.',
      ADULTS,
    ),
    question(
      'Theo khuyến nghị hiện nay, khi nào nên đổi mật khẩu?',
      [
        'Mỗi tuần một lần, dù không có chuyện gì',
        'Khi có dấu hiệu mật khẩu bị lộ, hoặc khi hệ thống yêu cầu vì lý do an ninh',
        'Không bao giờ cần đổi',
        'Mỗi khi quên mật khẩu cũ',
      ],
      1,
      'Bắt đổi mật khẩu liên tục khiến người dùng chọn mật khẩu yếu, chỉ thêm một con số. Hãy dùng mật khẩu dài, riêng cho từng tài khoản và đổi ngay khi có dấu hiệu bị lộ.',
      ADULTS,
    ),
    question(
      'Một đồng nghiệp dán mật khẩu hệ thống quản lý học sinh lên màn hình máy tính của tổ cho “tiện”. Vì sao điều này nguy hiểm?',
      [
        'Vì giấy dán dễ rơi',
        'Vì làm màn hình bẩn',
        'Vì mật khẩu sẽ bị quên',
        'Vì ai đi qua cũng có thể dùng tài khoản đó để xem, sửa dữ liệu học sinh, và không biết ai đã làm',
      ],
      3,
      'Tài khoản dùng chung, mật khẩu công khai khiến dữ liệu học sinh không được bảo vệ và mọi thao tác không còn truy được trách nhiệm. Mỗi người một tài khoản, mật khẩu được giữ riêng.',
      ADULTS,
    ),
    question(
      'Cách nào giúp dùng nhiều mật khẩu khác nhau mà không phải nhớ hết?',
      [
        'Dùng trình quản lý mật khẩu uy tín và chỉ nhớ một mật khẩu chính thật mạnh',
        'Ghi tất cả vào một tệp tên “matkhau.xlsx” trên màn hình',
        'Dùng cùng một mật khẩu nhưng thêm số 1, 2, 3',
        'Nhờ đồng nghiệp nhớ hộ',
      ],
      0,
      'Trình quản lý mật khẩu lưu trữ được mã hóa. Thêm số 1, 2, 3 vào cùng một mật khẩu thì kẻ gian đoán ra rất nhanh.',
      ADULTS,
    ),
    question(
      'Bạn thân xin mật khẩu tài khoản game của em để “chơi hộ”. Em nên làm gì?',
      [
        'Cho vì là bạn thân',
        'Cho rồi đổi mật khẩu sau',
        'Không cho mật khẩu; mật khẩu là bí mật của riêng em',
        'Cho bạn nhưng dặn bạn không nói với ai',
      ],
      2,
      'Khi người khác biết mật khẩu, em không còn kiểm soát tài khoản của mình. Bạn tốt sẽ hiểu vì sao em giữ bí mật.',
      STUDENTS,
    ),
    question(
      'Dùng máy tính ở phòng máy của trường xong, em cần làm gì?',
      [
        'Tắt màn hình là đủ',
        'Đăng xuất khỏi các tài khoản và không lưu mật khẩu trên máy',
        'Để nguyên cho bạn sau dùng tiếp',
        'Đổi hình nền máy tính',
      ],
      1,
      'Nếu không đăng xuất, bạn dùng máy sau có thể vào tài khoản của em. Không bao giờ bấm “lưu mật khẩu” trên máy dùng chung.',
      STUDENTS,
    ),
    question(
      'Mật khẩu nào dưới đây em KHÔNG nên dùng?',
      [
        'Một câu dài ghép từ các con vật và món ăn em thích',
        'Một cụm từ dài chỉ em nhớ',
        'Bốn từ không liên quan ghép lại',
        'Tên của em kèm ngày sinh',
      ],
      3,
      'Tên và ngày sinh của em nhiều người biết, kẻ gian đoán ra rất nhanh. Câu dài chỉ em nhớ thì khó đoán hơn nhiều.',
      STUDENTS,
    ),
    question(
      'Nếu em nghĩ có người đã biết mật khẩu của em, em nên làm gì?',
      [
        'Không làm gì, chắc không sao',
        'Đổi mật khẩu mới ngay (nhờ bố mẹ hoặc thầy cô giúp nếu cần)',
        'Xóa tài khoản và lập tài khoản mới',
        'Hỏi bạn xem ai biết mật khẩu',
      ],
      1,
      'Đổi mật khẩu ngay giúp em giữ lại tài khoản. Người lớn có thể giúp em bật thêm xác thực hai lớp.',
      STUDENTS,
    ),
  ],
};
