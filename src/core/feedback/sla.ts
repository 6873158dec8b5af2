import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { LocalDate } from '../dates/local-date.js';
import type { Category, Channel, Severity } from './feedback.js';

/**
 * How many working days a case may take, by channel and severity; null means no deadline (praise). 0 means
 * the same day. The defaults follow the practice of Chỉ thị 09/CT-BYT for hotlines and Thông tư 25/2015/TT-BYT
 * for complaint boxes, and can be changed per deployment (FEEDBACK_SLA).
 */
export interface SlaPolicy {
  urgent: Partial<Record<Channel, number>> & { default: number };
  normal: Record<Channel, number>;
}

export const DEFAULT_SLA: SlaPolicy = {
  urgent: { default: 1, hotline: 0, direct: 0 },
  normal: { hotline: 3, direct: 5, email: 5, portal: 5, box: 10 },
};

export function slaWorkingDays(policy: SlaPolicy, channel: Channel, severity: Severity, category: Category): number | null {
  if (category === 'praise') return null;
  if (severity === 'urgent') return policy.urgent[channel] ?? policy.urgent.default;
  return policy.normal[channel];
}

/** The day a case must be settled by: counted in working days from the day it was received. */
export function slaDueDate(received: LocalDate, days: number | null, calendar: WorkingCalendar): LocalDate | null {
  if (days === null) return null;
  return days === 0 ? received : calendar.addWorkingDays(received, days);
}

/** "hotline.urgent=0,hotline=3,box=10": overrides on top of the defaults; an unknown key fails loudly. */
export function parseSlaOverrides(text: string): SlaPolicy {
  const policy: SlaPolicy = { urgent: { ...DEFAULT_SLA.urgent }, normal: { ...DEFAULT_SLA.normal } };
  for (const part of text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const match = /^(box|hotline|direct|email|portal|default)(?:\.(urgent|normal))?=(\d{1,2})$/.exec(part);
    if (!match) throw new RangeError(`bad SLA setting: ${part}`);
    const [, channel, severity = 'normal', days] = match;
    if (severity === 'urgent') (policy.urgent as Record<string, number>)[channel!] = Number(days);
    else if (channel === 'default') throw new RangeError(`bad SLA setting: ${part}`);
    else policy.normal[channel as Channel] = Number(days);
  }
  return policy;
}
