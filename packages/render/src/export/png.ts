import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Resvg as ResvgType } from '@resvg/resvg-js';

/** Where Debian's fonts-liberation package puts Liberation Sans. */
export const LIBERATION_SANS_FILES: readonly string[] = [
  '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
  '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf',
];

const fromHere = createRequire(import.meta.url);

let resvgClass: typeof ResvgType | undefined;

/** resvg's native module, loaded on the first PNG: most commands never draw one and should not pay for it. */
function loadResvg(): typeof ResvgType {
  resvgClass ??= (fromHere('@resvg/resvg-js') as { Resvg: typeof ResvgType }).Resvg;
  return resvgClass;
}

/** The font files this package depends on, as a package manager installs them. */
const BUNDLED_FONTS = ['@expo-google-fonts/arimo/400Regular/Arimo_400Regular.ttf', '@expo-google-fonts/arimo/700Bold/Arimo_700Bold.ttf'];

let bundled: readonly string[] | undefined;

/**
 * The paths of the bundled fonts, found with `resolve`; an error that says what to reinstall when one is missing.
 * @example
 * ```ts
 * fontFilesFrom((name) => createRequire(import.meta.url).resolve(name));
 * ```
 */
export function fontFilesFrom(resolve: (specifier: string) => string): readonly string[] {
  try {
    return BUNDLED_FONTS.map(resolve);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new Error(
      `the fonts that PNG export draws text with are missing (${reason}): reinstall @opcc/render, which depends on @expo-google-fonts/arimo, or pass fontFiles`,
      { cause: error },
    );
  }
}

/**
 * Arimo regular and bold, which this package depends on (SIL Open Font License): the same
 * advance widths as Liberation Sans, whose table measures every label, so text fits as laid out
 * on any operating system without installing a font. Found when a PNG is first drawn, not when
 * the package is loaded, so an install that lacks them fails PNG export alone, saying so.
 * @throws Error when the font package is missing.
 * @example
 * ```ts
 * svgToPng(svg, { fontFiles: [...bundledFontFiles(), '/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf'] });
 * ```
 */
export function bundledFontFiles(): readonly string[] {
  bundled ??= fontFilesFrom((specifier) => fromHere.resolve(specifier));
  return bundled;
}

/**
 * The files of {@link bundledFontFiles}, looked up on first use rather than when the package is loaded.
 * @deprecated Call `bundledFontFiles()`, which says when the fonts are missing where it is called.
 */
export const BUNDLED_FONT_FILES: readonly string[] = new Proxy<string[]>([], {
  get: (_, key) => Reflect.get(bundledFontFiles(), key),
  has: (_, key) => Reflect.has(bundledFontFiles(), key),
  ownKeys: () => Reflect.ownKeys(bundledFontFiles()),
  getOwnPropertyDescriptor: (_, key) => Reflect.getOwnPropertyDescriptor(bundledFontFiles(), key),
});

/** Options of {@link svgToPng}. */
export interface PngOptions {
  /** Pixels per SVG unit. Defaults to 1. */
  readonly scale?: number;
  /** The font files to draw text with; defaults to {@link bundledFontFiles}. */
  readonly fontFiles?: readonly string[];
  /** The family in those files that stands in for the drawings' font stack; defaults to Arimo, or Liberation Sans when `fontFiles` is given. */
  readonly fontFamily?: string;
}

/**
 * Rasterises an SVG to PNG with resvg. Only the given font files are used (system fonts are
 * never loaded), so the same SVG gives the same PNG on Windows, macOS and Linux.
 *
 * @throws Error when a font file given in `fontFiles` is missing, or, with none given, the bundled fonts are.
 * @example
 * const { svg } = await renderMap(model, 'engage-consult');
 * writeFileSync('engage-consult.png', svgToPng(svg, { scale: 2 }));
 */
export function svgToPng(svg: string, options: PngOptions = {}): Buffer {
  return rasterise(svg, options).asPng();
}

/** The resvg rendering behind {@link svgToPng}, whose pixels tests can read. */
export function rasterise(svg: string, options: PngOptions = {}) {
  const fontFiles = [...(options.fontFiles ?? bundledFontFiles())];
  const missing = fontFiles.filter((f) => !existsSync(f));
  if (missing.length > 0) throw new Error(`font file not found: ${missing.join(', ')}`);
  const family = options.fontFamily ?? (options.fontFiles === undefined ? 'Arimo' : 'Liberation Sans');
  const Resvg = loadResvg();
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: options.scale ?? 1 },
    font: { loadSystemFonts: false, fontFiles, defaultFontFamily: family, sansSerifFamily: family },
    shapeRendering: 2,
    textRendering: 1,
  });
  return resvg.render();
}
