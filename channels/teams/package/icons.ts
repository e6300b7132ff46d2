import { PNG } from 'pngjs';
import { symbolCoverage } from './icon-design';
import { ACCENT_COLOR, ICON_SIZES } from './layout';

export interface TeamsIcons {
  color: Buffer;
  outline: Buffer;
}

type Rgba = [number, number, number, number];

const WHITE: Rgba = [255, 255, 255, 255];
/** Fully transparent white: some icon checkers look at the colour of transparent pixels too. */
const CLEAR: Rgba = [255, 255, 255, 0];

/** Teams' guidance: a 96-pixel symbol centred in the 192-pixel icon, so that its round and hexagonal crops keep it. */
const COLOR_SYMBOL_SIZE = 96;

function hexToRgba(hex: string): Rgba {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255, 255];
}

function mix(from: Rgba, to: Rgba, share: number): Rgba {
  return from.map((channel, index) => Math.round(channel + (to[index] - channel) * share)) as Rgba;
}

function renderPng(size: number, pixel: (x: number, y: number) => Rgba): Buffer {
  const png = new PNG({ width: size, height: size });
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) png.data.set(pixel(x, y), (y * size + x) * 4);
  }
  return PNG.sync.write(png);
}

/** A white symbol, anti-aliased, on a solid square of the accent colour (Teams rounds the corners itself). */
export function renderColorIcon(): Buffer {
  const background = hexToRgba(ACCENT_COLOR);
  const offset = (ICON_SIZES.color - COLOR_SYMBOL_SIZE) / 2;
  return renderPng(ICON_SIZES.color, (x, y) =>
    mix(background, WHITE, symbolCoverage(x, y, COLOR_SYMBOL_SIZE, offset)),
  );
}

/** Pure white on full transparency with no half-transparent edge pixels, as Teams requires of outline icons. */
export function renderOutlineIcon(): Buffer {
  return renderPng(ICON_SIZES.outline, (x, y) => (symbolCoverage(x, y, ICON_SIZES.outline) >= 0.5 ? WHITE : CLEAR));
}

export function renderIcons(): TeamsIcons {
  return { color: renderColorIcon(), outline: renderOutlineIcon() };
}
