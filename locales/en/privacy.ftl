# A group message holding a complainant's contact or a person's identifiers (issue 17)
leak-reposted = { $name } sent (contact details and ID numbers were saved privately by the assistant and hidden from the group):
    «{ $text }»
leak-recall = { $name }, please recall ("thu hồi") your last message: it holds a phone number or an ID number; the assistant has saved it privately.
leak-recall-not-kept = { $name }, please recall your last message: it holds a phone number or an ID the whole group can read. Send a complainant's details to the assistant in private.
leak-reposted-not-kept = { $name } sent (phone numbers and ID numbers hidden from the group; send a complainant's details to the assistant in private):
    «{ $text }»
leak-recall-case = { $name }, please recall ("thu hồi") your last message: this case is handled privately; the assistant saved it and sent it in private to those responsible.
leak-reposted-case = { $name } sent a case to be handled privately; the assistant saved it and removed its content from the group.
leak-recall-contact = { $name }, please recall ("thu hồi") your last message: it holds a complainant's contact; the assistant has saved it privately.
leak-reposted-contact = { $name } sent a complainant's contact; the assistant saved it privately and removed it from the group.
leak-delete-right = To hide phone numbers and ID numbers members send to this group by mistake, the assistant needs the right to delete messages. Group administrators: open the group's info → Administrators → the assistant → turn on "Delete messages".
