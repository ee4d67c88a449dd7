// What this Excel can do, decided once from its requirement sets. Every feature the host leaves out is named in a
// sentence for the pane, so a person on Office 2019 knows why the data validation is missing.
import { HostCapabilities } from "../../app/host";
import { IsSetSupported } from "./api";

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
}

/** The ExcelApi version each feature needs, as the string `isSetSupported` takes. */
export const REQUIRED_VERSION: Record<keyof ExcelFeatures, string> = {
  protection: "1.2",
  valuesOnlyUsedRange: "1.2",
  orNullObject: "1.4",
  settingsAndNames: "1.4",
  dataValidation: "1.8",
  mergedAreas: "1.13",
  notes: "1.18",
};

export function detectFeatures(isSetSupported: IsSetSupported): ExcelFeatures {
  const has = (version: string): boolean => {
    try {
      return isSetSupported("ExcelApi", version);
    } catch {
      // Office not initialised yet behaves like an Excel that has nothing beyond 1.1.
      return false;
    }
  };
  return {
    protection: has(REQUIRED_VERSION.protection),
    valuesOnlyUsedRange: has(REQUIRED_VERSION.valuesOnlyUsedRange),
    orNullObject: has(REQUIRED_VERSION.orNullObject),
    settingsAndNames: has(REQUIRED_VERSION.settingsAndNames),
    dataValidation: has(REQUIRED_VERSION.dataValidation),
    mergedAreas: has(REQUIRED_VERSION.mergedAreas),
    notes: has(REQUIRED_VERSION.notes),
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
} satisfies Partial<Record<keyof ExcelFeatures, string>>;

export function capabilitiesOf(features: ExcelFeatures): HostCapabilities {
  const missing = (Object.keys(LIMIT_TEXT) as (keyof typeof LIMIT_TEXT)[]).filter((f) => !features[f]);
  return {
    dataValidation: features.dataValidation,
    notes: features.notes,
    // Below 1.13 there is no way to ask Excel for merged areas: the grids carry none.
    mergedAreas: features.mergedAreas,
    // Worksheet.activate and Range.select are ExcelApi 1.1.
    select: true,
    limits: missing.map((f) => LIMIT_TEXT[f]),
  };
}
