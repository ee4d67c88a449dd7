export { checkWorkbook, analyze, resolveProfile, AppError } from "./analyze";
export type { Analysis } from "./analyze";
