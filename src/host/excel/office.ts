// The one module that touches the Office and Excel globals (Script Lab's rule): it knows how Office is loaded and
// hands the rest of the host `Excel.run` and `isSetSupported` as plain functions.
import { ExcelHost, ExcelHostOptions } from "./index";

/** Resolves once Office.js has loaded; true when the add-in runs inside Excel. */
export async function officeReady(): Promise<boolean> {
  if (typeof Office === "undefined") return false;
  const info = await Office.onReady();
  return info.host === Office.HostType.Excel;
}

/** The Excel host over the live workbook. Call after `officeReady()` resolved true. */
export function officeExcelHost(options: Omit<ExcelHostOptions, "run" | "isSetSupported"> = {}): ExcelHost {
  return new ExcelHost({
    ...options,
    run: (batch) => Excel.run((context) => batch(context)),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    // The office.js we serve offline is older than Microsoft 365: ask the library, not only the host.
    hasClass: (name) => typeof (Excel as unknown as Record<string, unknown>)[name] === "function",
  });
}
