import { describe, expect, it } from 'vitest';
import { assembleModel } from '../model/assemble.js';
import { DOCUMENT_KINDS } from '../schema/documents.js';
import { fixtureBuilder } from '../testing/fixture-model.js';
import { KINDS, kindDefinitions } from './registry.js';

describe('the registry of document kinds', () => {
  it('has a definition for every kind, under its own name', () => {
    expect(Object.keys(KINDS).sort()).toEqual([...DOCUMENT_KINDS].sort());
    for (const definition of kindDefinitions()) expect(KINDS[definition.kind].kind).toBe(definition.kind);
  });

  it('gives each field of the model to exactly one kind', () => {
    const { model } = fixtureBuilder().build();
    const fields = kindDefinitions().flatMap((definition) => Object.keys(definition.assemble(definition.fromModel(model))));
    expect([...fields].sort()).toEqual(Object.keys(model).sort());
  });

  it('gives back from a model the bodies that assemble into an equal model', () => {
    const { model } = fixtureBuilder().build();
    const documents = kindDefinitions().flatMap((definition) =>
      definition.fromModel(model).map((data) => ({ kind: definition.kind, data, origin: { locate: () => undefined } })),
    );
    expect(assembleModel(documents as Parameters<typeof assembleModel>[0])).toEqual(model);
  });
});
