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
      zalo withdraw-report <mã người dùng> [--json]   trợ lý đang lưu gì về một người dùng Zalo (khi họ yêu cầu xoá dữ liệu)
      zalo unreadable [--limit N]                  các sự kiện Zalo đã ký nhưng trợ lý không đọc được
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
zalo-error-group-disabled = gói nhóm (GMF) đã hết hạn hoặc nhóm bị vô hiệu hoá (-237); gia hạn trong trang quản lý OA, nhóm vẫn giữ liên kết với đơn vị
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
zalo-error-app-removed = ứng dụng Zalo đã bị gỡ hoặc vô hiệu hoá (-219); khôi phục ứng dụng trên trang nhà phát triển Zalo rồi cấp quyền lại (npm run cli -- zalo auth)
zalo-error-oa-unavailable = OA đã bị xoá hoặc không tồn tại (-204/-205); kiểm tra OA trong trang quản lý OA và ZALO_OA_APP_ID
zalo-error-policy-violation = Zalo từ chối tin vì vi phạm chính sách nền tảng (-248); xem thông báo của Zalo trong trang quản lý OA
zalo-oa-operator-alert =
    ⚠️ Zalo OA từ chối gửi tin ({ $reason }): { $hint }.
    Trong lúc chờ khắc phục, các tin gửi qua Zalo OA không tới được nhóm; trợ lý báo riêng từng tin không gửi được.
zalo-oa-start-alert =
    ⚠️ Trợ lý chưa đọc được thông tin của Zalo OA khi khởi động ({ $reason }): { $hint }.
    Trợ lý vẫn nhận và gửi tin, và sẽ thử đọc lại sau. Kiểm tra ứng dụng đã được cấp đủ nhóm quyền (trong đó có “Quyền quản lý thông tin OA” và “Quyền nhận sự kiện quản lý tin nhắn”, xem README) rồi cấp quyền lại bằng npm run cli -- zalo auth.
zalo-oa-withdraw-alert =
    🔒 Người dùng Zalo { $user } ({ $name }) vừa yêu cầu xoá dữ liệu cá nhân của mình (sự kiện user_withdraw của Zalo OA: quyền của chủ thể dữ liệu).
    Xem trợ lý đang lưu gì về người này: { $command }. Sau đó xoá hoặc ẩn danh những dữ liệu không còn cơ sở để giữ, và ghi lại việc đã làm.
zalo-oa-image-caption = Ảnh đính kèm
zalo-oa-image-caption-named = Ảnh: { $name }
config-expect-zalo-bot-name = cần tên hiển thị của bot (1–100 ký tự), đúng như mọi người gõ sau dấu @ trong nhóm
cli-zalo-withdraw-usage = Cách dùng: zalo withdraw-report <mã người dùng Zalo> [--json] (mã có trong thông báo gửi quản trị viên).
cli-zalo-withdraw-header = Người dùng Zalo { $user } ({ $name }): những gì trợ lý đang lưu
cli-zalo-withdraw-no-member = Không có hồ sơ cán bộ nào gắn với mã này (người đó chưa từng nhắn cho trợ lý, hoặc đã được xoá).
cli-zalo-withdraw-identity = - Tài khoản { $platform } { $id }, tên “{ $name }”, lần cuối thấy: { $seen }
cli-zalo-withdraw-roles = - Vai trò: { $roles }
cli-zalo-withdraw-counts =
    - Báo cáo đã gửi: { $reports } (tệp minh chứng: { $files }; từ { $first } đến { $last })
    - Phản ánh đã ghi: { $logged }; phản ánh được giao xử lý: { $handled }; lần xử lý đã ghi: { $actions }
    - Hội thoại đang dở: { $conversations }; dòng nhật ký (audit): { $audit }; tin nhắn Zalo còn lưu (30 ngày): { $events }
cli-zalo-withdraw-advice = Báo cáo và phản ánh là hồ sơ công vụ của đơn vị: xem xét cơ sở pháp lý để giữ chúng; xoá hoặc ẩn danh phần còn lại (tài khoản, vai trò, hội thoại), rồi ghi lại việc đã làm.
cli-zalo-unreadable-none = Không có sự kiện nào Zalo đã ký mà trợ lý không đọc được.
cli-zalo-unreadable-line = { $at }  { $platform }  { $event }  ({ $reason }): { $body }
