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
# a one-off deadline whose last day is a day off: the working day it really ends on
rule-once-shifted = { $rule }; { $shift }
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
extract-relative-to-issue = “{ $written }”: tính từ ngày ký kế hoạch { $issued } (không tính ngày ký), hạn là { $due }; cần kiểm tra lại.
extract-relative-to-issue-undated = “{ $written }”: tính từ ngày ký kế hoạch nhưng văn bản không ghi ngày ký; chưa tạo hạn — hãy đặt hạn cho nhiệm vụ.
extract-relative-to-event = “{ $written }”: hạn tính từ một việc chưa xảy ra nên chưa có ngày; nhiệm vụ được lưu không có hạn — khi biết ngày, hãy đặt hạn cho nhiệm vụ.
extract-no-deadline = Không thấy thời hạn nào trong văn bản này.
extract-unit-not-found = Danh sách đơn vị không có “{ $name }”; nhiệm vụ này chưa giao cho đơn vị nào.
extract-unit-fallback = Danh sách đơn vị không có “{ $name }”; tạm giao cho Sở Y tế.
extract-doer-assumed = Kế hoạch không nói ai thực hiện; tạm giao cho các đơn vị trực thuộc — hãy kiểm tra.
extract-doer-inferred = Câu này không nêu ai thực hiện; đơn vị được suy ra từ nơi làm hoặc từ đoạn trước — hãy kiểm tra.
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
import-task-recipient-none = Gửi: (kế hoạch không ghi người nhận báo cáo)
import-task-source = Nguồn: “{ $sentence }”
import-warning = ⚠ { $warning }
import-plan-confirm = Lưu kế hoạch và { $count } nhiệm vụ? Trả lời “có” để lưu, “không” để hủy, hoặc “bỏ 2 5” để bỏ các nhiệm vụ số 2 và 5.
import-plan-saved = Đã lưu kế hoạch { $code }: { $tasks } nhiệm vụ, { $assignments } lượt giao cho đơn vị.
    Mã các nhiệm vụ, theo thứ tự danh sách: { $codes }. Báo cáo và sửa dùng mã này, ví dụ: /kehoach sua { $first } han <hạn mới>.
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
      plan <tệp> --replace <mã kế hoạch> [--dry-run] [--yes]
                                   thay kế hoạch đã lưu bằng bản đã sửa: xem thêm, bỏ, sửa gì rồi mới làm (giữ báo cáo)
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
cli-deadlines-occurrence = {"  "}quy tắc { $rule }, kỳ { $period }: { $due }
cli-usage-more =
    {"  "}deadlines "<câu>" [--json] [--reference-date YYYY-MM-DD]   đọc thời hạn trong một câu tiếng Việt
    {"  "}import plan|units|documents <tệp> …                   nhập kế hoạch (txt/yaml/json), đơn vị (csv) hoặc văn bản (json); xem: import --help
    {"  "}holidays list [năm] | add <ngày> <tên> | workday <ngày> <tên> | remove <ngày>
    {"                                              "}ngày nghỉ lễ, ngày nghỉ theo thông báo và ngày làm bù
    {"  "}plan ladder <mã kế hoạch> [--before N] [--on-due yes|no] [--escalate-after N|never] [--default]
    {"                                              "}xem hoặc đổi lịch nhắc hạn của một kế hoạch
    {"  "}plan show <mã> [--json] | task <mã> <NV…> --title|--units|--deadline|--recipient <…>
    {"  "}plan remove-task <mã> <NV…> [--yes] | archive <mã> [--yes]
    {"                                              "}xem, sửa nhiệm vụ, bỏ nhiệm vụ, lưu trữ kế hoạch đã lưu
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
calendar-already-weekend = Ngày { $date } đã là ngày nghỉ cuối tuần: không cần ghi thêm, lịch không thay đổi. Nếu ngày này là ngày làm bù, dùng /ngaynghi làm bù { $date } <tên>.
calendar-already-holiday = Ngày { $date } đã là ngày nghỉ lễ theo Bộ luật Lao động ({ $holiday ->
        [new-year] Tết Dương lịch
        [tet] Tết Nguyên đán
        [hung-kings] Giỗ Tổ Hùng Vương
        [reunification] Ngày Chiến thắng
        [labour-day] Ngày Quốc tế Lao động
        [national-day] Quốc khánh
       *[other] ngày lễ
    }{ $compensation ->
        [true] , nghỉ bù
       *[other] {""}
    }): không cần ghi thêm, lịch không thay đổi.
