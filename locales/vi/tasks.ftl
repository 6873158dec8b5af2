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

## /hanchot, /quahan

cmd-hanchot-description = Hạn chót sắp tới (mặc định 7 ngày)
cmd-hanchot-usage = /hanchot hoặc /hanchot <số ngày | đến ngày>, ví dụ: /hanchot 30, /hanchot thứ 6, /hanchot 15/12; lãnh đạo xem nhiều đơn vị thêm “theo đơn vị” hoặc “trang 2”
cmd-quahan-description = Nhiệm vụ đã quá hạn mà chưa hoàn thành
cmd-quahan-usage = /quahan; lãnh đạo xem nhiều đơn vị thêm “theo đơn vị” hoặc “trang 2”, ví dụ: /quahan theo đơn vị
all-units = tất cả đơn vị
list-more = … và { $count } mục khác.
list-more-unit = … và { $count } mục khác: gõ /nhiemvu để xem đủ các nhiệm vụ đang mở của đơn vị.
list-more-all = … và { $count } mục khác: xem từng đơn vị bằng /nhiemvu <mã đơn vị>, hoặc cả kế hoạch trong tệp /xuatbaocao <mã kế hoạch>.
upcoming-header = Hạn chót trong { $days } ngày tới của { $who } ({ $count }):
upcoming-none = { $who } không có hạn chót nào trong { $days } ngày tới.
upcoming-overdue-too = Ngoài ra còn { $count } việc đã quá hạn, chưa hoàn thành: gõ /quahan để xem.
overdue-header = Quá hạn, chưa hoàn thành — { $who } ({ $count }):
overdue-none = { $who } không có nhiệm vụ nào quá hạn.
permission-denied-leader = Lệnh { $command } dành cho lãnh đạo Sở và quản trị viên.
leader-line-task = • [{ $code }] { $title } — { $due } — còn { $count } đơn vị: { $units }
leader-line-unit = • { $unit } ({ $count }): { $tasks }
leader-grouped-by-task = (Mỗi dòng một nhiệm vụ và các đơn vị còn nợ; xem theo đơn vị: { $other })
leader-grouped-by-unit = (Mỗi dòng một đơn vị và các nhiệm vụ còn nợ; xem theo nhiệm vụ: { $other })
leader-more = Trang { $page }/{ $pages }. Xem thêm: { $next }
# the words /hanchot and /quahan read (src/commands/deadlines.command.ts), as a hint types them
leader-words-by-unit = theo đơn vị
leader-words-page = trang { $page }
leader-units-more = { $units } và { $count } đơn vị nữa (từng đơn vị: thêm “theo đơn vị”)

## /nhiemvu NV5: where one task stands

task-standing-head = [{ $code }] { $title }
task-standing-owing = Chưa hoàn thành ({ $count } đơn vị):
task-standing-owing-line = • { $unit } — { $due } · { $report }
task-standing-no-report = chưa báo cáo
task-standing-more = … và { $count } lượt nữa (cả kế hoạch: /xuatbaocao <mã kế hoạch>).
task-standing-done = Đã hoàn thành ({ $count } đơn vị): { $units }
task-standing-done-unit = { $unit } ({ $date }{ $onTime ->
        [yes] , đúng hạn
        [no] , trễ hạn
       *[unknown] {""}
    })
task-standing-done-more = và { $count } đơn vị nữa
task-standing-not-assigned = Nhiệm vụ { $code } không được giao cho { $who }.
task-standing-any-unit = đơn vị nào bạn theo dõi
task-standing-unknown = Không có nhiệm vụ { $code } đang theo dõi. Gõ /nhiemvu để xem các nhiệm vụ đang mở.
