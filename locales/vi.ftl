# Trợ lý Đầu mối — tiếng Việt (ngôn ngữ mặc định).
# Mỗi câu người dùng đọc đều nằm ở đây. Ngày tháng truyền vào đã định dạng sẵn dd/mm/yyyy.

-bot-name = Trợ lý Đầu mối

## Vai trò

role-admin = quản trị viên
role-department-leader = lãnh đạo Sở
role-unit-leader = lãnh đạo đơn vị
role-focal-point = cán bộ đầu mối
role-deputy = cán bộ đầu mối dự phòng (cấp phó)
role-feedback-handler = cán bộ xử lý phản ánh
role-staff = cán bộ, nhân viên
role-in-unit = { $role } của { $unit }

## Lệnh: mô tả (hiện trong /help và menu lệnh) và cách dùng

cmd-start-description = Giới thiệu trợ lý và nhóm này
cmd-start-usage = /start
cmd-help-description = Các lệnh bạn dùng được ở đây
cmd-help-usage = /help
cmd-nhiemvu-description = Nhiệm vụ đang mở của đơn vị và hạn chót
cmd-nhiemvu-usage = /nhiemvu hoặc /nhiemvu <mã đơn vị>, ví dụ: /nhiemvu BVDK
cmd-dangky-description = Gắn nhóm chat này với một đơn vị (quản trị viên)
cmd-dangky-usage = /dangky <mã đơn vị>, ví dụ: /dangky BVDK; trong nhóm lãnh đạo Sở: /dangky lanhdao
cmd-phanquyen-description = Giao hoặc bỏ vai trò cho một người (quản trị viên)
cmd-phanquyen-usage =
    /phanquyen <vai trò> @tên — hoặc trả lời (reply) tin nhắn của người đó bằng /phanquyen <vai trò>
    Bỏ vai trò: /phanquyen bỏ <vai trò> @tên
    Vai trò: đầu mối, phó đầu mối, lãnh đạo đơn vị, lãnh đạo Sở, xử lý phản ánh, nhân viên, quản trị. Có thể thêm mã đơn vị ở cuối, ví dụ: /phanquyen đầu mối @lan BVDK
cmd-huy-description = Hủy thao tác đang làm dở
cmd-huy-usage = /huy

## Chung

usage-intro = Lệnh chưa đúng cú pháp. Cách dùng:
command-unknown = Không có lệnh { $command }. Gõ /help để xem các lệnh bạn dùng được.
command-group-only = Lệnh { $command } chỉ dùng trong nhóm chat của đơn vị.
command-private-only = Lệnh { $command } chỉ dùng khi nhắn riêng với trợ lý.
text-not-understood = Tôi chỉ hiểu các lệnh bắt đầu bằng dấu “/”. Gõ /help để xem các lệnh bạn dùng được.
input-too-long = Tin nhắn dài quá. Vui lòng gửi dưới { $max } ký tự, có thể chia thành nhiều tin.
error-internal = Xin lỗi, trợ lý gặp lỗi khi xử lý yêu cầu này. Vui lòng thử lại sau ít phút; nếu vẫn lỗi, hãy báo quản trị viên.
flow-expired = Thao tác trước đã quá thời gian chờ nên đã dừng. Gõ lại { $command } để bắt đầu lại.
choices-hint = Trả lời { $numbers }, hoặc gõ /huy để thôi.

## Quyền

permission-denied-admin =
    Chỉ quản trị viên mới dùng được lệnh { $command }. { $count ->
        [0] Hãy liên hệ phòng Tổ chức cán bộ của Sở để được hỗ trợ.
       *[other] Quản trị viên hiện nay: { $admins }.
    }
permission-denied-unit-member = Lệnh { $command } dành cho cán bộ của { $unit }. Bạn chưa có vai trò trong đơn vị này; hãy nhờ quản trị viên dùng /phanquyen nếu cần.
permission-no-role = Bạn chưa có vai trò nào trong hệ thống nên chưa dùng được lệnh { $command }{ $who }. Hãy nhờ quản trị viên dùng /phanquyen để giao vai trò cho bạn.
permission-for-roles = {" "}— lệnh này dành cho { $roles }
chat-not-bound = Nhóm này chưa được gắn với đơn vị nào nên chưa dùng được lệnh { $command }. Quản trị viên gõ /dangky <mã đơn vị> trong nhóm để gắn.

## /start

start-greeting = Xin chào { $name }! Tôi là { -bot-name }: tôi giúp đơn vị theo dõi nhiệm vụ, hạn báo cáo và phản ánh của người dân.
start-chat-unit = Nhóm này thuộc { $unit }.
start-chat-unbound = Nhóm này chưa gắn với đơn vị nào. Quản trị viên gõ /dangky <mã đơn vị> để gắn.
start-chat-private = Đây là trò chuyện riêng giữa bạn và trợ lý.
start-next = Gõ /help để xem các lệnh bạn dùng được.

## /help

help-header = Các lệnh bạn dùng được ở đây:
help-header-unit = Các lệnh bạn dùng được trong nhóm của { $unit }:
help-your-roles = Vai trò của bạn: { $roles }.
help-role-in-unit = { $role } ({ $unit })
help-no-role = Bạn chưa có vai trò nào. Nhờ quản trị viên dùng /phanquyen để giao vai trò (ví dụ: cán bộ đầu mối của đơn vị).
help-unbound = Nhóm này chưa gắn với đơn vị nào: quản trị viên gõ /dangky <mã đơn vị> để gắn.
help-diacritics = Có thể gõ có dấu hoặc không dấu.

## /huy

cancel-done = Đã hủy thao tác { $command } đang làm dở.
cancel-nothing = Không có thao tác nào đang chờ để hủy.

## /dangky

register-ask-code = Nhóm này thuộc đơn vị nào? Trả lời bằng mã đơn vị, ví dụ: BVDK (nhóm lãnh đạo Sở: trả lời lanhdao).
register-more-units = … và { $count } đơn vị khác.
register-done = Đã gắn nhóm này với { $unit }.
register-replaced = (Trước đây nhóm gắn với { $previous }.)
register-next = Từ nay nhóm nhận nhắc hạn và bản tin tuần của đơn vị. Quản trị viên giao vai trò đầu mối bằng /phanquyen.
register-unchanged = Nhóm này đã gắn với { $unit } từ trước, không có gì thay đổi.
register-leaders-done = Đã đặt nhóm này làm nhóm lãnh đạo của { $unit }. Từ nay nhóm nhận thông báo nhiệm vụ quá hạn và phản ánh quá hạn của các đơn vị, và bản tin lãnh đạo hằng tuần kèm biểu đồ.
register-leaders-unchanged = Nhóm này đã là nhóm lãnh đạo Sở từ trước, không có gì thay đổi.
register-no-department = Danh sách đơn vị chưa có đơn vị cấp Sở (đơn vị không có cấp trên). Hãy nhập danh sách đơn vị trước, rồi gõ lại /dangky lanhdao.
unit-not-found = Không tìm thấy đơn vị có mã { $code }. Gõ /dangky (không kèm mã) để xem danh sách mã đơn vị.
unit-not-found-suggest = Không tìm thấy đơn vị có mã { $code }. Có phải bạn muốn: { $suggestions }?

## /phanquyen

role-ask = Giao vai trò nào cho { $name }?
role-ask-again = Tôi chưa rõ vai trò bạn chọn. Vui lòng chọn một trong các vai trò sau:
role-unknown = Tôi không hiểu vai trò “{ $typed }”. Các vai trò: đầu mối, phó đầu mối, lãnh đạo đơn vị, lãnh đạo Sở, xử lý phản ánh, nhân viên, quản trị.
role-target-missing = Giao vai trò cho ai? Hãy ghi @tên người đó, hoặc trả lời (reply) một tin nhắn của họ bằng lệnh /phanquyen.
member-unknown-username = Tôi chưa biết @{ $username } là ai vì người này chưa nhắn tin với trợ lý. Nhờ họ gửi /start, hoặc trả lời (reply) một tin nhắn của họ bằng /phanquyen.
role-unit-required = Vai trò này gắn với một đơn vị. Hãy dùng lệnh trong nhóm của đơn vị, hoặc thêm mã đơn vị ở cuối, ví dụ: /phanquyen đầu mối @lan BVDK.
role-last-admin = Không thể bỏ vai trò của quản trị viên cuối cùng. Hãy giao quyền quản trị cho người khác trước.
role-granted = Đã giao vai trò { $role } cho { $name }.
role-already = { $name } đã có vai trò { $role } từ trước, không có gì thay đổi.
role-revoked = Đã bỏ vai trò { $role } của { $name }.
role-not-held = { $name } không có vai trò { $role }, không có gì thay đổi.

## /nhiemvu

tasks-header = Nhiệm vụ đang mở của { $unit } ({ $count }):
tasks-none = { $unit } không có nhiệm vụ nào đang mở.
tasks-more = … và { $count } nhiệm vụ khác.
tasks-header-all = Nhiệm vụ đang mở của tất cả đơn vị ({ $count }), hạn gần nhất trước:
tasks-units-open = { $count } đơn vị chưa hoàn thành
tasks-more-all = … và { $count } nhiệm vụ khác. Xem một đơn vị: /nhiemvu <mã đơn vị>; việc quá hạn: /quahan.
tasks-unit-required = Bạn chưa có vai trò ở đơn vị nào. Hãy ghi mã đơn vị, ví dụ: /nhiemvu BVDK.
tasks-forbidden-unit = Bạn không có vai trò ở { $unit } nên không xem được nhiệm vụ của đơn vị này.
task-plan = { $plan }
task-last-report = báo cáo { $date }: { $status ->
        [blocked] gặp khó khăn, { $percent }%
        [not_started] chưa bắt đầu
       *[other] { $percent }%
    }
due-overdue = quá hạn { $days } ngày (hạn { $date })
due-today = hạn hôm nay, { $date }
due-upcoming = hạn { $date } (còn { $days } ngày)
due-none = chưa có hạn
due-none-ad-hoc = báo cáo khi được yêu cầu
due-none-no-day = định kỳ, chưa có ngày cụ thể
due-none-data-period = theo kỳ số liệu
due-none-event = khi phát sinh sự việc

## /ngonngu

cmd-ngonngu-description = Chọn ngôn ngữ trợ lý trả lời bạn (tiếng Việt hoặc tiếng Anh)
cmd-ngonngu-usage = /ngonngu vi (tiếng Việt) hoặc /ngonngu en (English)
language-current = Trợ lý đang trả lời bạn bằng tiếng Việt. Đổi sang tiếng Anh: /ngonngu en
language-set = Từ nay trợ lý trả lời bạn bằng tiếng Việt.

## Cấu hình (thông báo cho người vận hành khi khởi động)

platform-start-failed = Không khởi động được kết nối tới nền tảng chat ({ $reason }). Kiểm tra token, địa chỉ API và đường mạng tới máy chủ của nền tảng, rồi khởi động lại.
database-unreachable = Không kết nối được PostgreSQL tại { $host } ({ $code }). Kiểm tra DATABASE_URL (máy chủ, cổng, tên cơ sở dữ liệu, mật khẩu) và máy chủ PostgreSQL đang chạy, rồi khởi động lại.
config-invalid = Cấu hình không hợp lệ, trợ lý chưa thể khởi động. Sửa các biến môi trường sau (xem .env.example):
config-problem = • { $key }: { $expect }
config-expect-postgres-url = cần một địa chỉ PostgreSQL dạng postgres://người-dùng:mật-khẩu@máy:5432/tên-csdl
config-expect-path = cần một đường dẫn thư mục
config-expect-port = cần một số cổng từ 1 đến 65535
config-expect-admin-ids = cần danh sách nền-tảng:mã cách nhau bằng dấu phẩy, ví dụ telegram:123456,zalo-oa:789; nền tảng là console, telegram, zalo-oa hoặc zalo-bot
config-expect-timezone = cần tên múi giờ IANA, ví dụ Asia/Ho_Chi_Minh
config-expect-locale = cần vi hoặc en
config-expect-minutes = cần số phút từ 1 đến 1440
config-expect-telegram-token = cần token do BotFather cấp, dạng 123456789:AA…
config-expect-url = cần một địa chỉ http:// hoặc https://
config-expect-telegram-secret = cần chuỗi bí mật 12–256 ký tự gồm chữ, số, _ hoặc -
config-expect-zalo-app-id = cần mã ứng dụng Zalo (chỉ gồm chữ số)
config-expect-secret = cần giá trị ít nhất 8 ký tự
config-expect-zalo-bot-token = cần token Zalo Bot do nền tảng cấp
config-expect-zalo-bot-secret = cần chuỗi bí mật 8–256 ký tự
config-expect-log-level = cần một trong: fatal, error, warn, info, debug, trace, silent
config-expect-telegram-secret-required = bắt buộc khi đặt TELEGRAM_WEBHOOK_URL (Telegram gửi lại chuỗi này để xác thực webhook)
config-expect-telegram-token-required = bắt buộc khi cấu hình webhook Telegram
config-expect-zalo-oa-required = bắt buộc khi dùng Zalo OA (Zalo OA cần cả ZALO_OA_APP_ID, ZALO_APP_SECRET và ZALO_OA_SECRET_KEY)
config-expect-zalo-bot-token-required = bắt buộc khi đặt ZALO_BOT_WEBHOOK_URL hoặc ZALO_BOT_WEBHOOK_SECRET

