import { defineConfig } from 'tsup';
import { packageBuild } from '../../tsup.base.js';

// `@opcc/core/files` reads a model folder without loading the rest of core (see src/files.ts);
// `@opcc/core/csv-cells` is the spreadsheet-cell rule alone, for browser scripts (see src/csv-cells.ts).
export default defineConfig(packageBuild({ entry: ['src/index.ts', 'src/files.ts', 'src/csv-cells.ts'] }));
