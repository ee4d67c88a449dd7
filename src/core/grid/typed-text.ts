// What a spreadsheet makes of text put into a cell as if typed: Excel and WPS 表格 both parse it, so text that looks
// like a number, a date, a boolean or a formula stops being text unless it starts with an apostrophe (which the
// spreadsheet then keeps as the cell's prefix, not as part of the text). Both hosts that write through a spreadsheet's
// own API ask this one rule.

const PARSED_AS_NON_TEXT = [
  /^[=+@']/,
  /^\s*[-+(]?\s*[$¥€£]?\s*(\d[\d,]*(\.\d*)?|\.\d+)(e[-+]?\d+)?\s*%?\s*\)?\s*$/i,
  /^\s*\d{1,4}\s*[-/.年]\s*\d{1,2}(\s*[-/.月]\s*\d{1,4}\s*日?)?\s*$/,
  /^\s*\d{1,2}:\d{2}(:\d{2})?(\s*[ap]m)?\s*$/i,
  /^\s*(true|false)\s*$/i,
  /^\s*-/,
];

export function needsQuotePrefix(text: string): boolean {
  return PARSED_AS_NON_TEXT.some((re) => re.test(text));
}

/** The text as typed so that it stays this text: with the apostrophe where the spreadsheet would parse it. */
export function typedText(text: string): string {
  return needsQuotePrefix(text) ? `'${text}` : text;
}