## Dòng lệnh (npm run cli) và console

cli-usage =
    Cách dùng: npm run cli -- <lệnh>
      chat [--user MÃ] [--chat MÃ] [--private]   trò chuyện với trợ lý: mỗi dòng nhập là một tin nhắn
      demo                                        nạp dữ liệu mẫu (Sở Y tế, các đơn vị, nhóm chat, năm kế hoạch)
      migrate                                     cập nhật cấu trúc cơ sở dữ liệu
      ask "<câu hỏi>" [--json]                    tra cứu văn bản (--json: kết quả dạng JSON)
      admin add <nền-tảng:mã>                     cấp quyền quản trị, ví dụ: admin add telegram:123456789
      digest [--dry-run] [--json] [--unit MÃ] [--at THỜI-ĐIỂM]  các bản tin tuần đến lịch (chạy thử: không gửi)
      xuatbaocao [mã kế hoạch] [kỳ] [--out THƯ-MỤC] [--at NGÀY-GIỜ]  lưu báo cáo tổng hợp (Excel, Word) vào thư mục
      reminders [--at THỜI-ĐIỂM] [--dry-run]      chạy nhắc hạn ngay (hoặc tại thời điểm ISO-8601) và in các tin nhắc
      bench <kịch-bản> [--json]                   chạy một phép đo hiệu năng (startup, dispatch, webhook, soak, hanchot, digest-build, fanout, extract, report-build, lookup, lookup-compare)
cli-unknown-command = Không có lệnh “{ $command }”.
cli-bad-option = Tham số không hợp lệ: { $message }
cli-option-unknown = không có tùy chọn { $option }
cli-option-extra = thừa tham số “{ $value }”
cli-option-value = tùy chọn { $option } cần (hoặc không nhận) một giá trị
cli-migrated = Cơ sở dữ liệu đã được cập nhật.
cli-demo-loaded = Đã nạp dữ liệu mẫu: Sở Y tế, { $units } đơn vị, nhóm chat của từng đơn vị và { $plans } kế hoạch.
cli-demo-present = Dữ liệu mẫu đã có sẵn, không nạp lại.
cli-admin-added = Đã cấp quyền quản trị cho { $id }.
cli-admin-present = { $id } đã là quản trị viên từ trước.
cli-admin-invalid = Cần dạng nền-tảng:mã, ví dụ telegram:123456789; nền tảng là console, telegram, zalo-oa hoặc zalo-bot.
console-banner-title = { -bot-name } — chạy thử trên máy (console), dữ liệu lưu tại { $dataDir }.
console-banner-demo = Lần chạy đầu tiên: đã nạp dữ liệu mẫu (Sở Y tế tỉnh Lai Châu, các đơn vị và năm kế hoạch).
console-banner-who = Bạn đang là { $name } trong nhóm “{ $chat }”. Gõ /help để bắt đầu; Ctrl+D để thoát.
console-banner-platforms = Muốn dùng trên Telegram: đặt TELEGRAM_BOT_TOKEN; trên Zalo: đặt ZALO_OA_APP_ID, ZALO_APP_SECRET và ZALO_OA_SECRET_KEY rồi chạy npm run cli -- zalo auth, hoặc đặt ZALO_BOT_TOKEN (trong tệp .env, xem README).
# npm start with no chat platform where the demo console must not open (PostgreSQL, or a deployment without a terminal)
-platform-settings = Hãy đặt ít nhất một nền tảng chat rồi khởi động lại: TELEGRAM_BOT_TOKEN (Telegram); hoặc ZALO_OA_APP_ID, ZALO_APP_SECRET và ZALO_OA_SECRET_KEY (Zalo OA); hoặc ZALO_BOT_TOKEN (Zalo Bot). Xem .env.example và README.
console-refused-postgres =
    Chưa cấu hình nền tảng chat nào, nên trợ lý không khởi động trên cơ sở dữ liệu PostgreSQL này (DATABASE_URL): chế độ chạy thử trên máy chỉ dùng cơ sở dữ liệu nhúng, và dữ liệu mẫu không bao giờ được nạp vào cơ sở dữ liệu thật.
    { -platform-settings }
    Muốn trò chuyện với trợ lý trên cơ sở dữ liệu này từ dòng lệnh: npm run cli -- chat (trong Docker: docker compose run --rm bot node dist/cli.js chat).
console-refused-production =
    Chưa cấu hình nền tảng chat nào và không có bàn phím để trò chuyện (NODE_ENV=production, đầu vào không phải terminal), nên trợ lý không khởi động.
    { -platform-settings }
console-no-units = Cơ sở dữ liệu chưa có đơn vị nào. Nạp dữ liệu mẫu bằng: npm run cli -- demo; hoặc nhập đơn vị của bạn: npm run cli -- import units <tệp.csv>.

## Khi trợ lý được thêm vào nhóm

joined-greeting = Xin chào cả nhóm! Tôi là { -bot-name }: tôi nhắc hạn báo cáo, nhận báo cáo tiến độ của cán bộ đầu mối và ghi sổ phản ánh của người dân. Gõ /help để xem các lệnh.
joined-unbound = Quản trị viên hãy gõ /dangky <mã đơn vị> để gắn nhóm này với đơn vị.
joined-bound = Nhóm này thuộc { $unit }.
anonymous-sender = Tin nhắn này được gửi ẩn danh (dưới tên nhóm hoặc kênh), nên trợ lý không biết ai đang dùng lệnh. Hãy tắt chế độ ẩn danh của quản trị viên rồi gõ lại lệnh.

## Ngày tháng

weekday-1 = thứ Hai
weekday-2 = thứ Ba
weekday-3 = thứ Tư
weekday-4 = thứ Năm
weekday-5 = thứ Sáu
weekday-6 = thứ Bảy
weekday-7 = Chủ nhật
date-with-weekday = { $weekday }, { $date }
due-day-off = — ngày nghỉ, nộp chậm nhất { $day }
due-day-off-named = — ngày nghỉ ({ $reason }), nộp chậm nhất { $day }
due-overdue-day-off = quá hạn { $days } ngày (hạn { $date } { $note })
due-today-day-off = hạn { $date } { $note } (hôm nay)
due-upcoming-day-off = hạn { $date } { $note } (còn { $days } ngày)

## /hanchot, /quahan

cmd-hanchot-description = Hạn chót sắp tới (mặc định 7 ngày)
cmd-hanchot-usage = /hanchot hoặc /hanchot <số ngày>, ví dụ: /hanchot 30
cmd-quahan-description = Nhiệm vụ đã quá hạn mà chưa hoàn thành
cmd-quahan-usage = /quahan
all-units = tất cả đơn vị
list-more = … và { $count } mục khác.
list-more-unit = … và { $count } mục khác: gõ /nhiemvu để xem đủ các nhiệm vụ đang mở của đơn vị.
list-more-all = … và { $count } mục khác: xem từng đơn vị bằng /nhiemvu <mã đơn vị>, hoặc cả kế hoạch trong tệp /xuatbaocao <mã kế hoạch>.
upcoming-header = Hạn chót trong { $days } ngày tới của { $who } ({ $count }):
upcoming-none = { $who } không có hạn chót nào trong { $days } ngày tới.
overdue-header = Quá hạn, chưa hoàn thành — { $who } ({ $count }):
overdue-none = { $who } không có nhiệm vụ nào quá hạn.
permission-denied-leader = Lệnh { $command } dành cho lãnh đạo Sở và quản trị viên.

## /baocao

cmd-baocao-description = Báo cáo tiến độ một nhiệm vụ (cán bộ đầu mối)
cmd-baocao-usage =
    /baocao — trợ lý hỏi từng bước; hoặc một dòng: /baocao <mã nhiệm vụ> <phần trăm hoặc tình trạng> <nội dung>
    Ví dụ: /baocao NV12 80% đã tập huấn 120 người; /baocao NV7 hoàn thành đã gửi công văn số 15
    Tình trạng: phần trăm (60%, 60 phần trăm), chưa bắt đầu, đang thực hiện, hoàn thành (xong), vướng (gặp khó khăn)
    Rút lại báo cáo vừa gửi: /baocao rut — sửa: /baocao sua, hoặc ngay một dòng: /baocao sua 90% nội dung mới
permission-denied-reporter = Chỉ cán bộ đầu mối hoặc đầu mối dự phòng của đơn vị mới báo cáo được bằng lệnh { $command }. Nếu bạn phụ trách việc này, hãy nhờ quản trị viên dùng /phanquyen.
report-status-not-started = Chưa bắt đầu
report-status-in-progress = Đang thực hiện
report-status-done = Hoàn thành
report-status-blocked = Gặp khó khăn
report-ask-task = Báo cáo nhiệm vụ nào?
report-ask-task-again = Tôi chưa rõ nhiệm vụ bạn chọn. Vui lòng chọn một nhiệm vụ trong danh sách:
report-more-tasks = (Còn { $count } nhiệm vụ khác: gõ /baocao <mã nhiệm vụ>, xem mã bằng /nhiemvu.)
report-ask-status = [{ $code }] { $title }: tình trạng thế nào? Có thể gõ số phần trăm, ví dụ 60%.
report-ask-status-again = Vui lòng chọn tình trạng, hoặc gõ số phần trăm (ví dụ 60%):
report-ask-percent = Đã thực hiện được bao nhiêu phần trăm? Gõ một số từ 0 đến 100, ví dụ 60%.
report-ask-text = Nội dung báo cáo: đã làm gì, kết quả ra sao (gõ ngắn gọn trong một tin nhắn).
report-ask-text-again = Tôi cần nội dung báo cáo bằng chữ. Vui lòng gõ vài dòng về kết quả thực hiện.
report-evidence-kept-ask-text = Đã nhận { $files } tệp minh chứng. Giờ hãy gõ nội dung báo cáo: đã làm gì, kết quả ra sao.
report-ask-evidence = Gửi ảnh hoặc tệp minh chứng (nếu có), hoặc gõ “bỏ qua”.
report-skip-evidence = Bỏ qua
report-confirm-send = Gửi báo cáo
report-confirm-cancel = Hủy
report-summary =
    Kiểm tra lại trước khi gửi:
    • Nhiệm vụ: [{ $code }] { $title }
    • Tình trạng: { $status } ({ $percent }%)
    • Nội dung: { $text }
    • Minh chứng: { $files ->
        [0] không có
       *[other] { $files } tệp
    }
report-cancelled = Đã hủy, chưa gửi báo cáo nào.
report-on-time = , hoàn thành đúng hạn
report-late = , hoàn thành trễ { $days } ngày
report-due-clause = {" "}(hạn { $date })
report-saved =
    Đã ghi nhận báo cáo của { $unit }: [{ $code }] { $title }{ $due } — { $status } ({ $percent }%){ $timing }.{ $files ->
        [0] {""}
       *[other] {" "}Kèm { $files } tệp minh chứng.
    }
