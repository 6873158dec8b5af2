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

## /hanchot, /quahan

cmd-hanchot-description = Upcoming deadlines (7 days by default)
cmd-hanchot-usage = /hanchot or /hanchot <days | up to a day>, for example: /hanchot 30, /hanchot thứ 6, /hanchot 15/12; over many units add “theo đơn vị” (by unit) or “trang 2” (page 2)
cmd-quahan-description = Tasks past their deadline and not done
cmd-quahan-usage = /quahan; over many units add “theo đơn vị” (by unit) or “trang 2” (page 2), for example: /quahan theo đơn vị
all-units = all units
list-more = … and { $count } more.
list-more-unit = … and { $count } more: type /nhiemvu for all of the unit’s open tasks.
list-more-all = … and { $count } more: see a unit with /nhiemvu <unit code>, or a whole plan in the /xuatbaocao <plan code> file.
upcoming-header = Deadlines in the next { $days } days for { $who } ({ $count }):
upcoming-none = { $who } has no deadline in the next { $days } days.
upcoming-overdue-too = Besides, { $count } tasks are past their deadline and not done: type /quahan to see them.
overdue-header = Overdue and not done — { $who } ({ $count }):
overdue-none = { $who } has nothing overdue.
permission-denied-leader = { $command } is for the Department's leaders and administrators.
leader-line-task = • [{ $code }] { $title } — { $due } — { $count } units still owe it: { $units }
leader-line-unit = • { $unit } ({ $count }): { $tasks }
leader-grouped-by-task = (One line per task with the units still owing it; by unit: { $other })
leader-grouped-by-unit = (One line per unit with the tasks it still owes; by task: { $other })
leader-more = Page { $page }/{ $pages }. More: { $next }
# the words /hanchot and /quahan read (src/commands/deadlines.command.ts), as a hint types them
leader-words-by-unit = theo đơn vị
leader-words-page = trang { $page }
leader-units-more = { $units } and { $count } more (unit by unit: add “theo đơn vị”)

## /nhiemvu NV5: where one task stands

task-standing-head = [{ $code }] { $title }
task-standing-owing = Not done ({ $count ->
        [one] 1 unit
       *[other] { $count } units
    }):
task-standing-owing-line = • { $unit } — { $due } · { $report }
task-standing-no-report = no report yet
task-standing-more = … and { $count } more (the whole plan: /xuatbaocao <plan code>).
task-standing-done = Done ({ $count ->
        [one] 1 unit
       *[other] { $count } units
    }): { $units }
task-standing-done-unit = { $unit } ({ $date }{ $onTime ->
        [yes] , on time
        [no] , late
       *[unknown] {""}
    })
task-standing-done-more = and { $count } more units
task-standing-not-assigned = Task { $code } is not given to { $who }.
task-standing-any-unit = any unit you follow
task-standing-unknown = There is no task { $code } being followed. Type /nhiemvu to see the open tasks.
