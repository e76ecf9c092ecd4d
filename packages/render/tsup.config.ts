import { defineConfig } from 'tsup';
import { packageBuild } from '../../tsup.base.js';

// `@opcc/render/focus` is how a focus is named in a drawing alone, for browser scripts (see src/focus.ts).
export default defineConfig(packageBuild({ entry: ['src/index.ts', 'src/focus.ts'] }));
