// The checks' findings are core/finding.ts's: re-exported here for code that names them through the checks.
import type { Finding, Severity } from "../finding";

export type { Finding, FindingCode, Severity } from "../finding";
export { finding } from "../finding";

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function bySeverity(a: Finding, b: Finding): number {
  return ORDER[a.severity] - ORDER[b.severity];
}
