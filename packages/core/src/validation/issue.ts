import { getRule, type RuleCode } from './catalogue';
import type { IssueParam, IssueParams, LocalisedText, Severity } from './types';

/** One problem found in one field of one record. */
export interface Issue {
  readonly ruleCode: RuleCode;
  readonly severity: Severity;
  /** Key of the field the issue is shown on. */
  readonly field: string;
  /** Rendered from the catalogue template with params. */
  readonly message: LocalisedText;
  readonly params?: IssueParams;
}

/** An issue found by a cross-record rule, on row `row` (0-based index into the records given). */
export interface RowIssue extends Issue {
  readonly row: number;
}

function paramText(param: IssueParam, lang: keyof LocalisedText): string {
  return typeof param === 'object' ? param[lang] : String(param);
}

/** Fill {name} placeholders; an unknown placeholder is left visible so a test can catch it. */
export function renderMessage(template: LocalisedText, params: IssueParams = {}): LocalisedText {
  const fill = (text: string, lang: keyof LocalisedText) =>
    text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const param = params[name];
      return param === undefined ? whole : paramText(param, lang);
    });
  return { vi: fill(template.vi, 'vi'), en: fill(template.en, 'en') };
}

export function makeIssue(ruleCode: RuleCode, field: string, params?: IssueParams): Issue {
  const rule = getRule(ruleCode);
  const message = renderMessage(rule.message, params);
  return params === undefined
    ? { ruleCode, severity: rule.severity, field, message }
    : { ruleCode, severity: rule.severity, field, message, params };
}

export function hasBlocking(issues: readonly Issue[]): boolean {
  return issues.some((issue) => issue.severity === 'blocking');
}
