/** A workbook package whose parts cannot be read: a missing part, XML that is not well formed, an impossible cell
 * address. The message is one Chinese line for the person, naming the part. */
export class PackageError extends Error {
  override name = "PackageError";
  constructor(
    readonly part: string,
    detail: string,
  ) {
    super(`${part}：${detail}`);
  }
}
