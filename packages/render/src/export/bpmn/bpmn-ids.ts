/*
 * BPMN ids must be XML names, which cannot start with a digit (a glossary code or an id such
 * as `2024-plan` can), and must be unique across the file, where several maps may share step
 * ids. So every id gets a prefix naming what it is and the map it belongs to, joined by `_`,
 * a character our own ids never hold, which lets import take them apart again.
 */

/** The namespace of the attributes that carry what BPMN has no place for (glossary codes, outcomes). */
export const OPCC_BPMN_NAMESPACE = 'urn:opcc:bpmn:1';

/** The prefix of {@link OPCC_BPMN_NAMESPACE} in written files. */
export const OPCC_PREFIX = 'opcc';

/** The BPMN id of a process map's process. */
export const processId = (map: string): string => `Process_${map}`;
/** The BPMN id of a process map's pool. */
export const participantId = (map: string): string => `Participant_${map}`;
/** The BPMN id of a process map's lane set. */
export const laneSetId = (map: string): string => `LaneSet_${map}`;
/** The BPMN id of a lane. */
export const laneElementId = (map: string, lane: string): string => `Lane_${map}_${lane}`;
/** The BPMN id of a step. */
export const stepElementId = (map: string, step: string): string => `Step_${map}_${step}`;
/** The BPMN id of the flow at `index` in the map's list of flows. */
export const flowElementId = (map: string, index: number): string => `Flow_${map}_${index + 1}`;
/** The id of the diagram-interchange shape or edge drawing a BPMN element. */
export const diId = (elementId: string): string => `${elementId}_di`;

/**
 * Our id inside a BPMN id written by {@link processId} and its kin, or undefined when the id
 * was not written that way (a file from another tool).
 */
export function ownId(bpmnId: string | undefined, prefix: string, map?: string): string | undefined {
  const head = map === undefined ? `${prefix}_` : `${prefix}_${map}_`;
  if (bpmnId === undefined || !bpmnId.startsWith(head)) return undefined;
  const rest = bpmnId.slice(head.length);
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(rest) ? rest : undefined;
}

/** An id of our form made from any text (a foreign BPMN id or name): lower-case words joined by hyphens. */
export function slugId(text: string, fallback: string): string {
  const slug = text
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? fallback : slug;
}
