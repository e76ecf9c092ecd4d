// Generates large, valid models for benchmarks, deterministically from a seed.
import { stringify } from 'yaml';

/** A tiny seeded PRNG (mulberry32), so every run benchmarks the same model. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GeneratedSize {
  readonly glossaryEntries: number;
  readonly maps: number;
  readonly minSteps: number;
  readonly maxSteps: number;
  readonly stakeholders: number;
}

/** Glossary codes over four levels, breadth first, until `count` entries exist. */
function glossaryCodes(count: number): string[] {
  const codes: string[] = [];
  const fan = Math.ceil(Math.pow(count, 1 / 4)) + 1;
  const walk = (prefix: string, depth: number) => {
    for (let i = 1; i <= fan && codes.length < count; i++) {
      const code = prefix === '' ? String(i) : `${prefix}.${i}`;
      codes.push(code);
      if (depth < 4) walk(code, depth + 1);
    }
  };
  walk('', 1);
  return codes;
}

/** Model files (path → YAML text) of the given size. */
export function generateModelFiles(size: GeneratedSize, seed = 1): Map<string, string> {
  const rand = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const files = new Map<string, string>();
  const codes = glossaryCodes(size.glossaryEntries);
  const leafCodes = codes.filter((c) => c.split('.').length === 4);
  files.set(
    'glossary.yaml',
    stringify({
      kind: 'glossary',
      edition: 'bench',
      levels: ['category', 'group', 'process', 'activity'],
      entries: codes.map((code) => ({ code, title: `Activity ${code}`, description: `Generated entry ${code} for benchmarking.` })),
    }),
  );
  files.set(
    'parties.yaml',
    stringify({
      kind: 'parties',
      parties: [
        { id: 'pcc', title: 'Commissioner', type: 'commissioner' },
        { id: 'cc', title: 'Chief Constable', type: 'chief-constable' },
      ],
    }),
  );
  const tops = codes.filter((c) => !c.includes('.'));
  files.set(
    'profile.yaml',
    stringify({
      kind: 'accountability-profile',
      id: 'bench',
      title: 'Bench',
      // Both parties take part in every entry, as a step in either's lane must be assigned to its party.
      assignments: tops.map((code, i) => ({ code, accountable: i % 2 === 0 ? 'pcc' : 'cc', responsible: i % 2 === 0 ? 'cc' : 'pcc' })),
    }),
  );
  files.set(
    'stakeholders.yaml',
    stringify({
      kind: 'stakeholders',
      stakeholders: Array.from({ length: size.stakeholders }, (_, i) => ({
        id: `s-${i}`,
        title: `Stakeholder ${i}`,
        type: 'organisation',
        influence: 1 + (i % 5),
        interest: 1 + ((i * 3) % 5),
      })),
    }),
  );
  files.set(
    'relationships.yaml',
    stringify({
      kind: 'relationship-map',
      id: 'all',
      title: 'All',
      relations: Array.from({ length: size.stakeholders }, (_, i) => ({ from: `s-${i}`, to: `s-${(i * 7 + 1) % size.stakeholders}`, kind: 'coordinates' })),
    }),
  );
  for (let m = 0; m < size.maps; m++) {
    const count = size.minSteps + Math.floor(rand() * (size.maxSteps - size.minSteps + 1));
    const steps: Array<Record<string, unknown>> = [{ id: 'start', kind: 'start', title: 'Start' }];
    const flows: Array<Record<string, unknown>> = [];
    for (let s = 1; s < count - 1; s++) {
      const decision = s % 7 === 0;
      steps.push(
        decision
          ? { id: `s${s}`, kind: 'decision', title: `Decide ${s}?`, lane: pick(['opcc', 'force', 'partners']), guidance: 'Weigh the evidence.' }
          : {
              id: `s${s}`,
              kind: 'activity',
              title: `Step ${s} of map ${m}`,
              lane: pick(['opcc', 'force', 'partners']),
              code: pick(leafCodes),
              guidance: `Do step ${s}.`,
            },
      );
      flows.push({ from: s === 1 ? 'start' : `s${s - 1}`, to: `s${s}` });
      if (decision && s + 2 < count - 1) flows.push({ from: `s${s}`, to: `s${s + 2}`, label: 'skip' });
    }
    steps.push({ id: 'end', kind: 'end', title: 'End' });
    flows.push({ from: `s${count - 2}`, to: 'end' });
    const lanes = [
      { id: 'opcc', title: 'OPCC', party: 'pcc' },
      { id: 'force', title: 'Force', party: 'cc' },
      { id: 'partners', title: 'Partners' },
      // A short map may leave a lane unused, and an empty lane is a warning: declare only those in use.
    ].filter((lane) => steps.some((step) => step['lane'] === lane.id));
    files.set(`maps/map-${m}.yaml`, stringify({ kind: 'process-map', id: `map-${m}`, title: `Map ${m}`, lanes, steps, flows }));
  }
  return files;
}
