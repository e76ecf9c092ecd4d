import type { DocumentKind, ModelDocumentOf } from '../schema/documents.js';
import type { DocumentOrigin } from './source.js';

/** A document that passed its schema: its kind, its validated data and where it came from. */
export type ParsedDocument<K extends DocumentKind = DocumentKind> = K extends DocumentKind
  ? {
      readonly kind: K;
      readonly data: ModelDocumentOf<K>;
      readonly origin: DocumentOrigin;
      /** True when invalid parts were cut away; totals over its lists are then not checked. */
      readonly repaired?: boolean;
    }
  : never;
