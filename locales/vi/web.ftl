## Bảng điều khiển trên web (issue 24): đăng nhập từ chat, khung trang, trang quản trị

cmd-dangnhap-description = Nhận liên kết đăng nhập bảng điều khiển trên web (nhắn riêng với trợ lý)
cmd-dangnhap-usage = /dangnhap (nhắn riêng với trợ lý; liên kết dùng một lần)
cmd-dangxuat-description = Đăng xuất bảng điều khiển trên mọi trình duyệt
cmd-dangxuat-usage = /dangxuat
signin-link =
    Mở liên kết sau để đăng nhập bảng điều khiển:
    { $url }
    Liên kết dùng một lần, hết hạn sau { $minutes } phút (lúc { $until }). Đừng chuyển liên kết này cho người khác.
signin-button = Đăng nhập bảng điều khiển
signin-web-off = Máy chủ này không bật bảng điều khiển trên web (WEB=off), nên chưa đăng nhập được. Hãy báo quản trị viên.
signin-no-role = Bạn chưa có vai trò nào trong hệ thống nên chưa xem được bảng điều khiển. Hãy nhờ quản trị viên dùng /phanquyen để giao vai trò cho bạn.
signin-started = Bạn vừa đăng nhập bảng điều khiển { $address } lúc { $at }. Nếu không phải bạn, hãy gõ /dangxuat để đăng xuất trên mọi trình duyệt.
signout-done = Đã đăng xuất bảng điều khiển trên { $count } trình duyệt.
signout-none = Bạn không đăng nhập bảng điều khiển ở trình duyệt nào.
permission-denied-dashboard = Lệnh { $command } dành cho người đã được giao vai trò trong hệ thống. Hãy nhờ quản trị viên dùng /phanquyen nếu cần.
permission-denied-system-health = Lệnh { $command } dành cho quản trị viên.

console-banner-dashboard = Bảng điều khiển trên web: { $url }
console-banner-dashboard-link = Đăng nhập với tư cách { $name } (lãnh đạo Sở; liên kết dùng một lần, hết hạn sau 10 phút): { $url }
console-banner-dashboard-admin-link = Hoặc với tư cách { $name } (quản trị viên, xem được trang Quản trị; dùng một lần, hết hạn sau 10 phút): { $url }
console-banner-dashboard-unavailable = Không mở được bảng điều khiển trên cổng { $port } ({ $reason }); trò chuyện vẫn tiếp tục. Đặt PORT khác (ví dụ PORT=8124) để mở.

cli-login-usage = Cần --user <nền-tảng:mã> (ví dụ telegram:123456789) hoặc mã người dùng console (ví dụ lanh-dao-so).
cli-login-unknown = Không có ai dùng tài khoản { $user }. Người đó cần nhắn cho trợ lý ít nhất một lần, và được giao vai trò bằng /phanquyen.
cli-login-issued = Liên kết đăng nhập cho { $name }, dùng một lần, hết hạn lúc { $until }.
cli-login-busy = Một tiến trình npm start đang dùng cơ sở dữ liệu nhúng này (bảng điều khiển đang chạy ở { $address }). Hãy dùng liên kết nó đã in ra, hoặc dừng nó trước rồi chạy lại lệnh này.

web-product = Trợ lý Đầu mối
web-skip-to-content = Bỏ qua, đến nội dung chính
web-nav-label = Các trang
web-nav-home = Bắt đầu
web-nav-how-we-count = Cách tính
web-nav-system-health = Quản trị
web-footer = Số liệu đọc lúc { $at } (múi giờ { $timezone }). Ngày viết theo dạng ngày/tháng/năm.
web-sign-out = Đăng xuất
web-language-vi = Tiếng Việt
web-language-en = English
web-no-role = chưa có vai trò
web-filter-unit = Đơn vị
web-filter-apply = Xem
web-filter-unit-all = Mọi đơn vị tôi được xem
web-filter-unit-department = Toàn Sở

web-error-home = Về trang bắt đầu
web-error-forbidden-title = Không có quyền xem trang này
web-error-forbidden-text = Trang này dành cho { $who }.
web-error-forbidden-next = Nếu bạn cần xem, hãy nhờ quản trị viên dùng /phanquyen trong chat để giao vai trò phù hợp.
web-error-not-found-title = Không tìm thấy trang
web-error-not-found-text = Địa chỉ này không có trang nào.
web-error-not-found-next = Hãy kiểm tra lại địa chỉ, hoặc chọn một trang trong thanh điều hướng.
web-error-unknown-unit-title = Không tìm thấy đơn vị
web-error-unknown-unit-text = Không có đơn vị mã { $code }.
web-error-unknown-unit-next = Hãy chọn đơn vị trong danh sách ở đầu trang.
web-error-no-role-title = Bạn chưa có vai trò
web-error-no-role-text = Tài khoản của bạn hiện không còn vai trò nào trong hệ thống, nên không xem được trang này.
web-error-no-role-next = Hãy nhờ quản trị viên dùng /phanquyen trong chat để giao vai trò cho bạn.
web-error-csrf-title = Biểu mẫu không hợp lệ
web-error-csrf-text = Yêu cầu này không được gửi từ một trang của bảng điều khiển, nên không được thực hiện.
web-error-csrf-next = Hãy mở lại trang và bấm nút một lần nữa.
web-error-internal-title = Xin lỗi, đã có lỗi
web-error-internal-text = Bảng điều khiển gặp lỗi khi mở trang này. Không có gì bị thay đổi.
web-error-internal-next = Hãy thử lại sau ít phút; nếu vẫn lỗi, hãy báo quản trị viên.
web-who-dashboard = cán bộ có vai trò ở đơn vị này hoặc ở đơn vị cấp trên
web-who-system-health = quản trị viên

