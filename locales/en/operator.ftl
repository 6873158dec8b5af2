## Configuration (shown to the operator at start-up)

platform-start-failed = Could not start the chat platform connection ({ $reason }). Check the token, the API address and the network path to the platform, then start again.
database-unreachable = Could not connect to PostgreSQL at { $host } ({ $code }). Check DATABASE_URL (host, port, database name, password) and that the server is running, then start again.
config-invalid = The configuration is invalid, so the assistant cannot start. Fix these environment variables (see .env.example):
config-problem = • { $key }: { $expect }
config-expect-postgres-url = expected a PostgreSQL address such as postgres://user:password@host:5432/database
config-expect-path = expected a directory path
config-expect-port = expected a port number from 0 to 65535 (0: any free port)
config-expect-web = expected on or off (off: no dashboard pages)
config-expect-web-base-url = expected the root address of the server, like https://your-domain (no path after it)
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
      chat [--user ID] [--chat ID] [--private] [--json]   talk to the assistant: each input line is one message (--json: one JSON line per answer)
      demo                                        load the demo data (Department, units, group chats, five plans)
      migrate                                     bring the database schema up to date
      ask "<question>" [--json]                   look up a regulation (--json: the result as JSON)
      ask --batch <file> [--json]                 look up every line of the file as a question, in order
      admin add <platform:id>                     make someone an administrator, for example: admin add telegram:123456789
      login --user <platform:id>                  a one-time sign-in link to the dashboard, e.g. login --user telegram:123456789
      members [--unit CODE|NAME] [--json]         who holds which role, unit by unit; units without a focal point or a group
      groups [--json]                             the assistant's group chats: their unit, unbound groups, the last digest
      digest [--dry-run] [--json] [--unit CODE] [--at ISO-8601]  the weekly digests that are due (dry run: nothing sent)
      xuatbaocao [plan code] [period] [--out FOLDER]  save the consolidated report (Excel, Word) to a folder
      reminders [--at ISO-8601] [--dry-run]      run the reminder job now (or as at a moment) and print the reminders
      bench <scenario> [--json]                   run one benchmark (startup, dispatch, webhook, soak, hanchot, digest-build, fanout, extract, intents, plan-import, redaction, report-build, dashboard, lookup, lookup-compare)
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
cli-groups-header = { $count } group chats ({ $unbound } not bound to a unit):
cli-groups-line = • { $title } [{ $ref }] — { $unit }{ $state ->
        [inactive] {" "}(the assistant is no longer in the group)
       *[other] {""}
    }
cli-groups-leaders = the Department leaders' group
cli-groups-unbound = not bound to a unit
