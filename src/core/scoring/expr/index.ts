// The expression tree rules are written in (tree.ts), its evaluation (evaluate.ts), its formula (print.ts) and
// both at once for a cell (compile.ts).
export * from "./tree";
export { evaluate, numberOf } from "./evaluate";
export type { Trace } from "./evaluate";
export { print, canonicalFormula } from "./print";
export { compile, cell, filledCell, outcomeOfCompiled } from "./compile";
export type { Compiled } from "./compile";