report-sent-in-private = { $name } gửi báo cáo qua tin nhắn riêng với trợ lý:
report-withdrawn = Đã rút lại báo cáo về [{ $code }] { $title }.
report-which-unit = Bạn là đầu mối của nhiều đơn vị (hoặc chưa của đơn vị nào): hãy báo cáo trong nhóm chat của đơn vị đó.
report-nothing-open = { $unit } không có nhiệm vụ nào đang mở để báo cáo.
report-task-missing = Hãy ghi mã nhiệm vụ trước, ví dụ: /baocao NV12 80% nội dung. Xem mã bằng /nhiemvu.
report-unknown-task = Không tìm thấy nhiệm vụ “{ $code }” đang mở của đơn vị này. Gõ /nhiemvu để xem mã nhiệm vụ, hoặc /baocao để chọn từ danh sách.
report-percent-range = Phần trăm phải từ 0 đến 100 (bạn gõ { $percent }).
report-empty = Báo cáo cần có nội dung: hãy ghi ngắn gọn đã làm gì, kết quả ra sao.
report-too-long = Nội dung báo cáo dài quá; vui lòng gửi dưới { $max } ký tự.
report-done-not-full = Báo cáo “Hoàn thành” phải là 100%. Nếu chưa xong, hãy chọn “Đang thực hiện”.
report-forbidden-unit = Chỉ cán bộ đầu mối hoặc đầu mối dự phòng của { $unit } mới báo cáo được cho đơn vị này.
report-closed = Nhiệm vụ “{ $title }” đã hoàn thành. Nếu cần sửa báo cáo vừa gửi, gõ /baocao sua.
report-nothing-to-withdraw = Bạn chưa có báo cáo nào để rút lại hoặc sửa.
report-window-closed = Chỉ rút lại hoặc sửa được báo cáo trong { $minutes } phút sau khi gửi. Hãy gửi báo cáo mới để cập nhật.
report-percent-whole = Phần trăm phải là số nguyên từ 0 đến 100, ví dụ 60% (bạn gõ “{ $written }”).
report-confirm-unclear = Gõ “gửi” (hoặc 1) để gửi báo cáo, hoặc “hủy” (hoặc 2) để thôi.
report-correct-intro = Sửa báo cáo vừa gửi ({ $status }, { $percent }%: { $text }). Báo cáo cũ giữ nguyên cho đến khi bạn gửi bản sửa.
report-correct-replaces = Bản này sẽ thay báo cáo vừa gửi.
report-correction-cancelled = Đã hủy sửa; báo cáo vừa gửi vẫn giữ nguyên.
report-correction-stale = Báo cáo cần sửa đã được rút lại hoặc đã có báo cáo mới hơn, nên chưa sửa gì. Gõ /baocao sua để sửa báo cáo mới nhất.
report-correct-other-task = /baocao sua chỉ sửa báo cáo vừa gửi, về [{ $code }] { $title }. Để báo cáo nhiệm vụ khác, gõ /baocao <mã nhiệm vụ> … như thường.
report-corrected =
    Đã sửa báo cáo của { $unit }: [{ $code }] { $title }{ $due } — { $status } ({ $percent }%){ $timing }.{ $files ->
        [0] {""}
       *[other] {" "}Kèm { $files } tệp minh chứng.
    }

## /minhchung

cmd-minhchung-description = Xem ảnh, tệp minh chứng đã gửi kèm báo cáo của một nhiệm vụ
cmd-minhchung-usage = /minhchung <mã nhiệm vụ> [mã đơn vị], ví dụ: /minhchung NV12 BVDK
evidence-unit-required = Hãy ghi mã đơn vị, ví dụ: /minhchung NV12 BVDK.
evidence-none = [{ $code }] { $title } của { $unit } chưa có minh chứng nào.
evidence-header = Minh chứng của { $unit } cho [{ $code }] { $title }: { $count } tệp.
evidence-elsewhere = ({ $count } tệp được gửi trên nền tảng chat khác nên không chuyển sang đây được.)

## /nghiphep

cmd-nghiphep-description = Báo nghỉ phép: trong thời gian nghỉ, nhắc hạn chuyển cho đầu mối dự phòng
cmd-nghiphep-usage = /nghiphep đến <ngày/tháng>, ví dụ: /nghiphep đến 30/11; kết thúc sớm: /nghiphep huy; quản trị viên đặt cho người khác: /nghiphep đến 30/11 @tên
leave-usage = Hãy ghi ngày đi làm lại, ví dụ: /nghiphep đến 30/11, hoặc /nghiphep huy để kết thúc nghỉ phép.
leave-set = Đã ghi nhận { $name } nghỉ phép đến hết ngày { $until }. Trong thời gian này, nhắc hạn gửi cho đầu mối dự phòng.
leave-ended = Đã kết thúc nghỉ phép của { $name }; nhắc hạn gửi lại như thường.
leave-bad-date = Tôi không hiểu ngày “{ $text }”. Hãy ghi dạng ngày/tháng hoặc ngày/tháng/năm, ví dụ 30/11 hoặc 30/11/2026.
leave-past = Ngày kết thúc nghỉ phép đã qua. Hãy ghi một ngày từ hôm nay trở đi.
leave-forbidden = Chỉ quản trị viên mới đặt nghỉ phép cho người khác; bạn có thể đặt cho chính mình: /nghiphep đến 30/11.

## Nhắc hạn và báo lên lãnh đạo

reminder-nobody = cán bộ đầu mối (chưa được phân công)
reminder-before = Nhắc hạn, { $people }: các nhiệm vụ sau sắp đến hạn.
reminder-before-footer = Khi xong, báo cáo bằng /baocao <mã nhiệm vụ> <phần trăm> <nội dung>.
reminder-due = Hôm nay là hạn chót, { $people }:
reminder-due-footer = Nếu chưa kịp, hãy báo cáo tiến độ và khó khăn bằng /baocao để lãnh đạo nắm.
reminder-after =
    Báo cáo lãnh đạo Sở: { $count ->
        [1] một nhiệm vụ đã quá hạn mà các đơn vị sau chưa báo cáo hoàn thành.
       *[other] { $count } nhiệm vụ đã quá hạn mà các đơn vị sau chưa báo cáo hoàn thành.
    }
reminder-after-footer = Xem toàn bộ bằng /quahan.
cli-reminders-none = Không có nhắc hạn nào cho ngày này.
cli-reminders-queued = Đã xếp { $count } tin nhắc hạn vào hàng gửi.
cli-reminders-dry = (Chạy thử: chưa xếp tin nào vào hàng gửi.)
cli-bad-at = --at cần một thời điểm dạng ISO-8601, ví dụ 2026-11-23T08:00:00+07:00 (bạn gõ “{ $value }”); chưa chạy gì.
ladder-description = nhắc đầu mối { $before ->
        [0] không nhắc trước hạn
       *[other] { $before } ngày làm việc trước hạn
    }; { $onDue ->
        [yes] báo lãnh đạo đơn vị vào ngày đến hạn
       *[no] không báo lãnh đạo đơn vị vào ngày đến hạn
    }; { $after ->
        [never] không báo lãnh đạo Sở
        [0] báo lãnh đạo Sở ngay khi quá hạn
       *[other] báo lãnh đạo Sở sau { $after } ngày làm việc quá hạn
    }
ladder-shown = Nhắc hạn của kế hoạch { $code } ({ $title }): { $ladder }{ $own ->
        [yes] .
       *[no] {" "}(mặc định).
    }
ladder-set = Đã đổi nhắc hạn của kế hoạch { $code } ({ $title }): { $ladder }{ $own ->
        [yes] .
       *[no] {" "}(mặc định).
    } Áp dụng từ lần nhắc tiếp theo.
ladder-plan-not-found = Không có kế hoạch mã “{ $code }”. Mã kế hoạch là mã in khi nhập kế hoạch, ví dụ KH20-2020.
ladder-out-of-range = Số ngày làm việc phải là số nguyên từ 0 đến 30.
ladder-bad-option = { $option } chưa đúng: --before và --escalate-after là số ngày làm việc từ 0 đến 30 (--escalate-after never: không báo lãnh đạo Sở), --on-due là yes hoặc no.
plan-usage =
    Cách dùng: npm run cli -- plan ladder <mã kế hoạch> [--before N] [--on-due yes|no] [--escalate-after N|never] [--default]
      không có tùy chọn: xem lịch nhắc hạn của kế hoạch
      --before N            nhắc đầu mối (hoặc đầu mối dự phòng khi đầu mối nghỉ phép) N ngày làm việc trước hạn (0: không nhắc)
      --on-due yes|no       báo lãnh đạo đơn vị vào ngày đến hạn
      --escalate-after N    báo nhóm lãnh đạo Sở N ngày làm việc sau hạn (never: không báo)
      --default             trở về lịch nhắc mặc định (3 ngày trước; báo lãnh đạo đơn vị đúng hạn; báo lãnh đạo Sở sau 1 ngày)
import-plan-ladder = Nhắc hạn: { $ladder }.

## Phản ánh, góp ý (/phananh, /xuly, /homthu)

config-expect-feedback-sla = cần dạng kênh[.urgent]=số ngày làm việc, cách nhau bằng dấu phẩy, ví dụ hotline.urgent=0,hotline=3,box=10 (kênh: box, hotline, direct, email, portal)
cmd-phananh-description = Ghi sổ phản ánh từ hòm thư góp ý, đường dây nóng, trực tiếp…; xem danh sách và thống kê
cmd-phananh-usage =
    /phananh — trợ lý hỏi từng bước; hoặc một dòng: /phananh <kênh> [khẩn] <nội dung>, kênh: hòm thư, đường dây nóng, trực tiếp, email, cổng
    Ví dụ: /phananh đường dây nóng Người nhà phản ánh chờ khám lâu ở khoa Nhi; việc khẩn: /phananh hotline khẩn <nội dung> (không dấu: khan cap)
    Sửa loại, mức độ: /phananh PA-2026-0001 loai <loại> — /phananh PA-2026-0001 muc <khẩn|thường>
    Xem: /phananh xem PA-2026-0001 — tồn đọng: /phananh ds — thống kê: /phananh thongke [tháng 10/2025|quý IV/2025|năm 2025]
    Thông tin liên hệ của người phản ánh (chỉ nhắn riêng với trợ lý): /phananh lienhe PA-2026-0001 <họ tên, số điện thoại, email>
