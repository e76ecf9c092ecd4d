/*
 * bpmn-moddle ships types for its BPMN elements but none for its package entry; this declares
 * the small part of its API the exchange code calls.
 */
declare module 'bpmn-moddle' {
  /** A BPMN element as bpmn-moddle holds it: typed properties plus attributes from other namespaces. */
  export interface ModdleElement {
    readonly $type: string;
    readonly $attrs: Record<string, string>;
    readonly $parent?: ModdleElement;
    readonly id?: string;
    [property: string]: unknown;
  }

  /** A problem bpmn-moddle met while reading, with the element it concerns when known. */
  export interface ModdleWarning {
    readonly message: string;
    readonly element?: ModdleElement;
    readonly property?: string;
    readonly value?: unknown;
  }

  /** What {@link BpmnModdle.fromXML} resolves to. */
  export interface ModdleReadResult {
    readonly rootElement: ModdleElement;
    readonly warnings: readonly ModdleWarning[];
    readonly elementsById: Readonly<Record<string, ModdleElement>>;
  }

  /** Builds, reads and writes BPMN 2.0 XML. */
  export class BpmnModdle {
    constructor(packages?: Record<string, unknown>);
    create(type: string, properties?: Record<string, unknown>): ModdleElement;
    toXML(element: ModdleElement, options?: { readonly format?: boolean }): Promise<{ readonly xml: string }>;
    fromXML(xml: string, typeName?: string): Promise<ModdleReadResult>;
  }
}
