## Feedback (/phananh, /xuly, /homthu)

config-expect-feedback-sla = expected channel[.urgent]=working days, comma-separated, for example hotline.urgent=0,hotline=3,box=10 (channels: box, hotline, direct, email, portal)
cmd-phananh-description = Log feedback from the complaint box, the hotline, in person…; see the list and the statistics
cmd-phananh-usage =
    /phananh — the assistant asks step by step; or on one line: /phananh <channel> [khẩn] <content>, channel: hòm thư, đường dây nóng, trực tiếp, email, cổng
    For example: /phananh hotline A relative says the paediatrics queue was too long; urgent: /phananh hotline khẩn <content> (or khan cap)
    Correct the kind or urgency: /phananh PA-2026-0001 loai <kind> — /phananh PA-2026-0001 muc <khẩn|thường>
    See: /phananh xem PA-2026-0001 — backlog: /phananh ds — statistics: /phananh thongke [thang 10/2025|quy 4/2025|nam 2025]
    The complainant's contact (in a private chat with the assistant): /phananh lienhe PA-2026-0001 <name, phone, e-mail>
cmd-xuly-description = Record how a feedback case was handled (feedback handlers)
cmd-xuly-usage = /xuly <case code> [status] <what was done>, status: đang xử lý, đã xử lý, chuyển cơ quan khác, không thuộc thẩm quyền, mở lại. For example: /xuly PA-2026-0001 đã xử lý Apologised and rescheduled. To handle a case privately (misconduct; groups see only its code): /xuly PA-2026-0001 nhạy cảm
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
feedback-category-misconduct = misconduct, bribes, harassment
feedback-category-praise = praise
feedback-category-other = other
feedback-status-received = received
feedback-status-reopen = reopen
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
feedback-details-head-day = Case { $code }, received on { $received }
feedback-details-content = Content: { $content }
feedback-details-contact = Complainant: { $contact }
feedback-details-action = • { $at } — { $status }: { $note }
feedback-which-unit = You log feedback for several units (or for none): use the command in the unit's group chat.
feedback-logged-in-private = { $name } logged feedback in a private chat with the assistant:
feedback-handled-in-private = { $name } updated a feedback case in a private chat with the assistant:
feedback-saved = Feedback logged as { $code }.
feedback-saved-sensitive = Received a case to be handled privately ({ $code }).
feedback-sensitive-label = handled privately
feedback-sensitive-private-note = Case { $code } is about misconduct (bribes, harassment, threats): it is urgent and handled privately; the full text went in private to the unit's leaders and the feedback handlers of the unit and the Department. Groups see only its code and status.
feedback-new-sensitive = 🔒 A case to be handled privately (misconduct) for { $unit }: { $code }. Please do not share its content in a group; to update: /xuly { $code } <status> <what was done>
feedback-marked-sensitive = { $code } is now handled privately: groups will see only its code and status.
feedback-already-sensitive = { $code } is already handled privately.
feedback-linked-saved = Logged { $code } and merged it into case { $main }.
feedback-contact-private = The complainant's contact (if given) please send to the assistant in private: /phananh lienhe { $code } <name, phone>.
feedback-new-for-handler = New feedback for { $unit } to handle: /xuly { $code } <status> <what was done>
feedback-ask-channel = Through which channel did it come?
feedback-received-today = Today
feedback-received-yesterday = Yesterday
feedback-ask-received = When was it received? Pick, or type the date (and time if known), for example 20/11 14:30 or hôm qua 15h.
feedback-ask-content = What does the feedback say (in the complainant's words)?
feedback-duplicate-ask = This reads like an open case of the unit from the last 7 days. Is it the same case?
feedback-duplicate-same = The same case { $code }
feedback-duplicate-new = A different case
feedback-duplicate-again = Is it the same case as { $code }? Answer “có” (yes) or “không” (no), or pick a number.
feedback-praise-acknowledged = The praise is acknowledged; it needs no handling.
feedback-guessed = The assistant guessed the kind: { $category }; urgency: { $severity }. If wrong: /phananh { $code } loai <kind> or /phananh { $code } muc <khẩn|thường>.
feedback-reclassify-usage = Usage: /phananh { $code } loai <thái độ | chuyên môn | thủ tục | vệ sinh | giá, BHYT | khen ngợi | khác>, or /phananh { $code } muc <khẩn | thường>.
feedback-handle-with-xuly = A handling result is recorded with /xuly (feedback handlers): /xuly { $code } { $status } <what was done>.
feedback-reclassify-unchanged = { $code } already has that kind and urgency; nothing changed.
feedback-reclassified = Corrected { $code }: kind { $category }, urgency { $severity }.
feedback-reclassified-sla = The deadline was computed again for the new kind and urgency; its reminders start over.
feedback-ask-category = What kind of feedback?
feedback-ask-category-guess = What kind of feedback? From the text, my guess is { $category } (reply { $number } if right).
feedback-ask-severity = How urgent?
feedback-contact-skip = None / anonymous
feedback-ask-contact = The complainant's contact (name, phone, e-mail) — only handlers and leaders can see it. If there is none, skip.
feedback-stats-usage = Usage: /phananh thongke (this month), /phananh thongke thang 10 or thang 10/2025, /phananh thongke quy 3 or quy 4/2025, /phananh thongke quy truoc, /phananh thongke 6 thang dau nam, /phananh thongke nam 2025 or nam ngoai
feedback-period-month = { $month }/{ $year }
feedback-period-quarter = Q{ $quarter }/{ $year }
feedback-period-half = { $half ->
    [1] first half of { $year }
   *[other] second half of { $year }
}
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
feedback-contact-empty = I see no name, phone or e-mail. For example: /phananh lienhe PA-2026-0001 Nguyễn Văn A 0912345678
feedback-contact-saved = The contact for { $code } is stored apart; only handlers and leaders can see it.
feedback-contact-saved-group = The contact for { $code } is stored apart; only handlers and leaders can see it. Next time, please send it to the assistant in private.
feedback-unknown-channel = I do not know the channel “{ $word }”. Channels: hòm thư, đường dây nóng, trực tiếp, email, cổng.
feedback-bad-date = I do not understand the date “{ $text }”. Write “hôm nay”, “hôm qua” or day/month, with the time if known, for example 20/11, 20/11/2026 14:30 or hôm qua 15h.
feedback-bad-date-words = I do not understand that date (the content of the case is asked next). Write “hôm nay”, “hôm qua” or day/month, with the time if known, for example 20/11, 20/11/2026 14:30 or hôm qua 15h.
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
box-usage-cadence = “{ $days } ngày” reads as how often the box is opened, not a number of letters. To set it: /homthu lich { $days }; to record an opening: /homthu <letters> [day/month] [witnesses].
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
feedback-stats-by-unit = By unit (received in the period / closed / closed on time / past its deadline / open):
feedback-stats-unit-line = • { $unit }: { $received } / { $closed } / { $closedOnTime } / { $overdue } / { $open }
feedback-xlsx-sheet = Feedback statistics
feedback-xlsx-title = Feedback statistics by unit — { $period }
feedback-xlsx-received = Received in the period
feedback-xlsx-closed = Closed
feedback-xlsx-on-time = Closed on time
feedback-xlsx-overdue = Past its deadline
feedback-xlsx-open = Open
feedback-xlsx-total = Total
