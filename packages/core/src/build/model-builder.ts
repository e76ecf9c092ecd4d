import { modelFromSources, type LoadResult } from '../load/load-model.js';
import type { DocumentOrigin, SourceDocument } from '../load/source.js';
import type { DocumentBodyInput, DocumentInput } from '../schema/documents.js';

/**
 * Builds a model in code with exactly the checks a model folder gets. Diagnostics name the
 * document (`process-map "engage-consult"`) in place of a file, and carry no line numbers.
 *
 * @example
 * const { model, diagnostics } = new ModelBuilder()
 *   .glossary({ entries: [{ code: '1', title: 'Governance' }] })
 *   .processMap({ id: 'engage', title: 'Engage', steps: [{ id: 'start', kind: 'start', title: 'Start' }] })
 *   .build();
 */
export class ModelBuilder {
  private readonly documents: DocumentInput[] = [];

  /** Adds any document, with its `kind`. */
  add(document: DocumentInput): this {
    this.documents.push(document);
    return this;
  }

  /** Names the model. */
  manifest(body: DocumentBodyInput<'model'>): this {
    return this.add({ kind: 'model', ...body });
  }
  /** Adds glossary entries; several glossary documents are merged. */
  glossary(body: DocumentBodyInput<'glossary'>): this {
    return this.add({ kind: 'glossary', ...body });
  }
  /** Adds parties. */
  parties(body: DocumentBodyInput<'parties'>): this {
    return this.add({ kind: 'parties', ...body });
  }
  /** Adds an accountability profile. */
  profile(body: DocumentBodyInput<'accountability-profile'>): this {
    return this.add({ kind: 'accountability-profile', ...body });
  }
  /** Sets the value chain. */
  valueChain(body: DocumentBodyInput<'value-chain'>): this {
    return this.add({ kind: 'value-chain', ...body });
  }
  /** Adds a process map. */
  processMap(body: DocumentBodyInput<'process-map'>): this {
    return this.add({ kind: 'process-map', ...body });
  }
  /** Adds stakeholders to the register. */
  stakeholders(body: DocumentBodyInput<'stakeholders'>): this {
    return this.add({ kind: 'stakeholders', ...body });
  }
  /** Adds a relationship map. */
  relationshipMap(body: DocumentBodyInput<'relationship-map'>): this {
    return this.add({ kind: 'relationship-map', ...body });
  }
  /** Declares relation kinds beyond the built-in ones. */
  relationKinds(body: DocumentBodyInput<'relation-kinds'>): this {
    return this.add({ kind: 'relation-kinds', ...body });
  }
  /** Adds an outcome framework. */
  outcomeFramework(body: DocumentBodyInput<'outcome-framework'>): this {
    return this.add({ kind: 'outcome-framework', ...body });
  }
  /** Adds reference material. */
  references(body: DocumentBodyInput<'references'>): this {
    return this.add({ kind: 'references', ...body });
  }
  /** Adds a collaboration. */
  collaboration(body: DocumentBodyInput<'collaboration'>): this {
    return this.add({ kind: 'collaboration', ...body });
  }
  /** Adds a training scenario. */
  scenario(body: DocumentBodyInput<'scenario'>): this {
    return this.add({ kind: 'scenario', ...body });
  }

  /** Adds an option for change. */
  changeSet(body: DocumentBodyInput<'change-set'>): this {
    return this.add({ kind: 'change-set', ...body });
  }

  /** Validates everything added so far and returns the model with every diagnostic. */
  build(): LoadResult {
    const sources: SourceDocument[] = this.documents.map((value) => ({ origin: originFor(value), value }));
    return modelFromSources(sources);
  }
}

function originFor(document: DocumentInput): DocumentOrigin {
  const id = 'id' in document && typeof document.id === 'string' ? ` "${document.id}"` : '';
  return { file: `${document.kind}${id}`, locate: () => undefined };
}
