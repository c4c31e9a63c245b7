import type { SeedLesson } from '../content';
import { ADULTS, question, STUDENTS } from './question';

/** Lesson 3: AI deepfake voice and video. */
export const deepfakeLesson: SeedLesson = {
  slug: 'ai-deepfake-voice-video',
  title: 'Giọng nói và video giả mạo bằng trí tuệ nhân tạo (deepfake)',
  summary:
    'Trí tuệ nhân tạo có thể bắt chước giọng nói, khuôn mặt của người thân, lãnh đạo. Bài học giúp nhận biết cuộc gọi video giả và cách xác minh trước khi làm theo.',
  minutes: 12,
  bodyHtml: `
<h2>Deepfake là gì?</h2>
<p>Deepfake là âm thanh, hình ảnh hoặc video được tạo ra bằng trí tuệ nhân tạo (AI) để trông và nghe như một người thật. Chỉ với vài đoạn video, ghi âm đăng công khai trên mạng xã hội, kẻ gian có thể tạo ra giọng nói giống người thân, hoặc một cuộc gọi video có khuôn mặt của đồng nghiệp, lãnh đạo.</p>
<h2>Kịch bản thường gặp</h2>
<ul>
<li><strong>Cuộc gọi video vay tiền:</strong> tài khoản của người thân gọi video vài giây, hình mờ, rồi báo “mạng yếu” và nhắn tin xin chuyển tiền gấp.</li>
<li><strong>Giọng nói của lãnh đạo:</strong> một cuộc gọi có giọng giống hiệt thủ trưởng, yêu cầu kế toán chuyển tiền hoặc gửi tài liệu mật.</li>
<li><strong>Video giả người nổi tiếng:</strong> quảng cáo đầu tư, thuốc chữa bệnh, khóa học “cam kết đỗ” dùng khuôn mặt và giọng nói của người có uy tín.</li>
<li><strong>Ảnh ghép bôi nhọ, tống tiền:</strong> ghép mặt một người vào ảnh, video nhạy cảm rồi đe dọa phát tán.</li>
</ul>
<h2>Dấu hiệu đáng ngờ</h2>
<ul>
<li>Cuộc gọi rất ngắn, hình ảnh mờ, chập chờn; người gọi né tránh quay nghiêng hoặc đưa tay qua mặt.</li>
<li>Khẩu hình không khớp lời nói, ánh mắt ít chớp, da mặt mịn bất thường, viền tóc và tai nhòe.</li>
<li>Giọng đều đều, thiếu cảm xúc, hoặc ngắt quãng lạ.</li>
<li>Và quan trọng nhất: <strong>yêu cầu bất thường</strong> — chuyển tiền, gửi mã OTP, gửi tài liệu — kèm lý do gấp và lời dặn giữ bí mật.</li>
</ul>
<p>Công nghệ ngày càng tinh vi, có khi mắt thường không nhận ra. Vì vậy đừng dựa vào việc “nhìn thấy mặt, nghe thấy giọng”; hãy dựa vào <strong>việc xác minh</strong>.</p>
<h2>Cách xác minh</h2>
<ol>
<li>Cúp máy và <strong>tự gọi lại</strong> vào số điện thoại đã lưu từ trước.</li>
<li>Hỏi một câu mà chỉ người thật biết, hoặc dùng “mật khẩu gia đình” đã thống nhất.</li>
<li>Với yêu cầu chuyển tiền trong cơ quan: luôn theo đúng quy trình, có văn bản và người thứ hai xác nhận.</li>
<li>Hạn chế đăng công khai video, ghi âm giọng nói dài của bản thân và học sinh.</li>
</ol>
`,
  bodyByAudience: {
    students_th: `
<h2>Máy tính có thể bắt chước giọng nói</h2>
<p>Ngày nay, máy tính có thể nói giống hệt giọng của một người, thậm chí tạo ra video có khuôn mặt của người đó. Kẻ xấu dùng cách này để giả làm bố mẹ, ông bà, thầy cô.</p>
<h3>Em hãy nhớ</h3>
<ul>
<li>Nếu có người gọi, giọng giống bố mẹ, nhưng bảo em làm điều lạ (đi theo người lạ, đọc mã số, mở cửa cho người lạ), em hãy <strong>cúp máy và gọi lại</strong> cho bố mẹ bằng số quen.</li>
<li>Cả nhà nên có một <strong>mật khẩu gia đình</strong>. Khi nghi ngờ, em hỏi mật khẩu đó.</li>
<li>Không gửi ảnh, video của mình cho người lạ.</li>
</ul>
`,
    students_thcs: `
<h2>Deepfake: khi nhìn thấy chưa chắc là thật</h2>
<p>Trí tuệ nhân tạo (AI) có thể tạo giọng nói, video giống hệt một người thật. Kẻ gian dùng nó để giả làm người thân gọi video vay tiền, hoặc ghép mặt học sinh vào ảnh xấu rồi dọa nạt, tống tiền.</p>
<h3>Dấu hiệu đáng ngờ</h3>
<ul>
<li>Cuộc gọi video rất ngắn, hình mờ, người gọi báo “mạng yếu” rồi chuyển sang nhắn tin.</li>
<li>Khẩu hình không khớp lời nói, khuôn mặt mịn bất thường.</li>
<li>Yêu cầu chuyển tiền, gửi mã, giữ bí mật.</li>
</ul>
<h3>Em nên làm gì?</h3>
<ol>
<li>Cúp máy và gọi lại số quen của người đó.</li>
<li>Không tạo, không chia sẻ ảnh, video ghép mặt bạn bè — kể cả “cho vui”. Việc đó làm tổn thương bạn và có thể vi phạm pháp luật.</li>
<li>Nếu bị ai dọa phát tán ảnh ghép của em: không chuyển tiền, không gửi thêm ảnh, chụp lại bằng chứng và kể ngay cho bố mẹ, thầy cô. Em không có lỗi.</li>
</ol>
`,
    students_thpt: `
<h2>Deepfake: khi nhìn thấy chưa chắc là thật</h2>
<p>Chỉ từ vài video đăng trên mạng xã hội, AI có thể tạo ra giọng nói và khuôn mặt giống một người thật. Kẻ gian dùng deepfake để gọi video vay tiền, quảng cáo lừa đảo bằng khuôn mặt người nổi tiếng, hoặc ghép ảnh nhạy cảm để bôi nhọ, tống tiền.</p>
<h3>Dấu hiệu và cách xác minh</h3>
<ul>
<li>Cuộc gọi ngắn, hình mờ, khẩu hình lệch, né quay nghiêng; kèm yêu cầu chuyển tiền gấp và giữ bí mật.</li>
<li>Đừng tin vào việc “thấy mặt, nghe giọng”: cúp máy, gọi lại số quen, hỏi chuyện chỉ người thật biết.</li>
<li>Video người nổi tiếng hứa lợi nhuận, “cam kết đỗ” là quảng cáo giả: kiểm tra trên kênh chính thức của họ.</li>
</ul>
<h3>Trách nhiệm của chính em</h3>
<ul>
<li>Không tạo, không chia sẻ ảnh, video ghép mặt người khác. Điều đó gây tổn thương thật và có thể vi phạm pháp luật.</li>
<li>Nếu bị đe dọa bằng ảnh ghép: không trả tiền, không thương lượng, lưu bằng chứng, báo gia đình, nhà trường và cơ quan công an.</li>
<li>Cân nhắc trước khi đăng video dài, ghi âm giọng nói của mình ở chế độ công khai.</li>
</ul>
`,
    leaders: `
<h2>Deepfake nhắm vào lãnh đạo và tài chính của đơn vị</h2>
<p>Chỉ từ các video phát biểu, họp trực tuyến đăng công khai, kẻ gian có thể tạo giọng nói và hình ảnh của lãnh đạo. Những cuộc gọi “của thủ trưởng” yêu cầu chuyển tiền, gửi danh sách, tài liệu đã xảy ra ở nhiều nơi trên thế giới.</p>
<h2>Dấu hiệu đáng ngờ</h2>
<ul>
<li>Cuộc gọi ngắn, hình mờ, “mạng yếu”, nhanh chóng chuyển sang nhắn tin.</li>
<li>Khẩu hình lệch, giọng đều, thiếu cảm xúc.</li>
<li>Yêu cầu bất thường, gấp, kèm lời dặn giữ bí mật hoặc bỏ qua quy trình.</li>
</ul>
<h2>Biện pháp ở cấp đơn vị</h2>
<ol>
<li>Quy định rõ: không khoản chi, không tài liệu mật nào được xử lý chỉ dựa trên một cuộc gọi hay tin nhắn, dù giọng nói, khuôn mặt giống lãnh đạo.</li>
<li>Mọi yêu cầu như vậy phải được xác minh bằng cách gọi lại số đã biết, và có người thứ hai xác nhận.</li>
<li>Chính lãnh đạo làm gương: không bao giờ ra lệnh “bỏ qua quy trình vì gấp”.</li>
<li>Xem xét việc đăng công khai video dài của lãnh đạo, giáo viên và học sinh; chỉ đăng khi cần và có sự đồng ý.</li>
</ol>
`,
  },
  exercises: [
    {
      channel: 'zalo',
      from: 'Mẹ (cuộc gọi video 5 giây, hình mờ)',
      body: 'Sau cuộc gọi video chập chờn, tài khoản nhắn: “Mẹ đang ở viện với bà, điện thoại sắp hết pin, con chuyển giúp mẹ 5 triệu vào số tài khoản này nhé, đừng gọi lại vì mẹ không nghe được”.',
      isPhish: true,
      signs: [
        'Cuộc gọi video cực ngắn, hình mờ, rồi chuyển sang nhắn tin.',
        'Yêu cầu chuyển tiền vào một số tài khoản lạ.',
        'Chặn việc gọi lại: “đừng gọi lại”.',
      ],
    },
    {
      channel: 'facebook',
      from: 'Video quảng cáo được tài trợ',
      body: 'Video có khuôn mặt và giọng nói giống một nhà giáo nổi tiếng: “Khóa luyện thi cam kết đỗ 100%, chỉ còn 20 suất, chuyển khoản giữ chỗ ngay hôm nay”.',
      isPhish: true,
      signs: [
        'Lời hứa “cam kết đỗ 100%” phi thực tế.',
        'Khuôn mặt, giọng nói người nổi tiếng có thể bị ghép bằng AI.',
        'Thúc giục chuyển khoản “ngay hôm nay”.',
      ],
    },
    {
      channel: 'zalo',
      from: 'Bố (gọi thoại từ số đã lưu)',
      body: 'Bố gọi từ số quen: “Chiều nay bố đón con muộn 30 phút, con chờ ở phòng bảo vệ nhé. Nếu cần gì con gọi cho mẹ.” Bố nói đúng mật khẩu gia đình khi con hỏi.',
      isPhish: false,
      signs: [
        'Cuộc gọi từ số đã lưu từ trước.',
        'Không có yêu cầu chuyển tiền, không bảo giữ bí mật, còn khuyên gọi cho mẹ.',
        'Người gọi trả lời đúng mật khẩu gia đình.',
      ],
    },
    {
      channel: 'sms',
      from: '0388 000 222',
      body: 'Toi co anh ghep cua ban. Neu khong chuyen 3 trieu trong 2 gio toi se gui cho ca lop va gia dinh ban.',
      isPhish: true,
      signs: [
        'Đe dọa tống tiền bằng ảnh ghép — trả tiền không làm kẻ gian dừng lại.',
        'Đặt thời hạn gấp để gây hoảng sợ.',
        'Cách đúng: không trả lời, lưu bằng chứng, báo người lớn và cơ quan công an.',
      ],
    },
  ],
  questions: [
    question(
      'Deepfake là gì?',
      [
        'Một loại virus máy tính làm hỏng ổ cứng',
        'Âm thanh, hình ảnh hoặc video do trí tuệ nhân tạo tạo ra để trông và nghe như người thật',
        'Một ứng dụng chỉnh ảnh cho đẹp hơn',
        'Tên một mạng xã hội mới',
      ],
      1,
      'Deepfake dùng AI để bắt chước khuôn mặt, giọng nói của một người. Kẻ gian lợi dụng để mạo danh người thân, lãnh đạo, người nổi tiếng.',
    ),
    question(
      'Tài khoản của người thân gọi video vài giây, hình mờ, rồi nhắn xin chuyển tiền gấp vì “mạng yếu”. Bạn nên làm gì?',
      [
        'Chuyển ngay vì đã nhìn thấy mặt',
        'Gọi video lại qua chính tài khoản đó',
        'Chuyển một ít trước để thử',
        'Cúp máy và gọi lại số điện thoại đã lưu, hỏi chuyện chỉ người thật biết',
      ],
      3,
      'Khuôn mặt và giọng nói có thể bị làm giả. Gọi lại qua số quen, ngoài kênh kẻ gian đang kiểm soát, là cách xác minh đáng tin cậy.',
    ),
    question(
      'Dấu hiệu nào có thể cho thấy một cuộc gọi video là deepfake?',
      [
        'Khẩu hình không khớp lời nói, hình chập chờn, người gọi né quay nghiêng',
        'Người gọi mặc áo quen thuộc',
        'Cuộc gọi diễn ra vào buổi tối',
        'Người gọi gọi đúng tên mình',
      ],
      0,
      'Khẩu hình lệch, hình ảnh chập chờn, né tránh chuyển động là những dấu hiệu kỹ thuật. Tuy vậy công nghệ ngày càng tốt hơn, nên luôn xác minh khi có yêu cầu bất thường.',
    ),
    question(
      'Vì sao không nên chỉ dựa vào việc “nhìn thấy mặt, nghe thấy giọng” để tin một cuộc gọi?',
      [
        'Vì điện thoại hay bị lỗi âm thanh',
        'Vì AI có thể tạo giọng nói và khuôn mặt giống người thật mà mắt thường khó nhận ra',
        'Vì người thân hay đổi giọng',
        'Vì gọi video tốn nhiều dung lượng',
      ],
      1,
      'Deepfake ngày càng khó phân biệt bằng mắt. Thứ đáng tin là việc xác minh qua kênh khác, không phải hình ảnh trên màn hình.',
    ),
    question(
      '“Mật khẩu gia đình” dùng để làm gì?',
      [
        'Để đăng nhập mạng Wi-Fi ở nhà',
        'Để mở khóa điện thoại của bố mẹ',
        'Là một từ bí mật cả nhà thống nhất, dùng để kiểm tra người gọi có đúng là người thân không',
        'Để đặt cho tài khoản ngân hàng',
      ],
      2,
      'Kẻ gian có thể giả giọng, giả mặt nhưng không biết từ bí mật mà cả nhà đã thống nhất riêng với nhau.',
    ),
    question(
      'Kế toán nhận cuộc gọi có giọng giống hệt hiệu trưởng yêu cầu chuyển gấp một khoản tiền, không cần chứng từ. Kế toán nên làm gì?',
      [
        'Chuyển ngay vì đúng giọng hiệu trưởng',
        'Chuyển rồi bổ sung chứng từ sau',
        'Hỏi người gọi vài câu về công việc rồi chuyển',
        'Tự gọi lại hiệu trưởng qua số đã biết và làm đúng quy trình chi, có người thứ hai xác nhận',
      ],
      3,
      'Giọng nói có thể bị làm giả, kẻ gian cũng có thể biết nhiều chuyện công việc. Quy trình chi và việc gọi lại qua số đã biết bảo vệ cả kế toán lẫn đơn vị.',
      ADULTS,
    ),
    question(
      'Lãnh đạo đơn vị có thể làm gì để giảm rủi ro deepfake?',
      [
        'Quy định không khoản chi hay tài liệu mật nào được xử lý chỉ dựa trên một cuộc gọi, tin nhắn',
        'Yêu cầu mọi người bật camera khi gọi',
        'Cấm dùng điện thoại trong cơ quan',
        'Chỉ dùng một ứng dụng gọi điện duy nhất',
      ],
      0,
      'Deepfake thắng khi một cuộc gọi đủ để chuyển tiền. Một quy trình xác minh bắt buộc làm cho cuộc gọi giả mất tác dụng.',
      ADULTS,
    ),
    question(
      'Một quảng cáo có video của người nổi tiếng giới thiệu khoản đầu tư “lãi 30% mỗi tháng”. Bạn nên nghĩ gì?',
      [
        'Người nổi tiếng giới thiệu thì đáng tin',
        'Nên đầu tư thử số tiền nhỏ',
        'Có thể là video ghép bằng AI; lời hứa lợi nhuận phi thực tế là dấu hiệu lừa đảo',
        'Chia sẻ cho người thân cùng biết để đầu tư',
      ],
      2,
      'Khuôn mặt và giọng nói người nổi tiếng rất dễ bị ghép. Lời hứa lãi cao bất thường là dấu hiệu lừa đảo dù ai đứng ra giới thiệu.',
      ADULTS,
    ),
    question(
      'Vì sao nhà trường nên cân nhắc khi đăng công khai video dài có giọng nói, khuôn mặt của học sinh?',
      [
        'Vì video làm trang web chậm',
        'Vì kẻ gian có thể dùng làm dữ liệu để tạo deepfake, và đăng hình ảnh học sinh cần sự đồng ý',
        'Vì học sinh không thích được quay video',
        'Vì video không được phép đăng trên mạng',
      ],
      1,
      'Giọng nói, hình ảnh là nguyên liệu cho deepfake. Hình ảnh của học sinh là dữ liệu cá nhân của trẻ em, cần sự đồng ý và chỉ đăng khi cần thiết.',
      ADULTS,
    ),
    question(
      'Có người gọi, giọng giống mẹ, bảo em đi theo một cô lạ đến đón. Em nên làm gì?',
      [
        'Đi theo cô ấy vì giọng giống mẹ',
        'Không đi, cúp máy, gọi lại cho mẹ bằng số quen hoặc nhờ thầy cô gọi giúp',
        'Hỏi cô lạ có biết tên mẹ không',
        'Đi ra cổng trường chờ một mình',
      ],
      1,
      'Máy tính có thể bắt chước giọng nói. Gọi lại cho mẹ bằng số quen, hoặc nhờ thầy cô, sẽ biết ngay có đúng mẹ nhờ hay không.',
      STUDENTS,
    ),
    question(
      'Bạn trong lớp rủ em dùng ứng dụng AI ghép mặt một bạn khác vào video chế giễu “cho vui”. Em nên làm gì?',
      [
        'Làm thử vì chỉ để cả lớp cười',
        'Làm nhưng chỉ gửi cho vài bạn',
        'Ghép mặt mình vào thay',
        'Từ chối, không chia sẻ video như vậy và báo thầy cô nếu video đã lan truyền',
      ],
      3,
      'Ảnh, video ghép mặt người khác gây tổn thương thật, có thể là bắt nạt trên mạng và vi phạm pháp luật. Không tạo, không chia sẻ.',
      STUDENTS,
    ),
    question(
      'Có người nhắn tin dọa sẽ gửi ảnh ghép của em cho cả lớp nếu em không chuyển tiền. Em nên làm gì?',
      [
        'Không trả tiền, không gửi thêm gì, chụp lại tin nhắn và kể ngay cho bố mẹ, thầy cô',
        'Chuyển tiền để họ xóa ảnh',
        'Chặn họ và không kể với ai vì xấu hổ',
        'Gửi lời xin lỗi và năn nỉ họ',
      ],
      0,
      'Trả tiền thường khiến kẻ xấu đòi thêm. Bằng chứng giúp người lớn và cơ quan chức năng xử lý. Em là nạn nhân, em không có lỗi.',
      STUDENTS,
    ),
    question(
      'Điều nào giúp giảm nguy cơ giọng nói của em bị AI bắt chước?',
      [
        'Đăng thật nhiều video có giọng nói của mình ở chế độ công khai',
        'Nhận lời gọi của mọi số lạ',
        'Hạn chế đăng công khai video, ghi âm giọng nói; để chế độ riêng tư cho bạn bè',
        'Đổi ảnh đại diện thường xuyên',
      ],
      2,
      'Càng nhiều ghi âm, video công khai thì kẻ gian càng có nhiều nguyên liệu. Chế độ riêng tư giúp giảm rủi ro.',
      STUDENTS,
    ),
  ],
};
