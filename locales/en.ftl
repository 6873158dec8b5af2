# Trợ lý Đầu mối — English.

-bot-name = Trợ lý Đầu mối (Focal Point Assistant)

## Roles

role-admin = administrator
role-department-leader = Department leader
role-unit-leader = unit leader
role-focal-point = focal point
role-deputy = deputy focal point
role-feedback-handler = feedback handler
role-staff = staff member
role-in-unit = { $role } of { $unit }

## Commands: descriptions (in /help and the command menu) and usage

cmd-start-description = About the assistant and this chat
cmd-start-usage = /start
cmd-help-description = The commands you can use here
cmd-help-usage = /help
cmd-nhiemvu-description = The unit's open tasks and their deadlines
cmd-nhiemvu-usage = /nhiemvu or /nhiemvu <unit code>, for example: /nhiemvu BVDK
cmd-dangky-description = Bind this group chat to a unit (administrators)
cmd-dangky-usage = /dangky <unit code>, for example: /dangky BVDK; in the Department leaders' group: /dangky lanhdao
cmd-phanquyen-description = Give or remove someone's role (administrators)
cmd-phanquyen-usage =
    /phanquyen <role> @name — or reply to the person's message with /phanquyen <role>
    To remove a role: /phanquyen remove <role> @name
    Roles: focal, deputy, leader, department leader, handler, staff, admin. A unit code may follow, for example: /phanquyen focal @lan BVDK
cmd-huy-description = Cancel what you were doing
cmd-huy-usage = /huy

## General

usage-intro = That command is not quite right. Usage:
command-unknown = There is no command { $command }. Type /help to see the commands you can use.
command-group-only = The command { $command } works only in a unit's group chat.
command-private-only = The command { $command } works only in a private chat with the assistant.
text-not-understood = I only understand commands that start with “/”. Type /help to see the commands you can use.
input-too-long = That message is too long. Please send fewer than { $max } characters, in several messages if needed.
error-internal = Sorry, something went wrong while handling that. Please try again in a few minutes; if it keeps failing, tell an administrator.
flow-expired = The previous step waited too long and was stopped. Type { $command } again to start over.
choices-hint = Reply { $numbers }, or type /huy to stop.

## Permissions

permission-denied-admin =
    Only administrators can use { $command }. { $count ->
        [0] Please contact the Department's personnel office for help.
       *[other] Current administrators: { $admins }.
    }
permission-denied-unit-member = { $command } is for the staff of { $unit }. You have no role in this unit; ask an administrator to use /phanquyen if you need one.
permission-no-role = You have no role yet, so you cannot use { $command }{ $who }. Ask an administrator to give you one with /phanquyen.
permission-for-roles = {" "}— it is for { $roles }
chat-not-bound = This group is not bound to a unit yet, so { $command } cannot be used. An administrator types /dangky <unit code> in the group to bind it.

## /start

start-greeting = Hello { $name }! I am { -bot-name }: I help units follow their tasks, reporting deadlines and citizens' feedback.
start-chat-unit = This group belongs to { $unit }.
start-chat-unbound = This group is not bound to a unit yet. An administrator types /dangky <unit code> to bind it.
start-chat-private = This is a private chat between you and the assistant.
start-next = Type /help to see the commands you can use.

## /help

