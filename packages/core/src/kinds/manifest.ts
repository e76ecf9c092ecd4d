import type { KindDefinition } from './kind-definition.js';

const DEFAULT_TITLE = 'OPCC operating model';

/** The manifest (`kind: model`): the name, description, version and date of the whole model. */
export const manifestKind: KindDefinition<'model'> = {
  kind: 'model',
  // The first manifest names the model; a second one would be silently ignored.
  declare: (ctx, documents) => documents.slice(1).forEach((doc) => ctx.report('duplicate-model-document', {}, { origin: doc.origin, path: ['kind'] })),
  references: [],
  fromModel: (model) => [{ title: model.title, description: model.description, version: model.version, asAt: model.asAt }],
  assemble: ([manifest]) => ({
    title: manifest?.title ?? DEFAULT_TITLE,
    ...(manifest?.description === undefined ? {} : { description: manifest.description }),
    ...(manifest?.version === undefined ? {} : { version: manifest.version }),
    ...(manifest?.asAt === undefined ? {} : { asAt: manifest.asAt }),
  }),
};
