import type { FontFamily, PdfLayoutConfig } from "./config.js";

/**
 * pdf.js text items as runs of text in a reading frame: the page turned so that the run's text
 * goes left to right. A page set with /Rotate, or text drawn sideways on an upright page, is read
 * upright; boxes are turned back to the page as a browser shows it.
 */

/** One of the four directions text runs in, on the page as shown: 0 → right, 1 → down, 2 → left, 3 → up. */
export type Direction = 0 | 1 | 2 | 3;

/** A piece of text on one baseline, in its direction's reading frame (points, y grows downwards). */
/** Where a piece of text sits in the reading frame: its box, baseline and font size. */
export interface Placed {
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  base: number;
  size: number;
}

export interface Run extends Placed {
  text: string;
  family: FontFamily;
}

export interface TextItemLike {
  str: string;
  width: number;
  transform: number[];
  fontName: string;
}

export interface FontStyle {
  ascent?: number;
  descent?: number;
  fontFamily?: string;
}

const UNIT: Record<Direction, [number, number]> = { 0: [1, 0], 1: [0, 1], 2: [-1, 0], 3: [0, -1] };

/** Reading-frame coordinates of a point of the shown page. */
export function toFrame(dir: Direction, x: number, y: number): [number, number] {
  const [ux, uy] = UNIT[dir];
  return [x * ux + y * uy, -x * uy + y * ux];
}

/** The shown page's point of reading-frame coordinates. */
export function fromFrame(dir: Direction, fx: number, fy: number): [number, number] {
  const [ux, uy] = UNIT[dir];
  return [fx * ux - fy * uy, fx * uy + fy * ux];
}

/** Multiply two affine transforms [a, b, c, d, e, f] (as pdf.js's Util.transform). */
function compose(m1: readonly number[], m2: readonly number[]): number[] {
  return [
    m1[0]! * m2[0]! + m1[2]! * m2[1]!,
    m1[1]! * m2[0]! + m1[3]! * m2[1]!,
    m1[0]! * m2[2]! + m1[2]! * m2[3]!,
    m1[1]! * m2[2]! + m1[3]! * m2[3]!,
    m1[0]! * m2[4]! + m1[2]! * m2[5]! + m1[4]!,
    m1[1]! * m2[4]! + m1[3]! * m2[5]! + m1[5]!,
  ];
}

/**
 * The page's runs by direction. `viewport` is the page's viewport transform at scale 1 (PDF user
 * space to the shown page: rotation applied, origin top-left). Runs of white space are dropped.
 */
export function pageRuns(items: readonly TextItemLike[], styles: Record<string, FontStyle>, viewport: readonly number[], cfg: PdfLayoutConfig): Map<Direction, Run[]> {
  const slantMin = Math.sin((cfg.slantMinDegrees * Math.PI) / 180);
  const out = new Map<Direction, Run[]>();
  for (const item of items) {
    // Nothing but white space and control characters (unmapped glyphs): nothing to read.
    // eslint-disable-next-line no-control-regex -- control characters are what this looks past
    if (!/[^\s\u0000-\u001f\u007f]/.test(item.str)) continue;
    const m = compose(viewport, item.transform);
    const angle = Math.atan2(m[1]!, m[0]!);
    const dir = (((Math.round(angle / (Math.PI / 2)) % 4) + 4) % 4) as Direction;
    const size = Math.hypot(m[2]!, m[3]!) || Math.hypot(m[0]!, m[1]!);
    if (!(size > 0)) continue;
    const style = styles[item.fontName] ?? {};
    // Fonts that report no metrics get the usual Latin proportions.
    const ascent = style.ascent && style.ascent > 0 ? style.ascent : 0.8;
    const descent = style.descent && style.descent < 0 ? -style.descent : 0.2;
    const [fx, fy] = toFrame(dir, m[4]!, m[5]!);
    // pdf.js gives the width along the baseline in user-space units: points at scale 1.
    const width = Math.abs(item.width);
    const list = out.get(dir) ?? [];
    const family: FontFamily = style.fontFamily === "serif" ? "serif" : style.fontFamily === "monospace" ? "mono" : "sans";
    // Text set at a slant (a chart's axis labels at 45°) spans less of its row than its width,
    // and rises or falls across it: its box is where the slanted baseline runs.
    const skew = angle - dir * (Math.PI / 2);
    const slant = Math.abs(Math.sin(skew)) >= slantMin;
    const [ex, ey] = slant ? toFrame(dir, m[4]! + Math.cos(angle) * width, m[5]! + Math.sin(angle) * width) : [fx + width, fy];
    list.push({ text: item.str, family, x0: Math.min(fx, ex), x1: Math.max(fx, ex), top: Math.min(fy, ey) - ascent * size, bottom: Math.max(fy, ey) + descent * size, base: fy, size });
    out.set(dir, list);
  }
  return out;
}
