// Template filler or instructions where an answer belongs: the printed prompt of an unused row (`指标2:`, `……`), a
// form's own instruction left in the answer (`请填写…`, `请简要说明…，100字以内`), placeholders (`xxx`, `待定`). One
// test for recognition (a row holding only filler is no indicator), scoring (filler in a figure is no number) and the
// checks (TEMPLATE_TEXT_LEFT), so they cannot disagree about what filler is.

/** The filler, over the text without spaces, in half-width (NFKC) and without a trailing colon. */
const TEMPLATE_TEXT: ReadonlyArray<RegExp> = [
  /^[.。…·]{2,}$/,
  /^…$/,
  /^指标[0-9一二三四五六七八九十]+$/,
  /^(请|需)(填写|输入|填报)/,
  /^请选择/,
  /^请.{0,10}(说明|简述|阐述|描述)/,
  /\d+字(以内|以下)$/,
  /^[xX×]{2,}$/,
  /^待(填|定|补)/,
];

export function isTemplateText(text: string): boolean {
  const s = text.normalize("NFKC").replace(/\s+/g, "").replace(/:+$/, "");
  return s !== "" && TEMPLATE_TEXT.some((p) => p.test(s));
}
