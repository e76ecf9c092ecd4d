import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BUNDLED_FONT_FILES, bundledFontFiles, fontFilesFrom } from './png.js';

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><text x="0" y="4">x</text></svg>';

describe('the bundled fonts', () => {
  afterEach(() => {
    vi.doUnmock('node:module');
    vi.resetModules();
  });

  it('are found in the installed font package, and the deprecated constant lists the same files', () => {
    const files = bundledFontFiles();
    expect(files).toHaveLength(2);
    expect(files.every((file) => existsSync(file) && /Arimo_(400Regular|700Bold)\.ttf$/.test(file))).toBe(true);
    expect([...BUNDLED_FONT_FILES]).toEqual(files);
    expect(BUNDLED_FONT_FILES.length).toBe(2);
    expect(Object.keys(BUNDLED_FONT_FILES)).toEqual(['0', '1']);
  });

  it('say what to reinstall when the font package is missing', () => {
    const missing = () => {
      throw new Error("Cannot find module '@expo-google-fonts/arimo/400Regular/Arimo_400Regular.ttf'\nRequire stack: …");
    };
    expect(() => fontFilesFrom(missing)).toThrow(
      "the fonts that PNG export draws text with are missing (Cannot find module '@expo-google-fonts/arimo/400Regular/Arimo_400Regular.ttf'): " +
        'reinstall @opcc/render, which depends on @expo-google-fonts/arimo, or pass fontFiles',
    );
  });

  it('are looked for when a PNG is drawn, not when the module loads: without them it loads, and only a PNG drawn with them fails', async () => {
    vi.resetModules();
    vi.doMock('node:module', async (original) => {
      const real = await original<typeof import('node:module')>();
      const createRequire = (from: string | URL) => {
        const require = real.createRequire(from);
        const resolve = (specifier: string) => {
          if (specifier.startsWith('@expo-google-fonts/')) throw new Error(`Cannot find module '${specifier}'`);
          return require.resolve(specifier);
        };
        return Object.assign((specifier: string) => require(specifier) as unknown, require, { resolve });
      };
      return { ...real, createRequire, default: { ...real, createRequire } };
    });
    const png = await import('./png.js');
    expect(() => png.svgToPng(SVG)).toThrow(/fonts that PNG export draws text with are missing .*reinstall @opcc\/render/);
    expect(png.svgToPng(SVG, { fontFiles: [] }).subarray(1, 4).toString()).toBe('PNG');
  });
});
