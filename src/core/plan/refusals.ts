// The sentences a host refuses a whole plan with, worded alike in every host: a person who met one in Excel knows it
// in WPS and from the CLI.

/** Sheet names as a sentence quotes them: 「项目1」「项目2」. */
export function quotedSheets(sheets: readonly string[]): string {
  return sheets.map((s) => `「${s}」`).join("");
}

/**
 * A sheet the plan writes to is protected: nothing is written. `app` names the program whose 审阅 tab lifts the
 * protection, where the person is not already in it (the CLI).
 */
export function protectedSheetsMessage(sheets: readonly string[], app?: string): string {
  return (
    `工作表${quotedSheets(sheets)}受保护，未写入任何内容。` +
    `请在${app ? ` ${app} 的` : ""}「审阅」选项卡中撤销工作表保护后重试。`
  );
}

/** A sheet the plan writes to is gone since the read: nothing is written. */
export function missingSheetsMessage(sheets: readonly string[]): string {
  return `找不到工作表${quotedSheets(sheets)}，它可能已被删除或改名。未写入任何内容，请重新识别后再试。`;
}
