/**
 * @packageDocumentation
 * The 2012 OPCC Guide Operating Model as reference data: the OPCC value chain, its process
 * maps, an illustrative Police Activities Glossary, accountability profiles for two fictional
 * areas, the stakeholder register and relationship maps, the Community Outcome Framework,
 * reference material and two example collaborations. The YAML files live in the package's
 * `model` folder; copy that folder to make your own model.
 */
import { fileURLToPath } from 'node:url';
import { formatDiagnostic, loadModelSync, type Model } from '@opcc/core';

/**
 * The absolute path of the folder holding the reference model's YAML files. Pass it to
 * `loadModel` from `@opcc/core`, or copy the folder as the starting point of your own model.
 */
export const guideModelDir: string = fileURLToPath(new URL('../model', import.meta.url));

/** Loads the model folder, refusing to hand out a model with errors. */
function loadGuide(): Model {
  const result = loadModelSync(guideModelDir);
  if (!result.ok) {
    const errors = result.diagnostics.map((d) => formatDiagnostic(d)).join('\n');
    throw new Error(`the reference model in ${guideModelDir} has errors:\n${errors}`);
  }
  return result.model;
}

/**
 * The reference model, loaded and validated from {@link guideModelDir} when the package is
 * first imported. Loading throws an `Error` listing the diagnostics if the model has errors,
 * which the package's tests make sure never happens.
 */
export const guide: Model = loadGuide();