calendar-already-working = Ngày { $date } đã là ngày làm việc: không cần ghi ngày làm bù, lịch không thay đổi.
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
import-task-compact-recipient = Nhận: { $recipient }
import-task-compact-recipient-none = Nhận: (không ghi)
import-flag-doer = ⚠ kiểm tra đơn vị thực hiện
import-flag-year = ⚠ năm { $year } là tự suy ({ $source ->
        [plan] năm của kế hoạch; câu không ghi năm
       *[reference] kế hoạch không ghi năm
    })
import-unused-header = ⚠ { $count } câu có vẻ là nhiệm vụ nhưng chưa thành nhiệm vụ nào (thêm bằng “thêm <nhiệm vụ>” nếu cần):
import-unused-line = • “{ $sentence }”
import-unused-more = … và { $count } câu nữa (xem đủ bằng: npm run cli -- import plan <tệp> --dry-run).
extract-no-units = Chưa có đơn vị nào trong cơ sở dữ liệu nên các nhiệm vụ chưa giao cho ai; hãy nhập đơn vị trước (npm run cli -- import units <tệp.csv>).

# Correcting a proposal before it is saved (issue 18)
plan-review-help = Sửa trước khi lưu: “sửa 3 <tên mới>”, “giao 3 cho <đơn vị | các bệnh viện | …>”, “hạn 3 <trước ngày 15/6 hằng năm>”, “nhận 3 <người nhận báo cáo>”, “gộp 2 3”, “tách 4”, “thêm <nhiệm vụ>”, “bỏ 2 5”. Số thứ tự giữ nguyên sau mỗi lần sửa.
plan-review-edited = Đã sửa. Danh sách hiện tại:
plan-review-no-task = Không có nhiệm vụ số đó trong danh sách (từ 1 đến { $count }, trừ các số đã bỏ).
plan-review-unit-unknown = Không tìm thấy đơn vị nào ứng với tên đó. Gõ tên đơn vị, mã đơn vị (ví dụ BVDK), hoặc “các bệnh viện”, “các đơn vị trực thuộc”, “Trung tâm Y tế các huyện”…
plan-review-deadline-unread = Chưa đọc được hạn từ cụm từ đó. Ví dụ: “trước ngày 15/6 hằng năm”, “chậm nhất ngày 31/01/2027”, “trước ngày 20 của tháng cuối quý”, “khi có yêu cầu”.
plan-review-cannot-split = Tên nhiệm vụ này không có chỗ tách (dấu “;”, “,” hoặc chữ “và”). Hãy “sửa” tên rồi “thêm” nhiệm vụ còn lại.

## /kehoach: kế hoạch đã lưu (xem, sửa, bỏ nhiệm vụ, lưu trữ)

cmd-kehoach-description = Các kế hoạch và nhiệm vụ của từng kế hoạch; quản trị viên sửa, bỏ nhiệm vụ, lưu trữ kế hoạch
cmd-kehoach-usage = /kehoach (danh sách), /kehoach tatca (cả kế hoạch đã lưu trữ), /kehoach <mã kế hoạch hoặc vài chữ trong tên>; quản trị viên: /kehoach sua NV7 ten|donvi|han|nguoinhan <…>, /kehoach bo NV7, /kehoach luutru <mã kế hoạch>
plan-list-empty = Chưa có kế hoạch nào. Quản trị viên nhập kế hoạch bằng /nhapkehoach.
plan-list-header = Các kế hoạch đang theo dõi ({ $count }):
plan-list-header-all = Tất cả kế hoạch, kể cả đã lưu trữ ({ $count }):
plan-list-line = • { $code } — { $title }: { $tasks } nhiệm vụ, { $open } lượt đang mở, { $overdue } quá hạn{ $archived ->
        [yes] {" "}(đã lưu trữ)
       *[no] {""}
    }
