/**
 * Draws the add-in's icons pixel by pixel and writes them as PNG files into assets/.
 *
 *   npx ts-node --transpile-only scripts/make-icons.ts
 *
 * The icons are drawn by code rather than kept as opaque binaries so that anyone can see (and change) what they
 * are, and so that test/manifest.test.ts can prove the committed files are exactly what this script produces.
 */
import { writeFileSync } from "fs";
import { join } from "path";
import { deflateSync } from "zlib";

export type IconKind = "app" | "recalc";

export interface IconSpec {
  file: string;
  kind: IconKind;
  size: number;
}

/** Every icon the manifest refers to: the add-in icon (task pane button, store listing) and the recalc button icon. */
export const ICONS: readonly IconSpec[] = [16, 32, 64, 80].flatMap((size) => [
  { file: `icon-${size}.png`, kind: "app" as const, size },
  { file: `recalc-${size}.png`, kind: "recalc" as const, size },
]);

type Rgb = readonly [number, number, number];

// Excel's own green, so the buttons sit naturally on the Excel ribbon.
const GREEN: Rgb = [0x10, 0x7c, 0x41];
const WHITE: Rgb = [0xff, 0xff, 0xff];

/** Sub-samples per pixel along each axis; 8×8 gives smooth edges even at 16 px. */
const SUPERSAMPLE = 8;

interface Point {
  x: number;
  y: number;
}

function insideRoundedSquare(p: Point, inset: number, radius: number): boolean {
  const lo = inset + radius;
  const hi = 1 - inset - radius;
  const dx = Math.max(lo - p.x, 0, p.x - hi);
  const dy = Math.max(lo - p.y, 0, p.y - hi);
  return dx * dx + dy * dy <= radius * radius;
}

function squaredDistanceToSegment(p: Point, a: Point, b: Point): number {
  const vx = b.x - a.x;
  const vy = b.y - a.y;
  const t = Math.max(0, Math.min(1, ((p.x - a.x) * vx + (p.y - a.y) * vy) / (vx * vx + vy * vy)));
  const dx = p.x - (a.x + t * vx);
  const dy = p.y - (a.y + t * vy);
  return dx * dx + dy * dy;
}

function insideStroke(p: Point, polyline: readonly Point[], width: number): boolean {
  for (let i = 1; i < polyline.length; i++) {
    if (squaredDistanceToSegment(p, polyline[i - 1], polyline[i]) <= (width * width) / 4) return true;
  }
  return false;
}

function insideTriangle(p: Point, a: Point, b: Point, c: Point): boolean {
  const side = (u: Point, v: Point): number => (v.x - u.x) * (p.y - u.y) - (v.y - u.y) * (p.x - u.x);
  const d1 = side(a, b);
  const d2 = side(b, c);
  const d3 = side(c, a);
  return (d1 >= 0 && d2 >= 0 && d3 >= 0) || (d1 <= 0 && d2 <= 0 && d3 <= 0);
}

const CHECK: readonly Point[] = [
  { x: 0.27, y: 0.52 },
  { x: 0.44, y: 0.69 },
  { x: 0.75, y: 0.33 },
];

const RING = {
  centre: { x: 0.5, y: 0.52 },
  radius: 0.23,
  thickness: 0.1,
  start: -Math.PI / 3,
  end: (215 * Math.PI) / 180,
};

/** The arrowhead sits at the ring's start; with y pointing down, increasing angle runs clockwise on screen and the
 * head points the other way, so the whole mark reads as the familiar anticlockwise "refresh" arrow. */
const ARROWHEAD: readonly [Point, Point, Point] = (() => {
  const { centre, radius, start } = RING;
  const base = { x: centre.x + radius * Math.cos(start), y: centre.y + radius * Math.sin(start) };
  const radial = { x: Math.cos(start), y: Math.sin(start) };
  const tangent = { x: Math.sin(start), y: -Math.cos(start) };
  const half = 0.14;
  const length = 0.15;
  return [
    { x: base.x + radial.x * half, y: base.y + radial.y * half },
    { x: base.x - radial.x * half, y: base.y - radial.y * half },
    { x: base.x + tangent.x * length, y: base.y + tangent.y * length },
  ];
})();

/** A circular arrow: an open ring with an arrowhead at one end (angles in screen space, y down). */
function insideRecalcArrow(p: Point): boolean {
  const { centre, radius, thickness, start, end } = RING;
  const r = Math.hypot(p.x - centre.x, p.y - centre.y);
  if (Math.abs(r - radius) <= thickness / 2) {
    const angle = Math.atan2(p.y - centre.y, p.x - centre.x);
    if ((angle < start ? angle + 2 * Math.PI : angle) <= end) return true;
  }
  return insideTriangle(p, ...ARROWHEAD);
}

function sampleColour(kind: IconKind, p: Point): Rgb | undefined {
  if (!insideRoundedSquare(p, 0.04, 0.18)) return undefined;
  const mark = kind === "app" ? insideStroke(p, CHECK, 0.13) : insideRecalcArrow(p);
  return mark ? WHITE : GREEN;
}

/** Renders one icon as straight (non-premultiplied) RGBA, row-major, top row first. */
export function drawIcon(kind: IconKind, size: number): Uint8Array {
  const rgba = new Uint8Array(size * size * 4);
  const samples = SUPERSAMPLE * SUPERSAMPLE;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const p = { x: (x + (sx + 0.5) / SUPERSAMPLE) / size, y: (y + (sy + 0.5) / SUPERSAMPLE) / size };
          const colour = sampleColour(kind, p);
          if (!colour) continue;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          covered++;
        }
      }
      const at = (y * size + x) * 4;
      if (covered > 0) {
        rgba[at] = Math.round(r / covered);
        rgba[at + 1] = Math.round(g / covered);
        rgba[at + 2] = Math.round(b / covered);
        rgba[at + 3] = Math.round((255 * covered) / samples);
      }
    }
  }
  return rgba;
}

const CRC_TABLE: Uint32Array = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 as PNG (and zlib, and gzip) define it: reflected polynomial 0xEDB88320. */
export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const out = Buffer.alloc(8 + data.length + 4);
  out.writeUInt32BE(data.length, 0);
  typeAndData.copy(out, 4);
  out.writeUInt32BE(crc32(typeAndData), 8 + data.length);
  return out;
}

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Encodes straight RGBA pixels as an 8-bit truecolour-with-alpha, non-interlaced PNG. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  if (rgba.length !== width * height * 4) throw new Error(`expected ${width * height * 4} bytes, got ${rgba.length}`);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  header[10] = 0; // compression: deflate
  header[11] = 0; // filter method 0
  header[12] = 0; // no interlace
  // Each scanline is prefixed by its filter type; 0 (none) keeps the encoder trivial and the files are tiny anyway.
  const raw = Buffer.alloc(height * (1 + width * 4));
  for (let y = 0; y < height; y++) {
    raw[y * (1 + width * 4)] = 0;
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(raw, y * (1 + width * 4) + 1);
  }
  return Buffer.concat([
    PNG_SIGNATURE,
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", new Uint8Array(0)),
  ]);
}

export function renderIcon(spec: IconSpec): Buffer {
  return encodePng(spec.size, spec.size, drawIcon(spec.kind, spec.size));
}

function main(): void {
  const assets = join(__dirname, "..", "assets");
  for (const spec of ICONS) {
    const png = renderIcon(spec);
    writeFileSync(join(assets, spec.file), png);
    console.log(`assets/${spec.file}: ${spec.size}×${spec.size}, ${png.length} bytes`);
  }
}

if (require.main === module) main();
