// The checks' findings are core/finding.ts's: re-exported here for code that names them through the checks.
export type { Finding, FindingCode, Severity } from "../finding";
export { finding, SEVERITIES, SEVERITY_ORDER } from "../finding";
