import type { Actor } from '../members/member.js';
import { isAllowed, permissions } from '../members/policy.js';
import type { Store } from '../store.js';
import { type ExplanationState, explanationStates, mayRequestExplanation } from './explanation-request.js';
import { mayNudge, nudgeChatOf } from './nudge-unit.js';
import type { Unit } from '../units/unit.js';
import type { EvidenceFile, OccurrenceDetail, ReportRecord } from './plan.js';

export interface OccurrencePage {
  occurrence: OccurrenceDetail;
  unit: Unit;
  latestReport: ReportRecord | null;
  evidence: EvidenceFile[];
  /** "Nhắc đơn vị": whether the viewer may remind the unit, and whether it has a group to be reminded in */
  nudge: { allowed: boolean; hasGroup: boolean };
  /** "Yêu cầu giải trình": whether the viewer may ask for one, and the latest request with its answer */
  explanation: { allowed: boolean; state: ExplanationState | null };
}

/**
 * One occurrence of a task for a unit (a cell of the plan's grid): its latest report and the evidence sent.
 * Anyone with a role in the unit or above it may read it, as /nhiemvu shows a unit's tasks.
 */
export async function occurrencePage(
  store: Store,
  input: { occurrenceId: number; viewer: Pick<Actor, 'grants'>; timezone: string },
): Promise<{ ok: true; value: OccurrencePage } | { ok: false; reason: 'unknown' | 'denied' }> {
  const occurrence = await store.plans.findOccurrence(input.occurrenceId);
  if (!occurrence) return { ok: false, reason: 'unknown' };
  const [unit, scope] = await Promise.all([store.units.findById(occurrence.unitId), store.units.ancestorIds(occurrence.unitId)]);
  if (!unit) return { ok: false, reason: 'unknown' };
  if (!isAllowed(input.viewer, permissions.unitMember, scope)) return { ok: false, reason: 'denied' };
  const allowed = mayNudge(input.viewer, scope);
  const [latestReport, evidence, chat, explanations] = await Promise.all([
    store.reports.latestOn(occurrence.occurrenceId),
    store.reports.evidenceFor(occurrence.occurrenceId),
    allowed ? nudgeChatOf(store, unit.id) : null,
    explanationStates(store, [occurrence.occurrenceId], input.timezone),
  ]);
  return {
    ok: true,
    value: {
      occurrence,
      unit,
      latestReport,
      evidence,
      nudge: { allowed, hasGroup: chat !== null },
      explanation: { allowed: mayRequestExplanation(input.viewer, scope), state: explanations.get(occurrence.occurrenceId) ?? null },
    },
  };
}
