## The web dashboard (issue 24): sign-in from chat, the page frame, the administrators' page

cmd-dangnhap-description = Get a sign-in link to the web dashboard (in a private chat with the assistant)
cmd-dangnhap-usage = /dangnhap (in a private chat with the assistant; the link works once)
cmd-dangxuat-description = Sign out of the dashboard on every browser
cmd-dangxuat-usage = /dangxuat
signin-link =
    Open this link to sign in to the dashboard:
    { $url }
    It works once and expires in { $minutes } minutes (at { $until }). Do not pass it on to anyone.
signin-button = Sign in to the dashboard
signin-web-off = This server does not serve the web dashboard (WEB=off), so signing in is not possible. Please tell an administrator.
signin-no-role = You have no role yet, so there is no dashboard for you to see. Ask an administrator to give you one with /phanquyen.
signin-started = You just signed in to the dashboard { $address } at { $at }. If this was not you, type /dangxuat to sign out on every browser.
signout-done = { $count ->
    [one] Signed out of the dashboard on 1 browser.
   *[other] Signed out of the dashboard on { $count } browsers.
}
signout-none = You are not signed in to the dashboard on any browser.
permission-denied-dashboard = The command { $command } is for people who have a role. Ask an administrator to use /phanquyen if you need one.
permission-denied-system-health = The command { $command } is for administrators.

console-banner-dashboard = Web dashboard: { $url }
console-banner-dashboard-link = Sign in as { $name } (Department leader; the link works once and expires in 10 minutes): { $url }
console-banner-dashboard-admin-link = Or as { $name } (administrator, who may open the Administration page; works once, expires in 10 minutes): { $url }
console-banner-dashboard-unavailable = Could not open the dashboard on port { $port } ({ $reason }); the chat goes on. Set another PORT (e.g. PORT=8124) to open it.

cli-login-usage = Needs --user <platform:id> (e.g. telegram:123456789) or a console user id (e.g. lanh-dao-so).
cli-login-unknown = Nobody uses the account { $user }. The person must have written to the assistant at least once, and have a role given with /phanquyen.
cli-login-issued = Sign-in link for { $name }; it works once and expires at { $until }.
cli-login-busy = An npm start process is using this embedded database (its dashboard runs at { $address }). Use the link it printed, or stop it first and run this again.

web-product = Trợ lý Đầu mối
web-skip-to-content = Skip to the main content
web-nav-label = Pages
web-nav-home = Start
web-nav-how-we-count = How we count
web-nav-system-health = Administration
web-footer = Figures read at { $at } (timezone { $timezone }). Dates are written day/month/year.
web-sign-out = Sign out
web-language-vi = Tiếng Việt
web-language-en = English
web-no-role = no role
web-filter-unit = Unit
web-filter-apply = Show
web-filter-unit-all = Every unit I may see
web-filter-unit-department = The whole Department

web-error-home = Back to the start page
web-error-forbidden-title = You may not see this page
web-error-forbidden-text = This page is for { $who }.
web-error-forbidden-next = If you need it, ask an administrator to give you the right role with /phanquyen in chat.
web-error-not-found-title = Page not found
web-error-not-found-text = There is no page at this address.
web-error-not-found-next = Check the address, or choose a page in the navigation.
web-error-unknown-unit-title = Unit not found
web-error-unknown-unit-text = There is no unit with the code { $code }.
web-error-unknown-unit-next = Choose a unit in the list at the top of the page.
web-error-no-role-title = You have no role
web-error-no-role-text = Your account no longer holds any role, so this page is not open to you.
web-error-no-role-next = Ask an administrator to give you a role with /phanquyen in chat.
web-error-csrf-title = Form not accepted
web-error-csrf-text = This request did not come from a page of the dashboard, so nothing was done.
web-error-csrf-next = Open the page again and press the button once more.
web-error-internal-title = Sorry, something went wrong
web-error-internal-text = The dashboard failed to open this page. Nothing was changed.
web-error-internal-next = Try again in a few minutes; if it still fails, tell an administrator.
web-who-dashboard = people with a role in this unit or in a unit above it
web-who-system-health = administrators

web-signin-title = Sign in
web-signin-as = Sign in as { $name } — { $roles }
web-signin-button = Sign in
web-signin-hint = Press the button only if you just asked for this link yourself. The assistant tells you in chat when you sign in.
web-signin-unknown = This sign-in link is wrong or no longer valid.
web-signin-expired = This sign-in link has expired.
web-signin-used = This sign-in link has been used. Each link works only once.
web-signin-no-role = This account has no role, so it cannot sign in.
web-signin-how = To sign in, send /dangnhap to the assistant in a private chat on Telegram or Zalo; it answers with a link that works once.
web-signin-step-1 = Open your private chat with the assistant (not a group).
web-signin-step-2 = Type /dangnhap and open the link it sends within 10 minutes.
web-signin-step-3 = Press "Sign in" on the page that opens.
web-signin-operator = The server's operator can make a link with npm run cli -- login --user <platform:id>.
web-signed-out = You have signed out.

