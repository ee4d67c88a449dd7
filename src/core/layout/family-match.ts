// Which layout family a 自评表 is (families.ts): the words and marks that tell the families apart are gathered once
// from the table's header, money block and title, and each family's sets of words are tried against them.
import { EvalPlan } from "./eval-plan";
import { FAMILIES, LayoutFamily } from "./families";
import { SheetView } from "./view";

/** The family of the table `plan` puts together. */
export function familyOf(view: SheetView, plan: EvalPlan): LayoutFamily {
  return chooseFamily(familyEvidence(view, plan));
}

/** What a table shows that tells the families apart, gathered once per table. */
interface FamilyEvidence {
  /** Header keys of the indicator header (its columns and their merged parents). */
  ind: ReadonlySet<string>;
  /** `parent>child` header keys. */
  parent: ReadonlySet<string>;
  /** Money-block header keys, and its texts as written (brackets kept: `(20分)`). */
  bud: ReadonlySet<string>;
  budTexts: readonly string[];
  title: string;
  /** Structural marks: flat, levelWeights, scoreAbove, department. */
  marks: ReadonlySet<string>;
}

/** What tells the families apart, found in the table's header, money block and title. */
function familyEvidence(view: SheetView, plan: EvalPlan): FamilyEvidence {
  const H = plan.header;
  const ind = new Set<string>();
  const parent = new Set<string>();
  for (const c of H.columns) {
    ind.add(c.key);
    if (c.parent) {
      ind.add(c.parent.key);
      parent.add(`${c.parent.key}>${c.key}`);
    }
  }
  // A header read in one row may still stand under merged parents (年度指标值 over 指标性质 | 指标值 | 度量单位): the
  // row above names them.
  if (H.bottom > plan.lo)
    for (const c of H.columns) {
      const m = view.merge(H.bottom - 1, c.col);
      const v = m && m.bottom === H.bottom - 1 ? view.value(m.top, m.left) : undefined;
      if (m && m.right > m.left && typeof v === "string") parent.add(`${view.keys.header(v)}>${c.key}`);
    }
  const marks = new Set<string>();
  if (!H.cols.has("level1") && !H.cols.has("level2")) marks.add("flat");
  if (H.cols.has("level1Weight") || H.cols.has("level2Weight")) marks.add("levelWeights");
  if (plan.scoreAbove) marks.add("scoreAbove");
  if (plan.kind === "department") marks.add("department");
  const title = plan.title ? view.keys.raw(String(view.value(plan.title.row, plan.title.col) ?? "")) : "";
  const bud = new Set<string>();
  const budTexts: string[] = [];
  const B = plan.budget;
  if (B) {
    for (const c of B.columns) bud.add(c.key);
    for (let r = Math.max(plan.lo, B.top - 1); r <= B.bottom; r++)
      for (let c = plan.left; c <= Math.max(plan.right, B.right); c++) {
        const v = view.startsHere(r, c) ? view.value(r, c) : undefined;
        if (typeof v === "string" && v.length <= 40) budTexts.push(view.keys.raw(v));
        c = view.right(r, c);
      }
  }
  return { ind, parent, bud, budTexts, title, marks };
}

type Matcher = (e: FamilyEvidence) => boolean;

/** A word of `match` as a test of the evidence. */
function matcher(word: string): Matcher {
  const at = word.indexOf(":");
  if (at < 0) return (e) => e.marks.has(word);
  const ns = word.slice(0, at);
  const value = word.slice(at + 1);
  switch (ns) {
    case "ind":
      return (e) => e.ind.has(value);
    case "parent":
      return (e) => e.parent.has(value);
    case "title":
      return (e) => e.title.includes(value);
    case "bud":
      return (e) => e.bud.has(value) || e.budTexts.some((t) => t.includes(value));
    default:
      throw new Error(`unknown family word ${word}`);
  }
}

const MATCHERS = FAMILIES.map((family) => ({
  family,
  sets: family.match.map((set) => ({ size: set.length, tests: set.map(matcher) })),
}));

/**
 * The family whose evidence the table best satisfies: the longest set of words all found, then the earlier family.
 * `department` is a mark every 部门整体 table has, so the central family splits by kind.
 */
function chooseFamily(evidence: FamilyEvidence): LayoutFamily {
  let best: LayoutFamily = FAMILIES[FAMILIES.length - 1];
  let bestSize = -1;
  for (const { family, sets } of MATCHERS)
    for (const set of sets) {
      if (set.size <= bestSize || !set.tests.every((test) => test(evidence))) continue;
      best = family;
      bestSize = set.size;
    }
  return best;
}
