// 偏差原因: owed where a target was missed (REASON_MISSING), asked for where the actual overshoots by the profile's
// ratio (OVERSHOOT), and never submitted while a draft still holds a placeholder (REASON_PLACEHOLDER).
import Decimal from "decimal.js";
import { isBlankIndicator } from "../layout/blank";
import { hasPlaceholder } from "../reasons/placeholders";
import { countedScore, reasonKind } from "../reasons/kind";
import { indicatorWhere as indicatorLabel } from "../scoring/problems";
import { EvalTableScore, IndicatorScore } from "../scoring/types";
import { isBlank } from "../values/entry";
import { percent, plain, points, shownText } from "../values/show";
import { CheckContext } from "./context";
import { Finding } from "../finding";

export function deviationFindings(t: EvalTableScore, ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const s of t.indicators) {
    const ind = s.indicator;
    const reason = ind.reason;
    if (reason && typeof reason.value === "string" && hasPlaceholder(reason.value)) {
      out.push(
        ctx.at(
          "REASON_PLACEHOLDER",
          reason.ref,
          `${indicatorLabel(ind)}偏差原因仍含待补充的占位文字（【请补充…】），请补充完整后再提交`,
        ),
      );
      continue;
    }
    // A form without a 偏差原因 column asks for none (填写偏差原因 still drafts one to copy).
    if (!reason || isBlankIndicator(ind) || !isBlank(reason)) continue;
    const kind = reasonKind(s);
    if (kind === "missed") out.push(ctx.at("REASON_MISSING", reason.ref, missedMessage(s)));
    else if (kind === "overshoot") out.push(ctx.at("OVERSHOOT", reason.ref, overshootMessage(s, ctx)));
  }
  return out;
}

function missedMessage(s: IndicatorScore): string {
  const ind = s.indicator;
  const score = countedScore(s);
  const lost = score !== null && s.weight !== null ? `，得分${points(score)}分（分值${plain(s.weight)}分）` : "";
  const target = shownText(ind.target);
  const actual = shownText(ind.actual);
  const facts = s.judgment
    ? `实际完成值「${actual}」未完全达到年度指标值「${target}」`
    : s.direction === "reverse"
      ? `年度指标值${target}，实际为${actual}，超过了指标值`
      : s.direction === "equal"
        ? `年度指标值${target}，实际为${actual}，与指标值不一致`
        : `年度指标值${target}，实际完成${actual}，未完成年度指标值`;
  return `${indicatorLabel(ind)}${facts}${lost}，偏差原因未填写：请填写偏差原因分析及改进措施`;
}

function overshootMessage(s: IndicatorScore, ctx: CheckContext): string {
  const ind = s.indicator;
  const threshold = plain(new Decimal(ctx.profile.overshootRatio ?? 0).times(100));
  const excess =
    s.target && s.actual && s.target.value.gt(0) ? `，超出${percent(s.actual.value.div(s.target.value).minus(1))}` : "";
  return `${indicatorLabel(ind)}实际完成${shownText(ind.actual)}，年度指标值${shownText(ind.target)}${excess}；超出${threshold}%及以上需说明原因：请在偏差原因栏说明超额完成的原因，或核实年度指标值是否偏低`;
}
