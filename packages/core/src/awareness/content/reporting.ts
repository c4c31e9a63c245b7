import type { SeedLesson } from '../content';
import { ADULTS, question, STUDENTS } from './question';

/**
 * Lesson 8: how to report an incident. External channels named here are only
 * ones known to exist: the Cổng cảnh báo an toàn thông tin
 * (canhbao.khonggianmang.gov.vn, run by the Cục An toàn thông tin) and the
 * police emergency number 113.
 */
export const reportingLesson: SeedLesson = {
  slug: 'reporting-security-incidents',
  title: 'Báo cáo sự cố an toàn thông tin: báo ai, báo thế nào',
  summary:
    'Thế nào là một sự cố, vì sao phải báo sớm, báo cho ai trong đơn vị và ở cấp trên, cần giữ lại những bằng chứng gì, và các kênh tiếp nhận cảnh báo của quốc gia.',
  minutes: 12,
  bodyHtml: `
<h2>Thế nào là một sự cố?</h2>
<p>Sự cố an toàn thông tin là bất kỳ việc gì có thể làm lộ, mất, sai lệch dữ liệu hoặc làm gián đoạn hệ thống. Những tình huống sau đều cần báo:</p>
<ul>
<li>Lỡ bấm đường link hoặc nhập mật khẩu vào trang đáng ngờ; lỡ mở tệp đính kèm lạ.</li>
<li>Tài khoản có dấu hiệu bị người khác dùng: thư gửi đi mà mình không gửi, thông báo đăng nhập lạ.</li>
<li>Máy tính chạy bất thường, tệp bị đổi đuôi và không mở được, xuất hiện thông báo đòi tiền chuộc.</li>
<li>Mất điện thoại, máy tính, USB có dữ liệu của đơn vị hoặc học sinh.</li>
<li>Gửi nhầm dữ liệu cá nhân cho người không có nhiệm vụ; dữ liệu học sinh xuất hiện trên mạng.</li>
<li>Trang thông tin của trường bị thay đổi nội dung; tài khoản mạng xã hội của trường bị chiếm.</li>
<li>Có người mạo danh nhà trường, giáo viên để lừa phụ huynh.</li>
</ul>
<h2>Vì sao phải báo sớm?</h2>
<p>Kẻ gian tận dụng từng phút: chiếm thêm tài khoản, lây mã độc sang máy khác, lừa thêm phụ huynh. Một báo cáo sớm, dù chưa chắc chắn, giúp ngăn chặn kịp thời. <strong>Người tự báo cáo là người giúp đơn vị, không phải người có lỗi.</strong></p>
<h2>Báo cho ai?</h2>
<ol>
<li><strong>Trong đơn vị:</strong> báo ngay cán bộ phụ trách an toàn thông tin (hoặc người được phân công) và lãnh đạo đơn vị.</li>
<li><strong>Lên cấp trên:</strong> cán bộ phụ trách báo bộ phận an toàn thông tin của Sở GD&amp;ĐT theo quy trình của ngành; Sở hướng dẫn xử lý và báo cáo tiếp theo quy định.</li>
<li><strong>Lừa đảo chiếm đoạt tiền, đe dọa, tống tiền:</strong> báo cơ quan công an nơi gần nhất; trường hợp khẩn cấp gọi <strong>113</strong>. Nếu đã chuyển tiền, gọi ngay tổng đài chính thức của ngân hàng (số in trên thẻ hoặc trong ứng dụng ngân hàng) để đề nghị hỗ trợ.</li>
<li><strong>Trang web, tài khoản lừa đảo:</strong> có thể phản ánh qua Cổng cảnh báo an toàn thông tin của Cục An toàn thông tin tại <a href="https://canhbao.khonggianmang.gov.vn">canhbao.khonggianmang.gov.vn</a>, và dùng chức năng báo cáo của chính mạng xã hội, ứng dụng nhắn tin.</li>
</ol>
<h2>Báo thế nào cho có ích?</h2>
<ul>
<li><strong>Điều gì đã xảy ra</strong>, vào lúc nào, trên máy hay tài khoản nào.</li>
<li><strong>Bằng chứng:</strong> ảnh chụp màn hình tin nhắn, thư (kèm địa chỉ người gửi), đường link, số điện thoại, số tài khoản nhận tiền.</li>
<li><strong>Đã làm gì rồi:</strong> đã đổi mật khẩu chưa, đã nhập gì, đã chuyển tiền chưa.</li>
</ul>
<h2>Trong lúc chờ hỗ trợ</h2>
<ul>
<li><strong>Không xóa bằng chứng</strong> (thư, tin nhắn, tệp lạ) — chỉ chụp lại và để nguyên.</li>
<li>Nghi máy nhiễm mã độc: <strong>ngắt mạng</strong> (rút cáp, tắt Wi-Fi), không tự cài lại máy, không cắm USB vào máy khác.</li>
<li>Đổi mật khẩu các tài khoản liên quan từ một thiết bị khác an toàn.</li>
<li>Không tự liên hệ lại với kẻ gian, không trả tiền chuộc.</li>
</ul>
`,
  bodyByAudience: {
    students_th: `
<h2>Khi gặp chuyện lạ trên mạng, em kể cho ai?</h2>
<p>Nếu trên mạng có điều làm em sợ, lo lắng hay thấy lạ — người lạ hỏi han, tin nhắn dọa nạt, em lỡ bấm vào đường link lạ — em hãy:</p>
<ol>
<li><strong>Dừng lại</strong>, không trả lời, không bấm thêm gì.</li>
<li><strong>Không xóa</strong> tin nhắn. Nhờ người lớn chụp lại màn hình.</li>
<li><strong>Kể ngay</strong> cho bố mẹ, ông bà hoặc thầy cô giáo.</li>
</ol>
<p>Em sẽ không bị mắng vì đã kể. Kể cho người lớn là việc làm đúng và dũng cảm. Khi thật sự nguy hiểm, người lớn sẽ gọi công an qua số <strong>113</strong>.</p>
`,
    students_thcs: `
<h2>Gặp sự cố trên mạng: làm gì, báo ai?</h2>
<p>Những chuyện cần báo: tài khoản bị chiếm, lỡ nhập mật khẩu vào trang lạ, bị dọa nạt, tống tiền, bị bắt nạt, thấy ảnh của mình hoặc bạn bị phát tán, có người mạo danh thầy cô.</p>
<h3>Các bước</h3>
<ol>
<li><strong>Không xóa bằng chứng:</strong> chụp màn hình tin nhắn, tên tài khoản, đường link.</li>
<li><strong>Không đáp trả, không chuyển tiền</strong>, không gửi thêm gì cho kẻ xấu.</li>
<li><strong>Đổi mật khẩu</strong> nếu tài khoản có dấu hiệu bị chiếm (nhờ người lớn giúp).</li>
<li><strong>Kể với bố mẹ, thầy cô</strong> — nhà trường có người phụ trách an toàn thông tin để hỗ trợ.</li>
<li><strong>Báo cáo tài khoản xấu</strong> bằng chức năng báo cáo của ứng dụng.</li>
</ol>
<p>Trường hợp bị đe dọa, tống tiền, gặp nguy hiểm: gia đình báo cơ quan công an; khẩn cấp gọi <strong>113</strong>.</p>
`,
    students_thpt: `
<h2>Gặp sự cố an toàn thông tin: báo ai, báo thế nào?</h2>
<p>Cần báo khi: tài khoản bị chiếm, lỡ nhập mật khẩu hay mã OTP vào trang lạ, điện thoại nhiễm mã độc, bị đe dọa, tống tiền, bị bắt nạt, ảnh bị phát tán, có người mạo danh nhà trường.</p>
<h3>Các bước</h3>
<ol>
<li>Giữ bằng chứng: chụp màn hình tin nhắn, tên và đường dẫn tài khoản, số điện thoại, số tài khoản nhận tiền.</li>
<li>Không đáp trả, không trả tiền, không gửi thêm ảnh hay thông tin.</li>
<li>Đổi mật khẩu từ một thiết bị an toàn, đăng xuất các phiên lạ, bật xác thực hai lớp.</li>
<li>Báo gia đình và giáo viên chủ nhiệm; nhà trường có người phụ trách an toàn thông tin.</li>
<li>Lừa đảo chiếm đoạt tiền, tống tiền: báo cơ quan công an, khẩn cấp gọi <strong>113</strong>; đã chuyển tiền thì gọi ngay tổng đài chính thức của ngân hàng.</li>
<li>Trang web, tài khoản lừa đảo: báo cáo trên nền tảng, và có thể phản ánh tại <a href="https://canhbao.khonggianmang.gov.vn">canhbao.khonggianmang.gov.vn</a>.</li>
</ol>
`,
    leaders: `
<h2>Vai trò của lãnh đạo khi có sự cố</h2>
<p>Người đứng đầu đơn vị chịu trách nhiệm về an toàn thông tin của đơn vị. Khi có sự cố, điều quan trọng nhất là thông tin đến được đúng người, đủ sớm.</p>
<h2>Thế nào là một sự cố?</h2>
<p>Lỡ nhập mật khẩu vào trang giả; tài khoản bị chiếm; máy nhiễm mã độc, bị mã hóa đòi tiền chuộc; mất thiết bị có dữ liệu; gửi nhầm, làm lộ dữ liệu cá nhân; trang thông tin của trường bị thay đổi nội dung; có người mạo danh nhà trường lừa phụ huynh.</p>
<h2>Việc cần bảo đảm trong đơn vị</h2>
<ol>
<li>Phân công cán bộ phụ trách an toàn thông tin; công bố cho mọi người biết báo cho ai, bằng cách nào.</li>
<li>Khuyến khích báo sớm, không trách phạt người tự báo cáo — che giấu mới là điều nguy hiểm.</li>
<li>Khi nhận báo cáo: chỉ đạo ngăn chặn (ngắt mạng máy nhiễm, đổi mật khẩu, khóa tài khoản), giữ bằng chứng, báo bộ phận an toàn thông tin của Sở GD&amp;ĐT theo quy trình và thời hạn quy định.</li>
<li>Sự cố lộ dữ liệu cá nhân: thực hiện thông báo, báo cáo theo quy định về bảo vệ dữ liệu cá nhân.</li>
<li>Lừa đảo chiếm đoạt tài sản, tống tiền: báo cơ quan công an; khẩn cấp gọi <strong>113</strong>. Mạo danh nhà trường: đăng cảnh báo ngay trên kênh chính thức của trường.</li>
<li>Trang web, tài khoản lừa đảo có thể phản ánh qua Cổng cảnh báo an toàn thông tin tại <a href="https://canhbao.khonggianmang.gov.vn">canhbao.khonggianmang.gov.vn</a>.</li>
<li>Sau sự cố: rút kinh nghiệm, phổ biến cho toàn đơn vị (không nêu tên người gặp sự cố).</li>
</ol>
`,
  },
  exercises: [
    {
      channel: 'email',
      from: 'Chính hộp thư công vụ của thầy/cô (thư đã gửi)',
      subject: 'Hóa đơn điện tử tháng 11 - vui lòng xem',
      body: 'Trong mục “Thư đã gửi” xuất hiện hàng chục thư gửi cho phụ huynh và đồng nghiệp, kèm đường link lạ, mà thầy/cô không hề gửi.',
      isPhish: true,
      signs: [
        'Tài khoản đã bị chiếm và đang bị dùng để phát tán thư lừa đảo.',
        'Cần đổi mật khẩu ngay từ thiết bị an toàn, đăng xuất mọi phiên, báo cán bộ an toàn thông tin.',
        'Báo cho người nhận biết để họ không bấm vào đường link.',
      ],
    },
    {
      channel: 'web',
      from: 'Màn hình máy tính ở văn phòng trường',
      subject: 'TỆP CỦA BẠN ĐÃ BỊ MÃ HÓA',
      body: 'Toàn bộ tệp trên máy đã đổi đuôi và không mở được. Một thông báo yêu cầu chuyển tiền điện tử trong 72 giờ để nhận khóa giải mã.',
      isPhish: true,
      signs: [
        'Đây là mã độc tống tiền (ransomware).',
        'Ngắt mạng máy ngay, không tắt máy vội, không cắm USB vào máy khác.',
        'Không trả tiền chuộc; báo ngay cán bộ an toàn thông tin và lãnh đạo.',
      ],
    },
    {
      channel: 'sms',
      from: 'Cán bộ an toàn thông tin của trường',
      body: 'Thầy cô lưu ý: sáng nay có thư giả danh Văn phòng Sở gửi đường link “cập nhật lương”. Ai đã bấm hoặc đã nhập mật khẩu, xin báo tôi qua số máy lẻ 105 hoặc gặp trực tiếp tại phòng thiết bị. Không ai bị phê bình vì tự báo.',
      isPhish: false,
      signs: [
        'Tin từ cán bộ phụ trách mà mọi người đã biết, không có đường link.',
        'Không xin mật khẩu; mời báo qua kênh nội bộ hoặc gặp trực tiếp.',
        'Khuyến khích báo cáo, không trách phạt.',
      ],
    },
    {
      channel: 'zalo',
      from: '“Trung tâm Hỗ trợ Nạn nhân Lừa đảo”',
      body: 'Chúng tôi là đơn vị thu hồi tiền bị lừa đảo, đã làm việc với công an. Nộp trước 2.000.000đ phí hồ sơ, chúng tôi sẽ lấy lại toàn bộ số tiền bạn bị mất trong 48 giờ.',
      isPhish: true,
      signs: [
        'Lừa đảo lần hai: nhắm vào người vừa bị lừa.',
        'Không đơn vị nào thu phí để “lấy lại tiền” qua Zalo.',
        'Việc báo cáo lừa đảo phải làm trực tiếp với cơ quan công an, ngân hàng.',
      ],
    },
  ],
  questions: [
    question(
      'Trường hợp nào sau đây cần báo cáo như một sự cố an toàn thông tin?',
      [
        'Máy in hết mực',
        'Lỡ nhập mật khẩu thư công vụ vào một trang web đáng ngờ',
        'Quên mang sạc điện thoại',
        'Mạng Internet chậm vào giờ cao điểm',
      ],
      1,
      'Nhập mật khẩu vào trang đáng ngờ có thể khiến tài khoản bị chiếm. Đây là sự cố cần báo ngay để xử lý kịp thời.',
      ADULTS,
    ),
    question(
      'Trong đơn vị, khi gặp sự cố an toàn thông tin, thầy/cô báo cho ai trước tiên?',
      [
        'Đăng lên nhóm Zalo của trường để hỏi',
        'Không báo ai, tự xử lý',
        'Cán bộ phụ trách an toàn thông tin của đơn vị và lãnh đạo đơn vị',
        'Nhà cung cấp Internet',
      ],
      2,
      'Cán bộ phụ trách an toàn thông tin và lãnh đạo đơn vị là đầu mối đầu tiên; họ báo tiếp lên Sở theo quy trình của ngành.',
      ADULTS,
    ),
    question(
      'Vì sao nên báo sự cố sớm, kể cả khi chưa chắc chắn?',
      [
        'Để được khen thưởng',
        'Vì báo muộn sẽ bị phạt tiền',
        'Vì cán bộ an toàn thông tin thích nhận nhiều báo cáo',
        'Vì kẻ gian tận dụng từng phút; báo sớm giúp ngăn chặn trước khi thiệt hại lan rộng',
      ],
      3,
      'Một báo cáo sớm có thể chặn việc lừa thêm người khác, lây mã độc sang máy khác. Báo nhầm còn hơn bỏ sót.',
    ),
    question(
      'Khi nghi máy tính bị nhiễm mã độc tống tiền, việc nào nên làm ngay?',
      [
        'Ngắt mạng máy tính (rút cáp, tắt Wi-Fi) và báo cán bộ an toàn thông tin',
        'Cắm USB để chép dữ liệu sang máy khác',
        'Trả tiền chuộc cho nhanh',
        'Tự cài lại hệ điều hành',
      ],
      0,
      'Ngắt mạng để mã độc không lan sang máy khác. Cắm USB có thể làm lây lan; tự cài lại máy làm mất dấu vết cần cho việc xử lý.',
      ADULTS,
    ),
    question(
      'Bằng chứng nào hữu ích khi báo cáo một vụ lừa đảo qua tin nhắn?',
      [
        'Chỉ cần kể lại bằng lời',
        'Ảnh chụp màn hình tin nhắn, tên tài khoản, số điện thoại, đường link, số tài khoản nhận tiền',
        'Xóa tin nhắn rồi kể lại',
        'Chỉ cần ghi nhớ thời gian',
      ],
      1,
      'Bằng chứng cụ thể giúp cán bộ xử lý, cơ quan chức năng và ngân hàng truy vết, ngăn chặn.',
    ),
    question(
      'Cổng cảnh báo an toàn thông tin, nơi có thể phản ánh trang web lừa đảo, có địa chỉ nào?',
      [
        'canhbao.khonggianmang.gov.vn',
        'canhbao-lua-dao.invalid',
        'baocao.khonggianmang.example',
        'Không có kênh nào như vậy',
      ],
      0,
      'Cổng cảnh báo an toàn thông tin của Cục An toàn thông tin có địa chỉ canhbao.khonggianmang.gov.vn. Hãy tự gõ địa chỉ này, đừng bấm vào đường link lạ mang tên tương tự.',
    ),
    question(
      'Người thân vừa chuyển tiền cho kẻ lừa đảo. Việc nên làm ngay là gì?',
      [
        'Chờ kẻ lừa đảo trả lại',
        'Đăng lên mạng xã hội để nhờ cộng đồng',
        'Nộp phí cho “trung tâm thu hồi tiền” quảng cáo trên mạng',
        'Gọi ngay tổng đài chính thức của ngân hàng và báo cơ quan công an',
      ],
      3,
      'Báo ngân hàng sớm có thể giúp ngăn dòng tiền. Các “dịch vụ lấy lại tiền” thu phí trên mạng thường là lừa đảo lần hai.',
      ADULTS,
    ),
    question(
      'Khi báo cáo sự cố, điều nào KHÔNG nên làm?',
      [
        'Giữ nguyên thư, tin nhắn đáng ngờ để làm bằng chứng',
        'Ghi lại thời điểm xảy ra',
        'Xóa hết thư, tin nhắn liên quan cho gọn',
        'Nói rõ mình đã nhập gì, đã bấm gì',
      ],
      2,
      'Xóa bằng chứng làm khó việc xác định phạm vi sự cố và truy vết. Hãy chụp lại và để nguyên.',
    ),
    question(
      'Trong trường hợp khẩn cấp, bị đe dọa hoặc gặp nguy hiểm, có thể gọi công an qua số nào?',
      ['114', '115', '113', '111'],
      2,
      '113 là số gọi công an khi khẩn cấp. (114 là cứu hỏa, 115 là cấp cứu y tế.)',
    ),
    question(
      'Lãnh đạo đơn vị nên đối xử thế nào với người tự báo cáo việc mình lỡ bấm vào đường link lừa đảo?',
      [
        'Cảm ơn, hỗ trợ xử lý và không trách phạt, để mọi người dám báo sớm',
        'Phê bình trước toàn trường để làm gương',
        'Trừ điểm thi đua',
        'Yêu cầu người đó tự chịu mọi thiệt hại',
      ],
      0,
      'Khi báo cáo bị trừng phạt, mọi người sẽ che giấu và sự cố được phát hiện muộn hơn nhiều.',
      ADULTS,
    ),
    question(
      'Nếu trên mạng có người dọa nạt em hoặc em lỡ bấm vào đường link lạ, em nên làm gì?',
      [
        'Giữ bí mật vì sợ bị mắng',
        'Xóa hết tin nhắn',
        'Trả lời lại thật gay gắt',
        'Không xóa tin nhắn, kể ngay cho bố mẹ hoặc thầy cô',
      ],
      3,
      'Kể cho người lớn là việc đúng và dũng cảm. Tin nhắn là bằng chứng giúp người lớn xử lý.',
      STUDENTS,
    ),
    question(
      'Em thấy tài khoản mạng xã hội của mình tự đăng bài lạ mà em không đăng. Em nên làm gì?',
      [
        'Đổi mật khẩu (nhờ người lớn giúp), báo bố mẹ hoặc thầy cô và báo cho bạn bè đừng bấm vào bài đó',
        'Mặc kệ',
        'Tạo tài khoản mới và bỏ tài khoản cũ',
        'Bấm vào bài đó xem có gì',
      ],
      0,
      'Tài khoản có thể đã bị chiếm. Đổi mật khẩu để lấy lại quyền, và cảnh báo bạn bè để họ không bị lừa tiếp.',
      STUDENTS,
    ),
    question(
      'Một “trung tâm” nhắn tin hứa lấy lại tiền bị lừa nếu em nộp phí trước. Đây là gì?',
      [
        'Dịch vụ hỗ trợ đáng tin',
        'Một chiêu lừa đảo lần hai; hãy báo người lớn và cơ quan công an',
        'Cơ quan công an',
        'Ngân hàng',
      ],
      1,
      'Kẻ gian nhắm vào người vừa bị lừa. Cơ quan công an không thu phí qua tin nhắn để lấy lại tiền.',
      STUDENTS,
    ),
    question(
      'Khi đã kể cho người lớn về chuyện xấu trên mạng, em có bị xem là có lỗi không?',
      [
        'Có, vì em đã dùng mạng',
        'Có, vì em làm người lớn lo',
        'Chỉ khi em là học sinh tiểu học',
        'Không. Kể ra là việc làm đúng và giúp em được bảo vệ',
      ],
      3,
      'Người có lỗi là kẻ xấu, không phải em. Kể sớm giúp người lớn bảo vệ em và các bạn.',
      STUDENTS,
    ),
  ],
};
