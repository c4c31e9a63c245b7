import type { SeedLesson } from '../content';
import { ADULTS, question, STUDENTS } from './question';

/** Lesson 6: personal devices and public Wi-Fi. */
export const devicesWifiLesson: SeedLesson = {
  slug: 'personal-devices-public-wifi',
  title: 'An toàn cho điện thoại, máy tính cá nhân và khi dùng Wi-Fi công cộng',
  summary:
    'Khóa màn hình, cập nhật phần mềm, chỉ cài ứng dụng từ kho chính thức, cẩn thận với USB lạ, và những điều cần tránh khi kết nối Wi-Fi ở quán cà phê, nhà ga.',
  minutes: 12,
  bodyHtml: `
<h2>Thiết bị cá nhân cũng là “cửa vào” của đơn vị</h2>
<p>Nhiều thầy cô đọc thư công vụ, nhắn nhóm lớp, mở hệ thống quản lý học sinh ngay trên điện thoại và máy tính cá nhân. Nếu thiết bị bị nhiễm mã độc hoặc bị mất mà không khóa, kẻ gian có thể vào được cả những tài khoản đó.</p>
<h2>Năm việc nên làm ngay</h2>
<ol>
<li><strong>Khóa màn hình</strong> bằng mã PIN từ 6 số trở lên, vân tay hoặc khuôn mặt; đặt tự khóa sau 1–2 phút.</li>
<li><strong>Cập nhật</strong> hệ điều hành, trình duyệt và ứng dụng khi có bản mới — bản cập nhật vá các lỗ hổng mà kẻ gian đang khai thác.</li>
<li><strong>Chỉ cài ứng dụng từ kho chính thức</strong> (CH Play, App Store). Không cài tệp .apk được gửi qua Zalo, tin nhắn, kể cả khi người gửi xưng là cơ quan nhà nước, ngân hàng, điện lực.</li>
<li><strong>Xem kỹ quyền ứng dụng xin</strong>: ứng dụng đèn pin không cần đọc tin nhắn; không cấp quyền “trợ năng” cho ứng dụng lạ vì quyền này cho phép điều khiển cả máy.</li>
<li><strong>Sao lưu</strong> dữ liệu quan trọng và bật tính năng tìm, khóa, xóa thiết bị từ xa.</li>
</ol>
<h2>USB và máy tính dùng chung</h2>
<ul>
<li>Không cắm USB nhặt được hoặc không rõ nguồn gốc vào máy tính của đơn vị.</li>
<li>Quét mã độc USB trước khi mở tệp; không chạy tệp lạ trong USB.</li>
<li>Máy tính ở phòng máy, phòng hội đồng: không lưu mật khẩu, luôn đăng xuất, không để tệp dữ liệu học sinh trên màn hình.</li>
<li>Rời chỗ ngồi thì khóa máy (phím Windows + L).</li>
</ul>
<h2>Wi-Fi công cộng</h2>
<p>Wi-Fi ở quán cà phê, nhà ga, khách sạn thường không an toàn: người khác trong cùng mạng có thể theo dõi, hoặc kẻ gian lập một mạng Wi-Fi giả trùng tên để người dùng tự kết nối vào.</p>
<ul>
<li>Hỏi nhân viên tên mạng chính xác; cảnh giác với mạng trùng tên hoặc không cần mật khẩu.</li>
<li>Không đăng nhập hệ thống quản lý, ngân hàng, không nhập mật khẩu quan trọng khi dùng Wi-Fi công cộng; dùng 4G/5G của mình sẽ an toàn hơn.</li>
<li>Nếu trang đăng nhập Wi-Fi đòi mật khẩu thư điện tử, số căn cước hay tải ứng dụng: không làm theo.</li>
<li>Tắt chế độ tự động kết nối Wi-Fi lạ; xóa mạng công cộng khỏi danh sách đã lưu sau khi dùng.</li>
</ul>
<h2>Khi mất điện thoại hoặc máy tính</h2>
<p>Khóa và xóa thiết bị từ xa nếu có thể; đổi mật khẩu thư công vụ và các tài khoản quan trọng; báo nhà mạng khóa sim nếu cần; <strong>báo cán bộ an toàn thông tin</strong> nếu máy có dữ liệu của đơn vị hoặc học sinh.</p>
`,
  bodyByAudience: {
    students_th: `
<h2>Giữ điện thoại, máy tính bảng an toàn</h2>
<ul>
<li>Đặt <strong>mật khẩu màn hình</strong> và không cho người lạ mượn máy.</li>
<li><strong>Chỉ cài trò chơi, ứng dụng khi bố mẹ đồng ý</strong>, và chỉ từ kho ứng dụng chính thức.</li>
<li>Nếu máy hiện thông báo lạ như “Máy của bạn bị nhiễm virus, bấm vào đây”, em <strong>không bấm</strong> mà đưa máy cho bố mẹ, thầy cô xem.</li>
<li>Không cắm vào máy tính những chiếc USB em nhặt được.</li>
<li>Dùng máy ở phòng máy của trường xong thì nhớ đăng xuất.</li>
</ul>
`,
    students_thcs: `
<h2>Điện thoại của em cần được bảo vệ</h2>
<ul>
<li><strong>Khóa màn hình</strong> bằng mã PIN, vân tay hoặc khuôn mặt.</li>
<li><strong>Cập nhật</strong> ứng dụng và hệ điều hành khi có bản mới.</li>
<li><strong>Chỉ cài ứng dụng từ kho chính thức.</strong> Các bản game “mod”, “hack” miễn phí tải từ đường link lạ rất hay chứa mã độc đánh cắp tài khoản.</li>
<li>Ứng dụng xin quyền lạ (đọc tin nhắn, điều khiển máy) thì không cấp, hỏi bố mẹ.</li>
</ul>
<h3>Wi-Fi miễn phí</h3>
<p>Wi-Fi miễn phí ở quán, nhà ga có thể là mạng giả do kẻ gian lập ra. Khi dùng, em không đăng nhập tài khoản quan trọng và không nhập mật khẩu. Trang kết nối Wi-Fi bắt nhập mật khẩu mạng xã hội là trang lừa đảo.</p>
`,
    students_thpt: `
<h2>Thiết bị cá nhân và Wi-Fi công cộng</h2>
<ul>
<li>Khóa màn hình, bật tự khóa; bật tính năng tìm và xóa máy từ xa.</li>
<li>Cập nhật hệ điều hành và ứng dụng; bản cập nhật vá những lỗ hổng đang bị khai thác.</li>
<li>Chỉ cài ứng dụng từ kho chính thức; ứng dụng “mod”, tệp .apk gửi qua tin nhắn thường chứa mã độc. Không cấp quyền trợ năng, đọc tin nhắn cho ứng dụng lạ.</li>
<li>Không cắm USB lạ; quét mã độc trước khi mở tệp.</li>
</ul>
<h3>Wi-Fi công cộng</h3>
<ul>
<li>Kẻ gian có thể lập mạng Wi-Fi trùng tên quán để theo dõi người dùng.</li>
<li>Không đăng nhập ngân hàng, thư điện tử quan trọng khi dùng Wi-Fi lạ; dùng 4G/5G của mình an toàn hơn.</li>
<li>Trang đăng nhập Wi-Fi đòi mật khẩu mạng xã hội, số căn cước hay bắt cài ứng dụng: thoát ra ngay.</li>
<li>Tắt tự động kết nối Wi-Fi lạ.</li>
</ul>
`,
  },
  exercises: [
    {
      channel: 'zalo',
      from: 'Điện lực Minh Sơn CSKH (tài khoản cá nhân)',
      body: 'Hóa đơn tiền điện của quý khách chưa thanh toán, sẽ cắt điện trong hôm nay. Vui lòng cài ứng dụng thanh toán tại tệp DienLuc_MinhSon.apk đính kèm để được hỗ trợ.',
      isPhish: true,
      signs: [
        'Doanh nghiệp thật không gửi tệp .apk qua Zalo cá nhân.',
        'Đe dọa cắt điện ngay trong ngày.',
        'Ứng dụng cài ngoài kho chính thức có thể chiếm quyền điều khiển điện thoại.',
      ],
    },
    {
      channel: 'web',
      from: 'Wi-Fi “CaPhe_PhoNui_Free” (không mật khẩu)',
      subject: 'Trang kết nối Wi-Fi miễn phí',
      body: 'Để truy cập Internet miễn phí, vui lòng đăng nhập bằng tài khoản mạng xã hội của bạn (tên đăng nhập và mật khẩu) hoặc tải ứng dụng hỗ trợ kết nối.',
      isPhish: true,
      signs: [
        'Trang Wi-Fi đòi mật khẩu mạng xã hội là dấu hiệu lừa đảo.',
        'Mạng không mật khẩu, tên có chữ “Free” dễ là mạng giả.',
        'Bắt tải ứng dụng lạ để dùng Wi-Fi.',
      ],
    },
    {
      channel: 'web',
      from: 'Cửa sổ bật lên khi đang xem phim trên mạng',
      subject: 'CẢNH BÁO: Điện thoại của bạn bị nhiễm 3 virus!',
      body: 'Pin của bạn đang bị hỏng do virus. Bấm “Quét ngay” và cài ứng dụng dọn dẹp để bảo vệ dữ liệu trong 60 giây!',
      isPhish: true,
      signs: [
        'Trang web không thể quét virus trên điện thoại của em.',
        'Đếm ngược 60 giây để gây hoảng sợ.',
        'Mục đích là dụ cài ứng dụng lạ.',
      ],
    },
    {
      channel: 'sms',
      from: 'Thông báo của điện thoại',
      subject: 'Cập nhật hệ thống',
      body: 'Trong mục Cài đặt của điện thoại có thông báo: “Đã có bản cập nhật phần mềm mới. Tải về và cài đặt khi kết nối Wi-Fi ở nhà.”',
      isPhish: false,
      signs: [
        'Thông báo nằm trong mục Cài đặt của chính điện thoại, không đến từ tin nhắn hay đường link.',
        'Không thúc giục, không xin mật khẩu.',
        'Cập nhật phần mềm giúp vá lỗ hổng: nên cài.',
      ],
    },
  ],
  questions: [
    question(
      'Vì sao nên cập nhật hệ điều hành và ứng dụng khi có bản mới?',
      [
        'Để có hình nền đẹp hơn',
        'Để máy nặng hơn',
        'Vì bản cập nhật vá các lỗ hổng bảo mật mà kẻ gian có thể khai thác',
        'Vì nhà sản xuất bắt buộc phải cập nhật mới dùng được',
      ],
      2,
      'Lỗ hổng đã công bố bị kẻ gian khai thác rất nhanh. Cập nhật sớm là cách đóng cánh cửa đó.',
    ),
    question(
      'Người lạ qua Zalo gửi tệp .apk, nói là “ứng dụng dịch vụ công mới” và đề nghị cài ngay. Bạn nên làm gì?',
      [
        'Không cài; chỉ cài ứng dụng từ kho ứng dụng chính thức',
        'Cài thử rồi gỡ nếu thấy lạ',
        'Cài nhưng không cấp quyền gì',
        'Gửi cho người thân cài trước',
      ],
      0,
      'Ứng dụng cài từ tệp lạ có thể chiếm quyền điều khiển máy, đọc tin nhắn, mã OTP. Cơ quan nhà nước không gửi ứng dụng qua Zalo cá nhân.',
    ),
    question(
      'Khi ngồi ở quán cà phê, dùng Wi-Fi miễn phí, việc nào nên tránh?',
      [
        'Đọc tin tức',
        'Xem bản đồ',
        'Nghe nhạc',
        'Đăng nhập tài khoản ngân hàng hoặc hệ thống quản lý học sinh',
      ],
      3,
      'Wi-Fi công cộng có thể bị theo dõi hoặc là mạng giả. Việc quan trọng nên làm bằng 4G/5G của mình hoặc để lúc về mạng tin cậy.',
    ),
    question(
      'Một trang kết nối Wi-Fi miễn phí yêu cầu nhập mật khẩu mạng xã hội. Đây là dấu hiệu gì?',
      [
        'Quy trình bình thường của mọi quán',
        'Dấu hiệu của trang lừa đảo lấy mật khẩu',
        'Cách để Wi-Fi nhanh hơn',
        'Yêu cầu của nhà mạng',
      ],
      1,
      'Không lý do gì để dùng Wi-Fi lại cần mật khẩu mạng xã hội của bạn. Thoát ra và dùng mạng khác.',
    ),
    question(
      'Một ứng dụng đèn pin xin quyền đọc tin nhắn và quyền trợ năng. Bạn nên làm gì?',
      [
        'Cấp quyền vì ứng dụng cần mới chạy được',
        'Cấp quyền đọc tin nhắn nhưng không cấp quyền trợ năng',
        'Không cấp quyền và gỡ ứng dụng; quyền xin không khớp với chức năng',
        'Khởi động lại máy rồi cấp quyền',
      ],
      2,
      'Quyền trợ năng cho phép điều khiển cả điện thoại; quyền đọc tin nhắn cho phép đọc mã OTP. Ứng dụng đèn pin không cần những quyền đó.',
    ),
    question(
      'Thầy/cô nhặt được một chiếc USB trong sân trường, trên có nhãn “Đề thi học kỳ”. Nên làm gì?',
      [
        'Cắm vào máy tính của trường để xem là của ai',
        'Không cắm vào máy; nộp cho bộ phận phụ trách hoặc cán bộ an toàn thông tin',
        'Cắm vào máy ở nhà cho an toàn',
        'Mở thử một tệp để kiểm tra',
      ],
      1,
      'USB để “quên” là một cách phát tán mã độc có chủ đích. Nhãn hấp dẫn là mồi nhử. Đưa cho người phụ trách xử lý trên máy riêng biệt.',
      ADULTS,
    ),
    question(
      'Thầy/cô bị mất điện thoại có cài ứng dụng thư công vụ và nhóm Zalo của lớp. Việc nào cần làm trước?',
      [
        'Chờ xem có ai gọi trả lại không',
        'Mua điện thoại mới rồi tính sau',
        'Đăng lên mạng xã hội nhờ tìm',
        'Khóa và xóa máy từ xa nếu có thể, đổi mật khẩu các tài khoản quan trọng và báo cán bộ an toàn thông tin',
      ],
      3,
      'Điện thoại mất mà không khóa là cửa vào hộp thư công vụ và dữ liệu học sinh. Hành động sớm hạn chế thiệt hại.',
      ADULTS,
    ),
    question(
      'Rời khỏi máy tính ở phòng hội đồng trong vài phút, thầy/cô nên làm gì?',
      [
        'Khóa màn hình (ví dụ phím Windows + L)',
        'Để nguyên vì chỉ đi một lát',
        'Tắt màn hình bằng nút nguồn của màn hình',
        'Nhờ đồng nghiệp trông giúp',
      ],
      0,
      'Chỉ cần vài giây để người khác xem hoặc sửa dữ liệu dưới tên của thầy/cô. Khóa máy là thói quen rẻ nhất mà hiệu quả.',
      ADULTS,
    ),
    question(
      'Điện thoại hiện thông báo “Máy của bạn bị nhiễm virus, bấm vào đây để quét”. Em nên làm gì?',
      [
        'Bấm ngay để quét',
        'Cài ứng dụng mà thông báo giới thiệu',
        'Không bấm, thoát trang đó và hỏi bố mẹ hoặc thầy cô',
        'Gửi ảnh chụp thông báo cho bạn bè',
      ],
      2,
      'Đây là quảng cáo lừa để em cài ứng dụng lạ. Trang web không thể biết máy em có virus hay không.',
      STUDENTS,
    ),
    question(
      'Em muốn cài một trò chơi mới. Cách nào an toàn?',
      [
        'Tải bản “mod” miễn phí từ đường link bạn gửi',
        'Hỏi bố mẹ và chỉ cài từ kho ứng dụng chính thức',
        'Tải tệp cài đặt từ một trang web lạ',
        'Cài mọi ứng dụng mà quảng cáo giới thiệu',
      ],
      1,
      'Bản “mod”, tệp tải từ trang lạ thường chứa mã độc đánh cắp tài khoản. Kho ứng dụng chính thức có kiểm duyệt, an toàn hơn nhiều.',
      STUDENTS,
    ),
    question(
      'Em nhặt được một chiếc USB ở lớp. Em nên làm gì?',
      [
        'Đưa cho thầy cô, không cắm vào máy tính',
        'Cắm vào máy tính ở phòng máy xem bên trong có gì',
        'Cắm vào máy ở nhà',
        'Giữ lại dùng',
      ],
      0,
      'USB lạ có thể chứa mã độc. Thầy cô sẽ tìm người đánh rơi mà không làm hại máy tính.',
      STUDENTS,
    ),
    question(
      'Tại sao nên đặt mật khẩu hoặc vân tay để khóa màn hình điện thoại?',
      [
        'Để điện thoại đỡ hao pin',
        'Để ảnh chụp đẹp hơn',
        'Để điện thoại chạy nhanh hơn',
        'Để nếu bị mất hay có người cầm lên, họ không xem được tin nhắn, ảnh và tài khoản của em',
      ],
      3,
      'Khóa màn hình là lớp bảo vệ đầu tiên khi điện thoại rời khỏi tay em.',
      STUDENTS,
    ),
  ],
};
