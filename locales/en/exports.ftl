## Consolidated report (/xuatbaocao), the Excel and Word files and the leaders' chart
cmd-xuatbaocao-description = The consolidated report of a plan for a period, as Excel and Word files (leaders)
cmd-xuatbaocao-usage = /xuatbaocao [plan code] [period], e.g. /xuatbaocao KH20-2026 quý IV/2026; /xuatbaocao QTUX-2026 năm 2026; /xuatbaocao 6 tháng đầu năm
export-report-heading = 📑 Consolidated report on the results for { $period } under { $plan } (figures as of { $date }).
export-report-scope = { $units } units, { $tasks } tasks.
export-report-files = Attached: the Excel file (one row per task of each unit) and the draft report in Word in the form of Decree 30/2020/NĐ-CP; the shortcomings and proposals are left for the officer to write before it is signed.
export-report-no-renderer = This server cannot make the Excel and Word files yet; please tell an administrator.
export-report-future = ⚠️ This period starts on { $from } and has not begun: the report holds only undated tasks, no results to send upward yet.
export-report-empty = The plan has no task in this period. Choose another period, e.g. /xuatbaocao { $plan } năm { $year }.
files-not-uploadable = The file(s) { $names } cannot be sent on this platform. Use the command on Telegram, or ask an administrator to export them on the server: npm run cli -- xuatbaocao <plan code> [period].
cli-export-usage = Usage: npm run cli -- xuatbaocao [plan code] [period] [--out <folder>] [--at <ISO-8601 date-time>]
cli-export-saved = Saved: { $file }
consolidated-bad-period = I could not read the period “{ $written }”. Write for example: năm 2026, quý IV/2026, tháng 11/2026, 6 tháng đầu năm 2026.
consolidated-unknown-plan = There is no plan “{ $written }”. Plans: { $plans }.
consolidated-ambiguous-plan = Several plans match “{ $written }”: { $plans }. Write the plan's code.
consolidated-ambiguous-plan-choose = { $count } plans match “{ $typed }”{ $range }. Which one do you mean?
consolidated-plan-required = Which plan should the report cover? Write its code: { $plans }. For example: /xuatbaocao <code> quý IV/2026
consolidated-no-plans = There is no plan to report on yet; import one first (/nhapkehoach).
consolidated-period-year = year { $year }
consolidated-period-half-year = { $number ->
        [1] first half of { $year }
       *[other] second half of { $year }
    }
consolidated-period-quarter = Q{ $number } { $year }
consolidated-period-month = { $number }/{ $year }
consolidated-plan-numbered = Plan No. { $symbol }: { $title }
consolidated-plan-numbered-dated = Plan No. { $symbol } of { $issued }: { $title }
consolidated-plan-unnumbered = the plan “{ $title }”
consolidated-bucket-done-on-time = Done on time
consolidated-bucket-done-late = Done late
consolidated-bucket-open-on-time = In progress, on time
consolidated-bucket-open-overdue = Overdue, not done
consolidated-bucket-no-deadline = No deadline
consolidated-timeliness-on-time = On time
consolidated-timeliness-late = { $days } days late
consolidated-timeliness-overdue = { $days } days overdue
consolidated-timeliness-pending = Not due yet
consolidated-timeliness-pending-days = { $days ->
        [0] Not due yet (due today)
        [one] Not due yet (1 day left)
       *[other] Not due yet ({ $days } days left)
    }
consolidated-timeliness-with-shift = { $label } · { $shift }
consolidated-timeliness-none = No deadline
consolidated-due-shifted = { $stated } ({ $why }) → { $effective }
consolidated-docx-status-pending = { $days ->
        [0] In progress, due today
        [one] In progress, on time (1 day left)
       *[other] In progress, on time ({ $days } days left)
    }
consolidated-due-none = No deadline
consolidated-rate = { NUMBER($percent, maximumFractionDigits: 1) }%
consolidated-rate-none = not yet known (nothing has fallen due)
consolidated-col-index = No.
consolidated-col-unit = Unit
consolidated-col-code = Task code
consolidated-col-task = Task
consolidated-col-due = Due date
consolidated-col-status = Status
consolidated-col-percent = Progress (%)
consolidated-col-report-date = Report date
consolidated-col-timeliness = On time / late
consolidated-col-report-text = Report
consolidated-col-report = Latest report
consolidated-col-evidence = Evidence
consolidated-col-evidence-ids = Evidence files kept
consolidated-col-number = No.
consolidated-evidence-photos = { $count ->
        [one] 1 photo
       *[other] { $count } photos
    }
consolidated-evidence-documents = { $count ->
        [one] 1 file
       *[other] { $count } files
    }
consolidated-evidence-none = None
consolidated-evidence-photo = photo
consolidated-evidence-document = file
consolidated-evidence-list = { $count ->
        [one] 1 file
       *[other] { $count } files
    }: { $names }
