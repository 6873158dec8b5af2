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
ladder-plan-not-found = There is no plan with the code “{ $code }”. A plan's code is printed when it is imported, for example KH20-2026.
ladder-out-of-range = Working days must be a whole number from 0 to 30.
ladder-bad-option = { $option } is not right: --before and --escalate-after take working days from 0 to 30 (--escalate-after never: never tell the Department leaders), --on-due takes yes or no.
plan-usage =
    Usage: npm run cli -- plan ladder <plan code> [--before N] [--on-due yes|no] [--escalate-after N|never] [--default]
      no option: show the plan's reminders
      --before N            remind the focal point (the deputy while they are on leave) N working days before (0: not at all)
      --on-due yes|no       tell the unit leader on the due date
      --escalate-after N    tell the Department leaders' group N working days after (never: not at all)
      --default             back to the default (3 days before; the unit leader on the day; the Department leaders 1 day after)
      npm run cli -- plan show <plan code> [--json]
      npm run cli -- plan task <plan code> <NV…> --title <title> | --units <units…> | --deadline <deadline phrase> | --recipient <recipient>
      npm run cli -- plan remove-task <plan code> <NV…> [--yes]
      npm run cli -- plan archive <plan code> [--yes]
import-plan-ladder = Reminders: { $ladder }.
cli-reminders-dry = (Dry run: nothing was queued.)
