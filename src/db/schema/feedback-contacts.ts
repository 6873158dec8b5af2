import { integer, pgTable, text } from 'drizzle-orm/pg-core';
import { createdAt } from './columns.js';
import { feedbackTickets } from './feedback-tickets.js';

// The complainant's contact lives apart from the ticket so that nothing that renders a ticket for a group can leak it.
export const feedbackContacts = pgTable('feedback_contacts', {
  ticketId: integer('ticket_id')
    .primaryKey()
    .references(() => feedbackTickets.id, { onDelete: 'cascade' }),
  name: text('name'),
  phone: text('phone'),
  email: text('email'),
  idNumber: text('id_number'),
  note: text('note'),
  createdAt: createdAt(),
});