web-home-title = Start
web-home-hello = Hello, { $name }.
web-home-roles = Your roles: { $roles }.
web-home-scope-unit = Showing: { $unit } and { $below } units under it.
web-home-scope-department = You see the whole Department: { $units } units.
web-home-scope-own = You see { $units } units: your own and those under it.
web-home-pages = Pages you can open
web-home-coming = The overview, plan progress, unit, feedback and report pages are being built. Meanwhile use /tonghop, /nhiemvu, /quahan and /xuatbaocao in chat: the pages will show the same figures.

web-count-title = How we count
web-count-intro = Each figure on the dashboard is counted as below, exactly as the assistant counts it in chat.
web-count-trang-thai-term = The five states
web-count-trang-thai-text = Each due period of a unit is in one state: done on time; done late; open and within its deadline; open and overdue; no deadline.
web-count-ti-le-dung-han-term = On-time rate
web-count-ti-le-dung-han-text = On-time rate = done on time ÷ (done on time + done late + open and overdue). Work still within its deadline is not counted yet; the figure always comes with its denominator.
web-count-ngay-lam-viec-term = Working days and days off
web-count-ngay-lam-viec-text = Working days are Monday to Friday, less the public holidays of the Labour Code and the days off the authorities announce, plus make-up working days. A deadline that falls on a day off runs to the end of the next working day (Civil Code 2015, Article 148).
web-count-thoi-han-phan-anh-term = Feedback time limits
web-count-thoi-han-phan-anh-text = Counted in working days from the day a case was received, by channel and severity (the table below is this server's setting).
web-count-ton-dong-term = Backlog
web-count-ton-dong-text = The feedback backlog is every open case past its time limit, of any period.
web-count-khung-lanh-dao-term = The leaders' window
web-count-khung-lanh-dao-text = The leaders' digest and chart count every dated period still open, whatever its year, plus the finished ones due in the last twelve months.
web-count-sla-caption = Feedback time limits by channel
web-count-sla-channel = Channel
web-count-sla-normal = Normal
web-count-sla-urgent = Urgent
web-count-sla-none = no time limit
web-count-sla-same-day = the same day
web-count-sla-days = { $days ->
    [one] 1 working day
   *[other] { $days } working days
}
web-count-sla-praise = Praise needs no handling: it has no time limit and never counts in the backlog.

web-health-title = Administration: system health
web-health-scope-department = The whole Department.
web-health-scope-unit = Showing: { $unit } and the units under it.
web-health-none = None
web-health-groups-bound = Groups bound to a unit
web-health-groups-bound-fix = The last digest is the weekly digest period last sent to the group. A "stopped" group is one the assistant was removed from; add it back to carry on.
web-health-groups-unbound = Groups bound to no unit
web-health-groups-unbound-fix = An administrator types /dangky <unit code> in the group to bind it, or /dangky lanhdao for the Department leaders' group.
web-health-no-focal-point = Units without a focal point
web-health-no-focal-point-fix = Appoint one with /phanquyen đầu mối @name <unit code>.
web-health-no-box = Units without a complaint-box schedule
web-health-no-box-fix = The unit's focal point sets it with /homthu lich <days> in the unit's group (or the box column of the units file of cli import units).
web-health-no-private-chat = People with a role who never wrote to the assistant privately
web-health-no-private-chat-fix = The assistant cannot yet write to these people privately (reminders, complainants' contacts, sign-in): each of them opens a private chat with the assistant and types /start once.
web-health-outbox = Messages that failed or may not have arrived
web-health-outbox-fix = In the last { $days } days, at most { $limit } messages. A message "in doubt" is kept, not sent again, so that no group gets it twice; check in the group. Message texts are not shown here, as they may hold private details.
web-health-zalo = Zalo OA token
web-health-zalo-none = This server does not use a Zalo OA.
web-health-zalo-fix = The refresh token lives three months from its last refresh (an estimate). When it expires or fails, an OA administrator runs npm run cli -- zalo auth again.
web-health-zalo-ok = Valid
web-health-zalo-access-expired = Access token expired, waiting for its refresh
web-health-zalo-refresh-soon = Expires soon: authorize again
web-health-zalo-refresh-expired = Expired: authorize again
web-health-leaders-group = Department leaders' group
web-health-no-unit = not bound
web-health-digest-at = period { $period }, { $at }
web-health-digest-never = no digest sent yet
web-health-active = Active
web-health-inactive = Stopped (the assistant was removed)
web-health-untitled = (untitled group)
web-health-in-doubt = In doubt
web-health-failed = Failed
web-health-col-group = Group
web-health-col-platform = Platform
web-health-col-unit = Unit
web-health-col-digest = Last digest
web-health-col-state = State
web-health-col-person = Person
web-health-col-roles = Roles
web-health-col-when = When
web-health-col-chat = Sent to
web-health-col-kind = Kind
web-health-col-error = Error
web-health-col-app = App
web-health-col-access = Access token expires at
web-health-col-refresh = Refresh token expires about
web-platform-console = Console (try-out)
web-platform-telegram = Telegram
web-platform-zalo-oa = Zalo OA
web-platform-zalo-bot = Zalo Bot