consolidated-evidence-kept = MC-{ $id }: kept, { $kb } KB
consolidated-evidence-how = See: /minhchung { $code } { $unit }
consolidated-evidence-platform = { $platform ->
        [telegram] Telegram
        [zalo-oa] Zalo OA
        [zalo-bot] Zalo Bot
       *[other] { $platform }
    }
consolidated-col-total = Total
consolidated-col-done-on-time = Done on time
consolidated-col-done-late = Done late
consolidated-col-open-on-time = In progress, on time
consolidated-col-open-overdue = Overdue, not done
consolidated-col-no-deadline = No deadline
consolidated-col-on-time-rate = On-time rate
consolidated-total-row = Whole plan
consolidated-no-rows = The plan has no task in this period.
consolidated-xlsx-sheet = Summary
consolidated-xlsx-totals-sheet = By unit
consolidated-xlsx-title = CONSOLIDATED REPORT ON THE PLAN'S IMPLEMENTATION
consolidated-xlsx-period = Period: { $period } ({ $from } to { $to })
consolidated-xlsx-as-of = { $department } · Figures as of { $date }
consolidated-summary = { $total } task items in all: { $doneOnTime } done on time, { $doneLate } done late, { $openOnTime } in progress on time, { $openOverdue } overdue and not done, { $noDeadline } without a deadline. On-time rate: { $rate }.
consolidated-docx-number = No.        /BC-{ $code }
consolidated-docx-nation = SOCIALIST REPUBLIC OF VIETNAM
consolidated-docx-motto = Independence - Freedom - Happiness
consolidated-docx-place-date = { $place }, { $day }/{ $month }/{ $year }
consolidated-docx-place-unknown = ……
consolidated-docx-title = REPORT
consolidated-docx-subtitle = Results for { $period } under { $plan }
consolidated-docx-intro = Under { $plan }, { $department } reports the results for { $period } (figures as of { $date }) as follows:
consolidated-docx-department-fallback = The Department of Health
consolidated-docx-section-general = I. OVERVIEW
consolidated-docx-general-scope = The plan has { $tasks } tasks in the period, assigned to { $units } units; { $total } task items in all (each task of each unit counts once).
consolidated-docx-general-results = Results: { $doneOnTime } done on time; { $doneLate } done late; { $openOnTime } in progress on time; { $openOverdue } overdue and not done; { $noDeadline } without a deadline.
consolidated-docx-general-rate = On-time rate: { $rate } (items done on time over all items done or overdue; an overdue item not yet done never counts as on time).
consolidated-docx-general-rate-none = No item was done or overdue in the period yet, so there is no on-time rate.
consolidated-docx-totals-caption = By unit:
consolidated-docx-section-units = II. RESULTS BY UNIT
consolidated-docx-unit-heading = { $index }. { $unit }
consolidated-docx-unit-summary = { $total } task items; { $doneOnTime } done on time, { $doneLate } late, { $openOnTime } on time, { $openOverdue } overdue, { $noDeadline } without a deadline; on-time rate: { $rate }.
consolidated-docx-report-cell = { $percent }% on { $date }: { $text }
consolidated-docx-report-cell-bare = { $percent }% on { $date }
consolidated-docx-status-overdue = { $days } days overdue, not done
consolidated-docx-status-late = Done { $days } days late
consolidated-docx-no-report = No report
consolidated-docx-section-issues = III. SHORTCOMINGS
consolidated-docx-issues-intro = Tasks overdue and not done as of { $date }:
consolidated-docx-issue-line = - { $unit }: [{ $code }] { $task } — { $days } days overdue (due { $due }).
consolidated-docx-issues-none = As of { $date } no task is overdue.
consolidated-docx-late-count = Task items done late in the period: { $count }.
consolidated-docx-issues-placeholder = (The officer adds the causes, difficulties and obstacles.)
consolidated-docx-section-proposals = IV. PROPOSALS
consolidated-docx-proposals-placeholder = (The officer adds the proposals.)
consolidated-docx-recipients = Recipients:
consolidated-docx-recipients-default =
    - Provincial People's Committee (to report);
    - The Department's Board of Directors;
    - Affiliated units;
    - Archive: VT, TCCB.
consolidated-docx-signer = DIRECTOR
consolidated-docx-signer-name-missing = …………………………………
chart-title = Tasks as of { $date }
chart-completion-title = { $others ->
        [0] Progress by unit (task items due since { $since } and older ones still open)
       *[other] Progress by unit (task items due since { $since } and older ones still open; { $others } more units not shown)
    }
chart-trend-title = Overdue task items, week by week
chart-trend-series = Overdue
chart-no-data = No task with a deadline yet
permission-denied-unit-reports = { $command } is for the Department leaders, administrators, and unit leaders for the units they lead.
