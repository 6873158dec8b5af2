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
cmd-dangky-usage = /dangky <unit code>, for example: /dangky BVDK
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
permission-no-role = You have no role yet, so you cannot use { $command }. Ask an administrator to give you one with /phanquyen.
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

register-ask-code = Which unit does this group belong to? Reply with the unit code, for example: BVDK.
register-more-units = … and { $count } more units.
register-done = This group is now bound to { $unit }.
register-replaced = (It was bound to { $previous } before.)
register-next = From now on the group receives the unit's deadline reminders and weekly digest. Administrators assign the focal point with /phanquyen.
register-unchanged = This group was already bound to { $unit }; nothing changed.
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
tasks-unit-required = You have no role in any unit. Add a unit code, for example: /nhiemvu BVDK.
tasks-forbidden-unit = You have no role in { $unit }, so you cannot see its tasks.
task-plan = { $plan }
task-last-report = reported { $percent }%
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
config-expect-zalo-oa-required = required to use Zalo OA (together with ZALO_OA_APP_ID and ZALO_OA_SECRET_KEY)
config-expect-zalo-bot-token-required = required with ZALO_BOT_WEBHOOK_SECRET

## Command line (npm run cli) and console

cli-usage =
    Usage: npm run cli -- <command>
      chat [--user ID] [--chat ID] [--private]   talk to the assistant: each input line is one message
      demo                                        load the demo data (Department, units, group chats, five plans)
      migrate                                     bring the database schema up to date
      admin add <platform:id>                     make someone an administrator, for example: admin add telegram:123456789
      bench <scenario> [--json]                   run one benchmark (startup, dispatch)
cli-unknown-command = There is no command “{ $command }”.
cli-bad-option = Invalid option: { $message }
cli-migrated = The database is up to date.
cli-demo-loaded = Demo data loaded: the Department, { $units } units, a group chat per unit and { $plans } plans.
cli-demo-present = The demo data is already there; nothing loaded.
cli-admin-added = { $id } is now an administrator.
cli-admin-present = { $id } was already an administrator.
cli-admin-invalid = Expected platform:id, for example telegram:123456789; platforms are console, telegram, zalo-oa and zalo-bot.
console-banner-title = { -bot-name } — trying it out on this machine (console); data is kept in { $dataDir }.
console-banner-demo = First run: the demo data was loaded (the Lai Châu Department of Health, its units and five plans).
console-banner-who = You are { $name } in the group “{ $chat }”. Type /help to begin; Ctrl+D to quit.
console-banner-platforms = To use it on Telegram set TELEGRAM_BOT_TOKEN; on Zalo set ZALO_OA_APP_ID, ZALO_OA_SECRET_KEY and the OA's tokens, or ZALO_BOT_TOKEN (in .env; see the README).
platform-not-available = The { $platform } platform is not supported in this version.

## Deadlines, working calendar, plan extraction and import, unit import

due-moved-day-off = (the plan's date { $date } is a day off: { $name })
due-moved-weekend = (the plan's date { $date } is a { $weekday ->
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
extract-no-tasks = No task found in this text.
import-plan-header = Plan: { $title }
import-plan-meta = Number: { $symbol } · Code: { $code } · Issued by: { $issuer } · Date: { $issued } · Year: { $year }
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
import-plan-file-invalid = The plan file does not follow the format (see the README, “Plans from YAML/JSON”); nothing saved:
import-plan-file-problem = • { $path }: { $kind ->
        [missing] missing
        [unknown_field] not a field of the format
       *[invalid] invalid value
    }
import-file-unreadable = Cannot read the file “{ $file }”.
import-file-syntax = “{ $file }” is not valid YAML/JSON (error on line { $line }).
import-plan-file-kind = Only .txt (a plan's text), .yaml, .yml or .json files can be imported.
import-usage =
    Usage: npm run cli -- import <kind> <file>
      plan <file.txt|.yaml|.json> [--dry-run] [--json] [--yes] [--reference-date YYYY-MM-DD]
                                   reads a plan and proposes its tasks for review before saving
      units <file.csv> [--dry-run]  adds or updates units (columns: code, name, short name, kind, parent code)
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
    {"  "}import plan|units <file> …                  import a plan (txt/yaml/json) or units (csv); see: import --help
    {"  "}holidays list [year] | add <date> <name> | workday <date> <name> | remove <date>
    {"                                              "}public holidays, announced days off and make-up working days
import-csv-syntax = “{ $file }” is not valid CSV (error on line { $line }).
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
