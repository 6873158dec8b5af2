## Phản ánh, góp ý (/phananh, /xuly, /homthu)

config-expect-feedback-sla = cần dạng kênh[.urgent]=số ngày làm việc, cách nhau bằng dấu phẩy, ví dụ hotline.urgent=0,hotline=3,box=10 (kênh: box, hotline, direct, email, portal)
cmd-phananh-description = Ghi sổ phản ánh từ hòm thư góp ý, đường dây nóng, trực tiếp…; xem danh sách và thống kê
cmd-phananh-usage =
    /phananh — trợ lý hỏi từng bước; hoặc một dòng: /phananh <kênh> [khẩn] <nội dung>, kênh: hòm thư, đường dây nóng, trực tiếp, email, cổng
    Ví dụ: /phananh đường dây nóng Người nhà phản ánh chờ khám lâu ở khoa Nhi; việc khẩn: /phananh hotline khẩn <nội dung> (không dấu: khan cap)
    Sửa loại, mức độ: /phananh PA-2026-0001 loai <loại> — /phananh PA-2026-0001 muc <khẩn|thường>
    Xem: /phananh xem PA-2026-0001 — tồn đọng: /phananh ds — thống kê: /phananh thongke [tháng 10/2025|quý IV/2025|năm 2025]
    Thông tin liên hệ của người phản ánh (nhắn riêng với trợ lý): /phananh lienhe PA-2026-0001 <họ tên, số điện thoại, email>
