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
ladder-plan-not-found = Không có kế hoạch mã “{ $code }”. Mã kế hoạch là mã in khi nhập kế hoạch, ví dụ KH20-2026.
ladder-out-of-range = Số ngày làm việc phải là số nguyên từ 0 đến 30.
ladder-bad-option = { $option } chưa đúng: --before và --escalate-after là số ngày làm việc từ 0 đến 30 (--escalate-after never: không báo lãnh đạo Sở), --on-due là yes hoặc no.
plan-usage =
    Cách dùng: npm run cli -- plan ladder <mã kế hoạch> [--before N] [--on-due yes|no] [--escalate-after N|never] [--default]
      không có tùy chọn: xem lịch nhắc hạn của kế hoạch
      --before N            nhắc đầu mối (hoặc đầu mối dự phòng khi đầu mối nghỉ phép) N ngày làm việc trước hạn (0: không nhắc)
      --on-due yes|no       báo lãnh đạo đơn vị vào ngày đến hạn
      --escalate-after N    báo nhóm lãnh đạo Sở N ngày làm việc sau hạn (never: không báo)
      --default             trở về lịch nhắc mặc định (3 ngày trước; báo lãnh đạo đơn vị đúng hạn; báo lãnh đạo Sở sau 1 ngày)
      npm run cli -- plan show <mã kế hoạch> [--json]
      npm run cli -- plan task <mã kế hoạch> <NV…> --title <tên> | --units <đơn vị…> | --deadline <cụm từ hạn> | --recipient <người nhận>
      npm run cli -- plan remove-task <mã kế hoạch> <NV…> [--yes]
      npm run cli -- plan archive <mã kế hoạch> [--yes]
import-plan-ladder = Nhắc hạn: { $ladder }.
