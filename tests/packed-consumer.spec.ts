import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtPackages, PUBLISHED, type PublishedName } from './support/built-packages.js';
import { tempDirs } from './support/temp-tree.js';

/*
 * The packages as a new user gets them: each is built and packed with `pnpm pack`, the tarballs
 * are installed with npm into a fresh project outside the workspace (no links, no source
 * condition), and that project type-checks and runs a strict TypeScript consumer, runs each
 * package's README example, and runs the packed `opcc build` on the packed reference model.
 *
 * The packages are packed from a copy of the workspace in a temporary folder, holding the run's
 * one build of the packages (tests/support/built-packages.ts, which package-builds.spec.ts loads).
 */

const root = fileURLToPath(new URL('..', import.meta.url));
const temp = tempDirs();
const PACKAGES = PUBLISHED;
type PackageName = PublishedName;
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const env = { ...process.env, NODE_OPTIONS: '', npm_config_update_notifier: 'false' };

let tarballs: Record<PackageName, string>;
let consumer: string;

function run(command: string, args: readonly string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** The same, without blocking, so that two builds or checks can share the machine's cores. */
function runAsync(command: string, args: readonly string[], cwd: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', fail);
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

/** Runs a task for every item, two at a time (the CI machine has two cores), in order of the items' results. */
async function twoAtATime<T, R>(items: readonly T[], task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) results[i] = await task(items[i] as T);
  };
  await Promise.all([worker(), worker()]);
  return results;
}

/**
 * The names each package's declarations export as values, as the compiler sees them from the consumer: bundled
 * declarations re-export names from shared chunks, which only the compiler can tell apart as types or values.
 * One program reads every package, whose declarations share much.
 */
function declaredValues(): Record<PackageName, string[]> {
  const probes = PACKAGES.map((name) => {
    const probe = join(consumer, 'src', `probe-${name}.ts`);
    writeFileSync(probe, `export * as probe from '@opcc/${name}';\n`);
    return probe;
  });
  const options = { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, strict: true, noEmit: true };
  const program = ts.createProgram(probes, options);
  const checker = program.getTypeChecker();
  const values = (name: PackageName, probe: string): string[] => {
    const statement = program.getSourceFile(probe)?.statements[0];
    if (statement === undefined || !ts.isExportDeclaration(statement) || statement.moduleSpecifier === undefined) throw new Error('probe not parsed');
    const module = checker.getSymbolAtLocation(statement.moduleSpecifier);
    if (module === undefined) throw new Error(`@opcc/${name} does not resolve from the consumer`);
    return checker
      .getExportsOfModule(module)
      .filter((symbol) => {
        const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
        return (target.flags & ts.SymbolFlags.Value) !== 0;
      })
      .map((symbol) => symbol.name)
      .filter((n) => n !== 'default')
      .sort();
  };
  return Object.fromEntries(PACKAGES.map((name, i) => [name, values(name, probes[i] ?? '')])) as Record<PackageName, string[]>;
}

