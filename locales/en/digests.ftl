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
digest-feedback-none-late = Open feedback: { $open }, none past its handling deadline.
digest-box-never = No opening of the complaint box has been recorded yet: when you open it (even with no letters), record it with /homthu.
digest-box-late = The complaint box is { $days } days late for opening: record the opening with /homthu.
digest-unit-footer = Report progress: /baocao — deadlines: /hanchot.
digest-too-long = The unit has too much to list in one message: see /nhiemvu and /quahan.
digest-leader-head = Leaders' digest, week { $week } — all units
digest-leader-head-branch = Summary, week { $week } — { $units }
summary-branch = { $units }{ $count ->
    [0] {""}
   *[other] {" "}and { $count } units below
}
digest-buckets = Work due since { $since } and older work still open: done on time { $onTime } · done late { $late } · open within deadline { $open } · overdue { $overdue } — on time { $rate }.
digest-most-overdue = Units with the most overdue work:
digest-most-overdue-line = • { $unit }: { $count } overdue, the oldest { $days } days
digest-most-overdue-more = … and { $count } more units with overdue work — see /quahan.
digest-reporting = Reporting on open tasks:
digest-reporting-line = • [{ $code }] { $title } — { $due }: { $reported }/{ $total } reported; not yet: { $missing }
digest-reporting-line-complete = • [{ $code }] { $title } — { $due }: all { $reported }/{ $total } units reported.
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