plan-list-hint = Xem một kế hoạch: /kehoach <mã kế hoạch>.
plan-show-header = Kế hoạch { $code }: { $title }
plan-show-meta = Số: { $symbol } · Cơ quan ban hành: { $issuer } · Năm: { $year } · { $tasks } nhiệm vụ, { $open } lượt đang mở, { $overdue } quá hạn
plan-show-archived = (Kế hoạch này đã được lưu trữ: không còn nhắc hạn.)
plan-show-task = [{ $code }] { $title }
plan-show-task-units = Đơn vị ({ $count }): { $units }
plan-show-task-due = Hạn: { $rule }
plan-show-task-recipient = Gửi báo cáo về: { $recipient }
plan-show-hint = Quản trị viên sửa: /kehoach sua NV… ten|donvi|han|nguoinhan <…>; bỏ: /kehoach bo NV…; lưu trữ: /kehoach luutru <mã kế hoạch>.
plan-edit-usage = Cách sửa: /kehoach sua NV7 ten <tên mới> | donvi <đơn vị, ví dụ: BVDK, các bệnh viện> | han <ví dụ: trước ngày 15/6 hằng năm> | nguoinhan <người nhận báo cáo>.
plan-task-not-in-plan = { $task } không thuộc kế hoạch { $plan }. Xem các nhiệm vụ của kế hoạch: /kehoach { $plan }.
plan-edit-done = Đã sửa { $field ->
        [title] tên
        [units] đơn vị thực hiện
        [deadline] hạn
       *[recipient] người nhận báo cáo
    } của nhiệm vụ { $code } (kế hoạch { $plan }):
plan-edit-notified = Đã báo { $count } nhóm của các đơn vị mới được giao.
plan-edit-past-due = Lưu ý: hạn này ({ $due }) đã qua, nên nhiệm vụ quá hạn ngay. Nếu chưa đúng, sửa lại: /kehoach sua NV… han <hạn mới>.
plan-edit-empty = Chưa có nội dung mới. Xem cách sửa: /kehoach sua.
plan-edit-deadline-unread = Chưa đọc được hạn từ “{ $phrase }”, nên chưa sửa gì. Ví dụ: “trước ngày 15/6 hằng năm”, “chậm nhất ngày 31/01/2027”, “trước ngày 20 của tháng cuối quý”, “khi có yêu cầu”.
plan-edit-unit-unknown = Không tìm thấy đơn vị nào ứng với “{ $who }”, nên chưa sửa gì. Gõ mã đơn vị (ví dụ BVDK), tên đơn vị, hoặc “các bệnh viện”, “các đơn vị trực thuộc”…
plan-task-unknown = Không có nhiệm vụ { $task } (hoặc nhiệm vụ đã bị bỏ). Xem mã nhiệm vụ bằng /kehoach <mã kế hoạch>.
plan-archived-unchanged = Nhiệm vụ { $task } thuộc kế hoạch đã lưu trữ nên không sửa được.
plan-already-archived = Kế hoạch { $code } đã được lưu trữ từ trước.
plan-remove-usage = Cách bỏ một nhiệm vụ: /kehoach bo NV7.
plan-remove-confirm = Bỏ nhiệm vụ { $code } “{ $title }” của kế hoạch { $plan }? Các lượt hạn đang mở sẽ bị hủy (không nhắc nữa); báo cáo đã gửi vẫn được giữ. Trả lời Có hoặc Không.
plan-remove-done = Đã bỏ nhiệm vụ { $code } “{ $title }”: hủy { $cancelled } lượt hạn đang mở; báo cáo đã gửi vẫn được giữ.
plan-archive-usage = Cách lưu trữ một kế hoạch: /kehoach luutru <mã kế hoạch>.
plan-archive-confirm = Lưu trữ kế hoạch { $code } “{ $title }”? { $open } lượt hạn đang mở sẽ bị hủy, không nhắc nữa; kế hoạch ẩn khỏi danh sách (xem lại bằng /kehoach tatca); báo cáo đã gửi vẫn được giữ. Trả lời Có hoặc Không.
plan-archive-done = Đã lưu trữ kế hoạch { $code }: hủy { $cancelled } lượt hạn đang mở, không còn nhắc hạn.
plan-choice-yes = Có
plan-choice-no = Không
plan-confirm-unclear = Chưa rõ ý bạn. Trả lời Có hoặc Không (hoặc /huy).
plan-change-cancelled = Đã thôi, không thay đổi gì.
permission-denied-plan-manager = Chỉ quản trị viên mới sửa, bỏ nhiệm vụ hoặc lưu trữ kế hoạch (lệnh { $command }). Bạn vẫn xem được kế hoạch: /kehoach.

