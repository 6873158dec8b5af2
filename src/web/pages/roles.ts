import type { RoleGrant } from '../../core/members/member.js';
import { roleName } from '../../core/members/roles-text.js';
import type { Translate } from '../../core/text/translate.js';
import type { Unit } from '../../core/units/unit.js';

/** "Lãnh đạo Sở; Cán bộ đầu mối (BVĐK tỉnh)": each role with the unit it is held in. */
export function describeRoles(
  t: Translate,
  grants: readonly RoleGrant[],
  units: ReadonlyMap<number, Pick<Unit, 'name' | 'shortName'>>,
): string {
  if (grants.length === 0) return t('web-no-role');
  return grants
    .map((grant) => {
      const unit = grant.unitId === null ? null : units.get(grant.unitId);
      return unit ? `${roleName(t, grant.role)} (${unit.shortName ?? unit.name})` : roleName(t, grant.role);
    })
    .join('; ');
}