cmd-xuly-description = Ghi kết quả xử lý một phản ánh (cán bộ xử lý phản ánh)
cmd-xuly-usage = /xuly <mã phản ánh> [trạng thái] <nội dung xử lý>, trạng thái: đang xử lý, đã xử lý, chuyển cơ quan khác, không thuộc thẩm quyền, mở lại. Ví dụ: /xuly PA-2026-0001 đã xử lý Đã xin lỗi và điều chỉnh lịch khám
cmd-homthu-description = Ghi biên bản mở hòm thư góp ý (kể cả 0 thư)
cmd-homthu-usage = /homthu <số thư> [ngày/tháng] [người chứng kiến], ví dụ: /homthu 3 chứng kiến: Nguyễn Văn A, Trần Thị B; gõ /homthu để xem lần mở gần nhất; lịch mở: /homthu lich <số ngày>
permission-denied-feedback-intake = Lệnh { $command } dành cho cán bộ đầu mối, đầu mối dự phòng hoặc cán bộ xử lý phản ánh của đơn vị. Hãy nhờ quản trị viên dùng /phanquyen nếu bạn phụ trách việc này.
permission-denied-feedback-handler = Chỉ cán bộ xử lý phản ánh mới dùng được lệnh { $command }. Hãy nhờ quản trị viên dùng /phanquyen xử lý phản ánh nếu bạn phụ trách việc này.
feedback-channel-box = hòm thư góp ý
feedback-channel-hotline = đường dây nóng
feedback-channel-direct = trực tiếp
feedback-channel-email = email
feedback-channel-portal = cổng thông tin
feedback-category-attitude = thái độ phục vụ
feedback-category-professional = chuyên môn
feedback-category-procedure = thủ tục hành chính
feedback-category-hygiene = vệ sinh môi trường
feedback-category-price = giá dịch vụ, BHYT
feedback-category-praise = khen ngợi
feedback-category-other = khác
feedback-status-received = tiếp nhận
feedback-status-in-progress = đang xử lý
feedback-status-resolved = đã xử lý
feedback-status-transferred = chuyển cơ quan khác
feedback-status-out-of-scope = không thuộc thẩm quyền
feedback-status-linked = gộp vào vụ việc khác
feedback-status-acknowledged = đã ghi nhận
feedback-redacted = [đã ẩn]
feedback-severity-normal = bình thường
feedback-severity-urgent = khẩn cấp
feedback-sla-due = hạn xử lý { $date }
feedback-sla-none = không có hạn xử lý
feedback-details-head = Phản ánh { $code }, tiếp nhận lúc { $received }
feedback-details-content = Nội dung: { $content }
feedback-details-contact = Người phản ánh: { $contact }
feedback-details-action = • { $at } — { $status }: { $note }
feedback-which-unit = Bạn ghi sổ phản ánh cho nhiều đơn vị (hoặc chưa cho đơn vị nào): hãy dùng lệnh trong nhóm chat của đơn vị.
feedback-logged-in-private = { $name } ghi sổ phản ánh qua tin nhắn riêng với trợ lý:
feedback-handled-in-private = { $name } cập nhật xử lý phản ánh qua tin nhắn riêng với trợ lý:
feedback-saved = Đã ghi sổ phản ánh { $code }.
feedback-linked-saved = Đã ghi { $code } và gộp vào vụ việc { $main }.
feedback-contact-private = Thông tin liên hệ của người phản ánh (nếu có) vui lòng nhắn riêng cho trợ lý: /phananh lienhe { $code } <họ tên, số điện thoại>.
feedback-new-for-handler = Phản ánh mới của { $unit }, cần xử lý: /xuly { $code } <trạng thái> <nội dung>
feedback-ask-channel = Phản ánh nhận qua kênh nào?
feedback-received-today = Hôm nay
feedback-received-yesterday = Hôm qua
feedback-ask-received = Nhận phản ánh khi nào? Chọn, hoặc gõ ngày (và giờ nếu có), ví dụ 20/11 14:30.
feedback-ask-content = Nội dung phản ánh (ghi đúng ý người phản ánh):
feedback-duplicate-ask = Phản ánh này giống một vụ việc chưa xử lý xong của đơn vị trong 7 ngày qua. Có phải cùng một vụ việc?
feedback-duplicate-same = Cùng vụ việc { $code }
feedback-duplicate-new = Vụ việc khác
feedback-duplicate-again = Có phải cùng vụ việc { $code }? Trả lời “có” hoặc “không” (hoặc chọn số).
feedback-praise-acknowledged = Lời khen đã được ghi nhận; không cần xử lý.
feedback-guessed = Trợ lý đoán loại: { $category }; mức độ: { $severity }. Nếu chưa đúng: /phananh { $code } loai <loại> hoặc /phananh { $code } muc <khẩn|thường>.
feedback-reclassify-usage = Cách dùng: /phananh { $code } loai <thái độ | chuyên môn | thủ tục | vệ sinh | giá, BHYT | khen ngợi | khác>, hoặc /phananh { $code } muc <khẩn | thường>.
feedback-reclassify-unchanged = { $code } đã có đúng loại và mức độ đó; không có gì thay đổi.
feedback-reclassified = Đã sửa { $code }: loại { $category }, mức độ { $severity }.
feedback-reclassified-sla = Hạn xử lý đã được tính lại theo loại và mức độ mới; việc nhắc hạn bắt đầu lại.
feedback-ask-category = Thuộc loại nào?
feedback-ask-severity = Mức độ?
feedback-contact-skip = Không có / ẩn danh
feedback-ask-contact = Thông tin liên hệ của người phản ánh (họ tên, số điện thoại, email) — chỉ cán bộ xử lý và lãnh đạo xem được. Nếu không có, chọn bỏ qua.
feedback-stats-usage = Cách dùng: /phananh thongke (tháng này), /phananh thongke thang 10 hoặc thang 10/2025, /phananh thongke quy 3 hoặc quý IV/2025, /phananh thongke nam 2025
feedback-period-month = tháng { $month }/{ $year }
feedback-period-quarter = quý { $quarter }/{ $year }
feedback-period-year = năm { $year }
feedback-rate-none = chưa có vụ việc đến hạn
feedback-stats-head = Thống kê phản ánh — { $who }, { $period }: { $count } vụ việc
feedback-stats-channels = Theo kênh: { $list }
feedback-stats-categories = Theo loại: { $list }
feedback-stats-statuses = Theo trạng thái: { $list }
feedback-stats-on-time = Tỷ lệ xử lý đúng hạn: { $rate } (đúng hạn { $onTime }, trễ hạn { $late }, quá hạn chưa xử lý { $overdue })
feedback-stats-backlog = Tồn đọng (quá hạn chưa xử lý, mọi thời điểm): { $count } — { $codes }
feedback-stats-backlog-none = Tồn đọng (quá hạn chưa xử lý, mọi thời điểm): không có.
feedback-forbidden-view = Bạn không có vai trò ở đơn vị của phản ánh { $code } nên không xem được.
feedback-open-none = { $who } không có phản ánh nào đang chờ xử lý.
feedback-open-head = Phản ánh đang chờ xử lý — { $who } ({ $count }):
feedback-contact-private-only = Để bảo mật, thông tin liên hệ của người phản ánh chỉ gửi qua tin nhắn riêng với trợ lý.
feedback-contact-empty = Tôi chưa thấy họ tên, số điện thoại hay email nào. Ví dụ: /phananh lienhe PA-2026-0001 Nguyễn Văn A 0912345678
feedback-contact-saved = Đã lưu riêng thông tin liên hệ cho { $code }; chỉ cán bộ xử lý và lãnh đạo xem được.
feedback-unknown-channel = Tôi không hiểu kênh “{ $word }”. Các kênh: hòm thư, đường dây nóng, trực tiếp, email, cổng.
feedback-bad-date = Tôi không hiểu ngày “{ $text }”. Hãy ghi “hôm nay”, “hôm qua” hoặc ngày/tháng, ví dụ 20/11 hoặc 20/11/2026 14:30.
feedback-future-date = Thời điểm nhận phản ánh không thể ở tương lai. Hãy kiểm tra lại ngày giờ.
feedback-empty = Nội dung phản ánh còn trống hoặc quá ngắn. Hãy ghi rõ người dân phản ánh điều gì.
feedback-too-long = Nội dung dài quá; vui lòng tóm tắt dưới { $max } ký tự.
feedback-forbidden-intake = Chỉ cán bộ đầu mối, đầu mối dự phòng hoặc cán bộ xử lý phản ánh của { $unit } mới ghi sổ phản ánh cho đơn vị này.
feedback-unknown-code = Không có phản ánh mã “{ $code }”. Xem các mã bằng /phananh ds.
feedback-forbidden-handle = Chỉ cán bộ xử lý phản ánh của đơn vị mới ghi kết quả xử lý { $code }.
feedback-other-unit-chat = Phản ánh { $code } thuộc { $unit }: hãy xem hoặc xử lý trong nhóm chat của đơn vị đó, hoặc nhắn riêng với trợ lý.
feedback-linked = { $code } đã được gộp vào một vụ việc khác; hãy xử lý vụ việc chính.
feedback-note-missing = Hãy ghi nội dung đã xử lý (ít nhất vài chữ), ví dụ: đã gọi điện xin lỗi và hẹn khám lại.
feedback-already-closed = { $code } đã đóng. Nếu cần xử lý tiếp, gõ /xuly { $code } mở lại <lý do>.
feedback-not-closed = { $code } đang mở, không cần mở lại.
feedback-closed-on-time = , đúng hạn
feedback-closed-late = , trễ hạn
feedback-handled = Đã cập nhật { $code }: { $from } → { $to }{ $timing }.
feedback-ask-status = Cập nhật trạng thái của { $code }:
feedback-ask-note = Nội dung đã xử lý (ngắn gọn):
box-letters-range = Số thư phải từ 0 đến { $max }.
box-last = Lần mở hòm thư gần nhất: { $date }, { $letters } thư.
box-never = Chưa có biên bản mở hòm thư nào.
box-late = Hòm thư đã quá hạn mở { $days } ngày (lịch: { $cadence } ngày một lần, hạn { $date }). Khi mở, gõ /homthu <số thư>.
box-next = Lần mở tiếp theo: { $date } (lịch: { $cadence } ngày một lần).
box-usage = Cách dùng: /homthu <số thư> [ngày/tháng] [người chứng kiến], ví dụ: /homthu 0 hoặc /homthu 3 20/11 Nguyễn Văn A, Trần Thị B
box-recorded = Đã ghi biên bản mở hòm thư ngày { $date }: { $letters } thư; chứng kiến: { $witnesses }.
box-recorded-no-witness = Đã ghi biên bản mở hòm thư ngày { $date }: { $letters } thư (không ghi người chứng kiến).
box-future-date = Ngày mở hòm thư không thể ở tương lai. Hãy ghi ngày đã mở, ví dụ /homthu 3 20/11.
box-same-day-ask = Ngày { $date } đã có { $count ->
        [1] một biên bản mở hòm thư
       *[other] { $count } biên bản mở hòm thư
    } ({ $letters } thư). Ghi thêm một lần mở nữa trong ngày?
box-same-day-add = Ghi thêm lần mở này
box-same-day-drop = Không ghi
box-same-day-again = Ghi thêm một lần mở hòm thư trong cùng ngày? Trả lời “có” hoặc “không”.
box-same-day-dropped = Không ghi thêm biên bản nào.
box-no-schedule = Đơn vị không có lịch mở hòm thư góp ý. Đặt lịch: /homthu lich <số ngày>.
box-cadence-current = Lịch mở hòm thư của { $unit }: { $cadence } ngày một lần. Đổi: /homthu lich <số ngày> (hoặc “mặc định”).
box-cadence-set = Đã đặt lịch mở hòm thư của { $unit }: { $cadence } ngày một lần. Lần mở tiếp theo: { $date }.
box-cadence-none-set = Đã ghi: { $unit } không có hòm thư góp ý, trợ lý không nhắc mở hòm thư.
box-cadence-usage = Cách dùng: /homthu lich <số ngày>, ví dụ /homthu lich 7 (hằng tuần), /homthu lich 2 tuan, /homthu lich mac dinh; /homthu lich 0 nếu đơn vị không có hòm thư.
box-cadence-range = Lịch mở hòm thư phải từ 0 đến { $max } ngày.
box-cadence-forbidden = Lịch mở hòm thư do cán bộ đầu mối hoặc đầu mối dự phòng của đơn vị đặt (quản trị viên đặt cho nhiều đơn vị bằng tệp đơn vị: npm run cli -- import units).
feedback-reminder-nobody = cán bộ xử lý phản ánh (chưa được phân công)
feedback-reminder-before = Nhắc hạn xử lý phản ánh, { $people }: các vụ việc sau đến hạn vào ngày làm việc tới.
feedback-reminder-due = Hôm nay là hạn xử lý các phản ánh sau, { $people }:
feedback-reminder-after =
    Báo cáo lãnh đạo Sở: { $count ->
        [1] một phản ánh đã quá hạn xử lý.
       *[other] { $count } phản ánh đã quá hạn xử lý.
    }
feedback-reminder-footer = Ghi kết quả bằng /xuly <mã> <trạng thái> <nội dung>.
feedback-reminder-after-footer = Xem toàn bộ bằng /phananh ds.
box-reminder = Đến lịch mở hòm thư góp ý (lần trước: { $last }). Khi mở, ghi biên bản bằng /homthu <số thư> <người chứng kiến>; không có thư thì gõ /homthu 0.
box-reminder-first = Đơn vị chưa có biên bản mở hòm thư góp ý nào. Khi mở hòm thư, ghi biên bản bằng /homthu <số thư> <người chứng kiến>; không có thư thì gõ /homthu 0.
## Hạn chót, lịch làm việc, trích xuất và nhập kế hoạch, nhập đơn vị

        [6] thứ Bảy
       *[7] Chủ nhật
    })
rule-once = { $precision ->
        [early_month] đầu tháng { $month } (tạm lấy hạn { $date })
        [mid_month] giữa tháng { $month } (tạm lấy hạn { $date })
        [month] trong tháng { $month } (hạn { $date })
        [quarter] trong quý { $quarter } (hạn { $date })
        [year] trong năm { $year } (hạn { $date })
       *[day] { $inclusive ->
            [true] chậm nhất ngày { $date }
           *[false] trước ngày { $date } (hạn cuối { $last })
        }
    }
