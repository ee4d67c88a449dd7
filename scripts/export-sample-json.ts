// Writes samples/hengyang-commerce-2023.json: the sample workbook as plain JSON (WorkbookData), so the browser
// preview can load it into the in-memory host without exceljs. Run after `npm run sample`.
import fs from "fs";
import path from "path";
import { readWorkbookFile } from "../src/host/xlsx";
import { workbookToJson } from "../src/host/memory/serialize";

export const SAMPLE_XLSX = path.join(__dirname, "..", "samples", "hengyang-commerce-2023.xlsx");
export const SAMPLE_JSON = path.join(__dirname, "..", "samples", "hengyang-commerce-2023.json");

export async function sampleJson(): Promise<string> {
  return JSON.stringify(workbookToJson(await readWorkbookFile(SAMPLE_XLSX))) + "\n";
}

if (require.main === module) {
  sampleJson().then((json) => {
    fs.writeFileSync(SAMPLE_JSON, json);
    console.log(`wrote ${path.relative(process.cwd(), SAMPLE_JSON)} (${json.length} bytes)`);
  });
}
