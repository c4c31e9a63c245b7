/** Texts of the drills pages, merged into the reference dictionary (vi.ts). */
export const drillsVi = {
  'nav.drills': 'Diễn tập',
  'nav.reportPhish': 'Báo thư lừa đảo',
  'drills.title': 'Diễn tập thư giả mạo',
  'drills.lead':
    'Gửi thư giả mạo có kiểm soát tới cán bộ, giáo viên, nhân viên (không bao giờ tới học sinh) để đo và nâng mức cảnh giác.',
  'drills.new': 'Tạo đợt diễn tập',
  'drills.newLead':
    'Chọn đơn vị, mẫu thư và vai trò người nhận. Học sinh không bao giờ nhận thư diễn tập. Thư được gửi dần qua SMTP theo giới hạn tốc độ đã cấu hình.',
  'drills.create': 'Tạo bản nháp',
  'drills.empty': 'Chưa có đợt diễn tập nào.',
  'drills.nav.label': 'Mục diễn tập',
  'drills.nav.list': 'Các đợt diễn tập',
  'drills.nav.results': 'Kết quả theo đơn vị',
  'drills.nav.reports': 'Thư được báo cáo',
  'drills.col.name': 'Tên đợt',
  'drills.col.unit': 'Đơn vị',
  'drills.col.status': 'Trạng thái',
  'drills.col.sent': 'Đã gửi',
  'drills.col.phishProne': 'Tỉ lệ mắc bẫy',
  'drills.col.reportRate': 'Tỉ lệ báo cáo',
  'drills.col.scanner': 'Máy quét thư',
  'drills.col.person': 'Người nhận',
  'drills.col.remedial': 'Bài học bổ sung',
  'drills.col.time': 'Thời điểm',
  'drills.col.event': 'Sự kiện',
  'drills.col.kind': 'Loại',
  'drills.status.draft': 'Bản nháp',
  'drills.status.scheduled': 'Đã lên lịch',
  'drills.status.sending': 'Đang gửi',
  'drills.status.completed': 'Đã gửi xong',
  'drills.status.cancelled': 'Đã hủy',
  'drills.field.name': 'Tên đợt diễn tập',
  'drills.field.unit': 'Đơn vị nhận thư',
  'drills.field.unitPlaceholder': 'Chọn đơn vị…',
  'drills.field.unitHint': 'Gồm cả các đơn vị trực thuộc.',
  'drills.field.template': 'Mẫu thư',
  'drills.field.templatePlaceholder': 'Chọn mẫu thư…',
  'drills.field.roles': 'Vai trò người nhận',
  'drills.field.rolesHint':
    'Không chọn vai trò nào nghĩa là mọi cán bộ, giáo viên, nhân viên. Học sinh luôn bị loại trừ.',
  'drills.field.landing': 'Khi người nhận bấm vào liên kết',
  'drills.field.at': 'Thời điểm gửi (để trống để gửi ngay)',
  'drills.field.atHint': 'Giờ Việt Nam.',
  'drills.landing.explain': 'Hiện ngay trang giải thích',
  'drills.landing.explainHint': 'Người bấm thấy ngay đây là diễn tập và các dấu hiệu nhận biết.',
  'drills.landing.form': 'Hiện trang đăng nhập giả trước',
  'drills.landing.formHint':
    'Đo cả việc nhập thông tin. Những gì được gõ không bao giờ rời khỏi trình duyệt.',
  'drills.preview': 'Xem trước thư',
  'drills.previewFrom': 'Người gửi',
  'drills.previewSubject': 'Tiêu đề',
  'drills.eligible': 'Nếu phát động bây giờ, thư sẽ được gửi tới {count} người.',
  'drills.launch': 'Phát động',
  'drills.delete': 'Xóa bản nháp',
  'drills.cancel': 'Dừng gửi',
  'drills.refresh': 'Làm mới',
  'drills.confirmLaunch': 'Phát động đợt diễn tập?',
  'drills.confirmLaunchText': 'Danh sách {count} người nhận sẽ được chốt và thư được gửi dần qua SMTP.',
  'drills.confirmCancel': 'Dừng gửi thư?',
  'drills.confirmDelete': 'Xóa bản nháp này?',
  'drills.confirmSure': 'Thao tác này không hoàn tác được.',
  'drills.stat.recipients': 'Người nhận',
  'drills.stat.sent': 'Đã gửi',
  'drills.stat.opened': 'Đã mở',
  'drills.stat.clicked': 'Đã bấm liên kết',
  'drills.stat.submitted': 'Đã gửi biểu mẫu',
  'drills.stat.reported': 'Đã báo cáo',
  'drills.scannerNote':
    'Lượt truy cập của máy quét thư (quá sớm sau khi gửi, yêu cầu HEAD, trình quét đã biết) được tách riêng và không tính vào tỉ lệ: {recipients} người nhận, {hits} lượt.',
  'drills.failedNote': '{count} thư không gửi được.',
  'drills.byUnit': 'Theo đơn vị',
  'drills.recipients': 'Người nhận (thời điểm đầu tiên của từng sự kiện)',
  'drills.timeline': 'Dòng thời gian',
  'drills.timelineTruncated': 'Chỉ hiện 1.000 sự kiện gần nhất.',
  'drills.sendFailed': 'Không gửi được',
  'drills.remedialYes': 'Đã ghi danh',
  'drills.scannerHit': 'máy quét ({reason})',
  'drills.scanner.head': 'yêu cầu HEAD',
  'drills.scanner.too_soon': 'quá sớm sau khi gửi',
  'drills.scanner.user_agent': 'trình quét đã biết',
  'drills.scanner.address': 'địa chỉ của dịch vụ lọc thư',
  'drills.resultsLead':
    'Tỉ lệ mắc bẫy = số người đã bấm liên kết hoặc gửi biểu mẫu / số thư đã gửi; tỉ lệ báo cáo = số người báo cáo / số thư đã gửi. Số liệu cộng dồn theo cây đơn vị.',
  'drills.noResults': 'Chưa có kết quả diễn tập trong phạm vi này.',
  'drills.reportsLead': 'Thư đáng ngờ do cán bộ trong phạm vi của bạn báo cáo.',
  'drills.reportsHow':
    'Cán bộ báo cáo bằng mục “Báo cáo thư đáng ngờ” trong ứng dụng (nhập tiêu đề thư). Thư diễn tập còn mang tiêu đề kỹ thuật X-EduShield-Report để hệ thống lọc thư (nút “Báo cáo thư lừa đảo”) ghi nhận tự động.',
  'drills.noReports': 'Chưa có báo cáo nào.',
  'drills.kind.drill': 'Thư diễn tập',
  'drills.kind.suspicious': 'Cần xem xét',
  'drills.landing.caughtTitle': 'Đây là thư diễn tập của Sở GD&ĐT',
  'drills.landing.caughtLead':
    'Bạn vừa mở liên kết trong một thư giả mạo do cán bộ an toàn thông tin gửi để luyện tập. Không có gì bị mất — nhưng nếu là thư thật, kẻ gian đã có thể lấy tài khoản của bạn.',
  'drills.landing.nothingStored':
    'Những gì bạn gõ trên trang này không được gửi đi hay lưu lại ở bất cứ đâu.',
  'drills.landing.signsTitle': 'Những dấu hiệu bạn có thể đã nhận ra',
  'drills.landing.habitsTitle': 'Lần sau, hãy',
  'drills.landing.habit1': 'Dừng lại khi thư thúc giục “gấp”, “trong 2 giờ”, “trước 17h hôm nay”.',
  'drills.landing.habit2':
    'Di chuột (hoặc nhấn giữ trên điện thoại) để xem địa chỉ thật của liên kết; tự gõ địa chỉ trang chính thức thay vì bấm.',
  'drills.landing.habit3':
    'Gọi điện hỏi lại người gửi qua số đã biết, và báo cáo thư bằng mục “Báo cáo thư đáng ngờ”.',
  'drills.landing.remedial':
    'Bạn được ghi danh vào bài học ngắn “Nhận diện thư lừa đảo và trang web giả mạo” (khoảng 10 phút) trong mục Học tập.',
  'drills.landing.toLearning': 'Mở bài học',
  'drills.landing.lureFooter': 'Trang này thuộc chương trình diễn tập an toàn thông tin.',
  'drills.landing.so-gddt-ky-van-ban.title': 'Hệ thống ký số văn bản – Sở GD&ĐT',
  'drills.landing.so-gddt-ky-van-ban.lead':
    'Đăng nhập bằng tài khoản thư công vụ để xem và ký văn bản 1582/SGDĐT-VP.',
  'drills.landing.so-gddt-ky-van-ban.field1': 'Địa chỉ thư công vụ',
  'drills.landing.so-gddt-ky-van-ban.field2': 'Mật khẩu',
  'drills.landing.so-gddt-ky-van-ban.submit': 'Đăng nhập và ký',
  'drills.landing.so-gddt-ky-van-ban.sign1':
    'Thư thúc giục “TRƯỚC 17h00 HÔM NAY” và đe dọa đơn vị “không được tổng hợp” — văn bản thật đi qua hệ thống quản lý văn bản, không qua một liên kết lạ.',
  'drills.landing.so-gddt-ky-van-ban.sign2':
    'Địa chỉ liên kết không phải tên miền chính thức của Sở; hệ thống ký số thật không đòi mật khẩu thư qua một trang web.',
  'drills.landing.so-gddt-ky-van-ban.sign3':
    'Thư “gửi tự động, vui lòng không trả lời” để bạn không thể hỏi lại.',
  'drills.landing.hoc-phi-vi-dien-tu.title': 'Xác thực ví điện tử – hoàn tiền học phí',
  'drills.landing.hoc-phi-vi-dien-tu.lead':
    'Nhập số điện thoại ví và mã OTP vừa nhận để nhận 1.850.000 đồng.',
  'drills.landing.hoc-phi-vi-dien-tu.field1': 'Số điện thoại ví',
  'drills.landing.hoc-phi-vi-dien-tu.field2': 'Mã OTP',
  'drills.landing.hoc-phi-vi-dien-tu.submit': 'Nhận hoàn tiền',
  'drills.landing.hoc-phi-vi-dien-tu.sign1':
    'Tiền “hoàn lại” kèm thời hạn 24 giờ là mồi nhử quen thuộc; nhà trường hoàn học phí qua kế toán, không qua liên kết.',
  'drills.landing.hoc-phi-vi-dien-tu.sign2':
    'Không ai được hỏi mã OTP của bạn — kể cả ngân hàng, ví điện tử hay nhà trường. Đưa OTP là mất tiền.',
  'drills.landing.hoc-phi-vi-dien-tu.sign3':
    'Người gửi là một “cổng thanh toán” chung chung, không có tên đơn vị hay số điện thoại liên hệ.',
  'drills.landing.mat-khau-het-han.title': 'Xác nhận giữ mật khẩu hộp thư',
  'drills.landing.mat-khau-het-han.lead':
    'Mật khẩu của bạn sẽ hết hạn sau 2 giờ. Nhập mật khẩu hiện tại để giữ nguyên.',
  'drills.landing.mat-khau-het-han.field1': 'Tên đăng nhập',
  'drills.landing.mat-khau-het-han.field2': 'Mật khẩu hiện tại',
  'drills.landing.mat-khau-het-han.submit': 'Giữ nguyên mật khẩu',
  'drills.landing.mat-khau-het-han.sign1':
    '“Giữ nguyên mật khẩu hiện tại” là điều không hệ thống thật nào yêu cầu: đổi mật khẩu làm trong trang cài đặt của chính hệ thống.',
  'drills.landing.mat-khau-het-han.sign2':
    'Thời hạn “2 giờ” và lời dọa “mất dữ liệu” để bạn hành động trước khi kịp nghĩ.',
  'drills.landing.mat-khau-het-han.sign3':
    'Lời chào không nêu chức danh, người gửi là “bộ phận quản trị” chung chung; địa chỉ liên kết không thuộc hệ thống thư của ngành.',
  'drills.landing.chia-se-tai-lieu.title': 'Đăng nhập để xem tệp được chia sẻ',
  'drills.landing.chia-se-tai-lieu.lead':
    'Tệp “Danh sách GV dự thi giáo viên dạy giỏi cấp tỉnh 2026.xlsx” yêu cầu đăng nhập.',
  'drills.landing.chia-se-tai-lieu.field1': 'Email hoặc số điện thoại',
  'drills.landing.chia-se-tai-lieu.field2': 'Mật khẩu',
  'drills.landing.chia-se-tai-lieu.submit': 'Tiếp theo',
  'drills.landing.chia-se-tai-lieu.sign1':
    'Thông báo chia sẻ thật ghi tên và địa chỉ của người chia sẻ; thư này chỉ ghi “Tổ chuyên môn”.',
  'drills.landing.chia-se-tai-lieu.sign2':
    'Tên tệp đánh vào sự tò mò (“danh sách thi giáo viên giỏi”) để bạn mở ngay.',
  'drills.landing.chia-se-tai-lieu.sign3':
    'Trang đăng nhập giả ở một tên miền không phải google.com; khi nghi ngờ, hãy mở Google Drive hoặc Zalo theo cách thường ngày để tìm tệp.',
  'drills.about.link': 'Về chương trình diễn tập',
  'drills.about.title': 'Chương trình diễn tập thư giả mạo',
  'drills.about.what':
    'Sở GD&ĐT định kỳ gửi thư giả mạo có kiểm soát tới cán bộ, giáo viên, nhân viên để luyện thói quen nhận biết và báo cáo thư lừa đảo, theo chỉ đạo nâng cao nhận thức an toàn thông tin trong ngành. Học sinh không bao giờ nhận thư diễn tập.',
  'drills.about.whoTitle': 'Ai thực hiện',
  'drills.about.who':
    'Cán bộ an toàn thông tin của Sở (và của đơn vị được giao) tạo và phát động các đợt diễn tập trong EduShield; mọi thao tác đều được ghi nhật ký kiểm toán.',
  'drills.about.dataTitle': 'Dữ liệu nào được ghi nhận',
  'drills.about.data1':
    'Chỉ các sự kiện và thời điểm: đã gửi, đã mở, đã bấm liên kết, đã gửi biểu mẫu, đã báo cáo.',
  'drills.about.data2':
    'Không bao giờ lưu những gì bạn gõ trên trang diễn tập: các ô nhập không được gửi đi, máy chủ từ chối mọi giá trị kèm theo.',
  'drills.about.data3':
    'Lượt truy cập của máy quét thư được đánh dấu và tách riêng, không tính là bạn đã bấm.',
  'drills.about.data4':
    'Kết quả dùng để đào tạo: người bấm được ghi danh một bài học ngắn; báo cáo thư được tính có lợi cho bạn. Tỉ lệ được công bố theo đơn vị.',
  'drills.about.reportTitle': 'Báo cáo thư đáng ngờ',
  'drills.about.report':
    'Gặp thư nghi ngờ (kể cả thư diễn tập), hãy đăng nhập EduShield và chọn “Báo cáo thư đáng ngờ”, hoặc chuyển tiếp thư tới hộp thư an toàn thông tin của đơn vị. Đừng bấm liên kết, đừng trả lời thư.',
  'drills.reported.title': 'Cảm ơn bạn đã báo cáo',
  'drills.reported.lead': 'Thư bạn báo cáo là thư diễn tập. Báo cáo đã được ghi nhận và tính có lợi cho bạn.',
  'drills.report.title': 'Báo cáo thư đáng ngờ',
  'drills.report.lead':
    'Nhập tiêu đề của thư bạn nghi là lừa đảo. Nếu đó là thư diễn tập, báo cáo được tính có lợi cho bạn; nếu không, cán bộ an toàn thông tin sẽ xem xét.',
  'drills.report.subject': 'Tiêu đề thư',
  'drills.report.sender': 'Người gửi (nếu có)',
  'drills.report.senderHint': 'Tên hoặc địa chỉ hiển thị trong thư.',
  'drills.report.submit': 'Gửi báo cáo',
  'drills.report.wasDrill': 'Chính xác: đó là thư diễn tập. Cảm ơn bạn đã cảnh giác!',
  'drills.report.received': 'Đã nhận báo cáo. Cán bộ an toàn thông tin sẽ xem xét thư này.',
  'drills.report.signIn': 'Hãy đăng nhập để báo cáo thư đáng ngờ.',
  'drills.report.toLogin': 'Đăng nhập',
  'drills.report.home': 'Về trang chủ',
} as const;
