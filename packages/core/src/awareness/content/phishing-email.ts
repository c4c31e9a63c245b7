import type { SeedLesson } from '../content';
import { ADULTS, question, STUDENTS } from './question';

/** Lesson 1. The drills feature enrols people who clicked a drill link in this slug. */
export const phishingEmailLesson: SeedLesson = {
  slug: 'phishing-email-fake-websites',
  title: 'Nhận diện thư lừa đảo và trang web giả mạo',
  summary:
    'Cách nhận ra thư điện tử giả danh cơ quan, ngân hàng, nhà trường; cách đọc đúng một địa chỉ web và việc cần làm khi lỡ bấm vào đường link lạ.',
  minutes: 15,
  bodyHtml: `
<h2>Thư lừa đảo là gì?</h2>
<p>Thư lừa đảo (phishing) là thư điện tử giả danh một nơi mà người nhận tin tưởng — Sở GD&amp;ĐT, nhà trường, ngân hàng, nhà mạng, dịch vụ thư điện tử — để dụ người nhận <strong>bấm vào đường link</strong>, <strong>mở tệp đính kèm</strong> hoặc <strong>nhập mật khẩu, mã OTP</strong>. Chỉ một lần nhập mật khẩu vào trang giả là kẻ gian có thể đọc toàn bộ hộp thư công vụ, gửi thư lừa đảo tiếp cho đồng nghiệp và phụ huynh dưới tên của chính thầy cô.</p>
<h2>Sáu dấu hiệu cần dừng lại</h2>
<ul>
<li><strong>Thúc giục, đe dọa:</strong> “tài khoản sẽ bị khóa sau 24 giờ”, “bổ sung hồ sơ trước 17 giờ hôm nay”, “nếu không xác nhận sẽ bị trừ lương”.</li>
<li><strong>Lợi ích bất ngờ:</strong> tiền hỗ trợ, thưởng Tết, hoàn thuế, quà tặng mà mình không hề đăng ký.</li>
<li><strong>Người gửi không khớp:</strong> tên hiển thị là “Phòng Tổ chức cán bộ” nhưng địa chỉ thật là một hộp thư miễn phí hoặc một tên miền lạ.</li>
<li><strong>Đường link lệch:</strong> chữ hiển thị là địa chỉ quen, nhưng khi di chuột lên thì đích đến lại khác.</li>
<li><strong>Tệp đính kèm lạ:</strong> tệp nén có mật khẩu, tệp .exe, .scr, .js, hoặc văn bản yêu cầu “Enable Content / Bật nội dung” để xem.</li>
<li><strong>Yêu cầu bất thường:</strong> xin mật khẩu, mã OTP, đề nghị chuyển tiền, đổi số tài khoản nhận tiền.</li>
</ul>
<h2>Đọc đúng một địa chỉ web</h2>
<p>Tên miền thật nằm ngay <strong>trước dấu “/” đầu tiên</strong> sau “https://”, và đọc <strong>từ phải sang trái</strong>. Ví dụ, với cổng thông tin (giả định) <em>sogddt.minhson.example</em>:</p>
<ul>
<li><em>https://sogddt.minhson.example/thong-bao</em> — đúng tên miền của Sở.</li>
<li><em>https://sogddt.minhson.example.xac-thuc.invalid/dang-nhap</em> — tên miền thật là <em>xac-thuc.invalid</em>, không phải của Sở.</li>
<li><em>https://s0gddt-minhson.invalid</em> — chữ “o” bị thay bằng số “0”, dấu chấm thay bằng gạch ngang.</li>
</ul>
<p>Biểu tượng ổ khóa (HTTPS) chỉ cho biết đường truyền được mã hóa. Trang giả cũng có ổ khóa, nên ổ khóa <strong>không</strong> chứng minh trang web là thật.</p>
<h2>Thói quen an toàn</h2>
<ol>
<li>Không bấm link trong thư để đăng nhập; hãy tự gõ địa chỉ hoặc dùng dấu trang (bookmark) đã lưu.</li>
<li>Trên máy tính, di chuột lên đường link (không bấm) để xem đích đến thật; trên điện thoại, nhấn giữ để xem trước.</li>
<li>Khi nghi ngờ, xác minh qua một kênh khác: gọi số điện thoại mình đã biết từ trước, không gọi số ghi trong thư.</li>
<li>Bật xác thực hai lớp (MFA) cho hộp thư công vụ và tài khoản quan trọng.</li>
<li>Chuyển thư đáng ngờ cho cán bộ phụ trách an toàn thông tin của đơn vị hoặc dùng nút “Báo cáo thư lừa đảo”, rồi xóa thư.</li>
</ol>
<h2>Lỡ bấm hoặc lỡ nhập mật khẩu thì sao?</h2>
<p>Đừng giấu. Hãy <strong>đổi mật khẩu ngay</strong> từ trang chính thức (và đổi ở mọi nơi dùng chung mật khẩu đó), đăng xuất khỏi các phiên lạ, rồi <strong>báo cán bộ an toàn thông tin</strong> của đơn vị. Báo sớm vài phút có thể ngăn kẻ gian dùng hộp thư của mình để lừa tiếp người khác.</p>
`,
  bodyByAudience: {
    leaders: `
<h2>Thư lừa đảo nhắm vào người đứng đầu đơn vị</h2>
<p>Ngoài những thư lừa đảo gửi hàng loạt, lãnh đạo đơn vị và bộ phận kế toán là đích của <strong>thư lừa đảo có chủ đích</strong>: kẻ gian tìm hiểu tên hiệu trưởng, kế toán, đối tác quen trên cổng thông tin và mạng xã hội, rồi soạn thư rất “đúng người, đúng việc”.</p>
<ul>
<li>Thư mạo danh hiệu trưởng gửi kế toán: “Anh đang họp, em chuyển gấp khoản tạm ứng này cho đối tác, đừng gọi”.</li>
<li>Thư mạo danh nhà cung cấp: “Công ty đổi số tài khoản nhận tiền, đề nghị nhà trường thanh toán vào tài khoản mới”.</li>
<li>Thư mạo danh cấp trên: “Đề nghị đồng chí đăng nhập hệ thống tại đường link sau để xác nhận số liệu trước 16 giờ”.</li>
</ul>
<h2>Quy tắc lãnh đạo nên ban hành</h2>
<ol>
<li>Mọi yêu cầu chuyển tiền hoặc đổi số tài khoản phải được xác minh bằng điện thoại hoặc gặp trực tiếp, qua số đã biết từ trước — kể cả khi thư “từ hiệu trưởng”.</li>
<li>Không bao giờ yêu cầu cấp dưới bỏ qua quy trình vì “gấp”. Khi chính lãnh đạo tuân thủ, kẻ gian mất lợi thế lớn nhất.</li>
<li>Bảo đảm đơn vị có người phụ trách an toàn thông tin, và mọi người biết chuyển thư đáng ngờ cho ai.</li>
</ol>
<h2>Đọc đúng một địa chỉ web</h2>
<p>Tên miền thật nằm ngay trước dấu “/” đầu tiên sau “https://” và đọc từ phải sang trái: <em>https://sogddt.minhson.example.xac-thuc.invalid</em> thuộc về <em>xac-thuc.invalid</em>, không phải của Sở. Ổ khóa HTTPS chỉ cho biết đường truyền được mã hóa, không chứng minh trang web là thật.</p>
<h2>Khi có người lỡ bấm</h2>
<p>Khuyến khích báo sớm, không trách phạt người tự báo. Người lỡ nhập mật khẩu cần đổi mật khẩu ngay và báo cán bộ an toàn thông tin; lãnh đạo bảo đảm việc này được xử lý trong ngày.</p>
`,
    students_th: `
<h2>Tin nhắn lạ có thể là cái bẫy</h2>
<p>Có những người xấu gửi tin nhắn hoặc thư rất hấp dẫn: “Chúc mừng em trúng thưởng!”, “Bấm vào đây để nhận quà miễn phí!”. Khi em bấm vào, trang web sẽ hỏi mật khẩu, số điện thoại của bố mẹ hoặc bảo em tải một ứng dụng lạ.</p>
<h3>Ba điều em cần nhớ</h3>
<ol>
<li><strong>Quà miễn phí từ người lạ thường là bẫy.</strong> Không ai tự nhiên tặng quà qua mạng.</li>
<li><strong>Không bấm vào đường link lạ</strong>, không nhập mật khẩu, không nói số điện thoại hay địa chỉ nhà.</li>
<li><strong>Hỏi bố mẹ hoặc thầy cô</strong> trước khi bấm. Hỏi không bao giờ là sai.</li>
</ol>
<p>Nếu em lỡ bấm, đừng sợ bị mắng: hãy kể ngay cho người lớn để được giúp đỡ.</p>
`,
    students_thcs: `
<h2>Bẫy “quà miễn phí” và trang đăng nhập giả</h2>
<p>Kẻ gian biết học sinh thích game và mạng xã hội, nên chúng hay dùng các mồi như: “Nhận miễn phí skin, kim cương”, “Tài khoản của bạn vi phạm, đăng nhập để tránh bị khóa”, “Bình chọn cho bạn mình trong cuộc thi”. Đường link dẫn tới trang đăng nhập giả, giống hệt trang thật. Khi em nhập mật khẩu, tài khoản sẽ bị chiếm và dùng để lừa bạn bè em.</p>
<h3>Cách nhận ra</h3>
<ul>
<li>Tin nhắn hứa quà quá hời hoặc dọa khóa tài khoản, bắt làm ngay.</li>
<li>Địa chỉ web lạ, viết sai chính tả, thêm chữ hoặc số vào tên quen thuộc.</li>
<li>Trang bắt nhập mật khẩu hoặc mã OTP gửi về điện thoại.</li>
</ul>
<h3>Em nên làm gì?</h3>
<ol>
<li>Không bấm link trong tin nhắn lạ. Muốn kiểm tra tài khoản, hãy tự mở ứng dụng chính thức.</li>
<li>Không bao giờ đưa mã OTP cho ai, kể cả người xưng là bạn thân hay “nhân viên hỗ trợ”.</li>
<li>Lỡ nhập mật khẩu: đổi mật khẩu ngay và báo bố mẹ hoặc thầy cô.</li>
</ol>
`,
    students_thpt: `
<h2>Thư lừa đảo nhắm vào học sinh THPT</h2>
<p>Ở tuổi các em, kẻ gian hay dùng những mồi “đúng lúc”: tra cứu điểm thi, học bổng, xét tuyển đại học, việc làm thêm, khóa học miễn phí. Thư hoặc tin nhắn dẫn tới trang web giả đòi đăng nhập, nộp “lệ phí hồ sơ” hoặc cung cấp ảnh căn cước.</p>
<h3>Đọc đúng một địa chỉ web</h3>
<p>Tên miền thật nằm ngay trước dấu “/” đầu tiên sau “https://”, đọc từ phải sang trái. <em>https://tuyensinh.truong.example.hoc-bong.invalid</em> thuộc về <em>hoc-bong.invalid</em>. Ổ khóa HTTPS không chứng minh trang là thật.</p>
<h3>Thói quen an toàn</h3>
<ul>
<li>Tra cứu điểm, hồ sơ tuyển sinh chỉ qua địa chỉ mà nhà trường hoặc cơ quan chính thức công bố.</li>
<li>Không nộp “phí giữ chỗ”, “phí hồ sơ học bổng” qua tài khoản cá nhân của người lạ.</li>
<li>Không gửi ảnh căn cước, ảnh chụp mặt cho người lạ — chúng có thể bị dùng để mở tài khoản, vay tiền đứng tên em.</li>
<li>Bật xác thực hai lớp cho thư điện tử và mạng xã hội.</li>
<li>Lỡ nhập mật khẩu: đổi ngay, đăng xuất các thiết bị lạ, báo thầy cô hoặc gia đình.</li>
</ul>
`,
  },
  exercises: [
    {
      channel: 'email',
      from: 'Phòng Tổ chức cán bộ (tochuc.canbo2026@thu-mien-phi.invalid)',
      subject: 'KHẨN: Cập nhật thông tin lương trước 17h hôm nay',
      body: 'Kính gửi thầy/cô,\nTheo kế hoạch rà soát, cán bộ chưa cập nhật thông tin tài khoản nhận lương trước 17h hôm nay sẽ bị tạm dừng chi trả tháng 12.\nĐề nghị đăng nhập tại: https://luong-canbo.minhson.invalid/capnhat\nTrân trọng.',
      isPhish: true,
      signs: [
        'Địa chỉ người gửi là hộp thư miễn phí, không phải hộp thư công vụ.',
        'Thúc giục và đe dọa dừng chi trả lương để người nhận không kịp suy nghĩ.',
        'Đường link dẫn tới một tên miền lạ, không phải cổng thông tin của Sở.',
      ],
    },
    {
      channel: 'email',
      from: 'Văn phòng Sở Giáo dục và Đào tạo (vanphong@sogddt.minhson.example)',
      subject: 'Lịch họp giao ban tháng 12',
      body: 'Kính gửi các đơn vị,\nVăn phòng Sở thông báo lịch họp giao ban tháng 12 vào 8h00 thứ Hai, ngày 07/12, tại phòng họp tầng 2. Tài liệu họp đã được đăng trên hệ thống điều hành nội bộ; thầy/cô đăng nhập như thường lệ để xem.\nTrân trọng.',
      isPhish: false,
      signs: [
        'Người gửi dùng đúng tên miền của Sở.',
        'Không có đường link đăng nhập, không đòi mật khẩu, không thúc giục.',
        'Hướng dẫn người nhận tự mở hệ thống quen thuộc “như thường lệ”.',
      ],
    },
    {
      channel: 'sms',
      from: 'NganHangMS',
      body: 'Tai khoan cua Quy khach se bi khoa do chua cap nhat sinh trac hoc. Vui long xac thuc tai https://nganhang-minhson.xacthuc.invalid trong 24h.',
      isPhish: true,
      signs: [
        'Đe dọa khóa tài khoản trong 24 giờ.',
        'Đường link lạ; ngân hàng không yêu cầu xác thực qua đường link gửi trong tin nhắn.',
        'Tên người gửi hiển thị có thể bị giả mạo, nên không thể chỉ dựa vào đó.',
      ],
    },
    {
      channel: 'web',
      from: 'https://sogddt.minhson.example.dang-nhap.invalid/email',
      subject: 'Trang đăng nhập “Thư điện tử công vụ”',
      body: 'Trang có logo của Sở, có ổ khóa HTTPS và hai ô: “Tên đăng nhập” và “Mật khẩu”, kèm dòng chữ: “Phiên làm việc đã hết hạn, vui lòng đăng nhập lại để xem văn bản”.',
      isPhish: true,
      signs: [
        'Tên miền thật là dang-nhap.invalid — phần đứng ngay trước dấu “/” đầu tiên.',
        'Logo và ổ khóa HTTPS ai cũng có thể đặt lên trang giả.',
        'Trang được mở từ một đường link trong thư chứ không phải tự gõ địa chỉ.',
      ],
    },
    {
      channel: 'email',
      from: 'Ban tổ chức (qua-tang@game-vui.invalid)',
      subject: 'Bạn nhận được 5.000 kim cương miễn phí!',
      body: 'Chúc mừng! Tài khoản game của bạn được chọn nhận 5.000 kim cương. Đăng nhập bằng tài khoản game và nhập mã OTP gửi về điện thoại để nhận quà ngay. Ưu đãi chỉ còn 30 phút!',
      isPhish: true,
      signs: [
        'Quà tặng bất ngờ, quá hời.',
        'Đòi mật khẩu và mã OTP — không ai được biết mã OTP của em.',
        'Giới hạn thời gian “30 phút” để em vội vàng.',
      ],
    },
  ],
  questions: [
    question(
      'Dấu hiệu nào dưới đây cho thấy một thư điện tử có khả năng là thư lừa đảo?',
      [
        'Thư có chữ ký và số điện thoại của người gửi ở cuối thư',
        'Thư thúc giục làm ngay, đe dọa khóa tài khoản nếu không đăng nhập qua đường link',
        'Thư được gửi trong giờ hành chính',
        'Thư viết bằng tiếng Việt có dấu đầy đủ',
      ],
      1,
      'Tạo cảm giác gấp gáp và đe dọa là thủ đoạn quen thuộc nhất để người nhận không kịp kiểm tra. Chữ ký, giờ gửi hay tiếng Việt chuẩn thì kẻ gian cũng làm được.',
    ),
    question(
      'Cổng thông tin của Sở có địa chỉ sogddt.minhson.example. Đường link nào dưới đây thực sự dẫn tới trang của Sở?',
      [
        'https://sogddt.minhson.example.xac-thuc.invalid/dang-nhap',
        'https://s0gddt-minhson.invalid/thong-bao',
        'https://sogddt.minhson.example/thong-bao',
        'https://minhson-sogddt.example.invalid/thong-bao',
      ],
      2,
      'Tên miền thật nằm ngay trước dấu “/” đầu tiên sau “https://” và đọc từ phải sang trái. Chỉ đường link thứ ba kết thúc bằng đúng sogddt.minhson.example; các đường link khác thuộc về những tên miền lạ.',
      ADULTS,
    ),
    question(
      'Biểu tượng ổ khóa (HTTPS) trên thanh địa chỉ cho biết điều gì?',
      [
        'Trang web đã được cơ quan nhà nước kiểm định',
        'Trang web chắc chắn là trang thật, an toàn để nhập mật khẩu',
        'Trang web không thể chứa mã độc',
        'Đường truyền giữa máy em và trang web được mã hóa, nhưng không chứng minh trang là thật',
      ],
      3,
      'Ổ khóa chỉ nói rằng dữ liệu được mã hóa trên đường truyền. Trang giả cũng có thể có ổ khóa, vì vậy vẫn phải kiểm tra tên miền.',
    ),
    question(
      'Thầy/cô lỡ nhập mật khẩu thư công vụ vào một trang web giả. Việc nên làm đầu tiên là gì?',
      [
        'Đổi mật khẩu ngay từ trang chính thức và báo cho cán bộ phụ trách an toàn thông tin',
        'Chờ vài ngày xem có chuyện gì bất thường không',
        'Xóa thư lừa đảo đi để không ai biết',
        'Chuyển thư đó cho đồng nghiệp hỏi ý kiến',
      ],
      0,
      'Mỗi phút chờ đợi là thêm thời gian cho kẻ gian dùng tài khoản. Đổi mật khẩu và báo ngay giúp chặn kẻ gian và cảnh báo người khác. Chuyển thư lừa đảo cho đồng nghiệp có thể khiến họ bấm nhầm.',
      ADULTS,
    ),
    question(
      'Tệp đính kèm nào dưới đây nguy hiểm nhất khi đến từ một người gửi lạ?',
      [
        'Ảnh chụp thời khóa biểu dạng .jpg được thầy cô cùng trường gửi như thường lệ',
        'Tệp .zip có mật khẩu ghi sẵn trong thư, bên trong là tệp .exe',
        'Tệp PDF lịch họp được gửi từ hộp thư công vụ quen thuộc',
        'Tệp văn bản không kèm đường link nào',
      ],
      1,
      'Tệp nén có mật khẩu giúp kẻ gian qua mặt bộ lọc thư; tệp .exe bên trong là chương trình sẽ chạy trên máy. Đây là cách phát tán mã độc rất phổ biến.',
      ADULTS,
    ),
    question(
      'Một thư có tên hiển thị “Phòng Tổ chức cán bộ” nhưng địa chỉ thật là tochuc.canbo2026@thu-mien-phi.invalid. Nên hiểu thế nào?',
      [
        'Tên hiển thị đúng nên thư là thật',
        'Có thể phòng dùng tạm hộp thư cá nhân, cứ làm theo',
        'Tên hiển thị ai cũng tự đặt được; cần xem địa chỉ thật và xác minh qua kênh khác',
        'Trả lời thư để hỏi lại người gửi có đúng là phòng không',
      ],
      2,
      'Tên hiển thị có thể đặt tùy ý. Địa chỉ thật không thuộc tên miền của cơ quan là dấu hiệu mạnh; trả lời thư chỉ giúp kẻ gian biết hộp thư của mình đang hoạt động.',
      ADULTS,
    ),
    question(
      'Cách nào giúp kiểm tra một đường link trong thư trước khi bấm?',
      [
        'Bấm thử một lần rồi đóng lại ngay',
        'Xem chữ hiển thị của đường link là đủ',
        'Hỏi người gửi qua chính thư đó',
        'Di chuột lên đường link (trên điện thoại thì nhấn giữ) để xem địa chỉ đích thật',
      ],
      3,
      'Chữ hiển thị và đích đến có thể khác nhau. Xem địa chỉ đích thật trước khi bấm; chỉ một lần bấm cũng có thể đủ để trang độc hại hoạt động.',
    ),
    question(
      'Kế toán nhận thư “từ hiệu trưởng”: “Anh đang họp, em chuyển gấp 45 triệu cho đối tác theo số tài khoản dưới đây, đừng gọi”. Kế toán nên làm gì?',
      [
        'Gọi lại cho hiệu trưởng qua số điện thoại đã biết hoặc hỏi trực tiếp trước khi chuyển',
        'Chuyển ngay vì là lệnh của hiệu trưởng',
        'Trả lời thư xin xác nhận rồi chuyển',
        'Chuyển một nửa số tiền trước cho an toàn',
      ],
      0,
      'Lời dặn “đừng gọi” chính là để chặn việc xác minh. Mọi yêu cầu chuyển tiền qua thư phải được xác minh qua kênh khác, dù người gửi là ai.',
      ADULTS,
    ),
    question(
      'Vì sao thư lừa đảo hay đặt thời hạn rất gấp như “trong 30 phút”, “trước 17 giờ hôm nay”?',
      [
        'Vì hệ thống thật luôn có thời hạn ngắn như vậy',
        'Để người nhận vội vàng, không kịp suy nghĩ và kiểm tra',
        'Để thư được ưu tiên hiển thị trong hộp thư',
        'Vì kẻ gian chỉ làm việc trong giờ hành chính',
      ],
      1,
      'Sự vội vàng làm ta bỏ qua các bước kiểm tra. Khi một thư thúc giục bất thường, đó là lúc nên chậm lại.',
    ),
    question(
      'Khi nhận một thư nghi là lừa đảo, cách xử lý đúng là gì?',
      [
        'Bấm vào đường link để xem kẻ gian muốn gì',
        'Trả lời thư và yêu cầu họ ngừng gửi',
        'Không bấm, báo cho cán bộ an toàn thông tin (hoặc dùng nút “Báo cáo thư lừa đảo”) rồi xóa thư',
        'Chuyển tiếp cho cả tổ để mọi người cùng biết',
      ],
      2,
      'Báo cáo giúp cán bộ an toàn thông tin chặn thư cho cả đơn vị. Chuyển tiếp thư cho nhiều người lại làm tăng nguy cơ có người bấm nhầm.',
      ADULTS,
    ),
    question(
      'Em nhận được tin nhắn: “Bấm vào đây để nhận quà miễn phí”, từ một người em không quen. Em nên làm gì?',
      [
        'Bấm ngay kẻo hết quà',
        'Gửi cho các bạn cùng lớp để cùng nhận',
        'Nhập số điện thoại của bố mẹ để nhận quà',
        'Không bấm và hỏi bố mẹ hoặc thầy cô',
      ],
      3,
      'Quà miễn phí từ người lạ thường là bẫy. Hỏi người lớn trước khi bấm là cách an toàn nhất.',
      STUDENTS,
    ),
    question(
      'Một trang web hứa tặng vật phẩm game nếu em đăng nhập bằng tài khoản game và nhập mã OTP. Em nên làm gì?',
      [
        'Không đăng nhập, không đưa mã OTP và báo bố mẹ hoặc thầy cô',
        'Đăng nhập thử, nếu không nhận được quà thì thôi',
        'Chỉ nhập mật khẩu, không nhập mã OTP',
        'Nhờ bạn thân đăng nhập giúp',
      ],
      0,
      'Trang hứa quà để lấy mật khẩu và mã OTP, rồi chiếm tài khoản của em. Mã OTP là bí mật, không đưa cho bất kỳ ai hay trang nào ngoài ứng dụng chính thức.',
      STUDENTS,
    ),
    question(
      'Em muốn kiểm tra xem tài khoản mạng xã hội của mình có thật sự bị “vi phạm” như tin nhắn báo không. Cách an toàn là gì?',
      [
        'Bấm vào đường link trong tin nhắn',
        'Gọi vào số điện thoại ghi trong tin nhắn',
        'Tự mở ứng dụng chính thức và xem phần thông báo, cài đặt tài khoản',
        'Trả lời tin nhắn để hỏi',
      ],
      2,
      'Đừng đi theo con đường mà kẻ gian chỉ sẵn. Tự mở ứng dụng chính thức thì em luôn đến đúng nơi.',
      STUDENTS,
    ),
    question(
      'Em lỡ nhập mật khẩu vào một trang lạ. Việc đúng nhất là gì?',
      [
        'Giữ kín vì sợ bị mắng',
        'Đổi mật khẩu ngay và kể cho bố mẹ hoặc thầy cô',
        'Xóa ứng dụng rồi cài lại',
        'Tạo một tài khoản mới và bỏ tài khoản cũ',
      ],
      1,
      'Đổi mật khẩu sớm giúp lấy lại quyền kiểm soát tài khoản. Người lớn sẽ giúp em kiểm tra thêm; kể ra không có gì đáng xấu hổ.',
      STUDENTS,
    ),
  ],
};