rule-yearly = hằng năm, { $inclusive ->
        [true] chậm nhất ngày { $date }
       *[false] trước ngày { $date }
    }
rule-quarterly = hằng quý, { $inclusive ->
        [true] chậm nhất
       *[false] trước
    } ngày { $day } của tháng { $month ->
        [1] đầu
        [2] thứ hai
       *[3] cuối
    } quý
rule-monthly = hằng tháng, { $inclusive ->
        [true] chậm nhất
       *[false] trước
    } ngày { $day }
rule-weekly = hằng tuần, vào { $weekday ->
        [1] thứ Hai
        [2] thứ Ba
        [3] thứ Tư
        [4] thứ Năm
        [5] thứ Sáu
        [6] thứ Bảy
       *[7] Chủ nhật
    }
rule-after-period = trong { $offset } { $unit ->
        [working_days] ngày làm việc
       *[days] ngày
    } sau khi kết thúc { $period ->
        [month] mỗi tháng
        [quarter] mỗi quý
        [half_year] mỗi 6 tháng
       *[year] mỗi năm
    }
extract-typo-quarter = “{ $written }” được đọc là { $read } (có vẻ gõ nhầm); cần kiểm tra lại.
extract-typo-year = “{ $written }” được đọc là năm { $read } (có vẻ gõ nhầm); cần kiểm tra lại.
extract-typo-month = “{ $written }” không có tháng này; được đọc là { $read }; cần kiểm tra lại.
extract-invalid-date = Ngày “{ $written }” không tồn tại; không tạo hạn từ ngày này.
extract-invalid-quarter = “{ $written }” không phải là một quý (chỉ có quý I đến IV); không tạo hạn.
extract-invalid-month = “{ $written }” không phải là một tháng (1 đến 12); không tạo hạn.
extract-year-assumed = “{ $written }” không ghi năm; lấy năm { $year } ({ $source ->
        [plan] năm của kế hoạch
       *[reference] theo ngày tham chiếu
    }).
extract-approximate = “{ $written }” không nêu ngày cụ thể; tạm lấy hạn { $due } (quy ước: đầu tháng là ngày 1–10, giữa tháng 11–20, cuối kỳ đến hết kỳ).
extract-year-only = “{ $written }”: việc làm một lần, chỉ nêu năm, không nêu ngày; tạm lấy hạn hết năm ({ $due }); cần kiểm tra lại.
extract-approximate-recurring = “{ $written }” không nêu ngày cụ thể; tạm lấy theo quy ước: đầu kỳ là ngày 10, giữa kỳ ngày 20 (quý: ngày 15 tháng giữa), cuối kỳ là ngày cuối cùng.
extract-month-of-quarter-assumed = “{ $written }” không nói tháng nào trong quý; tạm lấy tháng cuối quý.
extract-event-anchor = “{ $written }” là thời gian của việc nêu sau “Sau khi”, có thể không phải hạn của nhiệm vụ; cần kiểm tra lại.
extract-data-window = “{ $written }” là khoảng thời gian chốt số liệu, không phải hạn nộp.
extract-period-unknown = “{ $written }”: không rõ kỳ báo cáo là tháng, quý hay năm; chưa tạo hạn.
extract-no-deadline = Không thấy thời hạn nào trong văn bản này.
extract-unit-not-found = Danh sách đơn vị không có “{ $name }”; nhiệm vụ này chưa giao cho đơn vị nào.
extract-unit-fallback = Danh sách đơn vị không có “{ $name }”; tạm giao cho Sở Y tế.
extract-past-deadline = Hạn { $due } đã qua.
extract-plan-year-assumed = Kế hoạch không ghi năm; tạm lấy năm { $year }.
extract-plan-year-inferred = Kế hoạch không ghi năm ban hành; theo các mốc thời gian trong kế hoạch, lấy năm { $year }.
extract-plan-year-unknown = Văn bản không ghi năm; các hạn đọc được không cần năm. Nếu biết năm của kế hoạch, hãy ghi lại.
extract-plan-title-from-text = Văn bản không có tiêu đề “KẾ HOẠCH” (có thể là bài báo “{ $headline }”); tạm đặt tên kế hoạch là “{ $title }”; cần kiểm tra lại.
extract-no-tasks = Không tìm thấy nhiệm vụ nào trong văn bản này.
import-plan-header = Kế hoạch: { $title }
import-plan-meta = Số: { $symbol } · Mã: { $code } · Cơ quan ban hành: { $issuer } · Ngày ban hành: { $issued } · Năm: { $year }
import-plan-issued-month = tháng { $month } (không ghi ngày)
import-plan-tasks = Đề xuất { $count } nhiệm vụ:
import-task-line = { $index }. { $title }
import-task-due = Hạn: { $rule }
import-task-responsible = Giao: { $responsible } → { $units }
import-task-units-default = Giao: các đơn vị trực thuộc (kế hoạch không nói rõ) → { $units }
import-task-units-none = Giao: { $responsible } → chưa có đơn vị tương ứng
import-task-recipient = Gửi: { $recipient }
import-warning = ⚠ { $warning }
import-plan-confirm = Lưu kế hoạch và { $count } nhiệm vụ? Trả lời “có” để lưu, “không” để hủy, hoặc “bỏ 2 5” để bỏ các nhiệm vụ số 2 và 5.
import-plan-saved = Đã lưu kế hoạch { $code }: { $tasks } nhiệm vụ, { $assignments } lượt giao cho đơn vị.
import-plan-cancelled = Đã hủy, không lưu gì.
import-plan-no-answer = Không nhận được câu trả lời nên chưa lưu gì. Thêm --yes để lưu không cần hỏi.
import-plan-answer-unclear = Chưa rõ ý bạn. Trả lời “có”, “không”, hoặc “bỏ” kèm số thứ tự nhiệm vụ (từ 1 đến { $count }).
import-plan-dropped = Đã bỏ nhiệm vụ { $dropped }; còn { $count } nhiệm vụ.
import-plan-exists = Kế hoạch này đã được nhập trước đây (mã { $code }); không nhập lại.
import-plan-no-tasks = Không có nhiệm vụ nào để lưu.
import-plan-empty = Văn bản trống; hãy gửi nội dung kế hoạch.
import-plan-file-invalid = Tệp kế hoạch chưa đúng mẫu (xem README, mục “Importing plans”, phần “From YAML or JSON”, và mẫu resources/plans/example-plan.yaml); chưa lưu gì:
import-plan-file-problem = • { $task ->
        [none] {""}
       *[other] nhiệm vụ “{ $task }” ({ $path }){""}
    }{ $task ->
        [none] { $path }
       *[other] {""}
    }: { $kind ->
        [missing] còn thiếu
        [unknown_field] trường không có trong mẫu
        [no_such_date] ngày { $value } không có trên lịch; hãy sửa lại cho đúng
       *[invalid] giá trị không hợp lệ
    }
import-file-unreadable = Không đọc được tệp “{ $file }”.
import-file-syntax = Tệp “{ $file }” không phải YAML/JSON hợp lệ (lỗi ở dòng { $line }).
import-plan-file-kind = Chỉ nhập được tệp .txt (văn bản kế hoạch), .yaml, .yml hoặc .json.
import-usage =
    Cách dùng: npm run cli -- import <loại> <tệp>
      plan <tệp.txt|.yaml|.json> [--dry-run] [--json] [--yes] [--reference-date YYYY-MM-DD]
                                   đọc kế hoạch, đề xuất nhiệm vụ để duyệt rồi mới lưu
      units <tệp.csv> [--dry-run]  thêm hoặc cập nhật đơn vị (cột: mã, tên, tên ngắn, loại, mã đơn vị cha, lịch mở hòm thư — số ngày, không bắt buộc)
      documents <tệp.json>         thêm hoặc cập nhật văn bản trong danh mục tra cứu (báo nhóm theo dõi khi văn bản bị thay thế)
import-unknown-kind = Không có loại nhập “{ $kind }”.
import-units-summary = Đơn vị: thêm { $inserted }, cập nhật { $updated }, giữ nguyên { $unchanged }.
import-units-dry-run = (Chạy thử: chưa lưu gì.)
import-units-invalid = Tệp đơn vị có lỗi; chưa lưu gì:
import-units-problem = • dòng { $line }, { $field ->
        [code] mã
        [name] tên
        [short_name] tên ngắn
        [kind] loại
        [parent] đơn vị cha
        [box_cadence] lịch mở hòm thư (số ngày)
       *[columns] số cột
    }: { $kind ->
        [missing] còn thiếu
        [duplicate] trùng với một dòng trước
        [unknown_parent] không có đơn vị cha “{ $value }”
        [cycle] đơn vị cha tạo thành vòng
        [too_long] quá dài
       *[invalid] “{ $value }” không hợp lệ
    }
cli-deadlines-usage = Cách dùng: npm run cli -- deadlines "<câu tiếng Việt>" [--json] [--reference-date YYYY-MM-DD]
cli-bad-reference-date = --reference-date cần một ngày có thật dạng YYYY-MM-DD, ví dụ 2026-11-22.
cli-deadlines-rules = Thời hạn đọc được:
cli-deadlines-rule = • { $rule }
cli-usage-more =
    {"  "}deadlines "<câu>" [--json] [--reference-date YYYY-MM-DD]   đọc thời hạn trong một câu tiếng Việt
    {"  "}import plan|units|documents <tệp> …                   nhập kế hoạch (txt/yaml/json), đơn vị (csv) hoặc văn bản (json); xem: import --help
    {"  "}holidays list [năm] | add <ngày> <tên> | workday <ngày> <tên> | remove <ngày>
    {"                                              "}ngày nghỉ lễ, ngày nghỉ theo thông báo và ngày làm bù
    {"  "}plan ladder <mã kế hoạch> [--before N] [--on-due yes|no] [--escalate-after N|never] [--default]
    {"                                              "}xem hoặc đổi lịch nhắc hạn của một kế hoạch
import-csv-syntax = Tệp “{ $file }” không phải CSV hợp lệ (lỗi ở dòng { $line }).
# Public holidays of the Labor Code 2019, art. 112 (src/core/calendar/day-off-name.ts)
holiday-new-year = Tết Dương lịch
holiday-tet = Tết Nguyên đán
holiday-hung-kings = Giỗ Tổ Hùng Vương
holiday-reunification = Ngày Chiến thắng
holiday-labour-day = Ngày Quốc tế Lao động
holiday-national-day = Quốc khánh
holiday-compensation = Nghỉ bù { $holiday }
holidays-header = Ngày nghỉ và ngày làm bù năm { $year }:
holidays-line = { $date } · { $name } · { $kind ->
        [working_day] ngày làm việc (làm bù)
       *[day_off] nghỉ
    }{ $source ->
        [announced] , theo thông báo
       *[law] , theo Bộ luật Lao động
    }
holidays-set = Đã ghi { $date } là { $kind ->
        [working_day] ngày làm việc (làm bù)
       *[day_off] ngày nghỉ
    }: { $name }. Hạn chót tính theo lịch mới ngay từ bây giờ.
holidays-replaced = (Thay cho ghi chú trước: { $name }.)
holidays-redated = Đã tính lại hạn chót của { $count } lượt nhiệm vụ đang mở có hạn tính theo ngày làm việc.
holidays-removed = Đã xóa ghi chú ngày { $date } ({ $name }); ngày này tính lại theo lịch thường.
holidays-usage =
    Cách dùng: npm run cli -- holidays <lệnh>
      list [năm]                 ngày nghỉ lễ (theo Bộ luật Lao động) và ngày nghỉ, làm bù đã ghi
      add <ngày> <tên>           ghi một ngày nghỉ theo thông báo, ví dụ: add 13/02/2026 Nghỉ Tết theo thông báo
      workday <ngày> <tên>       ghi một ngày làm bù, ví dụ: workday 28/02/2026 Làm bù ngày 13/02
      remove <ngày>              xóa ghi chú của một ngày
