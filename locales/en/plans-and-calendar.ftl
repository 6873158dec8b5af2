## Deadlines, working calendar, plan extraction and import, unit import

        [6] Saturday
       *[7] Sunday
    })
rule-once = { $precision ->
        [early_month] early { $month } (taken as due { $date })
        [mid_month] mid { $month } (taken as due { $date })
        [month] within { $month } (due { $date })
        [quarter] within quarter { $quarter } (due { $date })
        [year] within { $year } (due { $date })
       *[day] { $inclusive ->
            [true] on or before { $date }
           *[false] before { $date } (last day { $last })
        }
    }
# a one-off deadline whose last day is a day off: the working day it really ends on
rule-once-shifted = { $rule }; { $shift }
rule-yearly = every year, { $inclusive ->
        [true] on or before { $date }
       *[false] before { $date }
    }
rule-quarterly = every quarter, { $inclusive ->
        [true] on or before
       *[false] before
    } day { $day } of the { $month ->
        [1] first
        [2] second
       *[3] last
    } month
rule-monthly = every month, { $inclusive ->
        [true] on or before
       *[false] before
    } day { $day }
rule-weekly = every week, on { $weekday ->
        [1] Monday
        [2] Tuesday
        [3] Wednesday
        [4] Thursday
        [5] Friday
        [6] Saturday
       *[7] Sunday
    }
rule-after-period = within { $offset } { $unit ->
        [working_days] working days
       *[days] days
    } after each { $period ->
        [month] month
        [quarter] quarter
        [half_year] half-year
       *[year] year
    }
extract-typo-quarter = “{ $written }” is read as { $read } (looks like a typo); please check.
extract-typo-year = “{ $written }” is read as the year { $read } (looks like a typo); please check.
extract-typo-month = “{ $written }” has no such month; read as { $read }; please check.
extract-invalid-date = “{ $written }” is not a real date; no deadline made from it.
extract-invalid-quarter = “{ $written }” is not a quarter (there are quarters I to IV); no deadline made.
extract-invalid-month = “{ $written }” is not a month (1 to 12); no deadline made.
extract-year-assumed = “{ $written }” has no year; the year { $year } is taken ({ $source ->
        [plan] the plan's year
       *[reference] from the reference date
    }).
extract-approximate = “{ $written }” gives no exact day; taken as due { $due } (convention: early month is days 1–10, mid-month 11–20, end of a period runs to its last day).
extract-year-only = “{ $written }”: one-off work that names only its year, no day; taken as due by the end of the year ({ $due }); please check.
extract-approximate-recurring = “{ $written }” gives no exact day; by convention early is the 10th, mid the 20th (quarters: the 15th of the middle month), end the last day.
extract-month-of-quarter-assumed = “{ $written }” does not say which month of the quarter; the last month is assumed.
extract-event-anchor = “{ $written }” dates what follows “Sau khi” (after…), which may not be the task's deadline; please check.
extract-data-window = “{ $written }” is a data cut-off window, not a deadline.
extract-period-unknown = “{ $written }”: the reporting period (month, quarter or year) is not said; no deadline made.
extract-relative-to-issue = “{ $written }”: counted from the day the plan was signed, { $issued } (that day not counted), the deadline is { $due }; please check.
extract-relative-to-issue-undated = “{ $written }”: counted from the day the plan was signed, but the text does not give that day; no deadline made — set one for the task.
extract-relative-to-event = “{ $written }”: counted from something that has not happened yet, so there is no date; the task is kept without a deadline — set one when the day is known.
extract-no-deadline = No deadline found in this text.
extract-unit-not-found = There is no unit “{ $name }”; this task is not assigned to any unit yet.
extract-unit-fallback = There is no unit “{ $name }”; assigned to the Department of Health for now.
extract-doer-assumed = The plan does not say who does this; given to the units under the Department for now — please check.
extract-doer-inferred = This sentence does not say who does it; the unit is inferred from the place it names or from an earlier paragraph — please check.
extract-past-deadline = The deadline { $due } has passed.
extract-plan-year-assumed = The plan states no year; { $year } is assumed.
extract-plan-year-inferred = The plan states no year of issue; from its schedule, { $year } is taken.
extract-plan-year-unknown = The text states no year, and none of its deadlines needs one. Add the plan's year if you know it.
extract-plan-title-from-text = The text has no “KẾ HOẠCH” heading (perhaps a news article, “{ $headline }”); the plan is named “{ $title }” for now; please check.
extract-no-tasks = No task found in this text.
import-plan-header = Plan: { $title }
import-plan-meta = Number: { $symbol } · Code: { $code } · Issued by: { $issuer } · Date: { $issued } · Year: { $year }
import-plan-issued-month = { $month } (no day given)
import-plan-tasks = { $count } tasks proposed:
import-task-line = { $index }. { $title }
import-task-due = Due: { $rule }
import-task-responsible = For: { $responsible } → { $units }
import-task-units-default = For: the units under the Department (the plan does not say) → { $units }
import-task-units-none = For: { $responsible } → no matching unit yet
import-task-recipient = To: { $recipient }
import-task-recipient-none = To: (the plan names no recipient of the report)
import-task-source = Source: “{ $sentence }”
import-warning = ⚠ { $warning }
import-plan-confirm = Save the plan and its { $count } tasks? Answer “yes” to save, “no” to cancel, or “drop 2 5” to leave out tasks 2 and 5.
import-plan-saved = Saved plan { $code }: { $tasks } tasks, { $assignments } assignments to units.
    The tasks' codes, in the list's order: { $codes }. Reports and changes use them, e.g. /kehoach sua { $first } han <new deadline>.
