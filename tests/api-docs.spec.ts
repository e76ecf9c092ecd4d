import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDirs } from './support/temp-tree.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const temp = tempDirs();

describe('the API documentation', () => {
  it('builds with typedoc with no warning: every exported symbol of every package is documented', () => {
    const out = join(temp('api'), 'api');
    const typedoc = join(root, 'node_modules', 'typedoc', 'bin', 'typedoc');
    const run = spawnSync(process.execPath, [typedoc, '--out', out], { cwd: root, encoding: 'utf8' });
    const output = `${run.stdout}${run.stderr}`;
    expect(output).not.toMatch(/\[warning\]|\[error\]/);
    expect(run.status, output).toBe(0);
    expect(existsSync(join(out, 'index.html'))).toBe(true);
  }, 240_000);
});

/*
 * What typedoc cannot be asked to check: that every public function shows how it is called
 * (@example) and names the errors it throws (@throws). A function is taken to throw when its
 * body has a `throw` or calls an index's `get…`, which throws NotFoundError.
 */
const PACKAGES = ['core', 'guide', 'render', 'site', 'cli'] as const;

function publicFunctionDocs(): Array<{ name: string; missing: string[] }> {
  const entries = PACKAGES.map((pkg) => join(root, 'packages', pkg, 'src', 'index.ts'));
  const program = ts.createProgram(entries, {
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    customConditions: ['@opcc/source'],
    target: ts.ScriptTarget.ES2022,
    noEmit: true,
    skipLibCheck: true,
  });
  const checker = program.getTypeChecker();
  return PACKAGES.flatMap((pkg, i) => {
    const source = program.getSourceFile(entries[i] ?? '');
    const module = source === undefined ? undefined : checker.getSymbolAtLocation(source);
    if (module === undefined) throw new Error(`cannot read the index of @opcc/${pkg}`);
    return checker.getExportsOfModule(module).flatMap((exported) => {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const declaration = symbol.valueDeclaration;
      if (declaration === undefined || symbol.flags & ts.SymbolFlags.Class) return [];
      const callable = checker.getTypeOfSymbolAtLocation(symbol, declaration).getCallSignatures().length > 0;
      if (!(ts.isFunctionDeclaration(declaration) || (ts.isVariableDeclaration(declaration) && callable))) return [];
      const tags = new Set(symbol.getJsDocTags(checker).map((tag) => tag.name));
      const throws = /\bthrow\b|\.get[A-Z]\w*\(/.test(declaration.getText());
      const missing = [...(tags.has('example') ? [] : ['@example']), ...(throws && !tags.has('throws') ? ['@throws'] : [])];
      return [{ name: `@opcc/${pkg} ${exported.name}`, missing }];
    });
  });
}

describe('the API reference of every public function', () => {
  let functions: Array<{ name: string; missing: string[] }> = [];
  beforeAll(() => {
    functions = publicFunctionDocs();
  }, 120_000);

  it('finds the public functions of every package', () => {
    expect(functions.length).toBeGreaterThan(100);
  });

  it('has an example, and names the errors thrown, for every public function', () => {
    const undocumented = functions.filter((f) => f.missing.length > 0).map((f) => `${f.name}: ${f.missing.join(' ')}`);
    expect(undocumented).toEqual([]);
  });
});