calendar-bad-date = “{ $written }” không phải một ngày hợp lệ; hãy ghi dạng 13/02/2026 (từ năm 2000 đến 2100).
calendar-bad-year = Năm cần là một số từ { $min } đến { $max }.
calendar-name-required = Cần ghi tên hoặc lý do của ngày này, ví dụ “Nghỉ bù Tết”.
calendar-name-too-long = Tên ngày nghỉ dài quá { $max } ký tự.
calendar-not-found = Ngày { $date } chưa có ghi chú nào để xóa.
rule-unscheduled = { $reason ->
        [ad_hoc] đột xuất, khi được yêu cầu
        [event] khi phát sinh sự việc
        [data_period] theo kỳ số liệu, chưa có hạn nộp
       *[no_day] chưa có ngày cụ thể (thường xuyên, định kỳ hoặc chưa ấn định)
    }
cmd-ngaynghi-description = Ngày nghỉ lễ, ngày nghỉ theo thông báo và ngày làm bù (quản trị viên)
cmd-ngaynghi-usage =
    /ngaynghi [năm] — xem ngày nghỉ, ngày làm bù của năm
    /ngaynghi thêm <ngày> <tên> — ghi một ngày nghỉ theo thông báo, ví dụ: /ngaynghi thêm 13/02/2026 Nghỉ Tết
    /ngaynghi làm bù <ngày> <tên> — ghi một ngày làm bù, ví dụ: /ngaynghi làm bù 28/02/2026 Làm bù ngày 13/02
    /ngaynghi xóa <ngày> — xóa ghi chú của một ngày
cmd-nhapkehoach-description = Nhập kế hoạch từ văn bản dán vào, duyệt rồi mới lưu (quản trị viên, trò chuyện riêng)
cmd-nhapkehoach-usage = /nhapkehoach rồi dán nội dung kế hoạch (một hoặc nhiều tin nhắn, kết thúc bằng “xong”); hoặc /nhapkehoach <nội dung> trong một tin nhắn
plan-chat-ask-text = Hãy dán nội dung kế hoạch. Có thể gửi nhiều tin nhắn liên tiếp; gửi xong thì gõ “xong”.
plan-chat-received = Đã nhận { $chars } ký tự. Gửi tiếp phần còn lại, hoặc gõ “xong” để xem đề xuất.
plan-chat-too-long = Văn bản dài quá { $max } ký tự nên đã dừng. Hãy dùng lệnh npm run cli -- import plan <tệp> trên máy chủ.
plan-chat-confirm = Lưu kế hoạch và { $count } nhiệm vụ? Chọn Lưu hoặc Hủy; hoặc gõ “bỏ 2 5” để bỏ các nhiệm vụ số 2 và 5.
plan-choice-save = Lưu
plan-choice-cancel = Hủy
import-task-compact = { $index }. { $title } — { $rule } → { $units }{ $warnings ->
        [0] {""}
       *[other] {" "}(⚠ { $warnings })
    }
import-plan-more = … và { $count } nhiệm vụ nữa (xem đủ bằng: npm run cli -- import plan <tệp> --dry-run).
extract-no-units = Chưa có đơn vị nào trong cơ sở dữ liệu nên các nhiệm vụ chưa giao cho ai; hãy nhập đơn vị trước (npm run cli -- import units <tệp.csv>).

## Bản tin tuần (/tonghop, /lich)

cmd-tonghop-description = Tổng hợp toàn ngành ngay bây giờ, kèm biểu đồ (lãnh đạo)
cmd-tonghop-usage = /tonghop
cmd-lich-description = Lịch nhận bản tin tuần của nhóm này
cmd-lich-usage = /lich — xem lịch; /lich thứ 2 7:30 — đổi ngày giờ; /lich tắt, /lich bật; /lich mặc định (sáng thứ Hai)
permission-denied-schedule-editor = Lệnh { $command } dành cho lãnh đạo đơn vị, lãnh đạo Sở hoặc quản trị viên.
schedule-current = Nhóm nhận bản tin tuần vào { $weekday } lúc { $time }.
schedule-off = Nhóm này đã tắt bản tin tuần. Bật lại: /lich bật.
schedule-saved = Đã lưu.
digest-unit-head = Bản tin tuần { $week } — { $unit }
digest-focal = Đầu mối: { $people }
digest-no-focal = Đơn vị chưa có cán bộ đầu mối; quản trị viên giao bằng /phanquyen.
digest-overdue = Quá hạn ({ $count }):
digest-this-week = Đến hạn từ nay đến { $until } ({ $count }):
digest-nothing-due = Không có nhiệm vụ nào quá hạn hoặc đến hạn trong 7 ngày tới.
digest-open = Đang mở tổng cộng: { $count } nhiệm vụ — xem đủ bằng /nhiemvu.
digest-reports = Báo cáo nhận tuần trước ({ $count }): { $list }
digest-no-reports = Tuần trước đơn vị chưa gửi báo cáo nào.
digest-feedback = Phản ánh đang mở: { $open }, quá hạn xử lý: { $late } ({ $codes }).
digest-box-never = Chưa có biên bản mở hòm thư góp ý nào: khi mở (kể cả không có thư), ghi bằng /homthu.
digest-box-late = Hòm thư góp ý quá hạn mở { $days } ngày: khi mở, ghi biên bản bằng /homthu.
digest-unit-footer = Báo cáo tiến độ: /baocao — hạn chót: /hanchot.
digest-too-long = Đơn vị có quá nhiều việc để liệt kê trong một tin: xem bằng /nhiemvu và /quahan.
digest-leader-head = Bản tin lãnh đạo tuần { $week } — toàn ngành
digest-buckets = Việc đến hạn từ { $since } và việc cũ còn mở: hoàn thành đúng hạn { $onTime } · hoàn thành trễ { $late } · đang mở trong hạn { $open } · quá hạn { $overdue } — tỷ lệ đúng hạn { $rate }.
digest-most-overdue = Đơn vị quá hạn nhiều nhất:
digest-most-overdue-line = • { $unit }: { $count } việc quá hạn, lâu nhất { $days } ngày
digest-most-overdue-more = … và { $count } đơn vị khác có việc quá hạn — xem /quahan.
digest-reporting = Tình hình báo cáo theo nhiệm vụ còn mở:
digest-reporting-line = • [{ $code }] { $title } (hạn { $due }): đã báo cáo { $reported }/{ $total }; chưa: { $missing }
digest-reporting-line-complete = • [{ $code }] { $title } (hạn { $due }): đủ { $reported }/{ $total } đơn vị đã báo cáo.
digest-reporting-more = … và { $count } nhiệm vụ khác — xem /quahan hoặc tệp Excel của /xuatbaocao.
digest-units-more = và { $count } đơn vị khác
digest-units-count = { $count } đơn vị
digest-feedback-backlog = Phản ánh tồn đọng (quá hạn xử lý): { $count } — { $list }.
digest-feedback-backlog-count = Phản ánh tồn đọng (quá hạn xử lý): { $count } ở { $units } đơn vị.
digest-feedback-backlog-none = Không có phản ánh tồn đọng.
digest-leader-footer = Chi tiết: /quahan; báo cáo tổng hợp gửi cấp trên: /xuatbaocao.
cli-digest-none = Không có bản tin nào đến lịch gửi.
cli-digest-queued = Đã xếp { $count } bản tin vào hàng gửi.
cli-digest-dry = (Chạy thử: chưa gửi, chưa ghi nhận bản tin nào.)
cli-digest-unknown-unit = Không có đơn vị mã “{ $code }”. Hãy ghi đúng mã đơn vị (ví dụ: --unit BVDK), hoặc bỏ --unit để xem mọi bản tin đến lịch.
outbox-failed = Không gửi được một tin đến { $chat } (mã { $key }): { $error }. Hãy kiểm tra trợ lý còn trong nhóm đó và có quyền gửi tin.
outbox-in-doubt = Một tin đến { $chat } (mã { $key }) có thể đã được gửi: máy chủ gửi tin dừng đột ngột trước khi nền tảng trả lời. Để không gửi trùng, trợ lý không gửi lại; hãy xem trong nhóm đó: nếu chưa có, thành viên xem lại được bằng /nhiemvu, lãnh đạo bằng /tonghop.
## Zalo (OA và Zalo Bot)

config-expect-zalo-app-secret-required = bắt buộc khi dùng Zalo OA: thiếu App Secret thì không làm mới được token và OA sẽ ngừng hoạt động sau một ngày
config-expect-zalo-oa-token-pair = ZALO_OA_ACCESS_TOKEN và ZALO_OA_REFRESH_TOKEN phải đặt cùng nhau (hoặc bỏ trống cả hai và dùng npm run cli -- zalo auth)
config-expect-zalo-bot-secret-required = bắt buộc khi đặt ZALO_BOT_WEBHOOK_URL (Zalo gửi lại chuỗi này để xác thực webhook)
zalo-oa-token-alert =
    ⚠️ Trợ lý không làm mới được token của Zalo OA ({ $reason }). Khi token hiện tại hết hạn, trợ lý sẽ không nhận và gửi được tin trong các nhóm Zalo.
    Cách khắc phục: một quản trị viên của OA chạy lệnh { $command } trên máy chủ, mở đường dẫn được in ra, đồng ý cấp quyền, rồi dán địa chỉ Zalo chuyển về (hoặc mã code) vào dòng lệnh.
cli-usage-zalo =
    Zalo OA (cần ZALO_OA_APP_ID, ZALO_APP_SECRET, ZALO_OA_SECRET_KEY):
      zalo auth [--redirect-uri URL]              in đường dẫn cấp quyền (PKCE) cho quản trị viên OA, rồi nhận mã code
      zalo auth --url ĐỊA-CHỈ | --code MÃ         đổi mã code Zalo trả về lấy cặp token và lưu vào cơ sở dữ liệu
      zalo status                                  token còn hạn đến khi nào; tên, gói dịch vụ của OA
      zalo groups                                  các nhóm OA đang quản lý, liên kết mời và đơn vị đã gắn
      zalo assets [--product gmf10] [--quota purchase_quota]   các gói nhóm (asset) còn dùng được để tạo nhóm
      zalo group create --unit MÃ --asset ID [--name TÊN] [--members id,id]   tạo nhóm GMF cho đơn vị, in liên kết mời và gắn nhóm với đơn vị
      zalo group bind --group ID --unit MÃ         gắn một nhóm OA đã có với đơn vị
