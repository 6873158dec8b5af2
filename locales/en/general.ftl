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
cmd-nhiemvu-usage = /nhiemvu or /nhiemvu <unit code>, for example: /nhiemvu BVDK; one task across units: /nhiemvu NV5
cmd-dangky-description = Bind this group chat to a unit (administrators)
cmd-dangky-usage = /dangky <unit code>, for example: /dangky BVDK; in the Department leaders' group: /dangky lanhdao
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
command-unknown-meant = There is no command { $command }. Did you mean { $meant }?
command-meant-choice = Use { $meant }
command-group-only = The command { $command } works only in a unit's group chat.
command-private-only = The command { $command } works only in a private chat with the assistant.
text-not-understood = I only understand commands that start with “/”. Type /help to see the commands you can use.
input-too-long = That message is too long. Please send fewer than { $max } characters, in several messages if needed.
error-internal = Sorry, something went wrong while handling that. Please try again in a few minutes; if it keeps failing, tell an administrator.
flow-expired = The previous step waited too long and was stopped. Type { $command } again to start over.
choice-more = Show more ({ $count } more)
choice-range = {" "}(showing { $from }–{ $to })
choices-hint = Reply { $numbers }, or type /huy to stop.

## Permissions

permission-denied-admin =
    Only administrators can use { $command }. { $count ->
        [0] Please contact the Department's personnel office for help.
       *[other] Current administrators: { $admins }.
    }
permission-denied-unit-member = { $command } is for the staff of { $unit }. You have no role in this unit; ask an administrator to use /phanquyen if you need one.
permission-no-role = You have no role yet, so you cannot use { $command }{ $who }. Ask an administrator to give you one with /phanquyen.
permission-for-roles = {" "}— it is for { $roles }
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
cancel-done-question = Dropped the question I asked; tell me what you need.
cancel-nothing = Nothing is waiting to be cancelled.

## /ngonngu

cmd-ngonngu-description = Choose the language the assistant answers you in (Vietnamese or English)
cmd-ngonngu-usage = /ngonngu vi (tiếng Việt) or /ngonngu en (English)
language-current = The assistant answers you in English. To switch to Vietnamese: /ngonngu vi
language-set = From now on the assistant answers you in English.

## When the assistant is added to a group

joined-greeting = Hello everyone! I am { -bot-name }: I remind you of reporting deadlines, take the focal point's progress reports and keep the log of citizens' feedback. Type /help to see the commands.
joined-unbound = An administrator should type /dangky <unit code> to bind this group to a unit.
joined-bound = This group belongs to { $unit }.
anonymous-sender = This message was sent anonymously (as the group or a channel), so the assistant cannot tell who is using the command. Turn off anonymous admin mode and type the command again.

## Reliability (authorization, fuzzing)

# the unit a refusal names when the chat is bound to none: "/theodoi is for … of the unit."
permission-unit-unnamed = the unit

## Reliability (flood, security)

# a person sent commands far faster than anyone types; the bot ignores them for a few seconds
flood-notice = Sorry { $name }, you are sending too many messages in a short time. The assistant will ignore your messages for a few seconds; please slow down and send one command at a time.
config-expect-flood-limit = needs a whole number from 0 to 10000 (how many messages one person may send in a row; 0 means no limit)
config-expect-lease-seconds = needs a whole number of seconds from 15 to 3600
config-expect-report-text = needs a line of text, at most 300 characters (several lines separated by |)
config-expect-report-agency-code = needs the issuer's abbreviation in capitals, e.g. SYT (as in "No. …/BC-SYT")
cmd-tieptuc-description = Continue what another command interrupted
cmd-tieptuc-usage = /tieptuc
flow-paused = ({ $command } was set aside; type /tieptuc to continue it.)
resume-nothing = Nothing was set aside to continue.
resume-done = Continuing { $command }: answer the assistant's last question.
resume-done-asking = Back to { $command }. My last question:
