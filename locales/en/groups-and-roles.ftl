## /dangky

register-ask-code = Which unit does this group belong to? Reply with the unit code, for example: BVDK (the Department leaders' group: reply lanhdao).
register-more-units = … and { $count } more units.
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
leave-set = { $name } is on leave until the end of { $until }. Meanwhile reminders go to the deputy.
leave-ended = { $name }'s leave has ended; reminders go to them again.
leave-bad-date = I do not understand the date “{ $text }”. Write day/month or day/month/year, for example 30/11 or 30/11/2026.
leave-past = That end of leave is already past. Give a day from today on.
leave-forbidden = Only an administrator can set someone else's leave; you can set your own: /nghiphep đến 30/11.