cli-zalo-not-configured = Chưa cấu hình Zalo OA: đặt ZALO_OA_APP_ID, ZALO_APP_SECRET và ZALO_OA_SECRET_KEY (xem README).
cli-zalo-unreached = Chưa liên lạc được với Zalo: { $reason }. Kiểm tra mạng của máy chủ tới Zalo rồi thử lại.
cli-zalo-failed = Zalo từ chối: { $reason } (mã lỗi { $code }).
cli-zalo-auth-no-redirect = Cần địa chỉ nhận mã (Official Account Callback URL của ứng dụng): đặt ZALO_OA_REDIRECT_URI hoặc thêm --redirect-uri.
cli-zalo-auth-open = Quản trị viên OA mở đường dẫn sau (đăng nhập Zalo bằng tài khoản quản trị OA) và bấm đồng ý cấp quyền:
cli-zalo-auth-then = Zalo sẽ chuyển tới địa chỉ nhận mã kèm ?code=…. Trong vòng 10 phút, chạy: npm run cli -- zalo auth --url "<địa chỉ đó>" (hoặc --code <mã>).
cli-zalo-auth-paste = Dán địa chỉ Zalo chuyển tới (hoặc chỉ mã code) rồi nhấn Enter:
cli-zalo-auth-bad-code = Không tìm thấy mã code trong nội dung vừa nhập. Hãy dán cả địa chỉ Zalo chuyển tới, hoặc chỉ phần sau code=.
cli-zalo-auth-no-request = Không có yêu cầu cấp quyền nào đang chờ (hoặc đã quá 10 phút). Chạy lại npm run cli -- zalo auth để lấy đường dẫn mới.
cli-zalo-auth-done = Đã lưu token mới cho OA “{ $oa }” (token truy cập dùng được khoảng { $hours } giờ; trợ lý tự làm mới khoảng 12 giờ một lần).
cli-zalo-groups-none = OA chưa quản lý nhóm nào. Tạo nhóm cho đơn vị bằng: npm run cli -- zalo group create --unit <mã> --asset <id>
cli-zalo-group-line = { $id }  { $name }  ({ $members } thành viên, { $status })  đơn vị: { $unit }  mời: { $link }
cli-zalo-group-unbound = chưa gắn
cli-zalo-group-usage = Cách dùng: zalo group create --unit <mã đơn vị> --asset <id gói nhóm> [--name <tên>] [--members <id,id>], hoặc zalo group bind --group <id nhóm> --unit <mã đơn vị>
cli-zalo-group-no-members = Nhóm mới cần ít nhất một thành viên là quản trị viên của OA. Chưa ai trong số quản trị viên, đầu mối của đơn vị từng nhắn tin cho OA; thêm --members <id người dùng Zalo>.
cli-zalo-group-default-name = { $unit } — Trợ lý Đầu mối
cli-zalo-group-description = Nhóm báo cáo tiến độ và nhắc hạn của { $unit }, do Sở Y tế quản lý.
cli-zalo-group-created = Đã tạo nhóm { $id } với { $members } thành viên và gắn với { $unit }.
cli-zalo-group-link = Liên kết mời vào nhóm (gửi cho cán bộ của đơn vị): { $link }
cli-zalo-group-rebound = Lưu ý: nhóm này trước đây gắn với { $previous }; từ nay nhắc hạn và bản tin của đơn vị đó không gửi vào nhóm này nữa.
cli-zalo-group-bound = Đã gắn nhóm { $id } với { $unit }.
cli-zalo-assets-none = Không có gói nhóm { $product } nào còn dùng được. Mua hoặc gia hạn trong trang quản lý OA.
cli-zalo-asset-line = { $id }  { $product }  { $status }  hạn đến { $until }
cli-zalo-status-no-tokens = Chưa có token của OA. Chạy npm run cli -- zalo auth, hoặc đặt ZALO_OA_ACCESS_TOKEN và ZALO_OA_REFRESH_TOKEN rồi khởi động trợ lý.
cli-zalo-status-tokens = Token truy cập hết hạn lúc { $expires } (làm mới lần cuối: { $refreshed }).
cli-zalo-status-oa = OA: { $oa } (mã { $id }), gói { $package }, hạn đến { $until }.
zalo-error-token-invalid = token truy cập không còn hiệu lực, kể cả sau khi làm mới; cần cấp quyền lại (npm run cli -- zalo auth)
zalo-error-not-authorized = chưa có token của OA; chạy npm run cli -- zalo auth
zalo-error-refresh-reused = refresh token đã được dùng rồi (mỗi refresh token chỉ dùng được một lần); cần cấp quyền lại (npm run cli -- zalo auth)
zalo-error-oauth = máy chủ cấp quyền của Zalo từ chối; kiểm tra ZALO_OA_APP_ID, ZALO_APP_SECRET và địa chỉ nhận mã
zalo-error-rate-limited = gọi API quá nhiều trong một phút; thử lại sau một phút
zalo-error-quota-exceeded = OA đã dùng hết hạn mức của tính năng này
zalo-error-not-owned = OA không sở hữu nhóm này: OA chỉ nhắn được trong nhóm do chính OA tạo (zalo group create)
zalo-error-group-disabled = nhóm đã bị vô hiệu hoá hoặc gói nhóm đã hết hạn; gia hạn trong trang quản lý OA rồi gắn lại nhóm
zalo-error-package = gói dịch vụ hiện tại của OA không có tính năng này (nhóm chat GMF cần OA đã xác thực và gói có nhóm chat)
zalo-error-app-setup = ứng dụng hoặc OA chưa được thiết lập cho API này (kích hoạt ứng dụng, xác thực OA, đăng ký API, tài khoản Zalo Cloud)
zalo-error-permission = OA chưa cấp cho ứng dụng quyền này; cấp quyền lại với đủ quyền
zalo-error-outside-window = người dùng chưa tương tác với OA trong 7 ngày qua nên OA không được nhắn riêng cho họ
zalo-error-asset-unavailable = gói nhóm (asset) này đã dùng hoặc không còn hiệu lực; xem các gói còn dùng được bằng zalo assets
zalo-error-invalid-input = Zalo không nhận một tham số (mã nhóm hoặc mã người dùng không đúng)
zalo-error-too-long = nội dung vượt giới hạn của Zalo
zalo-error-forbidden = nền tảng từ chối quyền truy cập
zalo-error-not-found = không tìm thấy
zalo-error-timeout = Zalo không trả lời kịp
zalo-error-network = không kết nối được tới Zalo
zalo-error-server = máy chủ Zalo đang lỗi; thử lại sau
zalo-error-bad-response = Zalo trả lời không đúng định dạng mong đợi
zalo-error-unknown = lỗi chưa rõ
platform-not-available = Nền tảng { $platform } chưa được hỗ trợ trong phiên bản này.

## Tra cứu văn bản (/tracuu) và theo dõi văn bản (/theodoi)

cmd-tracuu-description = Tra cứu văn bản: văn bản nào quy định một việc, còn hiệu lực không
cmd-tracuu-usage = /tracuu <câu hỏi>, ví dụ: /tracuu thông tư nào quy định về trang phục y tế? hoặc /tracuu 45/2015/TT-BYT
cmd-theodoi-description = Theo dõi văn bản: nhóm được báo khi văn bản bị thay thế
cmd-theodoi-usage = /theodoi <số hiệu> để theo dõi, /theodoi bỏ <số hiệu> để thôi, /theodoi để xem danh sách. Ví dụ: /theodoi 45/2015/TT-BYT
permission-denied-unit-documents = Lệnh { $command } dành cho { $roles } của { $unit }.
lookup-dated = { " " }({ $date })
lookup-heading = 📄 { $type } { $symbol } — { $issuer }, ban hành ngày { $date }
lookup-heading-undated = 📄 { $type } { $symbol } — { $issuer } (chưa rõ ngày ban hành)
lookup-subject = Trích yếu: { $title }
lookup-summary = Nội dung chính: { $summary }
lookup-status-in-force = Hiệu lực: ✅ còn hiệu lực.
lookup-status-in-force-since = Hiệu lực: ✅ còn hiệu lực (từ { $date }).
lookup-status-replaced = Hiệu lực: ⚠️ đã được thay thế bởi { $replacement }.
lookup-replacement = { $type } { $symbol }{ $dated } — { $title }
lookup-status-expired = Hiệu lực: ⛔ đã hết hiệu lực (hết thời kỳ áp dụng).
lookup-status-unknown = Hiệu lực: chưa xác minh được; hãy đối chiếu văn bản gốc trước khi viện dẫn.
lookup-short-in-force = còn hiệu lực
lookup-short-replaced = đã được thay thế bởi { $by }
lookup-short-expired = đã hết hiệu lực
lookup-short-unknown = chưa rõ hiệu lực
lookup-line = • { $type } { $symbol }{ $dated }: { $title } — { $status }
lookup-line-outside = • { $type } { $symbol }{ $dated }: { $title } — chưa có trong danh mục tra cứu
lookup-cited-as = (Bạn ghi { $cited }; số hiệu đúng là { $symbol }.)
lookup-kind-note = Lưu ý: văn bản này là { $type }.
lookup-namesake-note = Lưu ý, văn bản khác cùng số:
    { $line }
lookup-alternatives = Văn bản liên quan:
lookup-ambiguous = Số { $number } ứng với nhiều văn bản khác nhau. Bạn hỏi văn bản nào?
lookup-ambiguous-hint = Hỏi lại kèm số hiệu đầy đủ hoặc năm ban hành, ví dụ: /tracuu { $example }
# a document of that symbol and year, as a question the lookup reads back ("16/CT-TTg năm 2016")
lookup-symbol-of-year = { $symbol } năm { $year }
lookup-missing-number = Trong danh mục không có văn bản số { $number } như bạn hỏi.
lookup-outside = Văn bản bạn hỏi có lẽ là văn bản dưới đây, nhưng văn bản này chưa có trong danh mục tra cứu nên tôi không có thông tin về hiệu lực:
    { $line }
lookup-unsure = Tôi chưa chắc văn bản nào trả lời câu hỏi này. Có thể là:
lookup-maybe = Có thể bạn muốn hỏi:
lookup-unsure-hint = Bạn hỏi cụ thể hơn (số hiệu, năm ban hành hoặc từ khóa chính) để tôi trả lời chắc chắn.
lookup-nothing = Tôi không tìm thấy văn bản nào trong danh mục phù hợp với câu hỏi này. Bạn thử hỏi bằng số hiệu (ví dụ: 45/2015/TT-BYT) hoặc từ khóa chính (ví dụ: trang phục y tế, hòm thư góp ý).
lookup-nothing-hint = Bạn kiểm tra lại số hiệu, hoặc hỏi bằng từ khóa chính của văn bản (ví dụ: trang phục y tế, hòm thư góp ý).
lookup-no-question = Tôi chưa hiểu câu hỏi. Bạn có thể hỏi về một văn bản, ví dụ: “thông tư nào quy định về trang phục y tế?”, hoặc gõ /help để xem các lệnh.
follow-none = { $unit } chưa theo dõi văn bản nào. Gõ /theodoi <số hiệu> để theo dõi, ví dụ: /theodoi 45/2015/TT-BYT.
follow-list = { $unit } đang theo dõi { $count } văn bản:
follow-line = • { $symbol }: { $title }{ $replaced }
follow-line-replaced = { " " }(đã được thay thế bởi { $by })
follow-list-hint = Thôi theo dõi: /theodoi bỏ <số hiệu>.
follow-not-sure = Chưa theo dõi được vì chưa xác định rõ văn bản.
follow-started = Đã theo dõi { $type } { $symbol } ({ $title }) cho { $unit }. Khi văn bản này bị thay thế, nhóm sẽ được báo.
follow-already = { $unit } đã theo dõi { $symbol } từ trước, không có gì thay đổi.
follow-already-replaced = Lưu ý: văn bản này đã được thay thế bởi { $by }; nên theo dõi văn bản mới.
follow-stopped = { $unit } đã thôi theo dõi { $symbol }.
follow-was-not = { $unit } không theo dõi { $symbol }, không có gì thay đổi.
doc-replaced-notice = 📢 Văn bản { $unit } đang theo dõi đã được thay thế: { $type } { $symbol } ({ $title }) nay được thay thế bởi { $replacement }. Xem văn bản mới: /tracuu { $next }
doc-replaced-by-known = { $type } { $symbol } ({ $title })
doc-replaced-by-dated = { $symbol } ngày { $date }
cli-ask-usage = Cách dùng: npm run cli -- ask "<câu hỏi>" [--json]
cli-import-usage = Cách dùng: npm run cli -- import documents <tệp.json>
cli-import-unreadable = Không đọc được tệp { $file }: { $reason }
cli-import-not-json = Tệp { $file } không phải JSON hợp lệ: { $reason }
cli-import-shape = Tệp cần là một mảng văn bản (hoặc {"{"} "documents": [...] {"}"}); mỗi văn bản có ít nhất "symbol". Chỗ sai: { $problems }
# where a problem is in the file as a whole rather than in one entry
cli-import-whole-file = (tệp)
cli-import-invalid = Không nhập gì vì tệp có { $count } lỗi:
cli-import-problem-missing = • { $symbol }: thiếu trường { $field } (bắt buộc với văn bản mới)
cli-import-problem-invalid-status = • { $symbol }: trạng thái không đọc được; dùng "in force", "replaced by <số hiệu>", "replaced by <số hiệu> (dd/mm/yyyy)", "expired" hoặc "unknown"
cli-import-problem-invalid-symbol = • { $symbol }: số hiệu không đúng dạng (ví dụ đúng: 45/2015/TT-BYT, 2151/QĐ-BYT, 205-QĐ/TW)
cli-import-problem-duplicate = • { $symbol }: xuất hiện nhiều lần trong tệp
cli-import-done = Đã nhập { $total } văn bản: { $added } mới, { $updated } cập nhật.
cli-import-replaced = • { $symbol } đã được thay thế bởi { $by }: { $notices } thông báo đến nhóm các đơn vị theo dõi.
## Báo cáo tổng hợp (/xuatbaocao), tệp Excel, tệp Word và biểu đồ cho lãnh đạo
cmd-xuatbaocao-description = Báo cáo tổng hợp một kế hoạch theo kỳ, tệp Excel và Word (lãnh đạo)
cmd-xuatbaocao-usage = /xuatbaocao [mã kế hoạch] [kỳ], ví dụ: /xuatbaocao KH20-2020 quý IV/2026; /xuatbaocao QTUX-2014 năm 2026; /xuatbaocao 6 tháng đầu năm
export-report-heading = 📑 Báo cáo tổng hợp kết quả { $period } thực hiện { $plan } (số liệu đến ngày { $date }).
export-report-scope = { $units } đơn vị, { $tasks } nhiệm vụ.
export-report-files = Gửi kèm: tệp Excel (mỗi dòng một nhiệm vụ của một đơn vị) và bản dự thảo báo cáo Word theo thể thức Nghị định 30/2020/NĐ-CP; phần tồn tại, hạn chế và đề xuất để cán bộ tổng hợp bổ sung trước khi trình ký.
export-report-no-renderer = Máy chủ này chưa tạo được tệp Excel và Word; hãy báo quản trị viên.
export-report-future = ⚠️ Kỳ này bắt đầu từ { $from }, chưa tới: báo cáo chỉ gồm các nhiệm vụ chưa có hạn, chưa có kết quả để gửi lên.
export-report-empty = Kế hoạch không có nhiệm vụ nào trong kỳ này. Hãy chọn kỳ khác, ví dụ: /xuatbaocao { $plan } năm { $year }.
files-not-uploadable = Không gửi được tệp { $names } qua nền tảng này. Hãy dùng lệnh trên Telegram, hoặc nhờ quản trị viên xuất tệp trên máy chủ: npm run cli -- xuatbaocao <mã kế hoạch> [kỳ].
cli-export-usage = Cách dùng: npm run cli -- xuatbaocao [mã kế hoạch] [kỳ] [--out <thư mục>] [--at <ngày giờ ISO-8601>]
cli-export-saved = Đã lưu: { $file }
consolidated-bad-period = Không hiểu kỳ báo cáo “{ $written }”. Hãy ghi ví dụ: năm 2026, quý IV/2026, tháng 11/2026, 6 tháng đầu năm 2026.
consolidated-unknown-plan = Không có kế hoạch “{ $written }”. Các kế hoạch đang có: { $plans }.
consolidated-ambiguous-plan = Có nhiều kế hoạch mang số “{ $written }”: { $plans }. Hãy ghi mã kế hoạch.
consolidated-plan-required = Xuất báo cáo cho kế hoạch nào? Hãy ghi mã kế hoạch: { $plans }. Ví dụ: /xuatbaocao <mã> quý IV/2026
consolidated-no-plans = Chưa có kế hoạch nào để báo cáo; hãy nhập kế hoạch trước (/nhapkehoach).
consolidated-period-year = năm { $year }
consolidated-period-half-year = { $number ->
        [1] 6 tháng đầu năm { $year }
       *[other] 6 tháng cuối năm { $year }
    }
