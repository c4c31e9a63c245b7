import type { MessageKey } from '../../i18n';

export const AUDIENCE_KEYS: Record<string, MessageKey> = {
  leaders: 'learning.audience.leaders',
  staff: 'learning.audience.staff',
  students_th: 'learning.audience.students_th',
  students_thcs: 'learning.audience.students_thcs',
  students_thpt: 'learning.audience.students_thpt',
};
export const AUDIENCE_LIST = Object.keys(AUDIENCE_KEYS);

/** Roles a course is usually assigned to (codes of packages/core/src/roles.ts). */
export const ASSIGNABLE_ROLES = [
  'teacher',
  'staff',
  'school_principal',
  'school_data_clerk',
  'commune_officer',
  'student',
];

export const STATUS_KEYS: Record<string, MessageKey> = {
  draft: 'learning.status.draft',
  published: 'learning.status.published',
  archived: 'learning.status.archived',
  active: 'learning.status.active',
  completed: 'learning.status.completed',
  cancelled: 'learning.status.cancelled',
};