cmd-xuly-description = Ghi kết quả xử lý một phản ánh (cán bộ xử lý phản ánh)
cmd-xuly-usage = /xuly <mã phản ánh> [trạng thái] <nội dung xử lý>, trạng thái: đang xử lý, đã xử lý, chuyển cơ quan khác, không thuộc thẩm quyền, mở lại. Ví dụ: /xuly PA-2026-0001 đã xử lý Đã xin lỗi và điều chỉnh lịch khám. Chuyển sang xử lý riêng (tiêu cực, nhũng nhiễu; nhóm chỉ thấy mã): /xuly PA-2026-0001 nhạy cảm
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
feedback-category-misconduct = tiêu cực, nhũng nhiễu
feedback-category-praise = khen ngợi
feedback-category-other = khác
feedback-status-received = tiếp nhận
feedback-status-reopen = mở lại
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
feedback-details-head-day = Phản ánh { $code }, tiếp nhận ngày { $received }
feedback-details-content = Nội dung: { $content }
feedback-details-contact = Người phản ánh: { $contact }
feedback-details-action = • { $at } — { $status }: { $note }
feedback-which-unit = Bạn ghi sổ phản ánh cho nhiều đơn vị (hoặc chưa cho đơn vị nào): hãy dùng lệnh trong nhóm chat của đơn vị.
feedback-logged-in-private = { $name } ghi sổ phản ánh qua tin nhắn riêng với trợ lý:
feedback-handled-in-private = { $name } cập nhật xử lý phản ánh qua tin nhắn riêng với trợ lý:
feedback-saved = Đã ghi sổ phản ánh { $code }.
feedback-saved-sensitive = Đã tiếp nhận một phản ánh cần xử lý riêng ({ $code }).
feedback-sensitive-label = cần xử lý riêng
feedback-sensitive-private-note = Phản ánh { $code } thuộc loại tiêu cực, nhũng nhiễu: được xử lý khẩn và riêng; nội dung đầy đủ đã gửi riêng cho lãnh đạo đơn vị và cán bộ xử lý phản ánh của đơn vị, của Sở. Các nhóm chỉ thấy mã và trạng thái.
feedback-new-sensitive = 🔒 Phản ánh cần xử lý riêng (tiêu cực, nhũng nhiễu) của { $unit }: { $code }. Vui lòng không chia sẻ nội dung vào nhóm; cập nhật: /xuly { $code } <trạng thái> <nội dung>
feedback-marked-sensitive = Đã chuyển { $code } sang xử lý riêng: từ nay các nhóm chỉ thấy mã và trạng thái.
feedback-already-sensitive = { $code } đã là phản ánh cần xử lý riêng.
feedback-linked-saved = Đã ghi { $code } và gộp vào vụ việc { $main }.
feedback-contact-private = Thông tin liên hệ của người phản ánh (nếu có) vui lòng nhắn riêng cho trợ lý: /phananh lienhe { $code } <họ tên, số điện thoại>.
feedback-new-for-handler = Phản ánh mới của { $unit }, cần xử lý: /xuly { $code } <trạng thái> <nội dung>
feedback-ask-channel = Phản ánh nhận qua kênh nào?
feedback-received-today = Hôm nay
feedback-received-yesterday = Hôm qua
feedback-ask-received = Nhận phản ánh khi nào? Chọn, hoặc gõ ngày (và giờ nếu có), ví dụ 20/11 14:30 hoặc hôm qua 15h.
feedback-ask-content = Nội dung phản ánh (ghi đúng ý người phản ánh):
feedback-duplicate-ask = Phản ánh này giống một vụ việc chưa xử lý xong của đơn vị trong 7 ngày qua. Có phải cùng một vụ việc?
feedback-duplicate-same = Cùng vụ việc { $code }
feedback-duplicate-new = Vụ việc khác
feedback-duplicate-again = Có phải cùng vụ việc { $code }? Trả lời “có” hoặc “không” (hoặc chọn số).
feedback-praise-acknowledged = Lời khen đã được ghi nhận; không cần xử lý.
feedback-guessed = Trợ lý đoán loại: { $category }; mức độ: { $severity }. Nếu chưa đúng: /phananh { $code } loai <loại> hoặc /phananh { $code } muc <khẩn|thường>.
feedback-reclassify-usage = Cách dùng: /phananh { $code } loai <thái độ | chuyên môn | thủ tục | vệ sinh | giá, BHYT | khen ngợi | khác>, hoặc /phananh { $code } muc <khẩn | thường>.
feedback-handle-with-xuly = Kết quả xử lý ghi bằng lệnh /xuly (cán bộ xử lý phản ánh): /xuly { $code } { $status } <nội dung đã xử lý>.
feedback-reclassify-unchanged = { $code } đã có đúng loại và mức độ đó; không có gì thay đổi.
feedback-reclassified = Đã sửa { $code }: loại { $category }, mức độ { $severity }.
feedback-reclassified-sla = Hạn xử lý đã được tính lại theo loại và mức độ mới; việc nhắc hạn bắt đầu lại.
feedback-ask-category = Thuộc loại nào?
feedback-ask-category-guess = Thuộc loại nào? Theo nội dung, trợ lý đoán: { $category } (trả lời { $number } nếu đúng).
feedback-ask-severity = Mức độ?
feedback-contact-skip = Không có / ẩn danh
feedback-ask-contact = Thông tin liên hệ của người phản ánh (họ tên, số điện thoại, email) — chỉ cán bộ xử lý và lãnh đạo xem được. Nếu không có, chọn bỏ qua.
feedback-stats-usage = Cách dùng: /phananh thongke (tháng này), /phananh thongke thang 10 hoặc thang 10/2025, /phananh thongke quy 3 hoặc quý IV/2025, /phananh thongke quý trước, /phananh thongke 6 tháng đầu năm, /phananh thongke nam 2025 hoặc năm ngoái
feedback-period-month = tháng { $month }/{ $year }
feedback-period-quarter = quý { $roman }/{ $year }
feedback-period-half = { $half ->
    [1] 6 tháng đầu năm { $year }
   *[other] 6 tháng cuối năm { $year }
}
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
feedback-contact-empty = Tôi chưa thấy họ tên, số điện thoại hay email nào. Ví dụ: /phananh lienhe PA-2026-0001 Nguyễn Văn A 0912345678
feedback-contact-saved = Đã lưu riêng thông tin liên hệ cho { $code }; chỉ cán bộ xử lý và lãnh đạo xem được.
feedback-contact-saved-group = Đã lưu riêng thông tin liên hệ cho { $code }; chỉ cán bộ xử lý và lãnh đạo xem được. Lần sau vui lòng nhắn riêng cho trợ lý.
feedback-unknown-channel = Tôi không hiểu kênh “{ $word }”. Các kênh: hòm thư, đường dây nóng, trực tiếp, email, cổng.
feedback-bad-date = Tôi không hiểu ngày “{ $text }”. Hãy ghi “hôm nay”, “hôm qua” hoặc ngày/tháng, có thể kèm giờ, ví dụ 20/11, 20/11/2026 14:30 hoặc hôm qua 15h.
feedback-bad-date-words = Tôi không hiểu ngày vừa ghi (nội dung phản ánh sẽ hỏi ở bước sau). Hãy ghi “hôm nay”, “hôm qua” hoặc ngày/tháng, có thể kèm giờ, ví dụ 20/11, 20/11/2026 14:30 hoặc hôm qua 15h.
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
box-usage-cadence = “{ $days } ngày” là lịch mở hòm thư chứ không phải số thư. Đặt lịch: /homthu lich { $days }; ghi biên bản mở: /homthu <số thư> [ngày/tháng] [người chứng kiến].
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
feedback-stats-by-unit = Theo đơn vị (nhận trong kỳ / đã xử lý xong / xong đúng hạn / quá hạn xử lý / đang mở):
feedback-stats-unit-line = • { $unit }: { $received } / { $closed } / { $closedOnTime } / { $overdue } / { $open }
feedback-xlsx-sheet = Thống kê phản ánh
feedback-xlsx-title = Thống kê phản ánh theo đơn vị — { $period }
feedback-xlsx-received = Nhận trong kỳ
feedback-xlsx-closed = Đã xử lý xong
feedback-xlsx-on-time = Xong đúng hạn
feedback-xlsx-overdue = Quá hạn xử lý
feedback-xlsx-open = Đang mở
feedback-xlsx-total = Cộng