consolidated-period-quarter = quý { $roman }/{ $year }
consolidated-period-month = tháng { $number }/{ $year }
consolidated-plan-numbered = Kế hoạch số { $symbol } về { $title }
consolidated-plan-numbered-dated = Kế hoạch số { $symbol } ngày { $issued } về { $title }
consolidated-plan-unnumbered = Kế hoạch { $title }
consolidated-bucket-done-on-time = Hoàn thành đúng hạn
consolidated-bucket-done-late = Hoàn thành trễ hạn
consolidated-bucket-open-on-time = Đang thực hiện, trong hạn
consolidated-bucket-open-overdue = Quá hạn, chưa hoàn thành
consolidated-bucket-no-deadline = Không có thời hạn
consolidated-timeliness-on-time = Đúng hạn
consolidated-timeliness-late = Trễ { $days } ngày
consolidated-timeliness-overdue = Quá hạn { $days } ngày
consolidated-timeliness-pending = Còn hạn
consolidated-timeliness-none = Không có hạn
consolidated-due-none = Không có hạn
consolidated-rate = { NUMBER($percent, maximumFractionDigits: 1) }%
consolidated-rate-none = Chưa tính được
consolidated-col-index = TT
consolidated-col-unit = Đơn vị
consolidated-col-code = Mã NV
consolidated-col-task = Nhiệm vụ
consolidated-col-due = Hạn chót
consolidated-col-status = Tình trạng
consolidated-col-percent = Tiến độ (%)
consolidated-col-report-date = Ngày báo cáo
consolidated-col-timeliness = Đúng hạn / trễ hạn
consolidated-col-report-text = Nội dung báo cáo
consolidated-col-report = Kết quả báo cáo
consolidated-col-evidence = Minh chứng
consolidated-col-evidence-ids = Mã tệp trên nền tảng chat
consolidated-evidence-photos = { $count } ảnh
consolidated-evidence-documents = { $count } tệp
consolidated-evidence-none = Không
consolidated-evidence-photo = ảnh
consolidated-evidence-document = tệp
consolidated-evidence-list = { $count } tệp: { $names }
consolidated-evidence-how = Xem: /minhchung { $code } { $unit }
consolidated-evidence-platform = { $platform ->
        [telegram] Telegram
        [zalo-oa] Zalo OA
        [zalo-bot] Zalo Bot
       *[other] { $platform }
    }
consolidated-col-total = Tổng số
consolidated-col-done-on-time = Hoàn thành đúng hạn
consolidated-col-done-late = Hoàn thành trễ hạn
consolidated-col-open-on-time = Đang thực hiện trong hạn
consolidated-col-open-overdue = Quá hạn chưa hoàn thành
consolidated-col-no-deadline = Không có thời hạn
consolidated-col-on-time-rate = Tỷ lệ đúng hạn
consolidated-total-row = Toàn kế hoạch
consolidated-no-rows = Kế hoạch không có nhiệm vụ nào trong kỳ này.
consolidated-xlsx-sheet = Tổng hợp
consolidated-xlsx-totals-sheet = Theo đơn vị
consolidated-xlsx-title = BÁO CÁO TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH
consolidated-xlsx-period = Kỳ báo cáo: { $period } (từ { $from } đến { $to })
consolidated-xlsx-as-of = { $department } · Số liệu đến ngày { $date }
consolidated-summary = Tổng số { $total } lượt nhiệm vụ: hoàn thành đúng hạn { $doneOnTime }, hoàn thành trễ hạn { $doneLate }, đang thực hiện trong hạn { $openOnTime }, quá hạn chưa hoàn thành { $openOverdue }, không có thời hạn { $noDeadline }. Tỷ lệ hoàn thành đúng hạn: { $rate }.
consolidated-docx-number = Số:        /BC-{ $code }
consolidated-docx-nation = CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
consolidated-docx-motto = Độc lập - Tự do - Hạnh phúc
consolidated-docx-place-date = { $place }, ngày { $day } tháng { $month } năm { $year }
consolidated-docx-place-unknown = ……
consolidated-docx-title = BÁO CÁO
consolidated-docx-subtitle = Kết quả { $period } thực hiện { $plan }
consolidated-docx-intro = Thực hiện { $plan }, { $department } báo cáo kết quả thực hiện { $period } (số liệu đến ngày { $date }) như sau:
consolidated-docx-department-fallback = Sở Y tế
consolidated-docx-section-general = I. TÌNH HÌNH CHUNG
consolidated-docx-general-scope = Kế hoạch có { $tasks } nhiệm vụ trong kỳ, giao cho { $units } đơn vị; tổng số { $total } lượt nhiệm vụ (mỗi nhiệm vụ của mỗi đơn vị tính một lượt).
consolidated-docx-general-results = Kết quả: hoàn thành đúng hạn { $doneOnTime } lượt; hoàn thành trễ hạn { $doneLate } lượt; đang thực hiện trong hạn { $openOnTime } lượt; quá hạn chưa hoàn thành { $openOverdue } lượt; không có thời hạn { $noDeadline } lượt.
consolidated-docx-general-rate = Tỷ lệ hoàn thành đúng hạn: { $rate } (số lượt hoàn thành đúng hạn trên tổng số lượt đã hoàn thành và đã quá hạn; nhiệm vụ quá hạn chưa hoàn thành không được tính là đúng hạn).
consolidated-docx-general-rate-none = Trong kỳ chưa có nhiệm vụ nào đã hoàn thành hoặc đã quá hạn, nên chưa tính tỷ lệ hoàn thành đúng hạn.
consolidated-docx-totals-caption = Tổng hợp theo đơn vị:
consolidated-docx-section-units = II. KẾT QUẢ CỦA TỪNG ĐƠN VỊ
consolidated-docx-unit-heading = { $index }. { $unit }
consolidated-docx-unit-summary = { $total } lượt nhiệm vụ; hoàn thành đúng hạn { $doneOnTime }, trễ hạn { $doneLate }, trong hạn { $openOnTime }, quá hạn { $openOverdue }, không có thời hạn { $noDeadline }; tỷ lệ đúng hạn: { $rate }.
consolidated-docx-report-cell = { $percent }% ngày { $date }: { $text }
consolidated-docx-report-cell-bare = { $percent }% ngày { $date }
consolidated-docx-status-overdue = Quá hạn { $days } ngày, chưa hoàn thành
consolidated-docx-status-late = Hoàn thành trễ { $days } ngày
consolidated-docx-no-report = Chưa báo cáo
consolidated-docx-section-issues = III. TỒN TẠI, HẠN CHẾ
consolidated-docx-issues-intro = Các nhiệm vụ quá hạn chưa hoàn thành đến ngày { $date }:
consolidated-docx-issue-line = - { $unit }: [{ $code }] { $task } — quá hạn { $days } ngày (hạn { $due }).
consolidated-docx-issues-none = Đến ngày { $date } không có nhiệm vụ nào quá hạn chưa hoàn thành.
consolidated-docx-late-count = Số lượt nhiệm vụ hoàn thành trễ hạn trong kỳ: { $count }.
consolidated-docx-issues-placeholder = (Cán bộ tổng hợp bổ sung nguyên nhân, khó khăn, vướng mắc.)
consolidated-docx-section-proposals = IV. ĐỀ XUẤT, KIẾN NGHỊ
consolidated-docx-proposals-placeholder = (Cán bộ tổng hợp bổ sung các đề xuất, kiến nghị.)
consolidated-docx-recipients = Nơi nhận:
consolidated-docx-recipients-default =
    - UBND tỉnh (để báo cáo);
    - Ban Giám đốc Sở;
    - Các đơn vị trực thuộc;
    - Lưu: VT, TCCB.
consolidated-docx-signer = GIÁM ĐỐC
# the signer's name when neither REPORT_SIGNER_NAME nor a single Department leader gives it: a line to write on
consolidated-docx-signer-name-missing = …………………………………
chart-title = Tình hình thực hiện nhiệm vụ đến ngày { $date }
chart-completion-title = { $others ->
        [0] Tiến độ theo đơn vị (số lượt nhiệm vụ đến hạn từ { $since } và việc cũ còn mở)
       *[other] Tiến độ theo đơn vị (số lượt nhiệm vụ đến hạn từ { $since } và việc cũ còn mở; còn { $others } đơn vị khác không hiển thị)
    }
chart-trend-title = Số lượt nhiệm vụ quá hạn, theo tuần
chart-trend-series = Quá hạn
chart-no-data = Chưa có nhiệm vụ nào có thời hạn

## Reliability (authorization, fuzzing)

# the unit a refusal names when the chat is bound to none: "Lệnh /theodoi dành cho … của đơn vị."
permission-unit-unnamed = đơn vị

## Reliability (flood, security)

# a person sent commands far faster than anyone types; the bot ignores them for a few seconds
flood-notice = Xin lỗi { $name }, bạn đang gửi quá nhiều tin nhắn trong thời gian ngắn. Trợ lý tạm thời bỏ qua tin nhắn của bạn trong ít giây; xin gửi chậm lại, mỗi lần một lệnh.
config-expect-flood-limit = cần một số nguyên từ 0 đến 10000 (số tin nhắn một người được gửi liền nhau; 0 là không giới hạn)
config-expect-lease-seconds = cần một số nguyên từ 15 đến 3600 (số giây)
config-expect-report-text = cần một dòng chữ, tối đa 300 ký tự (nhiều dòng cách nhau bằng dấu |)
config-expect-report-agency-code = cần chữ viết tắt tên cơ quan in hoa, ví dụ SYT (dùng trong "Số: …/BC-SYT")
