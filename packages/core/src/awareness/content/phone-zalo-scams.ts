import type { SeedLesson } from '../content';
import { ADULTS, question, STUDENTS } from './question';

/** Lesson 2: scams by phone, Zalo and social networks. */
export const phoneZaloScamsLesson: SeedLesson = {
  slug: 'phone-zalo-social-scams',
  title: 'Lừa đảo qua điện thoại, Zalo và mạng xã hội',
  summary:
    'Những kịch bản mạo danh công an, giáo viên, người thu học phí hay gặp nhất; dấu hiệu nhận biết và nguyên tắc “dừng lại — kiểm tra — hỏi lại”.',
  minutes: 15,
  bodyHtml: `
<h2>Kẻ gian đóng vai người mà ta tin</h2>
<p>Phần lớn vụ lừa đảo qua điện thoại và mạng xã hội không cần kỹ thuật cao. Kẻ gian chỉ cần đóng vai một người có uy tín hoặc một người thân, rồi tạo ra tình huống khẩn cấp để nạn nhân làm theo mà không kịp kiểm tra.</p>
<h3>Mạo danh công an, cơ quan nhà nước</h3>
<p>Người gọi xưng là cán bộ công an, viện kiểm sát, tòa án, thông báo nạn nhân “liên quan đến một vụ án”, “có bưu phẩm chứa hàng cấm”, “cần xác minh định danh điện tử”. Sau đó họ đề nghị kết bạn Zalo, gửi “giấy triệu tập” là ảnh chụp, yêu cầu cài một ứng dụng qua đường link hoặc chuyển tiền vào “tài khoản tạm giữ để xác minh”. Cơ quan công an không giải quyết vụ việc qua điện thoại hay Zalo, không yêu cầu người dân chuyển tiền để “chứng minh trong sạch” và không bảo người dân cài ứng dụng qua đường link.</p>
<h3>Mạo danh giáo viên, nhà trường</h3>
<p>Kẻ gian lập tài khoản Zalo, Facebook có ảnh và tên giống giáo viên chủ nhiệm, vào nhóm lớp hoặc nhắn riêng cho phụ huynh: “Cháu bị ngã, đang cấp cứu, gia đình chuyển ngay tiền viện phí”, “Lớp thu tiền học thêm, tiền tài liệu, chuyển vào số tài khoản này”. Có kẻ gọi điện xưng là “cán bộ Sở” báo học sinh được học bổng, yêu cầu đóng phí làm hồ sơ.</p>
<h3>Mạo danh người thu học phí, các khoản thu</h3>
<p>Mã QR hoặc số tài khoản “thu học phí” được gửi vào nhóm phụ huynh hoặc dán đè lên thông báo của trường. Tiền chuyển vào tài khoản cá nhân của kẻ gian. Nhà trường thông báo các khoản thu qua kênh chính thức, tên tài khoản nhận là tên của nhà trường hoặc đơn vị thu được nhà trường công bố.</p>
<h2>Nguyên tắc: dừng lại — kiểm tra — hỏi lại</h2>
<ol>
<li><strong>Dừng lại</strong> khi thấy: chuyển tiền gấp, giữ bí mật, cài ứng dụng lạ, đọc mã OTP, gửi ảnh căn cước.</li>
<li><strong>Kiểm tra</strong> tên tài khoản nhận tiền, đường link, số điện thoại. Tài khoản cá nhân lạ là dấu hiệu rõ nhất.</li>
<li><strong>Hỏi lại</strong> qua kênh mình đã biết: gọi số của giáo viên chủ nhiệm đã lưu từ trước, gọi văn phòng trường, đến trực tiếp trụ sở công an gần nhất.</li>
</ol>
<blockquote>Không ai có quyền bắt thầy cô hay phụ huynh giữ bí mật một cuộc gọi với chính gia đình, nhà trường hay cơ quan của mình. Lời dặn “không được nói với ai” là dấu hiệu lừa đảo.</blockquote>
<h2>Giáo viên có thể giúp phụ huynh thế nào?</h2>
<ul>
<li>Thống nhất ngay từ đầu năm: nhà trường và giáo viên không bao giờ yêu cầu chuyển tiền vào tài khoản cá nhân qua tin nhắn.</li>
<li>Nhóm lớp chỉ do giáo viên quản trị; duyệt thành viên mới; ghim thông báo về kênh thu chính thức.</li>
<li>Khi thấy tài khoản giả mạo mình, báo ngay trong nhóm lớp và báo nhà trường.</li>
</ul>
`,
  bodyByAudience: {
    students_th: `
<h2>Người lạ trên điện thoại</h2>
<p>Có người xấu gọi điện hoặc nhắn tin, giả làm thầy cô, làm bạn của bố mẹ, làm chú công an. Họ có thể nói: “Bố mẹ cháu nhờ chú đến đón”, “Cho cô xin số điện thoại và địa chỉ nhà cháu”, “Cháu đọc giúp chú mấy số vừa gửi vào điện thoại mẹ”.</p>
<h3>Em hãy nhớ</h3>
<ul>
<li><strong>Không đi theo</strong> người lạ, dù họ nói được tên bố mẹ em.</li>
<li><strong>Không nói</strong> địa chỉ nhà, tên trường, số điện thoại của bố mẹ cho người lạ trên mạng.</li>
<li><strong>Không đọc</strong> mã số gửi về điện thoại của bố mẹ cho bất kỳ ai.</li>
<li><strong>Kể ngay</strong> cho bố mẹ hoặc thầy cô khi có người lạ hỏi han, dặn em giữ bí mật.</li>
</ul>
<p>Gia đình em có thể đặt một “mật khẩu gia đình” — một từ chỉ cả nhà biết. Ai đến đón mà không biết mật khẩu thì em không đi theo.</p>
`,
    students_thcs: `
<h2>Những chiêu lừa học sinh hay gặp</h2>
<ul>
<li><strong>Nạp thẻ trúng thưởng:</strong> “Nạp 200 nghìn nhận 2 triệu”, “Làm nhiệm vụ nhận quà” — nạp rồi thì mất.</li>
<li><strong>Bạn bè bị chiếm tài khoản:</strong> tài khoản của bạn em nhắn “cho mình mượn tiền gấp” hoặc “gửi mình mã vừa về điện thoại”.</li>
<li><strong>Người lạ làm quen:</strong> khen ngợi, tặng quà, rồi xin ảnh riêng tư hoặc rủ gặp mặt.</li>
<li><strong>Mạo danh công an:</strong> dọa em “liên quan vụ án”, bắt em giữ bí mật, rời khỏi nhà, thuê phòng một mình và quay video để gia đình gửi tiền. Đây là chiêu “bắt cóc trực tuyến”.</li>
</ul>
<h3>Em nên làm gì?</h3>
<ol>
<li>Không chuyển tiền, không nạp thẻ, không gửi mã OTP, không gửi ảnh riêng tư.</li>
<li>Gọi lại cho bạn bằng số điện thoại quen để hỏi trước khi làm gì.</li>
<li>Công an thật không làm việc với học sinh qua điện thoại và không bắt em giấu bố mẹ. Ai bảo em giữ bí mật với gia đình là kẻ xấu.</li>
<li>Kể ngay cho bố mẹ, thầy cô. Em không có lỗi khi bị kẻ gian nhắm tới.</li>
</ol>
`,
    students_thpt: `
<h2>Những chiêu lừa nhắm vào học sinh THPT</h2>
<ul>
<li><strong>Việc nhẹ lương cao:</strong> “cộng tác viên chốt đơn”, “làm nhiệm vụ thả tim nhận hoa hồng” — ban đầu trả vài chục nghìn, sau đó đòi nạp tiền để “nhận nhiệm vụ lớn”.</li>
<li><strong>Mạo danh công an, tòa án:</strong> dọa em liên quan vụ án, yêu cầu giữ bí mật, rời nhà, thuê phòng một mình và gọi về xin tiền gia đình — chiêu “bắt cóc trực tuyến”.</li>
<li><strong>Mượn tài khoản ngân hàng, thuê sim:</strong> trả tiền để em mở tài khoản hoặc cho mượn tài khoản. Tài khoản đó có thể bị dùng để nhận tiền lừa đảo, và người đứng tên có thể gặp rắc rối với pháp luật.</li>
<li><strong>Tài khoản bạn bè bị chiếm:</strong> nhắn vay tiền, xin mã OTP, nhờ bình chọn qua đường link.</li>
</ul>
<h3>Nguyên tắc: dừng lại — kiểm tra — hỏi lại</h3>
<ol>
<li>Dừng lại khi có yêu cầu chuyển tiền, giữ bí mật, cài ứng dụng lạ hoặc gửi ảnh căn cước.</li>
<li>Kiểm tra bằng cách gọi lại số quen; công an thật không làm việc qua Zalo và không bảo em giấu gia đình.</li>
<li>Hỏi lại bố mẹ, thầy cô trước khi làm bất cứ điều gì.</li>
</ol>
`,
    leaders: `
<h2>Kẻ gian đóng vai người mà ta tin</h2>
<p>Các vụ lừa đảo qua điện thoại và mạng xã hội phổ biến nhất đều dựa vào uy tín của người bị mạo danh: công an, cán bộ Sở, hiệu trưởng, giáo viên chủ nhiệm, người thu học phí. Khi uy tín của nhà trường bị mạo danh, phụ huynh mất tiền và niềm tin vào nhà trường cũng bị tổn hại.</p>
<h3>Những kịch bản nhắm vào nhà trường</h3>
<ul>
<li>Tài khoản Zalo giả giáo viên chủ nhiệm báo học sinh cấp cứu, yêu cầu phụ huynh chuyển viện phí.</li>
<li>“Cán bộ Sở” gọi phụ huynh báo con được học bổng, yêu cầu đóng phí hồ sơ.</li>
<li>Mã QR thu học phí giả gửi vào nhóm phụ huynh hoặc dán đè lên thông báo của trường.</li>
<li>Cuộc gọi mạo danh lãnh đạo cấp trên yêu cầu nhà trường chuyển tiền hoặc cung cấp danh sách học sinh.</li>
</ul>
<h2>Việc lãnh đạo đơn vị nên làm</h2>
<ol>
<li>Công bố rõ ràng, nhắc lại mỗi đầu năm: các khoản thu chỉ qua kênh chính thức, tên tài khoản nhận là tên đơn vị; không giáo viên nào thu tiền qua tài khoản cá nhân bằng tin nhắn.</li>
<li>Quy định nhóm lớp do giáo viên quản trị, duyệt thành viên, ghim thông báo kênh thu chính thức.</li>
<li>Không cung cấp danh sách học sinh, số điện thoại phụ huynh qua điện thoại hay Zalo cho người chưa xác minh.</li>
<li>Khi có vụ mạo danh, đăng cảnh báo ngay trên kênh của trường và báo cán bộ an toàn thông tin, cơ quan công an.</li>
</ol>
<blockquote>Lời dặn “không được nói với ai” là dấu hiệu lừa đảo. Không cơ quan nào bắt cán bộ giữ bí mật với chính đơn vị của mình.</blockquote>
`,
  },
  exercises: [
    {
      channel: 'zalo',
      from: 'Cô Nguyễn Thu Hà - GVCN 4A (tài khoản mới)',
      body: 'Chào phụ huynh bé Minh Anh. Bé bị ngã ở sân trường, đang được đưa vào viện cấp cứu. Gia đình chuyển gấp 8.500.000đ tiền tạm ứng viện phí vào STK 0123456789 - TRAN VAN BINH để bác sĩ làm thủ thuật. Cô đang bận lo cho bé nên không nghe máy được.',
      isPhish: true,
      signs: [
        'Tài khoản “mới”, không phải tài khoản Zalo cô vẫn dùng trong nhóm lớp.',
        'Yêu cầu chuyển tiền gấp vào tài khoản cá nhân mang tên người khác.',
        'Cố tình chặn việc gọi lại: “không nghe máy được”.',
        'Bệnh viện không yêu cầu phụ huynh chuyển khoản tạm ứng qua tin nhắn của giáo viên.',
      ],
    },
    {
      channel: 'sms',
      from: '0912 000 111',
      body: 'Cong an phuong thong bao: ong/ba co lien quan den vu an rua tien so 1125. Ket ban Zalo 0912000111 de nhan giay trieu tap. Khong duoc tiet lo voi nguoi khac de tranh anh huong dieu tra.',
      isPhish: true,
      signs: [
        'Công an không gửi giấy triệu tập qua Zalo.',
        'Dọa “liên quan vụ án” và bắt giữ bí mật — hai dấu hiệu điển hình.',
        'Đề nghị chuyển cuộc trao đổi sang Zalo cá nhân.',
      ],
    },
    {
      channel: 'zalo',
      from: 'Nhóm lớp 7B - tin nhắn của cô chủ nhiệm (đã ghim)',
      body: 'Kính gửi phụ huynh lớp 7B: học phí học kỳ I nộp qua tài khoản của nhà trường theo thông báo số 25/TB đã gửi về sổ liên lạc điện tử, tên tài khoản là TRUONG THCS THAI BINH. Cô không thu bất kỳ khoản nào qua tài khoản cá nhân. Phụ huynh có thắc mắc xin gọi văn phòng trường.',
      isPhish: false,
      signs: [
        'Tin nhắn ghim từ tài khoản quản trị nhóm lớp vẫn dùng lâu nay.',
        'Tên tài khoản nhận tiền là tên nhà trường, có số thông báo để đối chiếu.',
        'Không thúc giục, còn hướng dẫn gọi văn phòng trường để hỏi.',
      ],
    },
    {
      channel: 'facebook',
      from: 'Hỗ Trợ Học Phí Minh Sơn (trang mới lập)',
      body: 'THÔNG BÁO: Từ tuần này các trường trong tỉnh thu học phí bằng mã QR mới dưới đây, nộp trước ngày 30 được giảm 20%. Quét mã và chuyển khoản ngay để giữ ưu đãi!',
      isPhish: true,
      signs: [
        'Trang mới lập, không phải trang chính thức của trường hay Sở.',
        'Học phí không được “giảm 20% nếu nộp sớm” qua một mã QR trên mạng xã hội.',
        'Thúc giục chuyển khoản ngay.',
      ],
    },
    {
      channel: 'zalo',
      from: 'Tuấn Anh (bạn cùng lớp)',
      body: 'Ê, mình lỡ gửi mã xác nhận về số cậu, cậu đọc lại giúp mình 6 số vừa nhận với, gấp lắm!',
      isPhish: true,
      signs: [
        'Mã gửi về điện thoại của em là mã để đăng nhập tài khoản của chính em.',
        'Tài khoản bạn có thể đã bị chiếm; hãy gọi điện hỏi bạn trước.',
        'Thúc giục “gấp lắm”.',
      ],
    },
  ],
  questions: [
    question(
      'Một người gọi điện xưng là công an, nói bạn liên quan đến vụ án và yêu cầu chuyển tiền vào “tài khoản tạm giữ” để xác minh. Bạn nên làm gì?',
      [
        'Chuyển tiền để chứng minh mình trong sạch',
        'Cung cấp số căn cước để họ kiểm tra',
        'Từ chối, cúp máy, tự liên hệ trụ sở công an nơi cư trú nếu cần',
        'Kết bạn Zalo để nhận giấy triệu tập',
      ],
      2,
      'Cơ quan công an không giải quyết vụ việc qua điện thoại, không yêu cầu người dân chuyển tiền để “xác minh”. Nếu lo lắng, hãy tự đến hoặc gọi trụ sở công an bằng số mình tự tra được.',
    ),
    question(
      'Phụ huynh nhận tin Zalo từ một tài khoản có ảnh giáo viên chủ nhiệm báo con bị tai nạn, yêu cầu chuyển viện phí gấp. Việc đầu tiên nên làm là gì?',
      [
        'Gọi ngay cho giáo viên bằng số điện thoại đã lưu từ trước hoặc gọi văn phòng trường',
        'Chuyển tiền trước, hỏi sau',
        'Nhắn lại chính tài khoản đó để hỏi thêm',
        'Chuyển một nửa số tiền',
      ],
      0,
      'Ảnh và tên tài khoản có thể sao chép dễ dàng. Gọi lại số quen hoặc văn phòng trường sẽ biết ngay con có thật sự gặp chuyện hay không.',
      ADULTS,
    ),
    question(
      'Dấu hiệu nào rõ nhất cho thấy một yêu cầu nộp học phí là lừa đảo?',
      [
        'Thông báo có số văn bản và ngày ban hành',
        'Tài khoản nhận tiền mang tên một cá nhân lạ, gửi qua tin nhắn riêng',
        'Thông báo được gửi qua sổ liên lạc điện tử của trường',
        'Thông báo nhắc phụ huynh gọi văn phòng trường khi có thắc mắc',
      ],
      1,
      'Các khoản thu của nhà trường đi vào tài khoản mang tên đơn vị. Tài khoản cá nhân lạ gửi qua tin nhắn riêng là dấu hiệu lừa đảo rõ nhất.',
      ADULTS,
    ),
    question(
      'Lời dặn nào dưới đây trong một cuộc gọi là dấu hiệu lừa đảo điển hình?',
      [
        '“Anh/chị có thể đến trụ sở để làm việc trực tiếp”',
        '“Anh/chị hãy hỏi lại nhà trường cho chắc”',
        '“Anh/chị cứ gọi lại tổng đài chính thức để kiểm tra”',
        '“Việc này bí mật, không được nói với ai, kể cả gia đình”',
      ],
      3,
      'Kẻ gian bắt giữ bí mật để nạn nhân không hỏi được ai. Cơ quan, nhà trường thật không cấm bạn trao đổi với gia đình hay đơn vị.',
    ),
    question(
      'Người gọi xưng “cán bộ Sở GD&ĐT” báo con bạn được học bổng, yêu cầu chuyển 1.500.000đ phí hồ sơ. Bạn nên làm gì?',
      [
        'Chuyển ngay kẻo lỡ học bổng',
        'Hỏi lại nhà trường hoặc tra số điện thoại của Sở trên cổng thông tin chính thức rồi gọi hỏi',
        'Gửi ảnh giấy khai sinh của con để họ làm hồ sơ',
        'Đưa số điện thoại của phụ huynh khác để họ cùng nhận',
      ],
      1,
      'Học bổng thật được thông báo qua nhà trường, không thu phí hồ sơ qua cuộc gọi. Hãy tự tìm số điện thoại chính thức để hỏi, không dùng số người gọi cung cấp.',
      ADULTS,
    ),
    question(
      'Vì sao không nên cài ứng dụng theo đường link do người lạ gửi qua Zalo, kể cả khi họ xưng là cán bộ nhà nước?',
      [
        'Vì ứng dụng đó có thể chiếm quyền điều khiển điện thoại, đọc tin nhắn và mã OTP ngân hàng',
        'Vì ứng dụng sẽ làm điện thoại chạy chậm một chút',
        'Vì ứng dụng nhà nước chỉ chạy trên máy tính',
        'Vì cài ứng dụng tốn dung lượng 4G',
      ],
      0,
      'Ứng dụng giả có thể xin quyền trợ năng, đọc tin nhắn, điều khiển máy từ xa để rút tiền. Chỉ cài ứng dụng từ kho ứng dụng chính thức.',
      ADULTS,
    ),
    question(
      'Tài khoản Zalo của một người bạn nhắn: “Cho mình mượn 2 triệu, mai trả, đang kẹt quá”. Bạn nên làm gì?',
      [
        'Chuyển ngay vì là bạn thân',
        'Nhắn lại hỏi “có đúng là bạn không?”',
        'Gọi điện trực tiếp (gọi thường hoặc gọi video và hỏi chuyện riêng) để xác minh trước',
        'Chuyển vào số tài khoản khác tên mà người đó gửi',
      ],
      2,
      'Tài khoản bị chiếm thì kẻ gian trả lời tin nhắn thay chủ. Gọi điện qua số quen và hỏi một chuyện chỉ hai người biết là cách kiểm tra tin cậy hơn.',
    ),
    question(
      'Nhà trường nên làm gì để phụ huynh khó bị lừa bởi tài khoản giả mạo giáo viên?',
      [
        'Cho phép mọi người tự do tham gia nhóm lớp',
        'Để phụ huynh tự quyết cách nộp tiền',
        'Không nhắc gì để tránh làm phụ huynh lo lắng',
        'Thông báo từ đầu năm rằng giáo viên không thu tiền qua tài khoản cá nhân, ghim kênh thu chính thức trong nhóm lớp',
      ],
      3,
      'Một quy tắc rõ ràng, được nhắc thường xuyên, giúp phụ huynh nhận ra ngay yêu cầu bất thường.',
      ADULTS,
    ),
    question(
      'Có người lạ nhắn tin: “Chú là bạn của bố cháu, cho chú xin địa chỉ nhà và số điện thoại của mẹ nhé”. Em nên làm gì?',
      [
        'Không trả lời các thông tin đó và kể cho bố mẹ hoặc thầy cô',
        'Gửi địa chỉ vì chú biết tên bố',
        'Gửi số điện thoại của mẹ nhưng không gửi địa chỉ',
        'Hẹn chú gặp ở cổng trường',
      ],
      0,
      'Người lạ có thể biết tên bố mẹ em từ mạng xã hội. Không đưa thông tin gia đình cho người lạ; người lớn sẽ kiểm tra giúp em.',
      STUDENTS,
    ),
    question(
      'Bạn cùng lớp nhắn: “Đọc giúp mình 6 số vừa gửi về điện thoại cậu với”. Em nên làm gì?',
      [
        'Đọc ngay vì là bạn thân',
        'Chỉ đọc 3 số đầu',
        'Không đọc mã, gọi điện hỏi bạn và báo người lớn nếu thấy lạ',
        'Chụp màn hình tin nhắn có mã gửi cho bạn',
      ],
      2,
      'Mã gửi về điện thoại của em là chìa khóa tài khoản của em. Tài khoản của bạn có thể đã bị kẻ gian chiếm để lừa tiếp.',
      STUDENTS,
    ),
    question(
      'Một người xưng là công an gọi cho em, nói em liên quan vụ án, bắt em giữ bí mật với bố mẹ và đến ở một mình tại nhà nghỉ. Em nên làm gì?',
      [
        'Làm theo vì sợ bị bắt',
        'Cúp máy, không đi đâu cả và kể ngay cho bố mẹ hoặc thầy cô',
        'Đi nhưng mang theo bạn',
        'Chuyển tiền tiết kiệm cho họ để xong chuyện',
      ],
      1,
      'Đây là chiêu “bắt cóc trực tuyến”: kẻ gian cô lập em để đòi tiền gia đình. Công an thật không làm việc với học sinh qua điện thoại và không bắt em giấu gia đình.',
      STUDENTS,
    ),
    question(
      'Một trang mạng hứa: “Nạp 100 nghìn tiền thẻ, nhận ngay 1 triệu”. Đây là gì?',
      [
        'Chương trình khuyến mãi bình thường',
        'Cơ hội kiếm tiền nhanh',
        'Một trò chơi may rủi vô hại',
        'Chiêu lừa: nạp rồi sẽ mất tiền, không nhận được gì',
      ],
      3,
      'Không ai cho không gấp mười lần số tiền em nạp. Đây là chiêu lừa rất phổ biến nhắm vào học sinh.',
      STUDENTS,
    ),
    question(
      'Có người trả tiền để em mở hoặc cho mượn tài khoản ngân hàng đứng tên em. Vì sao phải từ chối?',
      [
        'Vì tài khoản có thể bị dùng để nhận tiền lừa đảo, và người đứng tên có thể phải chịu trách nhiệm',
        'Vì ngân hàng thu phí duy trì tài khoản',
        'Vì tiền trả quá ít',
        'Vì mở tài khoản mất thời gian',
      ],
      0,
      'Kẻ gian cần tài khoản của người khác để nhận và chuyển tiền lừa đảo. Người cho mượn tài khoản có thể bị điều tra và gặp rắc rối pháp lý.',
      ['students_thcs', 'students_thpt'],
    ),
    question(
      'Một người quen qua mạng hay khen em, tặng thẻ game, rồi rủ em đi gặp riêng và dặn đừng kể với ai. Em nên làm gì?',
      [
        'Đi gặp vì người đó rất tốt với em',
        'Đi gặp nhưng không nói với bố mẹ',
        'Không đi, không giữ bí mật và kể ngay cho bố mẹ hoặc thầy cô',
        'Gửi ảnh của mình để người đó nhận ra em',
      ],
      2,
      'Tặng quà, khen ngợi rồi dặn giữ bí mật là cách kẻ xấu làm quen để lợi dụng trẻ em. Người tốt không bao giờ bảo em giấu bố mẹ.',
      STUDENTS,
    ),
  ],
};
