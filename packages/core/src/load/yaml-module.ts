import { createRequire } from 'node:module';

type Yaml = typeof import('yaml');
let loaded: Yaml | undefined;

/**
 * The `yaml` package, loaded the first time it is needed: well-formed model files are read by
 * js-yaml alone, so loading a model without a syntax error (or writing none) never pays the
 * ~60 ms it takes to load. Its CommonJS build is required, which can be done without waiting.
 */
export function yamlModule(): Yaml {
  loaded ??= createRequire(import.meta.url)('yaml') as Yaml;
  return loaded;
}
