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
digest-feedback-none-late = Phản ánh đang mở: { $open }, không có phản ánh nào quá hạn xử lý.
digest-box-never = Chưa có biên bản mở hòm thư góp ý nào: khi mở (kể cả không có thư), ghi bằng /homthu.
digest-box-late = Hòm thư góp ý quá hạn mở { $days } ngày: khi mở, ghi biên bản bằng /homthu.
digest-unit-footer = Báo cáo tiến độ: /baocao — hạn chót: /hanchot.
digest-too-long = Đơn vị có quá nhiều việc để liệt kê trong một tin: xem bằng /nhiemvu và /quahan.
digest-leader-head = Bản tin lãnh đạo tuần { $week } — toàn ngành
digest-leader-head-branch = Tổng hợp tuần { $week } — { $units }
summary-branch = { $units }{ $count ->
    [0] {""}
   *[other] {" "}và { $count } đơn vị trực thuộc
}
digest-buckets = Việc đến hạn từ { $since } và việc cũ còn mở: hoàn thành đúng hạn { $onTime } · hoàn thành trễ { $late } · đang mở trong hạn { $open } · quá hạn { $overdue } — tỷ lệ đúng hạn { $rate }.
digest-most-overdue = Đơn vị quá hạn nhiều nhất:
digest-most-overdue-line = • { $unit }: { $count } việc quá hạn, lâu nhất { $days } ngày
digest-most-overdue-more = … và { $count } đơn vị khác có việc quá hạn — xem /quahan.
digest-reporting = Tình hình báo cáo theo nhiệm vụ còn mở:
digest-reporting-line = • [{ $code }] { $title } — { $due }: đã báo cáo { $reported }/{ $total }; chưa: { $missing }
digest-reporting-line-complete = • [{ $code }] { $title } — { $due }: đủ { $reported }/{ $total } đơn vị đã báo cáo.
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
