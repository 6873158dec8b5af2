## Cấu hình (thông báo cho người vận hành khi khởi động)

platform-start-failed = Không khởi động được kết nối tới nền tảng chat ({ $reason }). Kiểm tra token, địa chỉ API và đường mạng tới máy chủ của nền tảng, rồi khởi động lại.
database-unreachable = Không kết nối được PostgreSQL tại { $host } ({ $code }). Kiểm tra DATABASE_URL (máy chủ, cổng, tên cơ sở dữ liệu, mật khẩu) và máy chủ PostgreSQL đang chạy, rồi khởi động lại.
config-invalid = Cấu hình không hợp lệ, trợ lý chưa thể khởi động. Sửa các biến môi trường sau (xem .env.example):
config-problem = • { $key }: { $expect }
config-expect-postgres-url = cần một địa chỉ PostgreSQL dạng postgres://người-dùng:mật-khẩu@máy:5432/tên-csdl
config-expect-path = cần một đường dẫn thư mục
config-expect-port = cần một số cổng từ 0 đến 65535 (0: một cổng còn trống bất kỳ)
config-expect-web = cần on hoặc off (off: không phục vụ trang bảng điều khiển)
config-expect-web-base-url = cần địa chỉ gốc của máy chủ, dạng https://ten-mien (không có đường dẫn phía sau)
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
      chat [--user MÃ] [--chat MÃ] [--private] [--json]   trò chuyện với trợ lý: mỗi dòng nhập là một tin nhắn (--json: mỗi câu trả lời một dòng JSON)
      demo                                        nạp dữ liệu mẫu (Sở Y tế, các đơn vị, nhóm chat, năm kế hoạch)
      migrate                                     cập nhật cấu trúc cơ sở dữ liệu
      ask "<câu hỏi>" [--json]                    tra cứu văn bản (--json: kết quả dạng JSON)
      ask --batch <tệp> [--json]                  tra cứu mỗi dòng của tệp là một câu hỏi, theo đúng thứ tự
      admin add <nền-tảng:mã>                     cấp quyền quản trị, ví dụ: admin add telegram:123456789
      login --user <nền-tảng:mã>                  liên kết đăng nhập bảng điều khiển dùng một lần, ví dụ: login --user telegram:123456789
      members [--unit MÃ|TÊN] [--json]            ai giữ vai trò gì theo từng đơn vị; đơn vị thiếu đầu mối hoặc chưa gắn nhóm
      groups [--json]                             các nhóm chat của trợ lý: đơn vị được gắn, nhóm chưa gắn, bản tin gần nhất
      digest [--dry-run] [--json] [--unit MÃ] [--at THỜI-ĐIỂM]  các bản tin tuần đến lịch (chạy thử: không gửi)
      xuatbaocao [mã kế hoạch] [kỳ] [--out THƯ-MỤC] [--at NGÀY-GIỜ]  lưu báo cáo tổng hợp (Excel, Word) vào thư mục
      reminders [--at THỜI-ĐIỂM] [--dry-run]      chạy nhắc hạn ngay (hoặc tại thời điểm ISO-8601) và in các tin nhắc
      bench <kịch-bản> [--json]                   chạy một phép đo hiệu năng (startup, dispatch, webhook, soak, hanchot, digest-build, fanout, extract, intents, plan-import, redaction, report-build, dashboard, lookup, lookup-compare)
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
cli-groups-header = { $count } nhóm chat ({ $unbound } nhóm chưa gắn đơn vị):
cli-groups-line = • { $title } [{ $ref }] — { $unit }{ $state ->
        [inactive] {" "}(trợ lý không còn trong nhóm)
       *[other] {""}
    }
cli-groups-leaders = nhóm lãnh đạo Sở
cli-groups-unbound = chưa gắn đơn vị
