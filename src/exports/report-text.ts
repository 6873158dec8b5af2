import { formatDateVi } from '../core/dates/local-date.js';
import { describeShift, shiftReasonLabel } from '../core/deadlines/describe-deadline.js';
import type { ConsolidatedReport, ConsolidatedRow, ReportPlan } from '../core/reports/consolidated-report.js';
import { periodLabel } from '../core/reports/report-period.js';
import type { BucketTotals, StatusBucket } from '../core/reports/status-bucket.js';
import type { Translate } from '../core/text/translate.js';

// The words both files use for the same facts, so that the spreadsheet and the Word report never disagree.

export function bucketLabel(t: Translate, bucket: StatusBucket): string {
  switch (bucket) {
    case 'done_on_time':
      return t('consolidated-bucket-done-on-time');
    case 'done_late':
      return t('consolidated-bucket-done-late');
    case 'open_on_time':
      return t('consolidated-bucket-open-on-time');
    case 'open_overdue':
      return t('consolidated-bucket-open-overdue');
    case 'no_deadline':
      return t('consolidated-bucket-no-deadline');
  }
}

/**
 * "Đúng hạn", "Trễ 3 ngày", "Quá hạn 10 ngày", "Còn hạn (còn 5 ngày)", "Không có hạn"; when the last day is a
 * day off, followed by both dates ("… · hạn 14/06 (Chủ nhật) → nộp đến hết thứ Hai 15/06"), as the chat says.
 */
export function timelinessLabel(t: Translate, row: Pick<ConsolidatedRow, 'bucket' | 'daysLate' | 'daysLeft' | 'deadline'>): string {
  const label = timelinessWords(t, row);
  const shift = row.deadline ? describeShift(t, row.deadline) : null;
  return shift ? t('consolidated-timeliness-with-shift', { label, shift }) : label;
}

function timelinessWords(t: Translate, row: Pick<ConsolidatedRow, 'bucket' | 'daysLate' | 'daysLeft'>): string {
  switch (row.bucket) {
    case 'done_on_time':
      return t('consolidated-timeliness-on-time');
    case 'done_late':
      return t('consolidated-timeliness-late', { days: row.daysLate ?? 0 });
    case 'open_overdue':
      return t('consolidated-timeliness-overdue', { days: row.daysLate ?? 0 });
    case 'open_on_time':
      return row.daysLeft === null
        ? t('consolidated-timeliness-pending')
        : t('consolidated-timeliness-pending-days', { days: row.daysLeft });
    case 'no_deadline':
      return t('consolidated-timeliness-none');
  }
}

/** "14/06/2026", or both dates when the last day is a day off: "14/06/2026 (Chủ nhật) → 15/06/2026". */
export function dueLabel(t: Translate, row: Pick<ConsolidatedRow, 'dueDate' | 'deadline'>): string {
  if (!row.dueDate) return t('consolidated-due-none');
  const why = row.deadline ? shiftReasonLabel(t, row.deadline) : null;
  if (!row.deadline || why === null) return formatDateVi(row.dueDate);
  return t('consolidated-due-shifted', { stated: formatDateVi(row.deadline.stated), why, effective: formatDateVi(row.deadline.effective) });
}

/** "14,3%" in Vietnamese, "14.3%" in English; the locale writes the decimal mark. */
export const rateLabel = (t: Translate, totals: Pick<BucketTotals, 'onTimeRate'>) =>
  totals.onTimeRate === null ? t('consolidated-rate-none') : t('consolidated-rate', { percent: Math.round(totals.onTimeRate * 1000) / 10 });

/** "Kế hoạch số 20/KH-SYT ngày 07/02/2020 về …", or "Kế hoạch …" for a plan issued without a number. */
export function planReference(t: Translate, plan: ReportPlan): string {
  if (!plan.symbol) return t('consolidated-plan-unnumbered', { title: plan.title });
  if (!plan.issuedOn) return t('consolidated-plan-numbered', { symbol: plan.symbol, title: plan.title });
  return t('consolidated-plan-numbered-dated', { symbol: plan.symbol, issued: formatDateVi(plan.issuedOn), title: plan.title });
}

export const reportPeriodLabel = (t: Translate, report: ConsolidatedReport) => periodLabel(t, report.period);

export function summaryLine(t: Translate, totals: BucketTotals): string {
  return t('consolidated-summary', {
    total: totals.total,
    doneOnTime: totals.doneOnTime,
    doneLate: totals.doneLate,
    openOnTime: totals.openOnTime,
    openOverdue: totals.openOverdue,
    noDeadline: totals.noDeadline,
    rate: rateLabel(t, totals),
  });
}

type Evidence = ConsolidatedRow['evidence'];

/** "2 ảnh, 1 tệp"; "" without evidence. Short, for a narrow column of the Word report. */
export function evidenceKinds(t: Translate, files: Evidence): string {
  const photos = files.filter((file) => file.kind === 'photo').length;
  const documents = files.length - photos;
  return [
    photos > 0 ? t('consolidated-evidence-photos', { count: photos }) : null,
    documents > 0 ? t('consolidated-evidence-documents', { count: documents }) : null,
  ]
    .filter((part): part is string => part !== null)
    .join(', ');
}

/**
 * What the spreadsheet says of a row's evidence, so that an officer can find it: how many files, each by its
 * name (a photo has none: "ảnh"), and the command that passes them on in a chat; null without evidence.
 */
export function evidenceDescription(t: Translate, row: Pick<ConsolidatedRow, 'evidence' | 'taskCode'>, unitCode: string): string | null {
  if (row.evidence.length === 0) return null;
  const names = row.evidence.map((file) =>
    file.kind === 'photo' ? t('consolidated-evidence-photo') : file.name?.trim() || t('consolidated-evidence-document'),
  );
  return `${t('consolidated-evidence-list', { count: row.evidence.length, names: names.join(', ') })}\n${t('consolidated-evidence-how', { code: row.taskCode, unit: unitCode })}`;
}

/**
 * One line per file: a kept file by its number among the kept files and its size ("MC-17: đã lưu, 240 KB", the
 * name under which `cli xuatbaocao` writes it), any other by the platform it was sent on and what became of it
 * ("Telegram: không tải được"); never a platform's file id, which means nothing to a reader. Null without evidence.
 */
export function evidenceIds(t: Translate, files: Evidence): string | null {
  if (files.length === 0) return null;
  return files
    .map((file) => {
      if (file.kept?.status === 'stored')
        return t('consolidated-evidence-kept', { id: file.kept.id, kb: Math.max(1, Math.round((file.kept.sizeBytes ?? 0) / 1024)) });
      const status = file.kept ? file.kept.status.replace('_', '-') : 'pending';
      return `${t('consolidated-evidence-platform', { platform: file.platform })}: ${t(`evidence-status-${status}`)}`;
    })
    .join('\n');
}
