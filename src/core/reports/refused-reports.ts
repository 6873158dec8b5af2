/**
 * The last /baocao each person sent that was refused, so nothing was stored (a wrong percentage, an unknown
 * task): "/baocao rut" right after it must say that the message was not stored, not offer to take back an
 * older report the person did not mean. Kept in memory by the running bot, and forgotten as soon as the person
 * stores a report: after a restart "/baocao rut" still shows which report it would take back and asks first.
 */
export interface RefusedReports {
  /** notes that `memberId`'s report was refused, with the key of the answer they got */
  note(memberId: number, refusal: { at: Date; key: string }): void;
  /** the person stored a report (or took one back): their last message was not refused */
  clear(memberId: number): void;
  /** the refusal of the person's last /baocao, or null when it was not refused */
  last(memberId: number): { at: Date; key: string } | null;
}

const MAX_PEOPLE = 10_000;

export function createRefusedReports(): RefusedReports {
  const refused = new Map<number, { at: Date; key: string }>();
  return {
    note(memberId, refusal) {
      refused.delete(memberId);
      refused.set(memberId, refusal);
      // the oldest go first: a map of every person who ever mistyped would only grow
      if (refused.size > MAX_PEOPLE) refused.delete(refused.keys().next().value!);
    },
    clear(memberId) {
      refused.delete(memberId);
    },
    last(memberId) {
      return refused.get(memberId) ?? null;
    },
  };
}