function must(result: { status: number | null; stdout: string; stderr: string }, what: string): string {
  if (result.status !== 0) throw new Error(`${what} failed (${String(result.status)}):\n${result.stdout}${result.stderr}`);
  return result.stdout;
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

/**
 * A copy of the workspace's packages (sources and data), each with this run's build in its dist.
 * Each copy links to its package's installed dependencies, which `pnpm pack` reads to turn
 * `workspace:*` into a version.
 */
async function stageWorkspace(stage: string): Promise<void> {
  await builtPackages();
  writeFileSync(join(stage, 'package.json'), JSON.stringify({ name: 'stage', private: true }));
  cpSync(join(root, 'pnpm-workspace.yaml'), join(stage, 'pnpm-workspace.yaml'));
  for (const name of PACKAGES) {
    const from = join(root, 'packages', name);
    const to = join(stage, 'packages', name);
    cpSync(from, to, { recursive: true, filter: (path) => !/^(node_modules|dist)(\/|$)/.test(relative(from, path)) });
    symlinkSync(join(from, 'node_modules'), join(to, 'node_modules'), 'junction');
    cpSync(join(from, 'dist'), join(to, 'dist'), { recursive: true });
  }
}

/** The README's example: the first TypeScript block under its "Example" heading. */
function readmeExample(name: PackageName): string {
  const readme = readFileSync(join(root, 'packages', name, 'README.md'), 'utf8');
  const section = readme.split(/^## Example\s*$/m)[1] ?? '';
  const block = /^```ts\n([\s\S]*?)^```/m.exec(section);
  if (block?.[1] === undefined) throw new Error(`packages/${name}/README.md has no \`\`\`ts block under "## Example"`);
  return block[1];
}

/** One program, written as an ES module and as CommonJS, that uses every package through its public names. */
const CONSUMER = `import { codeUsage, entriesForParty, handOffs, indexModel, InvalidIdError, mapId, NotFoundError, partyId, type MapId, type PartyId } from '@opcc/core';
import { guide, guideModelDir } from '@opcc/guide';
import { renderValueChain } from '@opcc/render';
import { siteFiles } from '@opcc/site';
import { EXIT } from '@opcc/cli';

const map: MapId = mapId('engage-consult');
const pcc: PartyId = partyId('pcc');
const refused = (make: () => unknown): string => {
  try {
    make();
    return 'accepted';
  } catch (error) {
    return error instanceof InvalidIdError || error instanceof NotFoundError ? error.name : 'other';
  }
};
void renderValueChain(guide).then((chain) => {
  console.log(JSON.stringify({
    model: guideModelDir.length > 0 && indexModel(guide).getMap(map).title,
    accountable: entriesForParty(guide, 'northshire', pcc, 'accountable').length,
    profiles: codeUsage(guide, '1.2.2').profiles.length,
    handOffs: handOffs(guide, 'pcc', 'chief-constable').length,
    invalid: refused(() => partyId('Not An Id')),
    notFound: refused(() => entriesForParty(guide, 'northshire', 'northshire-opcc')),
    svg: chain.svg.startsWith('<svg'),
    site: typeof siteFiles,
    exitOk: EXIT.ok,
  }));
});
`;

// verbatimModuleSyntax is left out: it refuses `import` in a .cts file, and the CJS consumer is the same program as the ESM one.
const STRICT = { strict: true, noUncheckedIndexedAccess: true, exactOptionalPropertyTypes: true, isolatedModules: true, skipLibCheck: false };

beforeAll(async () => {
  const dir = temp('packed');
  const stage = join(dir, 'stage');
  const packs = join(dir, 'tarballs');
  consumer = join(dir, 'consumer');
  mkdirSync(stage);
  mkdirSync(packs);
  mkdirSync(join(consumer, 'src'), { recursive: true });
  await stageWorkspace(stage);
  await twoAtATime(PACKAGES, async (name) =>
    must(await runAsync(npx, ['-y', 'pnpm@10.34.8', 'pack', '--pack-destination', packs], join(stage, 'packages', name)), `packing @opcc/${name}`),
  );
  const files = readdirSync(packs);
  tarballs = Object.fromEntries(
    PACKAGES.map((name) => {
      const file = files.find((f) => f.startsWith(`opcc-${name}-`) && f.endsWith('.tgz'));
      if (file === undefined) throw new Error(`no tarball for @opcc/${name} in ${files.join(', ')}`);
      return [name, join(packs, file)];
    }),
  ) as Record<PackageName, string>;

  // Each @opcc dependency is the tarball, wherever it is asked for: never the registry.
  const specs = Object.fromEntries(PACKAGES.map((name) => [`@opcc/${name}`, `file:${tarballs[name]}`]));
  const overrides = Object.fromEntries(PACKAGES.map((name) => [`@opcc/${name}`, `$@opcc/${name}`]));
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module', dependencies: specs, overrides }, null, 2));
  must(run(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund', '--no-package-lock', '@types/node@20'], consumer), 'npm install');

  writeFileSync(join(consumer, 'src', 'consumer.mts'), CONSUMER);
  writeFileSync(join(consumer, 'src', 'consumer.cts'), CONSUMER);
  for (const name of PACKAGES) writeFileSync(join(consumer, 'src', `readme-${name}.mts`), readmeExample(name));
  const base = { ...STRICT, target: 'ES2022', lib: ['ES2023'], types: ['node'], rootDir: 'src' };
  writeFileSync(join(consumer, 'tsconfig.json'), JSON.stringify({ compilerOptions: { ...base, module: 'NodeNext', outDir: 'out' }, include: ['src'] }));
  writeFileSync(
    join(consumer, 'tsconfig.bundler.json'),
    // The declarations themselves were checked by the NodeNext run; this one checks how they resolve.
    JSON.stringify({ compilerOptions: { ...base, module: 'ESNext', moduleResolution: 'Bundler', noEmit: true, skipLibCheck: true }, include: ['src/*.mts'] }),
  );
}, 600_000);

describe('the packed packages, installed with npm into a fresh project', () => {
  it('ship what they need and nothing of the tests', () => {
    for (const name of PACKAGES) {
      const listing = must(run('tar', ['tzf', tarballs[name]], root), `listing ${name}`).split('\n');
      expect(listing, name).toContain('package/README.md');
      expect(listing, name).toEqual(
        expect.arrayContaining(['package/dist/index.js', 'package/dist/index.cjs', 'package/dist/index.d.ts', 'package/dist/index.d.cts']),
      );
      expect(
        listing.filter((f) => /\.(spec|test-d)\.ts$|\/(testing|fixtures)\//.test(f)),
        name,
      ).toEqual([]);
      const manifest = JSON.parse(must(run('tar', ['xzf', tarballs[name], '-O', 'package/package.json'], root), name)) as Record<string, unknown>;
      expect(JSON.stringify(manifest), `${name}: no workspace: ranges or source condition in the published manifest`).not.toMatch(/workspace:|@opcc\/source/);
    }
    const sizes = PACKAGES.map((name) => ({ name, bytes: statSync(tarballs[name]).size }));
    // A budget well above today's sizes (all under 200 kB), to catch a package that starts shipping what it should not.
    for (const { name, bytes } of sizes) expect(bytes, name).toBeLessThan(1_000_000);
    console.log(`tarball sizes: ${sizes.map(({ name, bytes }) => `@opcc/${name} ${(bytes / 1000).toFixed(1)} kB`).join(', ')}`);
    expect(existsSync(join(consumer, 'node_modules', '@opcc', 'guide', 'model', 'model.yaml'))).toBe(true);
    expect(existsSync(join(consumer, 'node_modules', '@opcc', 'core', 'schemas', 'model.schema.json'))).toBe(true);
  });

  it('are installed from the tarballs, not linked and not from the registry', () => {
    for (const name of PACKAGES) {
      const installed = join(consumer, 'node_modules', '@opcc', name);
      expect(lstatSync(installed).isSymbolicLink(), name).toBe(false);
      expect(existsSync(join(installed, 'src', 'index.ts')), name).toBe(false);
      expect(existsSync(join(installed, 'node_modules', '@opcc')), `${name} has its own copy of an @opcc package`).toBe(false);
      const lock = JSON.parse(readFileSync(join(consumer, 'node_modules', '.package-lock.json'), 'utf8')) as {
        packages: Record<string, { resolved?: string }>;
      };
      expect(lock.packages[`node_modules/@opcc/${name}`]?.resolved, name).toBe(`file:${relative(consumer, tarballs[name])}`);
    }
  });

  it('pass publint (warnings are errors) and arethetypeswrong', async () => {
    const bin = (tool: string) => join(root, 'node_modules', '.bin', tool);
    const reports = await twoAtATime(PACKAGES, async (name) => ({
      name,
      lint: await runAsync(bin('publint'), ['run', tarballs[name], '--strict'], root),
      types: await runAsync(bin('attw'), [tarballs[name], '--no-definitely-typed', '--format', 'json'], root),
    }));
    for (const { name, lint, types } of reports) {
      expect(lint.status, `publint @opcc/${name}:\n${lint.stdout}${lint.stderr}`).toBe(0);
      expect(`${lint.stdout}${lint.stderr}`, `publint @opcc/${name}`).not.toMatch(/Warnings:|Errors:/);
      const report = JSON.parse(types.stdout) as { analysis?: { problems?: unknown[] } };
      expect(report.analysis?.problems, `attw @opcc/${name}`).toEqual([]);
      expect(types.status, `attw @opcc/${name}`).toBe(0);
    }
  });

  it('export as values only names the JavaScript has, in ESM and CJS (types such as MapId are types only)', () => {
    const declared = declaredValues();
    for (const name of PACKAGES) {
      const values = declared[name];
      expect(values.length, name).toBeGreaterThan(0);
      const script = `const names = ${JSON.stringify(values)};
        const cjs = require('@opcc/${name}');
        import('@opcc/${name}').then((esm) => console.log(JSON.stringify(names.filter((n) => !(n in esm) || !(n in cjs)))));`;
      const missing = must(run(process.execPath, ['-e', script], consumer), `loading @opcc/${name}`);
      expect(JSON.parse(missing), `@opcc/${name} declares these as values`).toEqual([]);
    }
  });

  it('type-check a strict consumer and the README examples with NodeNext and with bundler resolution', () => {
    const nodeNext = run(process.execPath, [tsc, '-p', 'tsconfig.json'], consumer);
    expect(nodeNext.status, nodeNext.stdout).toBe(0);
    const bundler = run(process.execPath, [tsc, '-p', 'tsconfig.bundler.json'], consumer);
    expect(bundler.status, bundler.stdout).toBe(0);
  });

  it('run the consumer as ESM and as CJS', () => {
    const outputs = ['consumer.mjs', 'consumer.cjs'].map((file) => {
      const text = readFileSync(join(consumer, 'out', file), 'utf8');
      expect(text.includes('require("@opcc/core")'), file).toBe(file.endsWith('.cjs'));
      return JSON.parse(must(run(process.execPath, [join('out', file)], consumer), file)) as Record<string, unknown>;
    });
    expect(outputs[0]).toEqual(outputs[1]);
    expect(outputs[0]).toMatchObject({
      model: 'Engage & Consult',
      invalid: 'InvalidIdError',
      notFound: 'NotFoundError',
      svg: true,
      site: 'function',
      exitOk: 0,
    });
    expect(outputs[0]?.['accountable']).toBeGreaterThan(0);
    expect(outputs[0]?.['handOffs']).toBeGreaterThan(0);
  });

  it.each(PACKAGES)('run the README example of @opcc/%s', (name) => {
    const result = run(process.execPath, [join('out', `readme-${name}.mjs`)], consumer);
    expect(result.status, `${result.stdout}${result.stderr}`).toBe(0);
    expect(result.stdout.trim().length).toBeGreaterThan(0);
  });

  it('build the site of the packed reference model with the packed `opcc build`', () => {
    const site = join(consumer, 'site');
    const model = join(consumer, 'node_modules', '@opcc', 'guide', 'model');
    const build = run(join(consumer, 'node_modules', '.bin', 'opcc'), ['build', model, '--out', site, '--no-cache'], consumer);
    expect(build.status, `${build.stdout}${build.stderr}`).toBe(0);
    const pages = readdirSync(site);
    expect(pages).toContain('index.html');
    expect(pages.filter((page) => page.startsWith('map-')).length).toBeGreaterThanOrEqual(12);
  });
});
