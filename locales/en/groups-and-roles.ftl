## /dangky

register-ask-code = Which unit does this group belong to? Reply with the unit code or name, for example: BVDK or TYT Sìn Hồ (the Department leaders' group: reply lanhdao).
register-bound-now = This group is bound to { $unit }. Reply with another unit to change it, or /huy to keep it.
register-more-units = … and { $count } more: type part of a unit name to find it, e.g. “trạm y tế Bản Bo”.
register-done = This group is now bound to { $unit }.
register-replaced = (It was bound to { $previous } before.)
register-next = From now on the group receives the unit's deadline reminders and weekly digest. Administrators assign the focal point with /phanquyen.
register-unchanged = This group was already bound to { $unit }; nothing changed.
register-confirm = This group is bound to { $from }. Move this group to { $to }?
register-confirm-yes = Yes
register-confirm-no = No
register-kept = Nothing changed: the group stays bound to { $from }.
register-leaders-name = the leaders' group of { $unit }
register-leaders-done = This group is now the leaders' group of { $unit }. From now on it receives the units' overdue tasks and overdue feedback, and the weekly leaders' digest with its chart.
register-leaders-unchanged = This group was already the Department leaders' group; nothing changed.
register-no-department = The unit list has no Department-level unit (one without a parent). Import the units first, then type /dangky lanhdao again.
unit-not-found = There is no unit with the code { $code }. Type /dangky without a code to see the unit codes.
unit-not-found-suggest = There is no unit with the code { $code }. Did you mean: { $suggestions }?
unit-ambiguous = { $count } units match “{ $typed }”:
    { $units }
    Type it again with the unit's code instead of its name, e.g. { $example }.
unit-ambiguous-choose = { $count } units match “{ $typed }”{ $range }. Which one do you mean?

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

## /nghiphep

cmd-nghiphep-description = Report leave: reminders go to the deputy meanwhile
cmd-nghiphep-usage = /nghiphep đến <day/month>, for example: /nghiphep đến 30/11; to end it early: /nghiphep huy; an administrator sets it for someone else: /nghiphep đến 30/11 @name
leave-usage = Give the day you are back, for example: /nghiphep đến 30/11, or /nghiphep huy to end your leave.
leave-ask-until = Until which day are you on leave? For example: 30/11, Friday, from tomorrow to 18/12. Meanwhile, reminders go to the deputy.
leave-ask-until-again = I did not understand the day. Write the last day of leave, e.g. 30/11, Friday, from tomorrow to 18/12 (or /huy to stop).
leave-days-ask = { $days } working days from today is until the end of { $day }. Choose it to record it, or type the last day of leave (e.g. 30/11, Friday).
leave-days-choice = Until the end of { $day }
leave-set = { $name } is on leave until the end of { $until }. Meanwhile reminders go to the deputy.
leave-set-not-focal = { $name } is on leave until the end of { $until }. The unit's reminders still go to its focal point as usual.
leave-ended = { $name }'s leave has ended; reminders go to them again.
leave-none = { $name } has no leave on record; reminders go out as usual.
leave-bad-date = I do not understand the date “{ $text }”. Write day/month or day/month/year, for example 30/11 or 30/11/2026.
leave-past = That end of leave is already past. Give a day from today on.
leave-starts-later = Leave from { $from } has not started: set now, it counts from today (a focal point's reminders would go to the deputy at once). Type it on the first day of leave: /nghiphep đến { $until }.
leave-forbidden = Only an administrator can set someone else's leave; you can set your own: /nghiphep đến 30/11.

## Who holds what (/phanquyen ds, /donvi)

choice-yes = Yes
choice-no = No
role-confirm-grant-admin = Make { $name } an administrator? Administrators bind groups and give and take away everyone's roles across the Department.
role-confirm-revoke-admin = Take away { $name }'s administrator rights?
role-confirm-grant-department-leader = Make { $name } a Department leader? Department leaders see every unit's tasks, reports and feedback.
role-confirm-revoke-department-leader = Take away { $name }'s Department leader role?
role-confirm-last-focal-point = { $name } is the only focal point of { $unit }. Without one, the unit's reminders reach nobody. Remove anyway?
role-confirm-again = Please answer Yes or No.
role-confirm-cancelled = Cancelled; no role was changed.
roster-forbidden = You can see the roles of the units you lead and the units under them only.
roster-forbidden-unit = You can see the roles of the units you lead and the units under them only; { $unit } is not one of them.
roster-whole-department = the whole Department
roster-your-units = the units you are responsible for
roster-header = Roles by unit — { $scope } ({ $count } units):
roster-department-wide = Department-wide — { $people }
roster-group = group “{ $title }” ({ $platform })
roster-no-group = ⚠ no group bound
roster-no-focal-point = ⚠ no focal point
roster-not-reachable = { $name } (has not written to the assistant privately)
roster-more = … { $count } more units: type /phanquyen ds <unit code or name> to see one branch.
roster-gaps = Units without a focal point: { $noFocal }; without a group: { $noGroup }.
cmd-donvi-description = Show a unit: groups, focal point, leader, complaint box, open tasks
cmd-donvi-usage = /donvi [unit code or name], e.g. /donvi TYT Sìn Hồ
unit-card-header = { $unit } ({ $code })
unit-card-forbidden = You have no role in { $unit }, so you cannot see its details (focal point, leaders, chat groups). The Department's leaders and administrators can see every unit.
unit-card-parent = Under: { $parent }
unit-card-groups = Groups: { $groups }
unit-card-nobody = Nobody holds a role in this unit yet.
unit-card-leave = { $name } is on leave until { $until } inclusive; reminders go to the deputy.
unit-card-box = Complaint box: opened every { $days } days, last on { $last }.
unit-card-box-unopened = Complaint box: opened every { $days } days; no opening recorded yet.
unit-card-no-box = Complaint box: no opening schedule set (/homthu lich).
unit-card-tasks = Open tasks: { $count } (see /nhiemvu { $code }).
unit-card-unit-required = You hold no role in any unit. Give a unit code, e.g. /donvi BVDK.
permission-denied-roster = The list of roles ({ $command } ds) is for { $roles }.
