import type { BadgeTone } from '../../components/Badge';
import type { MessageKey } from '../../i18n';
import type { Duty, IssueState, ResponsibilityGroup, Severity } from './api';

export const stateKey = (state: IssueState) => `quality.state.${state}` as MessageKey;
export const actionKey = (state: IssueState) => `quality.action.${state}` as MessageKey;
export const severityKey = (severity: Severity) => `quality.severity.${severity}` as MessageKey;
export const groupKey = (group: ResponsibilityGroup) => `quality.group.${group}` as MessageKey;
export const dutyKey = (duty: Duty) => `quality.duty.${duty}` as MessageKey;
export const entityKey = (entity: string) => `quality.entity.${entity}` as MessageKey;

export const severityTone = (severity: Severity): BadgeTone =>
  severity === 'blocking' ? 'danger' : 'warning';

export function stateTone(state: IssueState): BadgeTone {
  switch (state) {
    case 'resolved':
      return 'success';
    case 'accepted_exception':
      return 'neutral';
    case 'in_progress':
      return 'info';
    default:
      return 'warning';
  }
}

/** A score's tone: green from 95, amber from 80, red below. */
export const scoreTone = (score: number): BadgeTone =>
  score >= 95 ? 'success' : score >= 80 ? 'warning' : 'danger';
