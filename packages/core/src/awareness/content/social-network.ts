import type { SeedLesson } from '../content';
import { ADULTS, question, STUDENTS } from './question';

/** Lesson 7: social-network safety for pupils (the default body speaks to teachers who guide them). */
export const socialNetworkLesson: SeedLesson = {
  slug: 'social-network-safety-students',
  title: 'An toàn trên mạng xã hội cho học sinh',
  summary:
    'Cài đặt riêng tư, không chia sẻ thông tin cá nhân và vị trí, cẩn thận với người lạ, xử lý bắt nạt trên mạng và tôn trọng hình ảnh của người khác.',
  minutes: 15,
  bodyHtml: `
<h2>Giúp học sinh an toàn trên mạng xã hội</h2>
<p>Học sinh dùng mạng xã hội ngày càng sớm. Nhiều mạng xã hội quy định người dùng phải từ 13 tuổi trở lên, nhưng thực tế nhiều em nhỏ hơn vẫn có tài khoản. Thầy cô là người các em tin tưởng, có thể giúp các em hình thành thói quen an toàn ngay từ đầu.</p>
<h2>Những điều cần dạy học sinh</h2>
<ul>
<li><strong>Để tài khoản ở chế độ riêng tư</strong>, chỉ kết bạn với người em biết ngoài đời.</li>
<li><strong>Không đăng thông tin định vị được em:</strong> địa chỉ nhà, số điện thoại, ảnh mặc đồng phục có tên trường, vị trí đang ở theo thời gian thực.</li>
<li><strong>Người lạ làm quen, khen ngợi, tặng quà, xin ảnh riêng tư, rủ gặp mặt</strong> và dặn giữ bí mật là dấu hiệu nguy hiểm — hãy kể với người lớn.</li>
<li><strong>Bắt nạt trên mạng:</strong> không đáp trả, lưu bằng chứng (chụp màn hình), chặn, báo cáo trên nền tảng và kể với người lớn.</li>
<li><strong>Tôn trọng người khác:</strong> không đăng ảnh, video của bạn khi chưa được đồng ý; không bình luận xúc phạm, không chia sẻ tin đồn.</li>
<li><strong>Cẩn thận với “thử thách” nguy hiểm</strong> lan truyền trên mạng.</li>
<li><strong>Suy nghĩ trước khi đăng:</strong> những gì đã đăng lên mạng rất khó xóa hẳn.</li>
</ul>
<h2>Thầy cô nên làm gì khi học sinh kể chuyện?</h2>
<ol>
<li>Lắng nghe bình tĩnh, không trách móc, cảm ơn em đã kể.</li>
<li>Giúp em lưu bằng chứng, chặn và báo cáo tài khoản xấu.</li>
<li>Báo gia đình và lãnh đạo nhà trường; với trường hợp đe dọa, tống tiền, xâm hại, báo cơ quan công an.</li>
<li>Bảo vệ sự riêng tư của em: không đưa câu chuyện lên nhóm lớp.</li>
</ol>
`,
  bodyByAudience: {
    students_th: `
<h2>Lên mạng an toàn</h2>
<p>Mạng Internet có nhiều điều hay, nhưng cũng có người xấu. Em hãy nhớ những điều sau:</p>
<ul>
<li><strong>Chỉ lên mạng khi bố mẹ biết</strong>, và chỉ dùng những trang, ứng dụng bố mẹ cho phép.</li>
<li><strong>Không nói với người lạ</strong> tên trường, địa chỉ nhà, số điện thoại của em và gia đình.</li>
<li><strong>Không gửi ảnh của em</strong> cho người lạ.</li>
<li><strong>Không đi gặp</strong> người chỉ quen trên mạng.</li>
<li>Nếu thấy điều gì làm em sợ, buồn hay khó chịu, hãy <strong>kể ngay cho bố mẹ hoặc thầy cô</strong>. Em không bị mắng vì đã kể.</li>
<li>Nói lời hay trên mạng như khi nói chuyện với bạn ngoài đời.</li>
</ul>
`,
    students_thcs: `
<h2>Mạng xã hội: vui nhưng phải an toàn</h2>
<h3>Bảo vệ thông tin của em</h3>
<ul>
<li>Để tài khoản ở chế độ <strong>riêng tư</strong>; chỉ kết bạn với người em biết ngoài đời.</li>
<li>Không đăng địa chỉ nhà, số điện thoại, ảnh mặc đồng phục có tên trường, vị trí em đang ở.</li>
<li>Suy nghĩ trước khi đăng: ảnh đã đăng có thể bị lưu lại và phát tán mãi mãi.</li>
</ul>
<h3>Người lạ trên mạng</h3>
<p>Kẻ xấu có thể giả làm bạn cùng tuổi, khen ngợi, tặng quà, rồi xin ảnh riêng tư, rủ gặp mặt và dặn giữ bí mật. Khi thấy những dấu hiệu đó, hãy dừng lại và kể cho người lớn.</p>
<h3>Bị bắt nạt trên mạng</h3>
<ol>
<li>Không đáp trả lại lời lẽ xấu.</li>
<li>Chụp màn hình làm bằng chứng.</li>
<li>Chặn và báo cáo tài khoản đó trên ứng dụng.</li>
<li>Kể với bố mẹ, thầy cô. Nếu thấy bạn bị bắt nạt, đừng “thả tim” hay chia sẻ — hãy ủng hộ bạn và báo người lớn.</li>
</ol>
`,
    students_thpt: `
<h2>Mạng xã hội: dấu chân số của em</h2>
<p>Những gì em đăng hôm nay có thể được người khác lưu lại, và được nhìn thấy khi em xét tuyển, xin học bổng, đi làm sau này.</p>
<h3>Riêng tư và an toàn</h3>
<ul>
<li>Kiểm tra cài đặt riêng tư định kỳ; tắt chia sẻ vị trí theo thời gian thực; xem lại ai có thể thấy bài đăng cũ.</li>
<li>Không đăng ảnh căn cước, vé máy bay, giấy tờ có mã vạch, địa chỉ nhà.</li>
<li>Bật xác thực hai lớp cho tài khoản mạng xã hội.</li>
</ul>
<h3>Người lạ, tống tiền, bắt nạt</h3>
<ul>
<li>Không gửi ảnh, video riêng tư cho bất kỳ ai. Nếu bị dọa phát tán: không trả tiền, lưu bằng chứng, báo gia đình, nhà trường và công an.</li>
<li>Bắt nạt trên mạng: không đáp trả, chụp màn hình, chặn, báo cáo, kể với người lớn.</li>
</ul>
<h3>Trách nhiệm khi đăng bài</h3>
<ul>
<li>Không đăng hình ảnh của người khác khi chưa được đồng ý; không bình luận xúc phạm.</li>
<li>Kiểm tra nguồn trước khi chia sẻ tin tức; tin giả, tin sai sự thật có thể gây hại và có thể bị xử lý theo pháp luật.</li>
</ul>
`,
  },
  exercises: [
    {
      channel: 'facebook',
      from: 'Linh Chi 2012 (tài khoản mới, 0 bạn chung)',
      body: 'Hi, mình thấy bạn xinh quá, mình cũng học lớp 7 nè. Cho mình xin Zalo với, mình tặng bạn thẻ game 100k. Mà đừng kể với bố mẹ nha, bố mẹ không cho kết bạn đâu.',
      isPhish: true,
      signs: [
        'Tài khoản mới, không có bạn chung.',
        'Khen ngợi và tặng quà để làm quen nhanh.',
        'Dặn giữ bí mật với bố mẹ — dấu hiệu rất nguy hiểm.',
      ],
    },
    {
      channel: 'facebook',
      from: 'Trang “Thử Thách 24h” (trang lạ)',
      body: 'THỬ THÁCH MỚI: Nhịn ăn 24 giờ và quay video đăng lên, gắn thẻ 5 bạn. Ai không làm là “gà”! Video nhiều lượt xem nhất được tặng điện thoại.',
      isPhish: true,
      signs: [
        'Thử thách có thể gây hại sức khỏe.',
        'Gây áp lực bạn bè (“ai không làm là gà”).',
        'Phần thưởng hấp dẫn để dụ tham gia và lan truyền.',
      ],
    },
    {
      channel: 'zalo',
      from: 'Cô giáo chủ nhiệm (tài khoản trong nhóm lớp)',
      body: 'Các em lưu ý: trong tuần này lớp mình có bài học về an toàn trên mạng. Các em kiểm tra lại cài đặt riêng tư tài khoản của mình, nếu cần giúp thì hỏi cô hoặc bố mẹ nhé.',
      isPhish: false,
      signs: [
        'Tin nhắn từ tài khoản cô vẫn dùng trong nhóm lớp.',
        'Không có đường link, không xin thông tin, không đòi giữ bí mật.',
        'Khuyến khích hỏi cô và bố mẹ.',
      ],
    },
    {
      channel: 'sms',
      from: 'Số lạ',
      body: 'Tao có ảnh của mày. Nếu không gửi thêm ảnh cho tao thì tao đăng lên nhóm lớp. Không được nói với ai.',
      isPhish: true,
      signs: [
        'Đe dọa, tống tiền bằng hình ảnh.',
        'Đòi giữ bí mật.',
        'Cách đúng: không gửi gì thêm, chụp lại tin nhắn và kể ngay cho người lớn.',
      ],
    },
  ],
  questions: [
    question(
      'Chế độ tài khoản nào an toàn hơn cho học sinh trên mạng xã hội?',
      [
        'Công khai để có nhiều người theo dõi',
        'Riêng tư, chỉ kết bạn với người em biết ngoài đời',
        'Công khai nhưng không đăng ảnh đại diện',
        'Cho phép mọi người nhắn tin',
      ],
      1,
      'Chế độ riêng tư giúp người lạ không xem được ảnh, bài đăng và thông tin của em.',
    ),
    question(
      'Thông tin nào em KHÔNG nên đăng công khai?',
      [
        'Bức tranh em vừa vẽ',
        'Cảm nhận về một cuốn sách hay',
        'Địa chỉ nhà, số điện thoại và vị trí em đang ở',
        'Chúc mừng sinh nhật bạn (không kèm thông tin cá nhân)',
      ],
      2,
      'Địa chỉ, số điện thoại, vị trí giúp người lạ tìm ra em ngoài đời thật.',
    ),
    question(
      'Một người quen trên mạng xin ảnh riêng tư của em và dặn đừng kể với ai. Em nên làm gì?',
      [
        'Không gửi, kể ngay cho bố mẹ hoặc thầy cô',
        'Gửi vì người đó rất thân thiện',
        'Gửi ảnh của bạn khác',
        'Gửi nhưng yêu cầu họ xóa sau khi xem',
      ],
      0,
      'Ảnh đã gửi đi thì không thể lấy lại và có thể bị dùng để đe dọa. Lời dặn giữ bí mật là dấu hiệu nguy hiểm.',
    ),
    question(
      'Em bị một nhóm bạn bình luận chế giễu trên mạng. Cách xử lý nào đúng?',
      [
        'Đáp trả bằng lời lẽ nặng hơn',
        'Xóa tài khoản và không kể với ai',
        'Đăng bài nói xấu lại nhóm bạn đó',
        'Không đáp trả, chụp màn hình làm bằng chứng, chặn, báo cáo và kể với người lớn',
      ],
      3,
      'Đáp trả thường làm việc bắt nạt tệ hơn. Bằng chứng giúp người lớn và nhà trường xử lý.',
    ),
    question(
      'Em thấy một video chế giễu bạn cùng lớp đang được chia sẻ. Em nên làm gì?',
      [
        'Chia sẻ tiếp cho mọi người cùng xem',
        'Không chia sẻ, không bình luận cổ vũ; động viên bạn và báo thầy cô',
        'Thả biểu tượng cười',
        'Tải video về lưu lại để xem sau',
      ],
      1,
      'Mỗi lượt chia sẻ làm bạn bị tổn thương thêm. Người chứng kiến có thể giúp dừng bắt nạt bằng cách không lan truyền và báo người lớn.',
    ),
    question(
      'Trước khi đăng ảnh có mặt bạn mình, em cần làm gì?',
      ['Đăng luôn vì ảnh đẹp', 'Chỉ cần gắn thẻ bạn', 'Hỏi và được bạn đồng ý', 'Đăng rồi hỏi sau'],
      2,
      'Hình ảnh của mỗi người là thông tin riêng của họ. Tôn trọng người khác là hỏi trước khi đăng.',
    ),
    question(
      'Một “thử thách” trên mạng rủ học sinh làm điều nguy hiểm và quay video. Em nên làm gì?',
      [
        'Không tham gia, không chia sẻ và kể với người lớn',
        'Tham gia để không bị bạn chê',
        'Quay video nhưng không đăng',
        'Rủ thêm bạn cùng làm cho vui',
      ],
      0,
      'Nhiều “thử thách” có thể gây thương tích thật. Nói “không” là dũng cảm, không phải nhút nhát.',
    ),
    question(
      'Vì sao nên suy nghĩ kỹ trước khi đăng bài lên mạng?',
      [
        'Vì bài đăng sẽ tự động bị xóa sau một ngày',
        'Vì mạng xã hội tính phí mỗi bài đăng',
        'Vì chỉ được đăng một bài mỗi tuần',
        'Vì những gì đã đăng có thể bị lưu lại, lan truyền và rất khó xóa hẳn',
      ],
      3,
      'Người khác có thể chụp màn hình, tải về. Bài đăng hôm nay có thể ảnh hưởng tới em nhiều năm sau.',
    ),
    question(
      'Người chỉ quen trên mạng rủ em đi gặp riêng. Em nên làm gì?',
      [
        'Đi gặp ở nơi đông người là được',
        'Không đi, và kể cho bố mẹ hoặc thầy cô',
        'Đi gặp cùng một bạn cùng tuổi',
        'Hẹn gặp gần nhà cho tiện',
      ],
      1,
      'Người trên mạng có thể không phải là người như họ nói. Bố mẹ, thầy cô cần biết để giữ an toàn cho em.',
      STUDENTS,
    ),
    question(
      'Có người đe dọa đăng ảnh của em lên nhóm lớp nếu em không gửi thêm ảnh. Em nên làm gì?',
      [
        'Gửi thêm ảnh để họ không đăng',
        'Xóa hết tài khoản mạng xã hội và im lặng',
        'Không gửi gì, chụp lại tin nhắn và kể ngay cho bố mẹ, thầy cô',
        'Năn nỉ họ bỏ qua',
      ],
      2,
      'Làm theo kẻ đe dọa chỉ khiến họ đòi thêm. Em là nạn nhân; người lớn và cơ quan công an có thể giúp em.',
      STUDENTS,
    ),
    question(
      'Học sinh kể với thầy/cô rằng em đang bị bắt nạt trên mạng. Thầy/cô nên làm gì đầu tiên?',
      [
        'Lắng nghe bình tĩnh, cảm ơn em đã kể và giúp em lưu bằng chứng',
        'Trách em vì dùng mạng xã hội',
        'Đưa câu chuyện lên nhóm lớp để cả lớp rút kinh nghiệm',
        'Khuyên em tự giải quyết',
      ],
      0,
      'Phản ứng đầu tiên quyết định em có tiếp tục tin tưởng người lớn hay không. Bảo vệ sự riêng tư của em và xử lý cùng gia đình, nhà trường.',
      ADULTS,
    ),
  ],
};
