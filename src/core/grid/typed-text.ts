// What a spreadsheet makes of text put into a cell as if typed: Excel and WPS 表格 both parse it, so text that looks
// like a number, a date, a boolean or a formula stops being text unless it starts with an apostrophe (which the
// spreadsheet then keeps as the cell's prefix, not as part of the text). Both hosts that write through a spreadsheet's
// own API ask this one rule.

/**
 * What Excel turns into a number, date, time, boolean, error or formula when it is typed (or set through
 * Range.values) in a zh-CN Excel (WPS 表格 parses the same). Matched after NFKC, because Excel in Chinese and Japanese takes full-width digits
 * and signs (１２３, －５, ＝) as their ASCII forms. Quoting text Excel would have kept as text does no harm: it
 * stays the same text.
 */
const PARSED_AS_NON_TEXT = [
  // A formula, or what Excel reads as one ("+1", "@A1"), or an apostrophe that would itself be swallowed.
  /^[=+@']/,
  // Numbers: 1,234.5  ¥300  (5)  1e3  93.00%
  /^\s*[-+(]?\s*[$¥€£]?\s*(\d[\d,]*(\.\d*)?|\.\d+)(e[-+]?\d+)?\s*%?\s*\)?\s*$/i,
  // Fractions, with or without a whole part: 1 1/2  0 3/4 (a bare 1/2 is a date, below).
  /^\s*[-+]?\d+\s+\d+\s*\/\s*\d+\s*$/,
  // Dates: 2023-3-5  2023/3/5  2023.3.5  2023年3月5日  2023年3月  3-5  1/2
  /^\s*\d{1,4}\s*[-/.年]\s*\d{1,2}(\s*[-/.月]\s*(\d{1,4}\s*日?)?)?\s*$/,
  // Month and day, as Chinese writes them: 3月5日  3月5
  /^\s*\d{1,2}\s*月\s*\d{1,2}\s*日?\s*$/,
  // Times: 9:30  09:30:15  9:30 pm  下午3:30  15时30分
  /^\s*(上午|下午)?\s*\d{1,2}:\d{2}(:\d{2})?(\s*[ap]m)?\s*$/i,
  /^\s*\d{1,2}\s*时\s*\d{1,2}\s*分(\s*\d{1,2}\s*秒)?\s*$/,
  // Booleans, in any case.
  /^\s*(true|false)\s*$/i,
  // Error values, which Excel stores as errors, not text.
  /^\s*#(N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA)\s*$/i,
  // A leading minus makes Excel try a formula ("-A1") or a negative number.
  /^\s*-/,
];

export function needsQuotePrefix(text: string): boolean {
  const typed = text.normalize("NFKC");
  return PARSED_AS_NON_TEXT.some((re) => re.test(typed));
}

/** The text as typed so that it stays this text: with the apostrophe where the spreadsheet would parse it. */
export function typedText(text: string): string {
  return needsQuotePrefix(text) ? `'${text}` : text;
}
