import { existsSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

/** Where Debian's fonts-liberation package puts Liberation Sans. */
export const LIBERATION_SANS_FILES: readonly string[] = [
  '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
  '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf',
];

/** Options of {@link svgToPng}. */
export interface PngOptions {
  /** Pixels per SVG unit. Defaults to 1. */
  readonly scale?: number;
  /** The Liberation Sans font files; defaults to {@link LIBERATION_SANS_FILES}. */
  readonly fontFiles?: readonly string[];
}

/**
 * Rasterises an SVG to PNG with resvg. Only the given font files are used (system fonts are
 * not loaded), so the same SVG gives the same PNG on any machine with those files.
 * Throws when a font file is missing: on Debian, install fonts-liberation.
 */
export function svgToPng(svg: string, options: PngOptions = {}): Buffer {
  const fontFiles = [...(options.fontFiles ?? LIBERATION_SANS_FILES)];
  const missing = fontFiles.filter((f) => !existsSync(f));
  if (missing.length > 0) throw new Error(`font file not found: ${missing.join(', ')} (on Debian: apt-get install fonts-liberation)`);
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: options.scale ?? 1 },
    font: { loadSystemFonts: false, fontFiles, defaultFontFamily: 'Liberation Sans', sansSerifFamily: 'Liberation Sans' },
    shapeRendering: 2,
    textRendering: 1,
  });
  return resvg.render().asPng();
}
