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
cmd-nhiemvu-usage = /nhiemvu hoặc /nhiemvu <mã đơn vị>, ví dụ: /nhiemvu BVDK; một nhiệm vụ ở các đơn vị: /nhiemvu NV5
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
command-unknown-meant = Không có lệnh { $command }. Có phải bạn muốn gõ { $meant }?
command-meant-choice = Dùng { $meant }
command-group-only = Lệnh { $command } chỉ dùng trong nhóm chat của đơn vị.
command-private-only = Lệnh { $command } chỉ dùng khi nhắn riêng với trợ lý.
text-not-understood = Tôi chỉ hiểu các lệnh bắt đầu bằng dấu “/”. Gõ /help để xem các lệnh bạn dùng được.
input-too-long = Tin nhắn dài quá. Vui lòng gửi dưới { $max } ký tự, có thể chia thành nhiều tin.
error-internal = Xin lỗi, trợ lý gặp lỗi khi xử lý yêu cầu này. Vui lòng thử lại sau ít phút; nếu vẫn lỗi, hãy báo quản trị viên.
flow-expired = Thao tác trước đã quá thời gian chờ nên đã dừng. Gõ lại { $command } để bắt đầu lại.
choice-more = Xem thêm ({ $count } mục nữa)
choice-range = {" "}(đang xem { $from }–{ $to })
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
cancel-done-question = Đã bỏ câu hỏi vừa rồi; bạn cần gì cứ nhắn tiếp.
cancel-nothing = Không có thao tác nào đang chờ để hủy.

## /ngonngu

cmd-ngonngu-description = Chọn ngôn ngữ trợ lý trả lời bạn (tiếng Việt hoặc tiếng Anh)
cmd-ngonngu-usage = /ngonngu vi (tiếng Việt) hoặc /ngonngu en (English)
language-current = Trợ lý đang trả lời bạn bằng tiếng Việt. Đổi sang tiếng Anh: /ngonngu en
language-set = Từ nay trợ lý trả lời bạn bằng tiếng Việt.

## Khi trợ lý được thêm vào nhóm

joined-greeting = Xin chào cả nhóm! Tôi là { -bot-name }: tôi nhắc hạn báo cáo, nhận báo cáo tiến độ của cán bộ đầu mối và ghi sổ phản ánh của người dân. Gõ /help để xem các lệnh.
joined-unbound = Quản trị viên hãy gõ /dangky <mã đơn vị> để gắn nhóm này với đơn vị.
joined-bound = Nhóm này thuộc { $unit }.
anonymous-sender = Tin nhắn này được gửi ẩn danh (dưới tên nhóm hoặc kênh), nên trợ lý không biết ai đang dùng lệnh. Hãy tắt chế độ ẩn danh của quản trị viên rồi gõ lại lệnh.

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
cmd-tieptuc-description = Tiếp tục thao tác bị tạm dừng khi bạn gõ lệnh khác
cmd-tieptuc-usage = /tieptuc
flow-paused = (Đã tạm dừng { $command } đang làm dở; gõ /tieptuc để tiếp tục.)
resume-nothing = Không có thao tác nào đang tạm dừng để tiếp tục.
resume-done = Tiếp tục { $command } đang làm dở: trả lời câu hỏi trước của trợ lý.
resume-done-asking = Tiếp tục { $command } đang làm dở. Câu hỏi trước của trợ lý:
