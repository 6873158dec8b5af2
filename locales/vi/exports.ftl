## Báo cáo tổng hợp (/xuatbaocao), tệp Excel, tệp Word và biểu đồ cho lãnh đạo
cmd-xuatbaocao-description = Báo cáo tổng hợp một kế hoạch theo kỳ, tệp Excel và Word (lãnh đạo)
cmd-xuatbaocao-usage = /xuatbaocao [mã kế hoạch] [kỳ], ví dụ: /xuatbaocao KH20-2026 quý IV/2026; /xuatbaocao QTUX-2026 năm 2026; /xuatbaocao 6 tháng đầu năm
export-report-heading = 📑 Báo cáo tổng hợp kết quả { $period } thực hiện { $plan } (số liệu đến ngày { $date }).
export-report-scope = { $units } đơn vị, { $tasks } nhiệm vụ.
export-report-files = Gửi kèm: tệp Excel (mỗi dòng một nhiệm vụ của một đơn vị) và bản dự thảo báo cáo Word theo thể thức Nghị định 30/2020/NĐ-CP; phần tồn tại, hạn chế và đề xuất để cán bộ tổng hợp bổ sung trước khi trình ký.
export-report-no-renderer = Máy chủ này chưa tạo được tệp Excel và Word; hãy báo quản trị viên.
export-report-future = ⚠️ Kỳ này bắt đầu từ { $from }, chưa tới: báo cáo chỉ gồm các nhiệm vụ chưa có hạn, chưa có kết quả để gửi lên.
export-report-empty = Kế hoạch không có nhiệm vụ nào trong kỳ này. Hãy chọn kỳ khác, ví dụ: /xuatbaocao { $plan } năm { $year }.
files-not-uploadable = Không gửi được tệp { $names } qua nền tảng này. Hãy dùng lệnh trên Telegram, hoặc nhờ quản trị viên xuất tệp trên máy chủ: npm run cli -- xuatbaocao <mã kế hoạch> [kỳ].
cli-export-usage = Cách dùng: npm run cli -- xuatbaocao [mã kế hoạch] [kỳ] [--out <thư mục>] [--at <ngày giờ ISO-8601>]
cli-export-saved = Đã lưu: { $file }
consolidated-bad-period = Không hiểu kỳ báo cáo “{ $written }”. Hãy ghi ví dụ: năm 2026, quý IV/2026, tháng 11/2026, 6 tháng đầu năm 2026.
consolidated-unknown-plan = Không có kế hoạch “{ $written }”. Các kế hoạch đang có: { $plans }.
consolidated-ambiguous-plan = Có nhiều kế hoạch khớp với “{ $written }”: { $plans }. Hãy ghi mã kế hoạch.
consolidated-ambiguous-plan-choose = Có { $count } kế hoạch khớp với “{ $typed }”{ $range }. Bạn chọn kế hoạch nào?
consolidated-plan-required = Xuất báo cáo cho kế hoạch nào? Hãy ghi mã kế hoạch: { $plans }. Ví dụ: /xuatbaocao <mã> quý IV/2026
consolidated-no-plans = Chưa có kế hoạch nào để báo cáo; hãy nhập kế hoạch trước (/nhapkehoach).
consolidated-period-year = năm { $year }
consolidated-period-half-year = { $number ->
        [1] 6 tháng đầu năm { $year }
       *[other] 6 tháng cuối năm { $year }
    }
consolidated-period-quarter = quý { $roman }/{ $year }
consolidated-period-month = tháng { $number }/{ $year }
consolidated-plan-numbered = Kế hoạch số { $symbol } về { $title }
consolidated-plan-numbered-dated = Kế hoạch số { $symbol } ngày { $issued } về { $title }
consolidated-plan-unnumbered = Kế hoạch { $title }
consolidated-bucket-done-on-time = Hoàn thành đúng hạn
consolidated-bucket-done-late = Hoàn thành trễ hạn
consolidated-bucket-open-on-time = Đang thực hiện, trong hạn
consolidated-bucket-open-overdue = Quá hạn, chưa hoàn thành
consolidated-bucket-no-deadline = Không có thời hạn
consolidated-timeliness-on-time = Đúng hạn
consolidated-timeliness-late = Trễ { $days } ngày
consolidated-timeliness-overdue = Quá hạn { $days } ngày
consolidated-timeliness-pending = Còn hạn
consolidated-timeliness-pending-days = { $days ->
        [0] Còn hạn (hạn hôm nay)
       *[other] Còn hạn (còn { $days } ngày)
    }
consolidated-timeliness-with-shift = { $label } · { $shift }
consolidated-timeliness-none = Không có hạn
consolidated-due-shifted = { $stated } ({ $why }) → { $effective }
consolidated-docx-status-pending = { $days ->
        [0] Đang thực hiện, hạn hôm nay
       *[other] Đang thực hiện trong hạn (còn { $days } ngày)
    }
consolidated-due-none = Không có hạn
consolidated-rate = { NUMBER($percent, maximumFractionDigits: 1) }%
consolidated-rate-none = chưa tính được (chưa có lượt nào đến hạn)
consolidated-col-index = TT
consolidated-col-unit = Đơn vị
consolidated-col-code = Mã NV
consolidated-col-task = Nhiệm vụ
consolidated-col-due = Hạn chót
consolidated-col-status = Tình trạng
consolidated-col-percent = Tiến độ (%)
consolidated-col-report-date = Ngày báo cáo
consolidated-col-timeliness = Đúng hạn / trễ hạn
consolidated-col-report-text = Nội dung báo cáo
consolidated-col-report = Kết quả báo cáo
consolidated-col-evidence = Minh chứng
consolidated-col-evidence-ids = Tệp minh chứng đã lưu
consolidated-col-number = STT
consolidated-evidence-photos = { $count } ảnh
consolidated-evidence-documents = { $count } tệp
consolidated-evidence-none = Không
consolidated-evidence-photo = ảnh
consolidated-evidence-document = tệp
consolidated-evidence-list = { $count } tệp: { $names }
consolidated-evidence-kept = MC-{ $id }: đã lưu, { $kb } KB
consolidated-evidence-how = Xem: /minhchung { $code } { $unit }
consolidated-evidence-platform = { $platform ->
        [telegram] Telegram
        [zalo-oa] Zalo OA
        [zalo-bot] Zalo Bot
       *[other] { $platform }
    }
consolidated-col-total = Tổng số
consolidated-col-done-on-time = Hoàn thành đúng hạn
consolidated-col-done-late = Hoàn thành trễ hạn
consolidated-col-open-on-time = Đang thực hiện trong hạn
consolidated-col-open-overdue = Quá hạn chưa hoàn thành
consolidated-col-no-deadline = Không có thời hạn
consolidated-col-on-time-rate = Tỷ lệ đúng hạn
consolidated-total-row = Toàn kế hoạch
consolidated-no-rows = Kế hoạch không có nhiệm vụ nào trong kỳ này.
consolidated-xlsx-sheet = Tổng hợp
consolidated-xlsx-totals-sheet = Theo đơn vị
consolidated-xlsx-title = BÁO CÁO TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH
consolidated-xlsx-period = Kỳ báo cáo: { $period } (từ { $from } đến { $to })
consolidated-xlsx-as-of = { $department } · Số liệu đến ngày { $date }
consolidated-summary = Tổng số { $total } lượt nhiệm vụ: hoàn thành đúng hạn { $doneOnTime }, hoàn thành trễ hạn { $doneLate }, đang thực hiện trong hạn { $openOnTime }, quá hạn chưa hoàn thành { $openOverdue }, không có thời hạn { $noDeadline }. Tỷ lệ hoàn thành đúng hạn: { $rate }.
consolidated-docx-number = Số:        /BC-{ $code }
consolidated-docx-nation = CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
consolidated-docx-motto = Độc lập - Tự do - Hạnh phúc
consolidated-docx-place-date = { $place }, ngày { $day } tháng { $month } năm { $year }
consolidated-docx-place-unknown = ……
consolidated-docx-title = BÁO CÁO
consolidated-docx-subtitle = Kết quả { $period } thực hiện { $plan }
consolidated-docx-intro = Thực hiện { $plan }, { $department } báo cáo kết quả thực hiện { $period } (số liệu đến ngày { $date }) như sau:
consolidated-docx-department-fallback = Sở Y tế
consolidated-docx-section-general = I. TÌNH HÌNH CHUNG
consolidated-docx-general-scope = Kế hoạch có { $tasks } nhiệm vụ trong kỳ, giao cho { $units } đơn vị; tổng số { $total } lượt nhiệm vụ (mỗi nhiệm vụ của mỗi đơn vị tính một lượt).
consolidated-docx-general-results = Kết quả: hoàn thành đúng hạn { $doneOnTime } lượt; hoàn thành trễ hạn { $doneLate } lượt; đang thực hiện trong hạn { $openOnTime } lượt; quá hạn chưa hoàn thành { $openOverdue } lượt; không có thời hạn { $noDeadline } lượt.
consolidated-docx-general-rate = Tỷ lệ hoàn thành đúng hạn: { $rate } (số lượt hoàn thành đúng hạn trên tổng số lượt đã hoàn thành và đã quá hạn; nhiệm vụ quá hạn chưa hoàn thành không được tính là đúng hạn).
consolidated-docx-general-rate-none = Trong kỳ chưa có nhiệm vụ nào đã hoàn thành hoặc đã quá hạn, nên chưa tính tỷ lệ hoàn thành đúng hạn.
consolidated-docx-totals-caption = Tổng hợp theo đơn vị:
consolidated-docx-section-units = II. KẾT QUẢ CỦA TỪNG ĐƠN VỊ
consolidated-docx-unit-heading = { $index }. { $unit }
consolidated-docx-unit-summary = { $total } lượt nhiệm vụ; hoàn thành đúng hạn { $doneOnTime }, trễ hạn { $doneLate }, trong hạn { $openOnTime }, quá hạn { $openOverdue }, không có thời hạn { $noDeadline }; tỷ lệ đúng hạn: { $rate }.
consolidated-docx-report-cell = { $percent }% ngày { $date }: { $text }
consolidated-docx-report-cell-bare = { $percent }% ngày { $date }
consolidated-docx-status-overdue = Quá hạn { $days } ngày, chưa hoàn thành
consolidated-docx-status-late = Hoàn thành trễ { $days } ngày
consolidated-docx-no-report = Chưa báo cáo
consolidated-docx-section-issues = III. TỒN TẠI, HẠN CHẾ
consolidated-docx-issues-intro = Các nhiệm vụ quá hạn chưa hoàn thành đến ngày { $date }:
consolidated-docx-issue-line = - { $unit }: [{ $code }] { $task } — quá hạn { $days } ngày (hạn { $due }).
consolidated-docx-issues-none = Đến ngày { $date } không có nhiệm vụ nào quá hạn chưa hoàn thành.
consolidated-docx-late-count = Số lượt nhiệm vụ hoàn thành trễ hạn trong kỳ: { $count }.
consolidated-docx-issues-placeholder = (Cán bộ tổng hợp bổ sung nguyên nhân, khó khăn, vướng mắc.)
consolidated-docx-section-proposals = IV. ĐỀ XUẤT, KIẾN NGHỊ
consolidated-docx-proposals-placeholder = (Cán bộ tổng hợp bổ sung các đề xuất, kiến nghị.)
consolidated-docx-recipients = Nơi nhận:
consolidated-docx-recipients-default =
    - UBND tỉnh (để báo cáo);
    - Ban Giám đốc Sở;
    - Các đơn vị trực thuộc;
    - Lưu: VT, TCCB.
consolidated-docx-signer = GIÁM ĐỐC
# the signer's name when neither REPORT_SIGNER_NAME nor a single Department leader gives it: a line to write on
consolidated-docx-signer-name-missing = …………………………………
chart-title = Tình hình thực hiện nhiệm vụ đến ngày { $date }
chart-completion-title = { $others ->
        [0] Tiến độ theo đơn vị (số lượt nhiệm vụ đến hạn từ { $since } và việc cũ còn mở)
       *[other] Tiến độ theo đơn vị (số lượt nhiệm vụ đến hạn từ { $since } và việc cũ còn mở; còn { $others } đơn vị khác không hiển thị)
    }
chart-trend-title = Số lượt nhiệm vụ quá hạn, theo tuần
chart-trend-series = Quá hạn
chart-no-data = Chưa có nhiệm vụ nào có thời hạn
permission-denied-unit-reports = Lệnh { $command } dành cho lãnh đạo Sở, quản trị viên, và lãnh đạo đơn vị cho các đơn vị mình phụ trách.