## Báo đơn vị có nhiệm vụ mới (gửi vào nhóm của đơn vị)

plan-new-tasks-head-plan = 📋 { $unit } có { $count } nhiệm vụ mới theo kế hoạch { $plan }:
plan-new-tasks-head = 📋 { $unit } được giao { $count } nhiệm vụ mới:
plan-new-tasks-line = • [{ $code }] { $title } — hạn: { $due }
plan-new-tasks-more = … và { $count } nhiệm vụ nữa (xem đủ: /nhiemvu).
plan-new-tasks-how = Báo cáo tiến độ: /baocao <mã nhiệm vụ> <phần trăm> <nội dung>, ví dụ: /baocao { $code } 50% đang triển khai.

## cli plan show / task / remove-task / archive

plan-cli-task-missing = Hãy chọn đúng một thay đổi: --title, --units, --deadline hoặc --recipient.
plan-cli-dry-run = (Chạy thử: chưa thay đổi gì. Thêm --yes để thực hiện.)

## Thay thế kế hoạch đã lưu bằng bản đã sửa (/nhapkehoach … “thay thế”, cli import plan --replace)

plan-choice-replace = Thay thế
plan-replace-offer = Nếu đây là bản đã sửa của kế hoạch { $code }, trả lời “thay thế” để xem những gì sẽ thay đổi (chưa thay đổi gì), hoặc “hủy”.
plan-replace-header = Thay thế kế hoạch { $code }: thêm { $added }, bỏ { $removed }, sửa { $changed }, giữ nguyên { $unchanged } nhiệm vụ.
plan-replace-added = + Thêm: { $title } — { $rule } → { $units }
plan-replace-removed = − Bỏ: [{ $code }] { $title }
plan-replace-changed = ~ Sửa: [{ $code }] { $title }
plan-replace-field = { $field ->
        [title] tên
        [units] đơn vị
        [deadline] hạn
       *[recipient] người nhận
    }: { $before } → { $after }
plan-replace-reports-kept = Báo cáo đã gửi được giữ nguyên: nhiệm vụ được sửa giữ mã và báo cáo; nhiệm vụ bị bỏ chỉ hủy các lượt hạn đang mở.
plan-replace-confirm = Thay thế kế hoạch như trên? Trả lời Có hoặc Không.
plan-replace-done = Đã thay thế kế hoạch { $code }: thêm { $added }, bỏ { $removed }, sửa { $changed } nhiệm vụ; đã báo { $notified } nhóm đơn vị về nhiệm vụ mới.
plan-replace-unknown = Không có kế hoạch “{ $code }” để thay thế. Xem mã kế hoạch: npm run cli -- plan show <mã> hoặc /kehoach.
