import type { Translate } from '../text/translate.js';
import type { Role } from './roles.js';

/** "đầu mối", "lãnh đạo Sở"… in the reader's language. */
export const roleName = (t: Translate, role: Role) => t(`role-${role.replace(/_/g, '-')}`);
