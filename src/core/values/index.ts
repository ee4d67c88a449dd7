export * from "./types";
export * from "./read-cell";
export * from "./normalize";
export * from "./number-format";
export * from "./comparators";
