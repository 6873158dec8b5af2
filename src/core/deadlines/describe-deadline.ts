import { dayOffLabel } from '../calendar/day-off-name.js';
import { formatDateVi, isoWeekday, type LocalDate } from '../dates/local-date.js';
import type { Translate } from '../text/translate.js';
import type { EffectiveDeadline } from './deadline.js';

/** "14/06" */
const dayMonth = (date: LocalDate) => formatDateVi(date).slice(0, 5);

/** Why a deadline moved, in the reader's language: "Chủ nhật", "Quốc khánh", an announced day's own name. */
export function shiftReasonLabel(t: Translate, deadline: EffectiveDeadline): string | null {
  if (!deadline.reason) return null;
  return deadline.reason.kind === 'day_off' ? dayOffLabel(t, deadline.reason.name) : t(`weekday-${isoWeekday(deadline.stated)}`);
}

/**
 * "hạn 14/06 (Chủ nhật) → nộp đến hết thứ Hai 15/06": the stated last day and, when it is a day off, the
 * working day it really ends on (Bộ luật Dân sự 2015, Đ.148 k.5); null when the two are the same day. The
 * chat's lines, the digests and the consolidated files all word it with this.
 */
export function describeShift(t: Translate, deadline: EffectiveDeadline): string | null {
  const why = shiftReasonLabel(t, deadline);
  if (why === null) return null;
  const effective = t('due-shift-day', { weekday: t(`weekday-${isoWeekday(deadline.effective)}`), date: dayMonth(deadline.effective) });
  return t('due-shift', { stated: dayMonth(deadline.stated), why, effective });
}
