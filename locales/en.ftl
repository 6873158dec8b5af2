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
      ask "<question>" [--json]                   look up a regulation (--json: the result as JSON)
      import documents <file.json>                add or update documents of the lookup catalogue
      admin add <platform:id>                     make someone an administrator, for example: admin add telegram:123456789
      bench <scenario> [--json]                   run one benchmark (startup, dispatch, lookup, lookup-compare)
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
cli-import-unknown-kind = Cannot import “{ $kind }”: only documents can be imported for now.
cli-import-unreadable = Cannot read { $file }: { $reason }
cli-import-not-json = { $file } is not valid JSON: { $reason }
cli-import-shape = The file must be an array of documents (or {"{"} "documents": [...] {"}"}), each with at least "symbol". Wrong: { $problems }
cli-import-invalid = Nothing imported: the file has { $count } problems:
cli-import-problem-missing = • { $symbol }: field { $field } is missing (required for a new document)
cli-import-problem-invalid-status = • { $symbol }: unreadable status; use "in force", "replaced by <symbol>", "replaced by <symbol> (dd/mm/yyyy)", "expired" or "unknown"
cli-import-problem-invalid-symbol = • { $symbol }: not a symbol (good examples: 45/2015/TT-BYT, 2151/QĐ-BYT, 205-QĐ/TW)
cli-import-problem-duplicate = • { $symbol }: appears more than once in the file
cli-import-done = Imported { $total } documents: { $added } new, { $updated } updated.
cli-import-replaced = • { $symbol } replaced by { $by }: { $notices } notices to the groups of the units that follow it.