help-header = Commands you can use here:
help-header-unit = Commands you can use in the group of { $unit }:
help-your-roles = Your roles: { $roles }.
help-role-in-unit = { $role } ({ $unit })
help-no-role = You have no role yet. Ask an administrator to give you one with /phanquyen (for example, a unit's focal point).
help-unbound = This group is not bound to a unit: an administrator types /dangky <unit code> to bind it.
help-diacritics = You may type with or without Vietnamese diacritics.

## /huy

cancel-done = Cancelled { $command }.
cancel-nothing = Nothing is waiting to be cancelled.

## /dangky

register-ask-code = Which unit does this group belong to? Reply with the unit code, for example: BVDK (the Department leaders' group: reply lanhdao).
register-more-units = … and { $count } more units.
register-done = This group is now bound to { $unit }.
register-replaced = (It was bound to { $previous } before.)
register-next = From now on the group receives the unit's deadline reminders and weekly digest. Administrators assign the focal point with /phanquyen.
register-unchanged = This group was already bound to { $unit }; nothing changed.
register-leaders-done = This group is now the leaders' group of { $unit }. From now on it receives the units' overdue tasks and overdue feedback, and the weekly leaders' digest with its chart.
register-leaders-unchanged = This group was already the Department leaders' group; nothing changed.
register-no-department = The unit list has no Department-level unit (one without a parent). Import the units first, then type /dangky lanhdao again.
unit-not-found = There is no unit with the code { $code }. Type /dangky without a code to see the unit codes.
unit-not-found-suggest = There is no unit with the code { $code }. Did you mean: { $suggestions }?

## /phanquyen

role-ask = Which role should { $name } get?
role-ask-again = I did not catch that role. Please pick one of these:
role-unknown = I do not know the role “{ $typed }”. Roles: focal, deputy, leader, department leader, handler, staff, admin.
role-target-missing = Whose role? Write their @name, or reply to one of their messages with /phanquyen.
member-unknown-username = I do not know who @{ $username } is: they have not written to the assistant yet. Ask them to send /start, or reply to one of their messages with /phanquyen.
role-unit-required = This role belongs to a unit. Use the command in the unit's group, or add the unit code at the end, for example: /phanquyen focal @lan BVDK.
role-last-admin = The last administrator cannot lose the role. Make someone else an administrator first.
role-granted = { $name } is now { $role }.
role-already = { $name } was already { $role }; nothing changed.
role-revoked = { $name } is no longer { $role }.
role-not-held = { $name } is not { $role }; nothing changed.

## /nhiemvu

tasks-header = Open tasks of { $unit } ({ $count }):
tasks-none = { $unit } has no open tasks.
tasks-more = … and { $count } more.
tasks-header-all = Open tasks of all units ({ $count }), soonest due first:
tasks-units-open = { $count ->
        [one] 1 unit not done
       *[other] { $count } units not done
    }
tasks-more-all = … and { $count } more. One unit: /nhiemvu <unit code>; overdue work: /quahan.
tasks-unit-required = You have no role in any unit. Add a unit code, for example: /nhiemvu BVDK.
tasks-forbidden-unit = You have no role in { $unit }, so you cannot see its tasks.
task-plan = { $plan }
task-last-report = reported { $date }: { $status ->
        [blocked] blocked, { $percent }%
        [not_started] not started
       *[other] { $percent }%
    }
due-overdue =
    { $days ->
        [one] 1 day overdue (due { $date })
       *[other] { $days } days overdue (due { $date })
    }
due-today = due today, { $date }
due-upcoming =
    { $days ->
        [one] due { $date } (1 day left)
       *[other] due { $date } ({ $days } days left)
    }
due-none = no deadline yet
due-none-ad-hoc = reported on request
due-none-no-day = recurring, no set day
due-none-data-period = per data period
due-none-event = when the event occurs

## /ngonngu

cmd-ngonngu-description = Choose the language the assistant answers you in (Vietnamese or English)
cmd-ngonngu-usage = /ngonngu vi (tiếng Việt) or /ngonngu en (English)
language-current = The assistant answers you in English. To switch to Vietnamese: /ngonngu vi
language-set = From now on the assistant answers you in English.

## Configuration (shown to the operator at start-up)

platform-start-failed = Could not start the chat platform connection ({ $reason }). Check the token, the API address and the network path to the platform, then start again.
database-unreachable = Could not connect to PostgreSQL at { $host } ({ $code }). Check DATABASE_URL (host, port, database name, password) and that the server is running, then start again.
config-invalid = The configuration is invalid, so the assistant cannot start. Fix these environment variables (see .env.example):
config-problem = • { $key }: { $expect }
config-expect-postgres-url = expected a PostgreSQL address such as postgres://user:password@host:5432/database
config-expect-path = expected a directory path
config-expect-port = expected a port number from 1 to 65535
config-expect-admin-ids = expected comma-separated platform:id pairs such as telegram:123456,zalo-oa:789; platforms are console, telegram, zalo-oa and zalo-bot
config-expect-timezone = expected an IANA timezone name such as Asia/Ho_Chi_Minh
config-expect-locale = expected vi or en
config-expect-minutes = expected a number of minutes from 1 to 1440
config-expect-telegram-token = expected the token BotFather gave you, like 123456789:AA…
config-expect-url = expected an http:// or https:// address
config-expect-telegram-secret = expected a secret of 12–256 letters, digits, _ or -
config-expect-zalo-app-id = expected the Zalo app id (digits only)
config-expect-secret = expected a value of at least 8 characters
config-expect-zalo-bot-token = expected the token the Zalo Bot platform gave you
config-expect-zalo-bot-secret = expected a secret of 8–256 characters
config-expect-log-level = expected one of: fatal, error, warn, info, debug, trace, silent
config-expect-telegram-secret-required = required with TELEGRAM_WEBHOOK_URL (Telegram sends it back to authenticate the webhook)
config-expect-telegram-token-required = required to configure the Telegram webhook
config-expect-zalo-oa-required = required to use Zalo OA (which needs ZALO_OA_APP_ID, ZALO_APP_SECRET and ZALO_OA_SECRET_KEY)
config-expect-zalo-bot-token-required = required with ZALO_BOT_WEBHOOK_URL or ZALO_BOT_WEBHOOK_SECRET

## Command line (npm run cli) and console

cli-usage =
    Usage: npm run cli -- <command>
      chat [--user ID] [--chat ID] [--private]   talk to the assistant: each input line is one message
      demo                                        load the demo data (Department, units, group chats, five plans)
      migrate                                     bring the database schema up to date
      ask "<question>" [--json]                   look up a regulation (--json: the result as JSON)
      admin add <platform:id>                     make someone an administrator, for example: admin add telegram:123456789
      digest [--dry-run] [--json] [--unit CODE] [--at ISO-8601]  the weekly digests that are due (dry run: nothing sent)
      xuatbaocao [plan code] [period] [--out FOLDER]  save the consolidated report (Excel, Word) to a folder
      reminders [--at ISO-8601] [--dry-run]      run the reminder job now (or as at a moment) and print the reminders
      bench <scenario> [--json]                   run one benchmark (startup, dispatch, webhook, soak, hanchot, digest-build, fanout, extract, report-build, lookup, lookup-compare)
cli-unknown-command = There is no command “{ $command }”.
cli-bad-option = Invalid option: { $message }
cli-option-unknown = there is no option { $option }
cli-option-extra = unexpected argument “{ $value }”
cli-option-value = option { $option } needs (or takes no) value
cli-migrated = The database is up to date.
cli-demo-loaded = Demo data loaded: the Department, { $units } units, a group chat per unit and { $plans } plans.
cli-demo-present = The demo data is already there; nothing loaded.
cli-admin-added = { $id } is now an administrator.
cli-admin-present = { $id } was already an administrator.
cli-admin-invalid = Expected platform:id, for example telegram:123456789; platforms are console, telegram, zalo-oa and zalo-bot.
console-banner-title = { -bot-name } — trying it out on this machine (console); data is kept in { $dataDir }.
console-banner-demo = First run: the demo data was loaded (the Lai Châu Department of Health, its units and five plans).
console-banner-who = You are { $name } in the group “{ $chat }”. Type /help to begin; Ctrl+D to quit.
console-banner-platforms = To use it on Telegram set TELEGRAM_BOT_TOKEN; on Zalo set ZALO_OA_APP_ID, ZALO_APP_SECRET and ZALO_OA_SECRET_KEY, then run npm run cli -- zalo auth, or set ZALO_BOT_TOKEN (in .env; see the README).
# npm start with no chat platform where the demo console must not open (PostgreSQL, or a deployment without a terminal)
-platform-settings = Set at least one chat platform and start again: TELEGRAM_BOT_TOKEN (Telegram); or ZALO_OA_APP_ID, ZALO_APP_SECRET and ZALO_OA_SECRET_KEY (Zalo OA); or ZALO_BOT_TOKEN (Zalo Bot). See .env.example and the README.
console-refused-postgres =
    No chat platform is configured, so the assistant does not start on this PostgreSQL database (DATABASE_URL): the try-it console runs only on the embedded database, and demo data never goes into a real database.
    { -platform-settings }
    To talk to the assistant on this database from the command line: npm run cli -- chat (in Docker: docker compose run --rm bot node dist/cli.js chat).
console-refused-production =
    No chat platform is configured and there is no terminal to chat in (NODE_ENV=production, input is not a terminal), so the assistant does not start.
    { -platform-settings }
console-no-units = The database has no units yet. Load the demo with: npm run cli -- demo; or import your units: npm run cli -- import units <file.csv>.

## When the assistant is added to a group

joined-greeting = Hello everyone! I am { -bot-name }: I remind you of reporting deadlines, take the focal point's progress reports and keep the log of citizens' feedback. Type /help to see the commands.
joined-unbound = An administrator should type /dangky <unit code> to bind this group to a unit.
joined-bound = This group belongs to { $unit }.
anonymous-sender = This message was sent anonymously (as the group or a channel), so the assistant cannot tell who is using the command. Turn off anonymous admin mode and type the command again.

## Dates

weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
date-with-weekday = { $weekday } { $date }
due-day-off = — a day off, hand in by { $day }
due-day-off-named = — a day off ({ $reason }), hand in by { $day }
due-overdue-day-off =
    { $days ->
        [one] 1 day overdue (due { $date } { $note })
       *[other] { $days } days overdue (due { $date } { $note })
    }
due-today-day-off = due { $date } { $note } (today)
due-upcoming-day-off =
    { $days ->
        [one] due { $date } { $note } (1 day left)
       *[other] due { $date } { $note } ({ $days } days left)
    }

## /hanchot, /quahan

cmd-hanchot-description = Upcoming deadlines (7 days by default)
cmd-hanchot-usage = /hanchot or /hanchot <days>, for example: /hanchot 30
cmd-quahan-description = Tasks past their deadline and not done
cmd-quahan-usage = /quahan
all-units = all units
list-more = … and { $count } more.
list-more-unit = … and { $count } more: type /nhiemvu for all of the unit’s open tasks.
list-more-all = … and { $count } more: see a unit with /nhiemvu <unit code>, or a whole plan in the /xuatbaocao <plan code> file.
upcoming-header = Deadlines in the next { $days } days for { $who } ({ $count }):
upcoming-none = { $who } has no deadline in the next { $days } days.
overdue-header = Overdue and not done — { $who } ({ $count }):
overdue-none = { $who } has nothing overdue.
permission-denied-leader = { $command } is for the Department's leaders and administrators.

## /baocao

cmd-baocao-description = Report progress on a task (focal points)
cmd-baocao-usage =
    /baocao — the assistant asks step by step; or on one line: /baocao <task code> <percent or status> <what was done>
    For example: /baocao NV12 80% trained 120 staff; /baocao NV7 done sent letter no. 15
    Status: a percentage (60%), chưa bắt đầu (not started), đang thực hiện (in progress), xong (done), vướng (blocked)
    Take back the report you just sent: /baocao rut — correct it: /baocao sua, or on one line: /baocao sua 90% new content
permission-denied-reporter = Only the unit's focal point or deputy can report with { $command }. If this is your job, ask an administrator to use /phanquyen.
report-status-not-started = Not started
report-status-in-progress = In progress
report-status-done = Done
report-status-blocked = Having difficulties
report-ask-task = Which task are you reporting on?
report-ask-task-again = I did not catch the task. Please pick one from the list:
report-more-tasks = ({ $count } more tasks: type /baocao <task code>; see the codes with /nhiemvu.)
report-ask-status = [{ $code }] { $title }: how is it going? You may type a percentage, for example 60%.
report-ask-status-again = Please pick a status, or type a percentage (for example 60%):
report-ask-percent = How far along is it? Type a number from 0 to 100, for example 60%.
report-ask-text = What was done and with what result (briefly, in one message)?
report-ask-text-again = I need the report in words. Please type a few lines about the results.
report-evidence-kept-ask-text = { $files } evidence file(s) received. Now type what the report says: what was done and with what result.
report-ask-evidence = Send photos or files as evidence (if any), or type “skip”.
report-skip-evidence = Skip
report-confirm-send = Send the report
report-confirm-cancel = Cancel
report-summary =
    Check before sending:
    • Task: [{ $code }] { $title }
    • Status: { $status } ({ $percent }%)
    • What was done: { $text }
    • Evidence: { $files ->
        [0] none
        [one] 1 file
       *[other] { $files } files
    }
report-cancelled = Cancelled; no report was sent.
report-on-time = , done on time
report-late =
    { $days ->
        [one] , done 1 day late
       *[other] , done { $days } days late
    }
report-due-clause = {" "}(due { $date })
report-saved =
    Report recorded for { $unit }: [{ $code }] { $title }{ $due } — { $status } ({ $percent }%){ $timing }.{ $files ->
        [0] {""}
        [one] {" "}With 1 evidence file.
       *[other] {" "}With { $files } evidence files.
    }
report-sent-in-private = { $name } sent a report in a private chat with the assistant:
report-withdrawn = The report on [{ $code }] { $title } was taken back.
report-which-unit = You are the focal point of several units (or of none): report in that unit's group chat.
report-nothing-open = { $unit } has no open task to report on.
report-task-missing = Put the task code first, for example: /baocao NV12 80% what was done. See the codes with /nhiemvu.
report-unknown-task = There is no open task “{ $code }” for this unit. Type /nhiemvu to see the task codes, or /baocao to pick from a list.
report-percent-range = A percentage goes from 0 to 100 (you typed { $percent }).
report-empty = A report needs some words: briefly, what was done and with what result.
report-too-long = That report is too long; please keep it under { $max } characters.
report-done-not-full = A "Done" report is 100%. If it is not finished, choose "In progress".
report-forbidden-unit = Only the focal point or deputy of { $unit } can report for that unit.
report-closed = The task “{ $title }” is already done. To correct the report you just sent, type /baocao sua.
report-nothing-to-withdraw = You have no report to take back or correct.
report-window-closed = A report can be taken back or corrected only within { $minutes } minutes of sending. Send a new report to update it.
report-percent-whole = A percentage is a whole number from 0 to 100, for example 60% (you typed “{ $written }”).
report-confirm-unclear = Type “send” (or 1) to send the report, or “cancel” (or 2) to drop it.
report-correct-intro = Correcting the report you just sent ({ $status }, { $percent }%: { $text }). It stays as it is until you send the correction.
report-correct-replaces = This will replace the report you just sent.
report-correction-cancelled = Correction cancelled; the report you sent stays as it was.
report-correction-stale = The report to correct was taken back or a newer one was sent, so nothing was changed. Type /baocao sua to correct the latest one.
report-correct-other-task = /baocao sua only corrects the report you just sent, on [{ $code }] { $title }. To report on another task, type /baocao <task code> … as usual.
report-corrected =
    Report corrected for { $unit }: [{ $code }] { $title }{ $due } — { $status } ({ $percent }%){ $timing }.{ $files ->
        [0] {""}
        [one] {" "}With 1 evidence file.
       *[other] {" "}With { $files } evidence files.
    }

## /minhchung

cmd-minhchung-description = See the photos and files sent as evidence on a task
cmd-minhchung-usage = /minhchung <task code> [unit code], for example: /minhchung NV12 BVDK
evidence-unit-required = Add the unit code, for example: /minhchung NV12 BVDK.
evidence-none = [{ $code }] { $title } of { $unit } has no evidence yet.
evidence-header = Evidence from { $unit } for [{ $code }] { $title }: { $count } files.
evidence-elsewhere = ({ $count } files were sent on another chat platform and cannot be passed on here.)

## /nghiphep

cmd-nghiphep-description = Report leave: reminders go to the deputy meanwhile
cmd-nghiphep-usage = /nghiphep đến <day/month>, for example: /nghiphep đến 30/11; to end it early: /nghiphep huy; an administrator sets it for someone else: /nghiphep đến 30/11 @name
leave-usage = Give the day you are back, for example: /nghiphep đến 30/11, or /nghiphep huy to end your leave.
leave-set = { $name } is on leave until the end of { $until }. Meanwhile reminders go to the deputy.
leave-ended = { $name }'s leave has ended; reminders go to them again.
leave-bad-date = I do not understand the date “{ $text }”. Write day/month or day/month/year, for example 30/11 or 30/11/2026.
leave-past = That end of leave is already past. Give a day from today on.
leave-forbidden = Only an administrator can set someone else's leave; you can set your own: /nghiphep đến 30/11.

## Reminders and escalation

reminder-nobody = focal point (not assigned yet)
reminder-before = Reminder, { $people }: these tasks are coming due.
reminder-before-footer = When done, report with /baocao <task code> <percent> <what was done>.
reminder-due = Today is the deadline, { $people }:
reminder-due-footer = If it is not done yet, report progress and difficulties with /baocao so the leaders know.
reminder-after =
    For the Department's leaders: { $count ->
        [one] one task is overdue and these units have not reported it done.
       *[other] { $count } tasks are overdue and these units have not reported them done.
    }
reminder-after-footer = See everything with /quahan.
cli-reminders-none = No reminders for that day.
cli-reminders-queued = Queued { $count } reminder messages.
cli-bad-at = --at needs an ISO-8601 moment, for example 2026-11-23T08:00:00+07:00 (you typed “{ $value }”); nothing was run.
ladder-description = remind the focal point { $before ->
        [0] not before the due date
        [one] 1 working day before
       *[other] { $before } working days before
    }; { $onDue ->
        [yes] tell the unit leader on the due date
       *[no] do not tell the unit leader on the due date
    }; { $after ->
        [never] never tell the Department leaders
        [0] tell the Department leaders as soon as it is overdue
        [one] tell the Department leaders 1 working day after
       *[other] tell the Department leaders { $after } working days after
    }
ladder-shown = Reminders of plan { $code } ({ $title }): { $ladder }{ $own ->
        [yes] .
       *[no] {" "}(the default).
    }
ladder-set = Reminders of plan { $code } ({ $title }) changed: { $ladder }{ $own ->
        [yes] .
       *[no] {" "}(the default).
    } From the next reminder run on.
ladder-plan-not-found = There is no plan with the code “{ $code }”. A plan's code is printed when it is imported, for example KH20-2020.
ladder-out-of-range = Working days must be a whole number from 0 to 30.
ladder-bad-option = { $option } is not right: --before and --escalate-after take working days from 0 to 30 (--escalate-after never: never tell the Department leaders), --on-due takes yes or no.
plan-usage =
    Usage: npm run cli -- plan ladder <plan code> [--before N] [--on-due yes|no] [--escalate-after N|never] [--default]
      no option: show the plan's reminders
      --before N            remind the focal point (the deputy while they are on leave) N working days before (0: not at all)
      --on-due yes|no       tell the unit leader on the due date
      --escalate-after N    tell the Department leaders' group N working days after (never: not at all)
      --default             back to the default (3 days before; the unit leader on the day; the Department leaders 1 day after)
import-plan-ladder = Reminders: { $ladder }.
cli-reminders-dry = (Dry run: nothing was queued.)

## Feedback (/phananh, /xuly, /homthu)

config-expect-feedback-sla = expected channel[.urgent]=working days, comma-separated, for example hotline.urgent=0,hotline=3,box=10 (channels: box, hotline, direct, email, portal)
cmd-phananh-description = Log feedback from the complaint box, the hotline, in person…; see the list and the statistics
cmd-phananh-usage =
    /phananh — the assistant asks step by step; or on one line: /phananh <channel> [khẩn] <content>, channel: hòm thư, đường dây nóng, trực tiếp, email, cổng
    For example: /phananh hotline A relative says the paediatrics queue was too long; urgent: /phananh hotline khẩn <content> (or khan cap)
    Correct the kind or urgency: /phananh PA-2026-0001 loai <kind> — /phananh PA-2026-0001 muc <khẩn|thường>
    See: /phananh xem PA-2026-0001 — backlog: /phananh ds — statistics: /phananh thongke [thang 10/2025|quy 4/2025|nam 2025]
    The complainant's contact (in a private chat with the assistant only): /phananh lienhe PA-2026-0001 <name, phone, e-mail>
cmd-xuly-description = Record how a feedback case was handled (feedback handlers)
cmd-xuly-usage = /xuly <case code> [status] <what was done>, status: đang xử lý, đã xử lý, chuyển cơ quan khác, không thuộc thẩm quyền, mở lại. For example: /xuly PA-2026-0001 đã xử lý Apologised and rescheduled
cmd-homthu-description = Record the opening of the complaint box (0 letters too)
cmd-homthu-usage = /homthu <letters> [day/month] [witnesses], for example: /homthu 3 chứng kiến: Nguyễn Văn A, Trần Thị B; type /homthu to see the last opening; how often: /homthu lich <days>
permission-denied-feedback-intake = { $command } is for the unit's focal point, deputy or feedback handler. Ask an administrator to use /phanquyen if this is your job.
permission-denied-feedback-handler = Only feedback handlers can use { $command }. Ask an administrator to make you one with /phanquyen if this is your job.
feedback-channel-box = complaint box
feedback-channel-hotline = hotline
feedback-channel-direct = in person
feedback-channel-email = e-mail
feedback-channel-portal = web portal
feedback-category-attitude = staff attitude
feedback-category-professional = medical care
feedback-category-procedure = procedures
feedback-category-hygiene = hygiene
feedback-category-price = prices, health insurance
feedback-category-praise = praise
feedback-category-other = other
feedback-status-received = received
feedback-status-in-progress = in progress
feedback-status-resolved = resolved
feedback-status-transferred = transferred to another agency
feedback-status-out-of-scope = not ours to handle
feedback-status-linked = merged into another case
feedback-status-acknowledged = acknowledged
feedback-redacted = [hidden]
feedback-severity-normal = normal
feedback-severity-urgent = urgent
feedback-sla-due = to settle by { $date }
feedback-sla-none = no deadline
feedback-details-head = Case { $code }, received at { $received }
feedback-details-content = Content: { $content }
feedback-details-contact = Complainant: { $contact }
feedback-details-action = • { $at } — { $status }: { $note }
feedback-which-unit = You log feedback for several units (or for none): use the command in the unit's group chat.
feedback-logged-in-private = { $name } logged feedback in a private chat with the assistant:
feedback-handled-in-private = { $name } updated a feedback case in a private chat with the assistant:
feedback-saved = Feedback logged as { $code }.
feedback-linked-saved = Logged { $code } and merged it into case { $main }.
feedback-contact-private = The complainant's contact (if given) please send to the assistant in private: /phananh lienhe { $code } <name, phone>.
feedback-new-for-handler = New feedback for { $unit } to handle: /xuly { $code } <status> <what was done>
feedback-ask-channel = Through which channel did it come?
feedback-received-today = Today
feedback-received-yesterday = Yesterday
feedback-ask-received = When was it received? Pick, or type the date (and time if known), for example 20/11 14:30.
feedback-ask-content = What does the feedback say (in the complainant's words)?
feedback-duplicate-ask = This reads like an open case of the unit from the last 7 days. Is it the same case?
feedback-duplicate-same = The same case { $code }
feedback-duplicate-new = A different case
feedback-duplicate-again = Is it the same case as { $code }? Answer “có” (yes) or “không” (no), or pick a number.
feedback-praise-acknowledged = The praise is acknowledged; it needs no handling.
feedback-guessed = The assistant guessed the kind: { $category }; urgency: { $severity }. If wrong: /phananh { $code } loai <kind> or /phananh { $code } muc <khẩn|thường>.
feedback-reclassify-usage = Usage: /phananh { $code } loai <thái độ | chuyên môn | thủ tục | vệ sinh | giá, BHYT | khen ngợi | khác>, or /phananh { $code } muc <khẩn | thường>.
feedback-reclassify-unchanged = { $code } already has that kind and urgency; nothing changed.
feedback-reclassified = Corrected { $code }: kind { $category }, urgency { $severity }.
feedback-reclassified-sla = The deadline was computed again for the new kind and urgency; its reminders start over.
feedback-ask-category = What kind of feedback?
feedback-ask-severity = How urgent?
feedback-contact-skip = None / anonymous
feedback-ask-contact = The complainant's contact (name, phone, e-mail) — only handlers and leaders can see it. If there is none, skip.
feedback-stats-usage = Usage: /phananh thongke (this month), /phananh thongke thang 10 or thang 10/2025, /phananh thongke quy 3 or quy 4/2025, /phananh thongke nam 2025
feedback-period-month = { $month }/{ $year }
feedback-period-quarter = Q{ $quarter }/{ $year }
feedback-period-year = { $year }
feedback-rate-none = no case has reached its deadline yet
feedback-stats-head = Feedback statistics — { $who }, { $period }: { $count } cases
feedback-stats-channels = By channel: { $list }
feedback-stats-categories = By kind: { $list }
feedback-stats-statuses = By status: { $list }
feedback-stats-on-time = Settled on time: { $rate } (on time { $onTime }, late { $late }, overdue and open { $overdue })
feedback-stats-backlog = Backlog (overdue and open, any period): { $count } — { $codes }
feedback-stats-backlog-none = Backlog (overdue and open, any period): none.
feedback-forbidden-view = You have no role in the unit of case { $code }, so you cannot see it.
feedback-open-none = { $who } has no feedback waiting to be handled.
feedback-open-head = Feedback waiting to be handled — { $who } ({ $count }):
feedback-contact-private-only = To protect the complainant, their contact goes to the assistant in a private chat only.
feedback-contact-empty = I see no name, phone or e-mail. For example: /phananh lienhe PA-2026-0001 Nguyễn Văn A 0912345678
feedback-contact-saved = The contact for { $code } is stored apart; only handlers and leaders can see it.
feedback-unknown-channel = I do not know the channel “{ $word }”. Channels: hòm thư, đường dây nóng, trực tiếp, email, cổng.
feedback-bad-date = I do not understand the date “{ $text }”. Write “hôm nay”, “hôm qua” or day/month, for example 20/11 or 20/11/2026 14:30.
feedback-future-date = Feedback cannot be received in the future. Please check the date and time.
feedback-empty = The feedback is empty or too short. Write what the person complained about.
feedback-too-long = That is too long; please summarise in fewer than { $max } characters.
feedback-forbidden-intake = Only the focal point, deputy or feedback handler of { $unit } can log feedback for it.
feedback-unknown-code = There is no case “{ $code }”. See the codes with /phananh ds.
feedback-forbidden-handle = Only the unit's feedback handlers can record the handling of { $code }.
feedback-other-unit-chat = Case { $code } belongs to { $unit }: see or handle it in that unit's group chat, or in a private chat with the assistant.
feedback-linked = { $code } was merged into another case; handle the main case.
feedback-note-missing = Write what was done (a few words at least), for example: called to apologise and booked a new visit.
feedback-already-closed = { $code } is closed. To handle it further, type /xuly { $code } mở lại <why>.
feedback-not-closed = { $code } is open; there is nothing to reopen.
feedback-closed-on-time = , on time
feedback-closed-late = , late
feedback-handled = Updated { $code }: { $from } → { $to }{ $timing }.
feedback-ask-status = New status of { $code }:
feedback-ask-note = What was done (briefly)?
box-letters-range = The number of letters goes from 0 to { $max }.
box-last = Last box opening: { $date }, { $letters } letters.
box-never = No box opening has been recorded yet.
box-late = The box is { $days } days late for opening (every { $cadence } days, due { $date }). When you open it, type /homthu <letters>.
box-next = Next opening: { $date } (every { $cadence } days).
box-usage = Usage: /homthu <letters> [day/month] [witnesses], for example: /homthu 0 or /homthu 3 20/11 Nguyễn Văn A, Trần Thị B
box-recorded = Box opening of { $date } recorded: { $letters } letters; witnesses: { $witnesses }.
box-recorded-no-witness = Box opening of { $date } recorded: { $letters } letters (no witnesses named).
box-future-date = The box cannot be opened in the future. Give the day it was opened, for example /homthu 3 20/11.
box-same-day-ask = { $date } already has { $count ->
        [one] an opening of the box
       *[other] { $count } openings of the box
    } on record ({ $letters } letters). Record one more that day?
box-same-day-add = Record this opening too
box-same-day-drop = Do not record it
box-same-day-again = Record another opening of the box the same day? Answer “có” (yes) or “không” (no).
box-same-day-dropped = Nothing more recorded.
box-no-schedule = The unit has no complaint-box schedule. Set one with /homthu lich <days>.
box-cadence-current = { $unit } opens its complaint box every { $cadence } days. Change it with /homthu lich <days> (or “mặc định” for the default).
box-cadence-set = { $unit } now opens its complaint box every { $cadence } days. Next opening: { $date }.
box-cadence-none-set = Noted: { $unit } keeps no complaint box; the assistant will not remind it to open one.
box-cadence-usage = Usage: /homthu lich <days>, for example /homthu lich 7 (weekly), /homthu lich 2 tuan, /homthu lich mac dinh; /homthu lich 0 when the unit keeps no box.
box-cadence-range = The box schedule goes from 0 to { $max } days.
box-cadence-forbidden = The box schedule is set by the unit's focal point or deputy (administrators set it for many units with the units file: npm run cli -- import units).
feedback-reminder-nobody = feedback handler (not assigned yet)
feedback-reminder-before = Reminder, { $people }: these cases are due on the next working day.
feedback-reminder-due = These cases are due today, { $people }:
feedback-reminder-after =
    For the Department's leaders: { $count ->
        [one] one feedback case is overdue.
       *[other] { $count } feedback cases are overdue.
    }
feedback-reminder-footer = Record the outcome with /xuly <code> <status> <what was done>.
feedback-reminder-after-footer = See them all with /phananh ds.
box-reminder = It is time to open the complaint box (last time: { $last }). When you do, record it with /homthu <letters> <witnesses>; with no letters, type /homthu 0.
box-reminder-first = The unit has no record of opening its complaint box. When you open it, record it with /homthu <letters> <witnesses>; with no letters, type /homthu 0.
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
extract-no-deadline = No deadline found in this text.
extract-unit-not-found = There is no unit “{ $name }”; this task is not assigned to any unit yet.
extract-unit-fallback = There is no unit “{ $name }”; assigned to the Department of Health for now.
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
import-warning = ⚠ { $warning }
import-plan-confirm = Save the plan and its { $count } tasks? Answer “yes” to save, “no” to cancel, or “drop 2 5” to leave out tasks 2 and 5.
import-plan-saved = Saved plan { $code }: { $tasks } tasks, { $assignments } assignments to units.
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
cli-usage-more =
    {"  "}deadlines "<sentence>" [--json] [--reference-date YYYY-MM-DD]   read the deadlines of a Vietnamese sentence
    {"  "}import plan|units|documents <file> …                  import a plan (txt/yaml/json), units (csv) or documents (json); see: import --help
    {"  "}holidays list [year] | add <date> <name> | workday <date> <name> | remove <date>
    {"                                              "}public holidays, announced days off and make-up working days
    {"  "}plan ladder <plan code> [--before N] [--on-due yes|no] [--escalate-after N|never] [--default]
    {"                                              "}show or change when a plan's deadlines are reminded
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
extract-no-units = There are no units in the database yet, so no task is assigned; import the units first (npm run cli -- import units <file.csv>).

## Weekly digests (/tonghop, /lich)

cmd-tonghop-description = The cross-unit summary now, with its chart (leaders)
cmd-tonghop-usage = /tonghop
cmd-lich-description = When this group receives its weekly digest
cmd-lich-usage = /lich — see it; /lich thứ 2 7:30 — change day and time; /lich tắt, /lich bật; /lich mặc định (Monday morning)
permission-denied-schedule-editor = { $command } is for the unit's leader, the Department's leaders and administrators.
schedule-current = This group gets its weekly digest on { $weekday } at { $time }.
schedule-off = This group's weekly digest is off. To turn it on: /lich bật.
schedule-saved = Saved.
digest-unit-head = Weekly digest { $week } — { $unit }
digest-focal = Focal point: { $people }
digest-no-focal = The unit has no focal point yet; an administrator assigns one with /phanquyen.
digest-overdue = Overdue ({ $count }):
digest-this-week = Due from today to { $until } ({ $count }):
digest-nothing-due = Nothing is overdue or due in the next 7 days.
digest-open = Open in all: { $count } tasks — see them with /nhiemvu.
digest-reports = Reports received last week ({ $count }): { $list }
digest-no-reports = The unit sent no report last week.
digest-feedback = Open feedback: { $open }, past its deadline: { $late } ({ $codes }).
digest-box-never = No opening of the complaint box has been recorded yet: when you open it (even with no letters), record it with /homthu.
digest-box-late = The complaint box is { $days } days late for opening: record the opening with /homthu.
digest-unit-footer = Report progress: /baocao — deadlines: /hanchot.
digest-too-long = The unit has too much to list in one message: see /nhiemvu and /quahan.
digest-leader-head = Leaders' digest, week { $week } — all units
digest-buckets = Work due since { $since } and older work still open: done on time { $onTime } · done late { $late } · open within deadline { $open } · overdue { $overdue } — on time { $rate }.
digest-most-overdue = Units with the most overdue work:
digest-most-overdue-line = • { $unit }: { $count } overdue, the oldest { $days } days
digest-most-overdue-more = … and { $count } more units with overdue work — see /quahan.
digest-reporting = Reporting on open tasks:
digest-reporting-line = • [{ $code }] { $title } (due { $due }): { $reported }/{ $total } reported; not yet: { $missing }
digest-reporting-line-complete = • [{ $code }] { $title } (due { $due }): all { $reported }/{ $total } units reported.
digest-reporting-more = … and { $count } more tasks — see /quahan or the spreadsheet of /xuatbaocao.
digest-units-more = and { $count } more units
digest-units-count = { $count } units
digest-feedback-backlog = Feedback backlog (past its deadline): { $count } — { $list }.
digest-feedback-backlog-count = Feedback backlog (past its deadline): { $count } in { $units } units.
digest-feedback-backlog-none = No feedback backlog.
digest-leader-footer = Details: /quahan; the consolidated report for upward reporting: /xuatbaocao.
cli-digest-none = No digest is due.
cli-digest-queued = Queued { $count } digests.
cli-digest-dry = (Dry run: nothing was sent or recorded.)
cli-digest-unknown-unit = There is no unit with the code “{ $code }”. Write the unit’s code (e.g. --unit BVDK), or leave out --unit to see every digest that is due.
outbox-failed = A message to { $chat } (key { $key }) could not be delivered: { $error }. Check that the assistant is still in that chat and allowed to write there.
outbox-in-doubt = A message to { $chat } (key { $key }) may have been delivered: the server sending it stopped before the platform answered. So as not to send it twice, the assistant does not send it again; look in that chat: if it is missing, members can see the same with /nhiemvu, leaders with /tonghop.
## Zalo (OA and Zalo Bot)

config-expect-zalo-app-secret-required = required with Zalo OA: without the App Secret no token can be refreshed and the OA stops working after a day
config-expect-zalo-oa-token-pair = ZALO_OA_ACCESS_TOKEN and ZALO_OA_REFRESH_TOKEN go together (or leave both empty and use npm run cli -- zalo auth)
config-expect-zalo-bot-secret-required = required with ZALO_BOT_WEBHOOK_URL (Zalo sends it back to authenticate the webhook)
zalo-oa-token-alert =
    ⚠️ The assistant could not refresh the Zalo OA token ({ $reason }). Once the current token expires, the assistant can neither receive nor send messages in the Zalo groups.
    To fix it: an OA administrator runs { $command } on the server, opens the printed link, grants access, then pastes the address Zalo redirects to (or the code) into the command line.
cli-usage-zalo =
    Zalo OA (needs ZALO_OA_APP_ID, ZALO_APP_SECRET, ZALO_OA_SECRET_KEY):
      zalo auth [--redirect-uri URL]              print the authorization link (PKCE) for an OA admin, then take the code
      zalo auth --url ADDRESS | --code CODE       exchange the code Zalo returned for a token pair, stored in the database
      zalo status                                  when the access token expires; the OA's name and package
      zalo groups                                  the groups the OA manages, their invite links and bound units
      zalo assets [--product gmf10] [--quota purchase_quota]   group assets still usable for a new group
      zalo group create --unit CODE --asset ID [--name NAME] [--members id,id]   create a GMF group for a unit, print its invite link, bind it
      zalo group bind --group ID --unit CODE       bind an existing OA group to a unit
cli-zalo-not-configured = Zalo OA is not configured: set ZALO_OA_APP_ID, ZALO_APP_SECRET and ZALO_OA_SECRET_KEY (see the README).
cli-zalo-unreached = Could not reach Zalo: { $reason }. Check the server’s network path to Zalo and try again.
cli-zalo-failed = Zalo refused: { $reason } (error code { $code }).
cli-zalo-auth-no-redirect = The redirect address (the app's Official Account Callback URL) is needed: set ZALO_OA_REDIRECT_URI or add --redirect-uri.
cli-zalo-auth-open = An OA administrator opens this link (logged in to Zalo as an OA admin) and grants access:
cli-zalo-auth-then = Zalo then redirects to the callback address with ?code=…. Within 10 minutes run: npm run cli -- zalo auth --url "<that address>" (or --code <code>).
cli-zalo-auth-paste = Paste the address Zalo redirected to (or only the code) and press Enter:
cli-zalo-auth-bad-code = No code found in what was entered. Paste the whole address Zalo redirected to, or only the part after code=.
cli-zalo-auth-no-request = No authorization is waiting (or it is older than 10 minutes). Run npm run cli -- zalo auth again for a new link.
cli-zalo-auth-done = Saved a new token pair for the OA “{ $oa }” (the access token lasts about { $hours } hours; the assistant refreshes it about every 12 hours).
cli-zalo-groups-none = The OA manages no group yet. Create one for a unit with: npm run cli -- zalo group create --unit <code> --asset <id>
cli-zalo-group-line = { $id }  { $name }  ({ $members } members, { $status })  unit: { $unit }  invite: { $link }
cli-zalo-group-unbound = not bound
cli-zalo-group-usage = Usage: zalo group create --unit <unit code> --asset <group asset id> [--name <name>] [--members <id,id>], or zalo group bind --group <group id> --unit <unit code>
cli-zalo-group-no-members = A new group needs at least one member who is an OA admin. None of the administrators or the unit's focal points has written to the OA yet; add --members <Zalo user id>.
cli-zalo-group-default-name = { $unit } — Focal point assistant
cli-zalo-group-description = Progress reports and deadline reminders of { $unit }, run by the Department of Health.
cli-zalo-group-created = Created group { $id } with { $members } members and bound it to { $unit }.
cli-zalo-group-link = Invite link (send it to the unit's staff): { $link }
cli-zalo-group-rebound = Note: this group was bound to { $previous } before; that unit’s reminders and digests no longer go to it.
cli-zalo-group-bound = Bound group { $id } to { $unit }.
cli-zalo-assets-none = No usable { $product } group asset. Buy or renew one in the OA's management page.
cli-zalo-asset-line = { $id }  { $product }  { $status }  valid through { $until }
cli-zalo-status-no-tokens = No OA token yet. Run npm run cli -- zalo auth, or set ZALO_OA_ACCESS_TOKEN and ZALO_OA_REFRESH_TOKEN and start the assistant.
cli-zalo-status-tokens = The access token expires at { $expires } (last refreshed: { $refreshed }).
cli-zalo-status-oa = OA: { $oa } (id { $id }), package { $package }, valid through { $until }.
zalo-error-token-invalid = the access token is no longer valid, even after a refresh; re-authorize (npm run cli -- zalo auth)
zalo-error-not-authorized = no OA token yet; run npm run cli -- zalo auth
zalo-error-refresh-reused = the refresh token was already used (each refresh token works once); re-authorize (npm run cli -- zalo auth)
zalo-error-oauth = Zalo's authorization server refused; check ZALO_OA_APP_ID, ZALO_APP_SECRET and the redirect address
zalo-error-rate-limited = too many API calls this minute; try again in a minute
zalo-error-quota-exceeded = the OA used up its quota for this feature
zalo-error-not-owned = the OA does not own this group: an OA can only write in groups it created (zalo group create)
zalo-error-group-disabled = the group is disabled or its group asset expired; renew it in the OA's management page and bind the group again
zalo-error-package = the OA's current package lacks this feature (GMF group chat needs a verified OA on a package with group chat)
zalo-error-app-setup = the app or the OA is not set up for this API (app activation, OA verification, registered APIs, Zalo Cloud Account)
zalo-error-permission = the OA has not granted the app this permission; re-authorize with the needed permissions
zalo-error-outside-window = the user has not interacted with the OA in the last 7 days, so the OA may not message them privately
zalo-error-asset-unavailable = this group asset is used or no longer valid; list usable ones with zalo assets
zalo-error-invalid-input = Zalo rejected a parameter (a wrong group or user id)
zalo-error-too-long = the content exceeds Zalo's limit
zalo-error-forbidden = the platform refused access
zalo-error-not-found = not found
zalo-error-timeout = Zalo did not answer in time
zalo-error-network = Zalo could not be reached
zalo-error-server = Zalo's server is failing; try again later
zalo-error-bad-response = Zalo's answer was not in the expected format
zalo-error-unknown = an unknown error
platform-not-available = The { $platform } platform is not supported in this version.

## Document lookup (/tracuu) and following documents (/theodoi)

cmd-tracuu-description = Look up a regulation: which document governs something, and whether it still applies
cmd-tracuu-usage = /tracuu <question>, for example: /tracuu thông tư nào quy định về trang phục y tế? or /tracuu 45/2015/TT-BYT
cmd-theodoi-description = Follow a document: the group is told when it is replaced
cmd-theodoi-usage = /theodoi <symbol> to follow, /theodoi bỏ <symbol> to stop, /theodoi to list. Example: /theodoi 45/2015/TT-BYT
permission-denied-unit-documents = The command { $command } is for the { $roles } of { $unit }.
lookup-dated = { " " }({ $date })
lookup-heading = 📄 { $type } { $symbol } — { $issuer }, issued { $date }
lookup-heading-undated = 📄 { $type } { $symbol } — { $issuer } (date of issue unknown)
lookup-subject = Subject: { $title }
lookup-summary = Main provisions: { $summary }
lookup-status-in-force = Validity: ✅ in force.
lookup-status-in-force-since = Validity: ✅ in force (since { $date }).
lookup-status-replaced = Validity: ⚠️ replaced by { $replacement }.
lookup-replacement = { $type } { $symbol }{ $dated } — { $title }
lookup-status-expired = Validity: ⛔ no longer in force (its period is over).
lookup-status-unknown = Validity: not verified; check the original before citing it.
lookup-short-in-force = in force
lookup-short-replaced = replaced by { $by }
lookup-short-expired = no longer in force
lookup-short-unknown = validity not verified
lookup-line = • { $type } { $symbol }{ $dated }: { $title } — { $status }
lookup-line-outside = • { $type } { $symbol }{ $dated }: { $title } — not in the catalogue
lookup-cited-as = (You wrote { $cited }; the correct symbol is { $symbol }.)
lookup-kind-note = Note: this document is a { $type }.
lookup-namesake-note = Note, another document with the same number:
    { $line }
lookup-alternatives = Related documents:
lookup-ambiguous = Number { $number } names several different documents. Which one do you mean?
lookup-ambiguous-hint = Ask again with the full symbol or the year, for example: /tracuu { $example }
# a document of that symbol and year, as a question the lookup reads back ("16/CT-TTg 2016")
lookup-symbol-of-year = { $symbol } { $year }
lookup-missing-number = The catalogue has no document numbered { $number } as you asked.
lookup-outside = You probably mean the document below, but it is not in the catalogue, so I know nothing about its validity:
    { $line }
lookup-unsure = I am not sure which document answers this. It may be:
lookup-maybe = You may mean:
lookup-unsure-hint = Ask more precisely (symbol, year of issue or the main keywords) for a sure answer.
lookup-nothing = I found no document in the catalogue that fits this question. Try the symbol (for example 45/2015/TT-BYT) or the main keywords (for example trang phục y tế, hòm thư góp ý).
lookup-nothing-hint = Check the symbol, or ask with the main keywords of the document (for example trang phục y tế, hòm thư góp ý).
lookup-no-question = I did not understand the question. Ask about a document, for example “thông tư nào quy định về trang phục y tế?”, or type /help to see the commands.
follow-none = { $unit } follows no documents. Type /theodoi <symbol> to follow one, for example /theodoi 45/2015/TT-BYT.
follow-list = { $unit } follows { $count } documents:
follow-line = • { $symbol }: { $title }{ $replaced }
follow-line-replaced = { " " }(replaced by { $by })
follow-list-hint = To stop following: /theodoi bỏ <symbol>.
follow-not-sure = Not followed: it is not clear which document you mean.
follow-started = { $unit } now follows { $type } { $symbol } ({ $title }). When it is replaced, this group will be told.
follow-already = { $unit } already followed { $symbol }; nothing changed.
follow-already-replaced = Note: this document has already been replaced by { $by }; consider following the new one.
follow-stopped = { $unit } no longer follows { $symbol }.
follow-was-not = { $unit } did not follow { $symbol }; nothing changed.
doc-replaced-notice = 📢 A document { $unit } follows has been replaced: { $type } { $symbol } ({ $title }) is now replaced by { $replacement }. See the new one: /tracuu { $next }
doc-replaced-by-known = { $type } { $symbol } ({ $title })
doc-replaced-by-dated = { $symbol } of { $date }
cli-ask-usage = Usage: npm run cli -- ask "<question>" [--json]
cli-import-usage = Usage: npm run cli -- import documents <file.json>
cli-import-unreadable = Cannot read { $file }: { $reason }
cli-import-not-json = { $file } is not valid JSON: { $reason }
cli-import-shape = The file must be an array of documents (or {"{"} "documents": [...] {"}"}), each with at least "symbol". Wrong: { $problems }
# where a problem is in the file as a whole rather than in one entry
cli-import-whole-file = (file)
cli-import-invalid = Nothing imported: the file has { $count } problems:
cli-import-problem-missing = • { $symbol }: field { $field } is missing (required for a new document)
cli-import-problem-invalid-status = • { $symbol }: unreadable status; use "in force", "replaced by <symbol>", "replaced by <symbol> (dd/mm/yyyy)", "expired" or "unknown"
cli-import-problem-invalid-symbol = • { $symbol }: not a symbol (good examples: 45/2015/TT-BYT, 2151/QĐ-BYT, 205-QĐ/TW)
cli-import-problem-duplicate = • { $symbol }: appears more than once in the file
cli-import-done = Imported { $total } documents: { $added } new, { $updated } updated.
cli-import-replaced = • { $symbol } replaced by { $by }: { $notices } notices to the groups of the units that follow it.
## Consolidated report (/xuatbaocao), the Excel and Word files and the leaders' chart
cmd-xuatbaocao-description = The consolidated report of a plan for a period, as Excel and Word files (leaders)
cmd-xuatbaocao-usage = /xuatbaocao [plan code] [period], e.g. /xuatbaocao KH20-2020 quý IV/2026; /xuatbaocao QTUX-2014 năm 2026; /xuatbaocao 6 tháng đầu năm
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
consolidated-ambiguous-plan = Several plans carry the number “{ $written }”: { $plans }. Write the plan's code.
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
consolidated-timeliness-none = No deadline
consolidated-due-none = No deadline
consolidated-rate = { NUMBER($percent, maximumFractionDigits: 1) }%
consolidated-rate-none = Not yet known
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
consolidated-col-evidence-ids = File ids on the chat platform
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

## Reliability (authorization, fuzzing)

# the unit a refusal names when the chat is bound to none: "/theodoi is for … of the unit."
permission-unit-unnamed = the unit

## Reliability (flood, security)

# a person sent commands far faster than anyone types; the bot ignores them for a few seconds
flood-notice = Sorry { $name }, you are sending too many messages in a short time. The assistant will ignore your messages for a few seconds; please slow down and send one command at a time.
config-expect-flood-limit = needs a whole number from 0 to 10000 (how many messages one person may send in a row; 0 means no limit)
config-expect-lease-seconds = needs a whole number of seconds from 15 to 3600
config-expect-report-text = needs a line of text, at most 300 characters (several lines separated by |)
config-expect-report-agency-code = needs the issuer's abbreviation in capitals, e.g. SYT (as in "No. …/BC-SYT")
