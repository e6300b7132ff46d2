import { PNG } from 'pngjs';
import { validateIcons } from '../../../channels/teams/package/icon-checks';
import { inSymbol } from '../../../channels/teams/package/icon-design';
import { renderIcons, type TeamsIcons } from '../../../channels/teams/package/icons';

type Rgba = [number, number, number, number];

function png(size: number, pixel: (x: number, y: number) => Rgba): Buffer {
  const image = new PNG({ width: size, height: size });
  for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) image.data.set(pixel(x, y), (y * size + x) * 4);
  return PNG.sync.write(image);
}

/** The generated outline with one pixel changed. */
function outlineWith(x: number, y: number, rgba: Rgba): Buffer {
  const image = PNG.sync.read(renderIcons().outline);
  image.data.set(rgba, (y * image.width + x) * 4);
  return PNG.sync.write(image);
}

const WHITE: Rgba = [255, 255, 255, 255];
const CLEAR: Rgba = [0, 0, 0, 0];
const NOT_WHITE = 'must be opaque white or fully transparent';

describe('Teams icons', () => {
  const good = renderIcons();
  const withIcons = (icons: Partial<TeamsIcons>): TeamsIcons => ({ ...good, ...icons });

  it('are generated so that they pass every check', () => {
    expect(validateIcons(good)).toEqual([]);
  });

  it('draw a symbol that fills its square, with the plus cut out of the bubble', () => {
    expect(inSymbol(0.5, 0.02)).toBe(true);
    expect(inSymbol(0.5, 0.39)).toBe(false);
    expect(inSymbol(0.9, 0.95)).toBe(false);
  });

  it('reject an icon of the wrong size', () => {
    const issues = validateIcons(withIcons({ color: png(100, () => WHITE), outline: png(48, () => CLEAR) }));
    expect(issues).toEqual([
      { file: 'color.png', path: '', message: 'must be 192×192 pixels, is 100×100' },
      { file: 'outline.png', path: '', message: 'must be 32×32 pixels, is 48×48' },
    ]);
  });

  it('reject a file that is not a PNG', () => {
    const [issue] = validateIcons(withIcons({ outline: Buffer.from('GIF89a') }));
    expect(issue).toMatchObject({ file: 'outline.png', message: expect.stringMatching(/not a readable PNG/) });
  });

  it('reject an outline pixel that is grey, or white but half transparent', () => {
    expect(validateIcons(withIcons({ outline: outlineWith(3, 4, [200, 200, 200, 255]) }))).toEqual([
      { file: 'outline.png', path: '(3, 4)', message: `${NOT_WHITE}, is rgba(200, 200, 200, 255)` },
    ]);
    expect(validateIcons(withIcons({ outline: outlineWith(31, 31, [255, 255, 255, 128]) }))).toEqual([
      { file: 'outline.png', path: '(31, 31)', message: `${NOT_WHITE}, is rgba(255, 255, 255, 128)` },
    ]);
  });

  it('reject an outline icon that is empty, all white, or padded', () => {
    const message = (outline: Buffer): string[] => validateIcons(withIcons({ outline })).map((issue) => issue.message);
    expect(message(png(32, () => CLEAR))).toEqual(['must be a white symbol on a transparent background']);
    expect(message(png(32, () => WHITE))).toEqual(['must be a white symbol on a transparent background']);
    const padded = png(32, (x, y) => (x >= 8 && x < 24 && y >= 8 && y < 24 ? WHITE : CLEAR));
    expect(message(padded)).toEqual(['the symbol must fill the icon, without padding']);
  });

  it('reject a color icon whose background is not one solid colour', () => {
    const gradient = png(192, (x) => [x, 90, 160, 255]);
    expect(validateIcons(withIcons({ color: gradient }))).toEqual([
      { file: 'color.png', path: '', message: 'the background must be one solid or fully transparent colour' },
    ]);
  });

  it('summarise many bad outline pixels instead of listing them all', () => {
    const grey = png(32, (x) => (x < 16 ? [128, 128, 128, 255] : CLEAR));
    const issues = validateIcons(withIcons({ outline: grey }));
    expect(issues).toHaveLength(6);
    expect(issues[5]).toMatchObject({ file: 'outline.png', message: '507 more pixels neither white nor transparent' });
  });
});