web-signin-title = Đăng nhập
web-signin-as = Đăng nhập với tư cách { $name } — { $roles }
web-signin-button = Đăng nhập
web-signin-hint = Chỉ bấm nút nếu chính bạn vừa yêu cầu liên kết này. Trợ lý sẽ báo trong chat khi bạn đăng nhập.
web-signin-unknown = Liên kết đăng nhập không đúng hoặc không còn giá trị.
web-signin-expired = Liên kết đăng nhập đã hết hạn.
web-signin-used = Liên kết đăng nhập này đã được dùng. Mỗi liên kết chỉ dùng được một lần.
web-signin-no-role = Tài khoản này chưa có vai trò nào trong hệ thống nên chưa đăng nhập được.
web-signin-how = Để đăng nhập, hãy nhắn riêng với trợ lý lệnh /dangnhap trên Telegram hoặc Zalo; trợ lý sẽ gửi cho bạn một liên kết dùng một lần.
web-signin-step-1 = Mở tin nhắn riêng với trợ lý (không gõ trong nhóm).
web-signin-step-2 = Gõ /dangnhap và mở liên kết trợ lý gửi, trong vòng 10 phút.
web-signin-step-3 = Bấm nút "Đăng nhập" trên trang vừa mở.
web-signin-operator = Người vận hành máy chủ có thể tạo liên kết bằng lệnh npm run cli -- login --user <nền-tảng:mã>.
web-signed-out = Bạn đã đăng xuất.

web-home-title = Bắt đầu
web-home-hello = Xin chào { $name }.
web-home-roles = Vai trò của bạn: { $roles }.
web-home-scope-unit = Đang xem: { $unit } và { $below } đơn vị trực thuộc.
web-home-scope-department = Bạn xem được toàn Sở: { $units } đơn vị.
web-home-scope-own = Bạn xem được { $units } đơn vị: đơn vị mình và các đơn vị trực thuộc.
web-home-pages = Các trang bạn mở được
web-home-coming = Các trang tổng quan, tiến độ theo kế hoạch, đơn vị, phản ánh và báo cáo đang được xây dựng. Trong lúc chờ, hãy dùng /tonghop, /nhiemvu, /quahan và /xuatbaocao trong chat: các trang sẽ dùng cùng số liệu đó.

web-count-title = Cách tính
web-count-intro = Mỗi con số trên bảng điều khiển được tính như dưới đây, giống hệt cách trợ lý tính trong chat.
web-count-trang-thai-term = Năm nhóm trạng thái
web-count-trang-thai-text = Mỗi kỳ báo cáo của một đơn vị thuộc một nhóm: xong đúng hạn; xong trễ hạn; chưa xong và còn hạn; chưa xong và đã quá hạn; chưa có hạn.
web-count-ti-le-dung-han-term = Tỉ lệ đúng hạn
web-count-ti-le-dung-han-text = Tỉ lệ đúng hạn = số kỳ xong đúng hạn ÷ (xong đúng hạn + xong trễ hạn + chưa xong mà đã quá hạn). Việc còn hạn chưa được tính; con số luôn đi kèm mẫu số.
web-count-ngay-lam-viec-term = Ngày làm việc và ngày nghỉ
web-count-ngay-lam-viec-text = Ngày làm việc là thứ Hai đến thứ Sáu, trừ ngày lễ, Tết theo Bộ luật Lao động và ngày nghỉ do cơ quan có thẩm quyền thông báo, cộng các ngày làm bù. Hạn chót rơi vào ngày nghỉ thì được tính đến hết ngày làm việc tiếp theo (Bộ luật Dân sự 2015, Điều 148).
web-count-thoi-han-phan-anh-term = Thời hạn xử lý phản ánh
web-count-thoi-han-phan-anh-text = Tính bằng ngày làm việc kể từ ngày tiếp nhận, theo kênh và mức độ (bảng dưới đây là cài đặt của máy chủ này).
web-count-ton-dong-term = Tồn đọng
web-count-ton-dong-text = Phản ánh tồn đọng là mọi vụ việc chưa đóng đã quá thời hạn xử lý, của bất kỳ kỳ nào.
web-count-khung-lanh-dao-term = Khung số liệu của lãnh đạo
web-count-khung-lanh-dao-text = Bản tin và biểu đồ của lãnh đạo tính mọi kỳ có hạn còn mở, dù của năm nào, cộng các kỳ đã xong có hạn trong 12 tháng gần nhất.
web-count-sla-caption = Thời hạn xử lý phản ánh theo kênh
web-count-sla-channel = Kênh
web-count-sla-normal = Bình thường
web-count-sla-urgent = Khẩn cấp
web-count-sla-none = không có thời hạn
web-count-sla-same-day = trong ngày
web-count-sla-days = { $days } ngày làm việc
web-count-sla-praise = Lời khen không cần xử lý nên không có thời hạn và không tính vào tồn đọng.

