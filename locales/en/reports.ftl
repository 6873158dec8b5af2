## /baocao

cmd-baocao-description = Report progress on a task (focal points)
cmd-baocao-usage =
    /baocao — the assistant asks step by step; or on one line: /baocao <task code> <percent or status> <what was done>
    For example: /baocao NV12 80% trained 120 staff; /baocao NV7 done sent letter no. 15
    Status: a percentage (60%), chưa bắt đầu (not started), đang thực hiện (in progress), xong (done), vướng (blocked)
    Take back the report you just sent: /baocao rut — correct it: /baocao sua, or on one line: /baocao sua 90% new content
    Reopen a task closed by mistake: /baocao molai <task code> <reason>
permission-denied-reporter = Only the unit's focal point or deputy can report with { $command }. If this is your job, ask an administrator to use /phanquyen.
report-status-not-started = Not started
report-status-in-progress = In progress
report-status-done = Done
report-status-blocked = Having difficulties
report-ask-task = Which task are you reporting on?
report-ask-task-again = I did not catch the task. Please pick one from the list:
report-ask-task-not-open = { $code } is not one of this unit’s open tasks. Please pick a task from the list:
report-ask-task-more = Which task are you reporting on? Below are the { $shown } due soonest; for the { $count } others type /baocao <task code> (see the codes with /nhiemvu).
report-ask-status = [{ $code }] { $title }: how is it going? You may type a percentage, for example 60%.
report-ask-status-again = Please pick a status, or type a percentage (for example 60%):
report-answer-names-other-task = The question waiting is for the report on { $asked }; this message is about { $named }, so it was not added to { $asked }. To report on { $named }, type /baocao { $named } … ({ $asked } is set aside; /tieptuc takes it up again). If it is the answer for { $asked }, type it again without { $named }.
report-ask-percent = How far along is it? Type a number from 0 to 100, for example 60%.
report-text-kept-ask-percent = Noted what was done. And how far along is it, in percent? Type a number from 0 to 100, for example 60%.
report-text-kept-ask-status = Noted what was done. And the status: is the task done, or under way? Pick one, or type a percentage (for example 60%):
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
report-due-clause-shifted = {" "}({ $shift })
report-withdraw-confirm = Take back your last report: [{ $code }] { $title }, sent { $at }, { $status } ({ $percent }%)? Answer Yes or No.
report-withdraw-yes = Yes, take it back
report-withdraw-no = No
report-withdraw-kept = Kept as it is; no report was taken back.
report-withdraw-unclear = Answer “yes” (or 1) to take that report back, or “no” (or 2) to keep it.
report-withdraw-stale = That report was already taken back or a newer one was sent, so nothing was taken back. Type /baocao rut to see your last report.
report-withdraw-after-refusal = Your previous message was not saved (the assistant refused it), so there is nothing to take back. Your last saved report is [{ $code }] { $title }, sent { $at }, { $status } ({ $percent }%); to take that one back, type /baocao rut { $code }.
report-withdraw-after-refusal-none = Your previous message was not saved (the assistant refused it), so there is nothing to take back. Type /baocao to send the report again.
report-withdraw-someone-else = The last report on { $code } was sent by someone else: only its sender can take it back, so nothing was taken back. If it is wrong, ask them to take it back, or send a new report to update it.
report-reopen-usage = To reopen a finished task: /baocao molai <task code> <reason>, for example: /baocao molai NV7 reported by mistake, not issued yet.
report-reopen-reason = Please give the reason for reopening, for example: /baocao molai { $code } reported by mistake, not issued yet. Nothing was reopened.
report-reopen-reason-long = The reason is too long; please keep it under { $max } characters. Nothing was reopened.
report-reopen-unknown = This unit has no task { $code }. Type /nhiemvu to see the task codes.
report-reopen-not-closed = The unit's task { $code } is open (not finished), so there is nothing to reopen. Type /nhiemvu to see it.
report-reopen-window = The person who reported can reopen a task only within { $days } days of finishing it; { $code } is past that. Ask the unit's leader or a Department leader to reopen it. Nothing was reopened.
report-reopen-forbidden = Only the person who reported { $code } done (within { $days } days), the unit's leader, a Department leader or an administrator can reopen it. Nothing was reopened.
report-reopen-which-unit = You answer for several units (or for none): type the reopen command in that unit's group chat.
report-reopened = Reopened [{ $code }] { $title } of { $unit }{ $due }, reason: { $reason }. The task is back in /nhiemvu.
report-reopened-group = ↩️ { $name } reopened [{ $code }] { $title }{ $due }, reason: { $reason }.
permission-denied-reopen = Reopening a task ({ $command } molai) is for the unit's { $roles }.
report-saved =
    Report recorded for { $unit }: [{ $code }] { $title }{ $due } — { $status } ({ $percent }%){ $timing }.{ $files ->
        [0] {""}
        [one] {" "}With 1 evidence file.
       *[other] {" "}With { $files } evidence files.
    }
report-percent-lower = Note: the previous report on this task said { $previous }%, this one { $percent }%. If that was a typo, type /baocao sua within { $minutes } minutes to correct it.
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
report-ongoing-ask = [{ $code }] { $title } is an ongoing duty. Has it really ended? Choose 1 to record “done for this period” (the duty stays open, the default), or 2 (“ended”) if it no longer has to be done.
report-ongoing-choice-period = Done for this period
report-ongoing-choice-end = Ended for good
report-ongoing-check-in = Done for this period: { $text }
report-withdraw-other-task = Your last report is about [{ $code }] { $title }, not { $asked }: nothing was withdrawn. Only your own last report can be withdrawn; to withdraw it, type /baocao rut { $code }.
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
cmd-giaitrinh-description = Explain why a task is overdue when a leader asks (unit leaders, focal points)
cmd-giaitrinh-usage =
    /giaitrinh <task code> <reason it is late>, in the unit's group or in a private message to the assistant
    Example: /giaitrinh NV7 Waiting for the departments' figures, will submit before 30/11
permission-denied-explain = The { $command } command is for { $roles } of { $unit }.
explain-reason-missing = Please give the reason it is late: /giaitrinh { $code } <reason>. Nothing was recorded.
explain-too-long = The explanation is longer than { $max } characters; please shorten it and send it again. Nothing was recorded.
explain-unknown-task = The unit has no task { $code }. Please check the task code in the request, or type /nhiemvu to see the list.
explain-no-request = Task { $code } has no request for an explanation waiting for an answer, so there is nothing to explain. To report progress, use /baocao { $code }.
explain-which-unit = You answer for several units asked to explain { $code }; please answer in the chat group of the unit concerned.
explain-forbidden = Only the unit's leader, focal point or deputy focal point can explain with /giaitrinh.
explain-saved = The explanation of { $unit } on [{ $code }] { $title } is recorded — leaders will see it on the dashboard. Thank you.
