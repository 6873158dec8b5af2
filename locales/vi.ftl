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
cmd-dangky-usage = /dangky <mã đơn vị>, ví dụ: /dangky BVDK
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
permission-no-role = Bạn chưa có vai trò nào trong hệ thống nên chưa dùng được lệnh { $command }. Hãy nhờ quản trị viên dùng /phanquyen để giao vai trò cho bạn.
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

register-ask-code = Nhóm này thuộc đơn vị nào? Trả lời bằng mã đơn vị, ví dụ: BVDK.
register-more-units = … và { $count } đơn vị khác.
register-done = Đã gắn nhóm này với { $unit }.
register-replaced = (Trước đây nhóm gắn với { $previous }.)
register-next = Từ nay nhóm nhận nhắc hạn và bản tin tuần của đơn vị. Quản trị viên giao vai trò đầu mối bằng /phanquyen.
register-unchanged = Nhóm này đã gắn với { $unit } từ trước, không có gì thay đổi.
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
tasks-unit-required = Bạn chưa có vai trò ở đơn vị nào. Hãy ghi mã đơn vị, ví dụ: /nhiemvu BVDK.
tasks-forbidden-unit = Bạn không có vai trò ở { $unit } nên không xem được nhiệm vụ của đơn vị này.
task-plan = { $plan }
task-last-report = đã báo cáo { $percent }%
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
config-expect-zalo-oa-required = bắt buộc khi dùng Zalo OA (cùng với ZALO_OA_APP_ID và ZALO_OA_SECRET_KEY)
config-expect-zalo-bot-token-required = bắt buộc khi đặt ZALO_BOT_WEBHOOK_SECRET

## Dòng lệnh (npm run cli) và console

cli-usage =
    Cách dùng: npm run cli -- <lệnh>
      chat [--user MÃ] [--chat MÃ] [--private]   trò chuyện với trợ lý: mỗi dòng nhập là một tin nhắn
      demo                                        nạp dữ liệu mẫu (Sở Y tế, các đơn vị, nhóm chat, năm kế hoạch)
      migrate                                     cập nhật cấu trúc cơ sở dữ liệu
      admin add <nền-tảng:mã>                     cấp quyền quản trị, ví dụ: admin add telegram:123456789
      reminders [--at THỜI-ĐIỂM] [--dry-run]      chạy nhắc hạn ngay (hoặc tại thời điểm ISO-8601) và in các tin nhắc
      bench <kịch-bản> [--json]                   chạy một phép đo hiệu năng (startup, dispatch)
cli-unknown-command = Không có lệnh “{ $command }”.
cli-bad-option = Tham số không hợp lệ: { $message }
cli-migrated = Cơ sở dữ liệu đã được cập nhật.
cli-demo-loaded = Đã nạp dữ liệu mẫu: Sở Y tế, { $units } đơn vị, nhóm chat của từng đơn vị và { $plans } kế hoạch.
cli-demo-present = Dữ liệu mẫu đã có sẵn, không nạp lại.
cli-admin-added = Đã cấp quyền quản trị cho { $id }.
cli-admin-present = { $id } đã là quản trị viên từ trước.
cli-admin-invalid = Cần dạng nền-tảng:mã, ví dụ telegram:123456789; nền tảng là console, telegram, zalo-oa hoặc zalo-bot.
console-banner-title = { -bot-name } — chạy thử trên máy (console), dữ liệu lưu tại { $dataDir }.
console-banner-demo = Lần chạy đầu tiên: đã nạp dữ liệu mẫu (Sở Y tế tỉnh Lai Châu, các đơn vị và năm kế hoạch).
console-banner-who = Bạn đang là { $name } trong nhóm “{ $chat }”. Gõ /help để bắt đầu; Ctrl+D để thoát.
console-banner-platforms = Muốn dùng trên Telegram: đặt TELEGRAM_BOT_TOKEN; trên Zalo: đặt ZALO_OA_APP_ID, ZALO_OA_SECRET_KEY và token của OA, hoặc ZALO_BOT_TOKEN (trong tệp .env, xem README).

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
due-day-off = — ngày nghỉ, nộp trước { $day }
due-day-off-named = — nghỉ { $reason }, nộp trước { $day }

## /hanchot, /quahan

cmd-hanchot-description = Hạn chót sắp tới (mặc định 7 ngày)
cmd-hanchot-usage = /hanchot hoặc /hanchot <số ngày>, ví dụ: /hanchot 30
cmd-quahan-description = Nhiệm vụ đã quá hạn mà chưa hoàn thành
cmd-quahan-usage = /quahan
all-units = tất cả đơn vị
list-more = … và { $count } mục khác.
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
    Rút lại báo cáo vừa gửi: /baocao rut — sửa: /baocao sua
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
report-ask-evidence = Gửi ảnh hoặc tệp minh chứng (nếu có), hoặc bỏ qua.
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
report-saved =
    Đã ghi nhận báo cáo của { $unit }: [{ $code }] { $title } — { $status } ({ $percent }%){ $timing }.{ $files ->
        [0] {""}
       *[other] {" "}Kèm { $files } tệp minh chứng.
    }
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
        [one] một nhiệm vụ đã quá hạn mà các đơn vị sau chưa báo cáo hoàn thành.
       *[other] { $count } nhiệm vụ đã quá hạn mà các đơn vị sau chưa báo cáo hoàn thành.
    }
reminder-after-footer = Xem toàn bộ bằng /quahan.
cli-reminders-none = Không có nhắc hạn nào cho ngày này.
cli-reminders-queued = Đã xếp { $count } tin nhắc hạn vào hàng gửi.
cli-reminders-dry = (Chạy thử: chưa xếp tin nào vào hàng gửi.)

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