web-health-title = Quản trị: tình trạng hệ thống
web-health-scope-department = Toàn Sở.
web-health-scope-unit = Đang xem: { $unit } và các đơn vị trực thuộc.
web-health-none = Không có
web-health-groups-bound = Nhóm đã gắn với đơn vị
web-health-groups-bound-fix = Bản tin gần nhất là kỳ bản tin tuần đã gửi vào nhóm. Nhóm "đã ngừng" là nhóm trợ lý đã bị gỡ ra; thêm lại trợ lý vào nhóm để tiếp tục.
web-health-groups-unbound = Nhóm chưa gắn với đơn vị nào
web-health-groups-unbound-fix = Quản trị viên gõ /dangky <mã đơn vị> trong nhóm để gắn, hoặc /dangky lanhdao cho nhóm lãnh đạo Sở.
web-health-no-focal-point = Đơn vị chưa có cán bộ đầu mối
web-health-no-focal-point-fix = Giao đầu mối bằng /phanquyen đầu mối @tên <mã đơn vị>.
web-health-no-box = Đơn vị chưa có lịch mở hòm thư góp ý
web-health-no-box-fix = Đầu mối của đơn vị đặt lịch bằng /homthu lich <số ngày> trong nhóm của đơn vị (hoặc cột hòm thư trong tệp đơn vị của cli import units).
web-health-no-private-chat = Người có vai trò chưa từng nhắn riêng với trợ lý
web-health-no-private-chat-fix = Trợ lý chưa nhắn riêng được cho những người này (nhắc việc, liên hệ người phản ánh, đăng nhập): mỗi người cần mở tin nhắn riêng với trợ lý và gõ /start một lần.
web-health-outbox = Tin nhắn gửi lỗi hoặc không rõ đã tới chưa
web-health-outbox-fix = Trong { $days } ngày gần nhất, tối đa { $limit } tin. Tin "không rõ" được giữ lại, không gửi lại, để nhóm không nhận hai lần; hãy kiểm tra trong nhóm. Nội dung tin không hiện ở đây vì có thể chứa thông tin riêng.
web-health-zalo = Token Zalo OA
web-health-zalo-none = Máy chủ này không dùng Zalo OA.
web-health-zalo-fix = Refresh token sống ba tháng kể từ lần làm mới gần nhất (ước tính). Khi hết hạn hoặc bị lỗi, quản trị viên OA chạy lại npm run cli -- zalo auth.
web-health-zalo-ok = Còn hiệu lực
web-health-zalo-access-expired = Access token đã hết hạn, chờ làm mới
web-health-zalo-refresh-soon = Sắp hết hạn: cần cấp quyền lại
web-health-zalo-refresh-expired = Đã hết hạn: cần cấp quyền lại
web-health-leaders-group = Nhóm lãnh đạo Sở
web-health-no-unit = chưa gắn
web-health-digest-at = kỳ { $period }, { $at }
web-health-digest-never = chưa gửi bản tin nào
web-health-active = Đang hoạt động
web-health-inactive = Đã ngừng (trợ lý bị gỡ khỏi nhóm)
web-health-untitled = (nhóm không tên)
web-health-in-doubt = Không rõ đã tới chưa
web-health-failed = Gửi lỗi
web-health-col-group = Nhóm
web-health-col-platform = Nền tảng
web-health-col-unit = Đơn vị
web-health-col-digest = Bản tin gần nhất
web-health-col-state = Tình trạng
web-health-col-person = Người
web-health-col-roles = Vai trò
web-health-col-when = Lúc
web-health-col-chat = Nơi nhận
web-health-col-kind = Loại tin
web-health-col-error = Lỗi
web-health-col-app = Ứng dụng
web-health-col-access = Access token hết hạn lúc
web-health-col-refresh = Refresh token hết hạn khoảng
web-platform-console = Console (dùng thử)
web-platform-telegram = Telegram
web-platform-zalo-oa = Zalo OA
web-platform-zalo-bot = Zalo Bot
