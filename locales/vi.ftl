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
      ask "<câu hỏi>" [--json]                    tra cứu văn bản (--json: kết quả dạng JSON)
      import documents <tệp.json>                 thêm hoặc cập nhật văn bản trong danh mục tra cứu
      admin add <nền-tảng:mã>                     cấp quyền quản trị, ví dụ: admin add telegram:123456789
      bench <kịch-bản> [--json]                   chạy một phép đo hiệu năng (startup, dispatch, lookup, lookup-compare)
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
cli-import-unknown-kind = Không nhập được “{ $kind }”: hiện chỉ nhập được documents (văn bản).
cli-import-unreadable = Không đọc được tệp { $file }: { $reason }
cli-import-not-json = Tệp { $file } không phải JSON hợp lệ: { $reason }
cli-import-shape = Tệp cần là một mảng văn bản (hoặc {"{"} "documents": [...] {"}"}); mỗi văn bản có ít nhất "symbol". Chỗ sai: { $problems }
cli-import-invalid = Không nhập gì vì tệp có { $count } lỗi:
cli-import-problem-missing = • { $symbol }: thiếu trường { $field } (bắt buộc với văn bản mới)
cli-import-problem-invalid-status = • { $symbol }: trạng thái không đọc được; dùng "in force", "replaced by <số hiệu>", "replaced by <số hiệu> (dd/mm/yyyy)", "expired" hoặc "unknown"
cli-import-problem-invalid-symbol = • { $symbol }: số hiệu không đúng dạng (ví dụ đúng: 45/2015/TT-BYT, 2151/QĐ-BYT, 205-QĐ/TW)
cli-import-problem-duplicate = • { $symbol }: xuất hiện nhiều lần trong tệp
cli-import-done = Đã nhập { $total } văn bản: { $added } mới, { $updated } cập nhật.
cli-import-replaced = • { $symbol } đã được thay thế bởi { $by }: { $notices } thông báo đến nhóm các đơn vị theo dõi.
