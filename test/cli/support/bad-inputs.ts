// The bad inputs of issue 6, written into a directory: each with the words its refusal must contain.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { ole2, writeZip, zipBomb } from "./zip";

export const SAMPLE = path.join(__dirname, "..", "..", "..", "samples", "hengyang-commerce-2023.xlsx");

export interface BadInput {
  file: string;
  /** What the one-line refusal must say. */
  says: RegExp;
}

export async function writeBadInputs(dir: string): Promise<Record<string, BadInput>> {
  const sample = fs.readFileSync(SAMPLE);
  const at = (name: string) => path.join(dir, name);
  const put = (name: string, data: Buffer) => {
    fs.writeFileSync(at(name), data);
    return at(name);
  };
  const big = at("too-big.xlsx");
  fs.writeFileSync(big, "");
  fs.truncateSync(big, 51 * 1024 * 1024); // sparse: 51 MB on paper, nothing on disk
  return {
    random: { file: put("random.xlsx", crypto.randomBytes(4096)), says: /不是 \.xlsx 文件/ },
    truncated: { file: put("truncated.xlsx", sample.subarray(0, Math.floor(sample.length * 0.6))), says: /文件不完整/ },
    oldXls: {
      file: put("old.xls", ole2(["Root Entry", "Workbook", "\u0005SummaryInformation"])),
      says: /请另存为 \.xlsx 后再检查/,
    },
    encrypted: {
      file: put("password.xlsx", ole2(["Root Entry", "EncryptionInfo", "EncryptedPackage"])),
      says: /文件受密码保护/,
    },
    tooBig: { file: big, says: /51\.0 MB，超过 50 MB/ },
    zipBomb: { file: put("bomb.xlsx", await zipBomb(600)), says: /疑似压缩炸弹/ },
    lyingZipBomb: { file: put("lying-bomb.xlsx", await zipBomb(600, { lie: true })), says: /疑似压缩炸弹/ },
    empty: { file: put("empty.xlsx", Buffer.alloc(0)), says: /文件是空的/ },
    missing: { file: at("no-such-file.xlsx"), says: /文件不存在或已被移走/ },
    notWorkbook: {
      file: put("document.xlsx", writeZip([{ name: "word/document.xml", data: Buffer.from("<w:document/>") }])),
      says: /不是 Excel 工作簿/,
    },
    htmlAsXls: {
      file: put("export.xls", Buffer.from("<html><table><tr><td>1</td></tr></table></html>")),
      says: /请另存为 \.xlsx/,
    },
  };
}