import-plan-cancelled = Cancelled; nothing saved.
import-plan-no-answer = No answer came, so nothing was saved. Add --yes to save without asking.
import-plan-answer-unclear = Please answer “yes”, “no”, or “drop” with task numbers (1 to { $count }).
import-plan-dropped = Left out task(s) { $dropped }; { $count } tasks remain.
import-plan-exists = This plan was imported before (code { $code }); not importing it again.
import-plan-no-tasks = There are no tasks to save.
import-plan-empty = The text is empty; please send the plan's text.
import-plan-file-invalid = The plan file does not follow the format (see the README, “Importing plans”, “From YAML or JSON”, and resources/plans/example-plan.yaml); nothing saved:
import-plan-file-problem = • { $task ->
        [none] {""}
       *[other] task “{ $task }” ({ $path }){""}
    }{ $task ->
        [none] { $path }
       *[other] {""}
    }: { $kind ->
        [missing] missing
        [unknown_field] not a field of the format
        [no_such_date] { $value } is not a day of the calendar; please correct it
       *[invalid] invalid value
    }
import-file-unreadable = Cannot read the file “{ $file }”.
import-file-syntax = “{ $file }” is not valid YAML/JSON (error on line { $line }).
import-plan-file-kind = Only .txt (a plan's text), .yaml, .yml or .json files can be imported.
import-usage =
    Usage: npm run cli -- import <kind> <file>
      plan <file.txt|.yaml|.json> [--dry-run] [--json] [--yes] [--reference-date YYYY-MM-DD]
                                   reads a plan and proposes its tasks for review before saving
      plan <file> --replace <plan code> [--dry-run] [--yes]
                                   replaces a saved plan by a corrected version: shows what is added, removed, changed first (reports kept)
      units <file.csv> [--dry-run]  adds or updates units (columns: code, name, short name, kind, parent code, complaint-box schedule in days — optional)
      documents <file.json>         adds or updates documents in the lookup catalogue (followers are told when one is replaced)
import-unknown-kind = There is no import of “{ $kind }”.
import-units-summary = Units: { $inserted } added, { $updated } updated, { $unchanged } unchanged.
import-units-dry-run = (Dry run: nothing saved.)
import-units-invalid = The units file has errors; nothing saved:
import-units-problem = • line { $line }, { $field ->
        [code] code
        [name] name
        [short_name] short name
        [kind] kind
        [parent] parent
        [box_cadence] complaint-box schedule (days)
       *[columns] number of columns
    }: { $kind ->
        [missing] missing
        [duplicate] repeats an earlier row
        [unknown_parent] there is no parent unit “{ $value }”
        [cycle] the parents go round in a circle
        [too_long] too long
       *[invalid] “{ $value }” is not valid
    }
cli-deadlines-usage = Usage: npm run cli -- deadlines "<Vietnamese sentence>" [--json] [--reference-date YYYY-MM-DD]
cli-bad-reference-date = --reference-date needs a real date as YYYY-MM-DD, e.g. 2026-11-22.
cli-deadlines-rules = Deadlines read:
cli-deadlines-rule = • { $rule }
cli-deadlines-occurrence = {"  "}rule { $rule }, period { $period }: { $due }
cli-usage-more =
    {"  "}deadlines "<sentence>" [--json] [--reference-date YYYY-MM-DD]   read the deadlines of a Vietnamese sentence
    {"  "}import plan|units|documents <file> …                  import a plan (txt/yaml/json), units (csv) or documents (json); see: import --help
    {"  "}holidays list [year] | add <date> <name> | workday <date> <name> | remove <date>
    {"                                              "}public holidays, announced days off and make-up working days
    {"  "}plan ladder <plan code> [--before N] [--on-due yes|no] [--escalate-after N|never] [--default]
    {"                                              "}show or change when a plan's deadlines are reminded
    {"  "}plan show <code> [--json] | task <code> <NV…> --title|--units|--deadline|--recipient <…>
    {"  "}plan remove-task <code> <NV…> [--yes] | archive <code> [--yes]
    {"                                              "}show a saved plan, correct or remove a task, archive the plan
import-csv-syntax = “{ $file }” is not valid CSV (error on line { $line }).
# Public holidays of the Labor Code 2019, art. 112 (src/core/calendar/day-off-name.ts)
holiday-new-year = New Year's Day
holiday-tet = Lunar New Year (Tết)
holiday-hung-kings = Hùng Kings' Commemoration Day
holiday-reunification = Reunification Day
holiday-labour-day = International Workers' Day
holiday-national-day = National Day
holiday-compensation = Day off in lieu of { $holiday }
holidays-header = Days off and make-up working days in { $year }:
holidays-line = { $date } · { $name } · { $kind ->
        [working_day] working day (make-up)
       *[day_off] day off
    }{ $source ->
        [announced] , announced
       *[law] , by the Labor Code
    }
holidays-set = Recorded { $date } as a { $kind ->
        [working_day] working day (make-up)
       *[day_off] day off
    }: { $name }. Deadlines follow the new calendar from now on.
holidays-replaced = (Replaces the earlier note: { $name }.)
holidays-redated = { $count ->
        [one] The due date of 1 open task counted in working days was recomputed.
       *[other] The due dates of { $count } open tasks counted in working days were recomputed.
    }
holidays-removed = Removed the note for { $date } ({ $name }); the day counts as usual again.
holidays-usage =
    Usage: npm run cli -- holidays <command>
      list [year]                public holidays (Labor Code) and the announced days off and make-up days
      add <date> <name>          records an announced day off, e.g.: add 13/02/2026 Tet bridge day
      workday <date> <name>      records a make-up working day, e.g.: workday 28/02/2026 Make-up for 13/02
      remove <date>              removes the note for a day
calendar-bad-date = “{ $written }” is not a valid date; write it as 13/02/2026 (years 2000 to 2100).
calendar-bad-year = The year must be a number from { $min } to { $max }.
calendar-name-required = Give the day a name or reason, e.g. “Tet compensation day”.
calendar-name-too-long = The name is longer than { $max } characters.
calendar-already-weekend = { $date } is already a weekend day off: nothing to record, the calendar is unchanged. If it is a make-up working day, use /ngaynghi làm bù { $date } <name>.
calendar-already-holiday = { $date } is already a public holiday under the Labour Code ({ $holiday ->
        [new-year] New Year's Day
        [tet] Lunar New Year
        [hung-kings] Hùng Kings' Commemoration
        [reunification] Reunification Day
        [labour-day] International Labour Day
        [national-day] National Day
       *[other] a holiday
    }{ $compensation ->
        [true] , day in lieu
       *[other] {""}
    }): nothing to record, the calendar is unchanged.
calendar-already-working = { $date } is already a working day: no make-up day to record, the calendar is unchanged.
calendar-not-found = { $date } has no note to remove.
rule-unscheduled = { $reason ->
        [ad_hoc] ad hoc, on request
        [event] when the event occurs
        [data_period] per data period, no submission date
       *[no_day] no set day (ongoing, periodic or not yet fixed)
    }
cmd-ngaynghi-description = Public holidays, announced days off and make-up working days (administrators)
cmd-ngaynghi-usage =
    /ngaynghi [year] — the year's days off and make-up working days
    /ngaynghi them <date> <name> — record an announced day off, e.g. /ngaynghi them 13/02/2026 Tet bridge day
    /ngaynghi lambu <date> <name> — record a make-up working day, e.g. /ngaynghi lambu 28/02/2026 Make-up day
    /ngaynghi xoa <date> — remove the note for a day
cmd-nhapkehoach-description = Import a plan from pasted text, review, then save (administrators, private chat)
cmd-nhapkehoach-usage = /nhapkehoach, then paste the plan's text (one or more messages, ending with “xong”); or /nhapkehoach <text> in one message
plan-chat-ask-text = Paste the plan's text. You may send several messages in a row; type “xong” when done.
plan-chat-received = Received { $chars } characters. Send the rest, or type “xong” to see the proposal.
plan-chat-too-long = The text is longer than { $max } characters, so I stopped. Please use npm run cli -- import plan <file> on the server.
plan-chat-confirm = Save the plan and its { $count } tasks? Choose Save or Cancel; or type “drop 2 5” to leave out tasks 2 and 5.
plan-choice-save = Save
plan-choice-cancel = Cancel
import-task-compact = { $index }. { $title } — { $rule } → { $units }{ $warnings ->
        [0] {""}
       *[other] {" "}(⚠ { $warnings })
    }
import-plan-more = … and { $count } more tasks (see them all with: npm run cli -- import plan <file> --dry-run).
import-task-compact-recipient = To: { $recipient }
import-task-compact-recipient-none = To: (not stated)
import-flag-doer = ⚠ check who does it
import-flag-year = ⚠ year { $year } assumed ({ $source ->
        [plan] the plan's year; the sentence states none
       *[reference] the plan states no year
    })
import-unused-header = ⚠ { $count } sentences read as duties but became no task (add one with “thêm <task>” if needed):
import-unused-line = • “{ $sentence }”
import-unused-more = … and { $count } more sentences (see them all with: npm run cli -- import plan <file> --dry-run).
extract-no-units = There are no units in the database yet, so no task is assigned; import the units first (npm run cli -- import units <file.csv>).

# Correcting a proposal before it is saved (issue 18)
plan-review-help = Correct before saving: “sửa 3 <new title>”, “giao 3 cho <unit | các bệnh viện | …>”, “hạn 3 <trước ngày 15/6 hằng năm>”, “nhận 3 <report recipient>”, “gộp 2 3” (merge), “tách 4” (split), “thêm <task>” (add), “bỏ 2 5” (drop). Numbers stay the same after each change.
plan-review-edited = Changed. The list now:
plan-review-no-task = There is no task with that number in the list (1 to { $count }, except those dropped).
plan-review-unit-unknown = No unit matches that name. Type a unit's name, its code (e.g. BVDK), or “các bệnh viện”, “các đơn vị trực thuộc”, “Trung tâm Y tế các huyện”…
plan-review-deadline-unread = That deadline phrase could not be read. For example: “trước ngày 15/6 hằng năm”, “chậm nhất ngày 31/01/2027”, “trước ngày 20 của tháng cuối quý”, “khi có yêu cầu”.
plan-review-cannot-split = This task's title has nowhere to split (“;”, “,” or “và”). “sửa” the title, then “thêm” the other task.

## /kehoach: saved plans (show, edit, remove a task, archive)

cmd-kehoach-description = The plans and each plan's tasks; administrators edit, remove tasks, archive plans
cmd-kehoach-usage = /kehoach (the list), /kehoach tatca (archived plans too), /kehoach <plan code or words of its title>; administrators: /kehoach sua NV7 ten|donvi|han|nguoinhan <…>, /kehoach bo NV7, /kehoach luutru <plan code>
plan-list-empty = No plans yet. An administrator imports one with /nhapkehoach.
plan-list-header = Plans being followed ({ $count }):
plan-list-header-all = Every plan, archived ones included ({ $count }):
plan-list-line = • { $code } — { $title }: { $tasks } tasks, { $open } open, { $overdue } overdue{ $archived ->
        [yes] {" "}(archived)
       *[no] {""}
    }
plan-list-hint = To see a plan: /kehoach <plan code>.
plan-show-header = Plan { $code }: { $title }
plan-show-meta = Number: { $symbol } · Issued by: { $issuer } · Year: { $year } · { $tasks } tasks, { $open } open, { $overdue } overdue
plan-show-archived = (This plan is archived: no more reminders.)
plan-show-task = [{ $code }] { $title }
plan-show-task-units = Units ({ $count }): { $units }
plan-show-task-due = Deadline: { $rule }
plan-show-task-recipient = Report to: { $recipient }
plan-show-hint = Administrators edit: /kehoach sua NV… ten|donvi|han|nguoinhan <…>; remove: /kehoach bo NV…; archive: /kehoach luutru <plan code>.
plan-edit-usage = To edit: /kehoach sua NV7 ten <new title> | donvi <units, e.g. BVDK, các bệnh viện> | han <e.g. trước ngày 15/6 hằng năm> | nguoinhan <who receives the report>.
plan-task-not-in-plan = { $task } is not a task of plan { $plan }. Its tasks: /kehoach { $plan }.
plan-edit-done = Changed the { $field ->
        [title] title
        [units] units
        [deadline] deadline
       *[recipient] report recipient
    } of task { $code } (plan { $plan }):
plan-edit-notified = Told { $count } groups of the units newly given the task.
plan-edit-past-due = Note: this deadline ({ $due }) has already passed, so the task is overdue at once. If that is not right, change it: /kehoach sua NV… han <new deadline>.
plan-edit-empty = Nothing new given. See how to edit: /kehoach sua.
plan-edit-deadline-unread = Could not read a deadline from “{ $phrase }”, so nothing changed. For example: “trước ngày 15/6 hằng năm”, “chậm nhất ngày 31/01/2027”, “trước ngày 20 của tháng cuối quý”, “khi có yêu cầu”.
plan-edit-unit-unknown = No unit matches “{ $who }”, so nothing changed. Type a unit code (e.g. BVDK), a unit's name, or “các bệnh viện”, “các đơn vị trực thuộc”…
plan-task-unknown = There is no task { $task } (or it was removed). See the task codes with /kehoach <plan code>.
plan-archived-unchanged = Task { $task } belongs to an archived plan and cannot be changed.
plan-already-archived = Plan { $code } is already archived.
plan-remove-usage = To remove a task: /kehoach bo NV7.
plan-remove-confirm = Remove task { $code } “{ $title }” of plan { $plan }? Its open deadlines are cancelled (no more reminders); reports already sent are kept. Answer Yes or No.
plan-remove-done = Removed task { $code } “{ $title }”: { $cancelled } open deadlines cancelled; reports already sent are kept.
plan-archive-usage = To archive a plan: /kehoach luutru <plan code>.
plan-archive-confirm = Archive plan { $code } “{ $title }”? Its { $open } open deadlines are cancelled, with no more reminders; the plan is hidden from lists (see it with /kehoach tatca); reports already sent are kept. Answer Yes or No.
plan-archive-done = Archived plan { $code }: { $cancelled } open deadlines cancelled, no more reminders.
plan-choice-yes = Yes
plan-choice-no = No
plan-confirm-unclear = Please answer Yes or No (or /huy).
plan-change-cancelled = Stopped; nothing changed.
permission-denied-plan-manager = Only administrators edit or remove tasks and archive plans ({ $command }). You can still read the plans: /kehoach.

## Telling a unit of its new tasks (sent to the unit's group)

plan-new-tasks-head-plan = 📋 { $unit } has { $count } new tasks under plan { $plan }:
plan-new-tasks-head = 📋 { $unit } was given { $count } new tasks:
plan-new-tasks-line = • [{ $code }] { $title } — due: { $due }
plan-new-tasks-more = … and { $count } more (see them all: /nhiemvu).
plan-new-tasks-how = To report progress: /baocao <task code> <percent> <what was done>, for example: /baocao { $code } 50% under way.

## cli plan show / task / remove-task / archive

plan-cli-task-missing = Choose exactly one change: --title, --units, --deadline or --recipient.
plan-cli-dry-run = (Dry run: nothing changed. Add --yes to do it.)

## Replacing a saved plan by a corrected version (/nhapkehoach … “thay thế”, cli import plan --replace)

plan-choice-replace = Replace
plan-replace-offer = If this is a corrected version of plan { $code }, answer “thay thế” (replace) to see what would change (nothing changes yet), or “hủy” (cancel).
plan-replace-header = Replacing plan { $code }: { $added } added, { $removed } removed, { $changed } changed, { $unchanged } unchanged tasks.
plan-replace-added = + Add: { $title } — { $rule } → { $units }
plan-replace-removed = − Remove: [{ $code }] { $title }
plan-replace-changed = ~ Change: [{ $code }] { $title }
plan-replace-field = { $field ->
        [title] title
        [units] units
        [deadline] deadline
       *[recipient] recipient
    }: { $before } → { $after }
plan-replace-reports-kept = Reports already sent are kept: a changed task keeps its code and its reports; a removed task only has its open deadlines cancelled.
plan-replace-confirm = Replace the plan as shown? Answer Yes or No.
plan-replace-done = Replaced plan { $code }: { $added } added, { $removed } removed, { $changed } changed tasks; { $notified } unit groups told of their new tasks.
plan-replace-unknown = There is no plan “{ $code }” to replace. See the plan codes: npm run cli -- plan show <code> or /kehoach.
