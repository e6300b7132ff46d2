import { PNG } from 'pngjs';
import type { PackageIssue } from './errors';
import type { TeamsIcons } from './icons';
import { ICON_SIZES, PACKAGE_FILES } from './layout';

/** Teams wants the outline symbol to reach the icon's edges ("no padding"); a one-pixel margin is tolerated. */
const OUTLINE_MARGIN = 1;
/** Bad outline pixels listed one by one; the rest are counted. */
const LISTED_BAD_PIXELS = 5;

interface Pixel {
  x: number;
  y: number;
  rgba: number[];
}

/** The icon's problems: unreadable, wrong size, or whatever `rules` finds in it. */
function checkIcon(file: string, data: Buffer, size: number, rules: (png: PNG) => PackageIssue[]): PackageIssue[] {
  let png: PNG;
  try {
    png = PNG.sync.read(data);
  } catch (error) {
    return [{ file, path: '', message: `not a readable PNG (${(error as Error).message})` }];
  }
  if (png.width !== size || png.height !== size) {
    return [{ file, path: '', message: `must be ${size}×${size} pixels, is ${png.width}×${png.height}` }];
  }
  return rules(png);
}

function pixels(png: PNG): Pixel[] {
  const all: Pixel[] = [];
  for (let y = 0; y < png.height; y++) {
    for (let x = 0; x < png.width; x++) {
      const offset = (y * png.width + x) * 4;
      all.push({ x, y, rgba: [...png.data.subarray(offset, offset + 4)] });
    }
  }
  return all;
}

/** The color icon sits on a solid or fully transparent square: its four corners are that background. */
function colorIssues(png: PNG): PackageIssue[] {
  const file = PACKAGE_FILES.colorIcon;
  const last = png.width - 1;
  const corners = pixels(png).filter(({ x, y }) => (x === 0 || x === last) && (y === 0 || y === png.height - 1));
  const [first] = corners;
  const solid = corners.every(({ rgba }) => rgba.join() === first.rgba.join()) && [0, 255].includes(first.rgba[3]);
  return solid ? [] : [{ file, path: '', message: 'the background must be one solid or fully transparent colour' }];
}

/** White (255, 255, 255) where drawn, alpha 0 everywhere else, and nothing in between. */
function outlineIssues(png: PNG): PackageIssue[] {
  const file = PACKAGE_FILES.outlineIcon;
  const all = pixels(png);
  const drawn = all.filter(({ rgba }) => rgba[3] !== 0);
  const wrong = drawn.filter(({ rgba }) => rgba.join() !== '255,255,255,255');
  const issues = wrong.slice(0, LISTED_BAD_PIXELS).map(({ x, y, rgba }) => ({
    file,
    path: `(${x}, ${y})`,
    message: `must be opaque white or fully transparent, is rgba(${rgba.join(', ')})`,
  }));
  if (wrong.length > LISTED_BAD_PIXELS) {
    issues.push({ file, path: '', message: `${wrong.length - LISTED_BAD_PIXELS} more pixels neither white nor transparent` });
  }
  if (drawn.length === 0 || drawn.length === all.length) {
    issues.push({ file, path: '', message: 'must be a white symbol on a transparent background' });
  } else if (extent(drawn) < png.width - 2 * OUTLINE_MARGIN) {
    issues.push({ file, path: '', message: 'the symbol must fill the icon, without padding' });
  }
  return issues;
}

function extent(drawn: Pixel[]): number {
  const span = (values: number[]): number => Math.max(...values) - Math.min(...values) + 1;
  return Math.max(span(drawn.map(({ x }) => x)), span(drawn.map(({ y }) => y)));
}

/** Teams' icon rules: sizes, the color icon's background, the outline icon's white-on-transparent. */
export function validateIcons(icons: TeamsIcons): PackageIssue[] {
  return [
    ...checkIcon(PACKAGE_FILES.colorIcon, icons.color, ICON_SIZES.color, colorIssues),
    ...checkIcon(PACKAGE_FILES.outlineIcon, icons.outline, ICON_SIZES.outline, outlineIssues),
  ];
}
