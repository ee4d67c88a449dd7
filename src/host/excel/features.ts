// What this Excel can do, decided once from its requirement sets and from the office.js the page loaded. Every
// feature the host leaves out is named in a sentence for the pane, so a person on Office 2019 knows why the data
// validation is missing. A requirement set says what the Excel host can do; the library must have the class too:
// the npm office.js we serve offline (1.1.110) predates ExcelApi 1.18, so in Microsoft 365 the host says 1.18 while
// `workbook.notes` is undefined.
import { HostCapabilities } from "../../app/host";
import { HasClass, IsSetSupported } from "./api";

export interface ExcelFeatures {
  /** ExcelApi 1.2: worksheet protection can be checked before writing. */
  protection: boolean;
  /** ExcelApi 1.2: `getUsedRange(valuesOnly)`, so cells that only carry a format do not swell the read. */
  valuesOnlyUsedRange: boolean;
  /** ExcelApi 1.4: `getUsedRangeOrNullObject`, `NamedItem.getRangeOrNullObject`. */
  orNullObject: boolean;
  /** ExcelApi 1.4: workbook settings, adding and deleting names. */
  settingsAndNames: boolean;
  /** ExcelApi 1.8: data validation. */
  dataValidation: boolean;
  /** ExcelApi 1.13: `Range.getMergedAreasOrNullObject`. */
  mergedAreas: boolean;
  /** ExcelApi 1.18: notes. */
  notes: boolean;
  /** Features the Excel host supports but the office.js in use does not define: left out, with their own message. */
  missingFromOfficeJs: FeatureName[];
}

export type FeatureName = Exclude<keyof ExcelFeatures, "missingFromOfficeJs">;

/** The ExcelApi version each feature needs, as the string `isSetSupported` takes. */
export const REQUIRED_VERSION: Record<FeatureName, string> = {
  protection: "1.2",
  valuesOnlyUsedRange: "1.2",
  orNullObject: "1.4",
  settingsAndNames: "1.4",
  dataValidation: "1.8",
  mergedAreas: "1.13",
  notes: "1.18",
};

/** The classes a feature uses that an older office.js may lack (those of ExcelApi 1.1 to 1.17 are all in 1.1.110). */
export const REQUIRED_CLASS: Partial<Record<FeatureName, string>> = {
  notes: "NoteCollection",
};

export function detectFeatures(isSetSupported: IsSetSupported, hasClass: HasClass = () => true): ExcelFeatures {
  const has = (version: string): boolean => {
    try {
      return isSetSupported("ExcelApi", version);
    } catch {
      // Office not initialised yet behaves like an Excel that has nothing beyond 1.1.
      return false;
    }
  };
  const missingFromOfficeJs: FeatureName[] = [];
  const feature = (name: FeatureName): boolean => {
    if (!has(REQUIRED_VERSION[name])) return false;
    const needed = REQUIRED_CLASS[name];
    if (!needed || hasClass(needed)) return true;
    missingFromOfficeJs.push(name);
    return false;
  };
  return {
    protection: feature("protection"),
    valuesOnlyUsedRange: feature("valuesOnlyUsedRange"),
    orNullObject: feature("orNullObject"),
    settingsAndNames: feature("settingsAndNames"),
    dataValidation: feature("dataValidation"),
    mergedAreas: feature("mergedAreas"),
    notes: feature("notes"),
    missingFromOfficeJs,
  };
}

/** What a person is told about each missing feature, in this order; the others change nothing they can see. */
export const LIMIT_TEXT = {
  dataValidation: "此版本 Excel 不支持数据验证（需要 ExcelApi 1.8），已跳过数据验证，其余功能正常。",
  mergedAreas: "此版本 Excel 无法读取合并单元格（需要 ExcelApi 1.13），已按没有合并单元格识别表格，请核对识别结果。",
  notes: "此版本 Excel 不支持单元格备注（需要 ExcelApi 1.18），已跳过备注，其余功能正常。",
  settingsAndNames:
    "此版本 Excel 不支持在工作簿中保存名称和设置（需要 ExcelApi 1.4），已跳过名称和设置，其余功能正常。",
  protection: "此版本 Excel 无法预先检查工作表保护（需要 ExcelApi 1.2），写入受保护的工作表时会报错，请先撤销保护。",
} satisfies Partial<Record<FeatureName, string>>;

/** What a person is told when Excel has the feature and the office.js the add-in was built with does not. */
export const OFFICE_JS_LIMIT_TEXT = {
  notes:
    "加载项自带的 office.js 版本较旧，不含单元格备注功能（ExcelApi 1.18），已跳过备注，其余功能正常。管理员可改为从微软 CDN 加载 office.js（构建时加 --env cdn）。",
} satisfies Partial<Record<FeatureName, string>>;

export function capabilitiesOf(features: ExcelFeatures): HostCapabilities {
  const missing = (Object.keys(LIMIT_TEXT) as (keyof typeof LIMIT_TEXT)[]).filter((f) => !features[f]);
  return {
    dataValidation: features.dataValidation,
    notes: features.notes,
    // Below 1.13 there is no way to ask Excel for merged areas: the grids carry none.
    mergedAreas: features.mergedAreas,
    // Worksheet.activate and Range.select are ExcelApi 1.1.
    select: true,
    limits: missing.map((f) =>
      features.missingFromOfficeJs.includes(f) && f in OFFICE_JS_LIMIT_TEXT
        ? OFFICE_JS_LIMIT_TEXT[f as keyof typeof OFFICE_JS_LIMIT_TEXT]
        : LIMIT_TEXT[f],
    ),
  };
}
