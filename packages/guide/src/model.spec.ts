import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  breadcrumbs,
  codeDepth,
  formatDiagnostic,
  glossaryCode,
  loadModelSync,
  mapId,
  mapsServingOutcome,
  stepId,
  whereUsed,
  type ProcessMap,
  type Segment,
} from '@opcc/core';
import { guide, guideModelDir } from './index.js';

const mapById = new Map(guide.maps.map((m) => [m.id as string, m]));
const map = (id: string): ProcessMap => {
  const found = mapById.get(id);
  if (found === undefined) throw new Error(`no map ${id}`);
  return found;
};
const codes = new Set(guide.glossary.entries.map((e) => e.code as string));
const vc = guide.valueChain;
const allSegments: Segment[] = vc === undefined ? [] : [...vc.stages, ...vc.bands, ...vc.areas, ...vc.chain, ...vc.supporting];
/** References attached to a map or to any of its steps. */
const attached = (m: ProcessMap): Set<string> => new Set([...m.references, ...m.steps.flatMap((s) => s.references)]);

describe('loading', () => {
  it('loads the model folder with zero diagnostics, warnings included', () => {
    const result = loadModelSync(guideModelDir);
    expect(result.diagnostics.map((d) => formatDiagnostic(d))).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('exports the model folder as an absolute path and the loaded model', () => {
    expect(isAbsolute(guideModelDir)).toBe(true);
    expect(existsSync(join(guideModelDir, 'model.yaml'))).toBe(true);
    expect(guide.title).toMatch(/OPCC Guide Operating Model/);
    expect(guide.maps.length).toBe(loadModelSync(guideModelDir).model.maps.length);
  });

  it('starts every model file with a comment saying what it is', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.yaml') ? [join(dir, e.name)] : [],
      );
    const yamlFiles = files(guideModelDir);
    expect(yamlFiles.length).toBeGreaterThan(20);
    for (const file of yamlFiles) expect(readFileSync(file, 'utf8').startsWith('# '), file).toBe(true);
  });
});

describe('the value chain', () => {
  it('has the four stages, three bands, four responsibility areas, the chain and supporting processes of the 2012 model', () => {
    expect(vc).toBeDefined();
    expect(vc?.stages.map((s) => s.title)).toEqual(['Engage & Consult', 'Develop', 'Commission', 'Monitor']);
    expect(vc?.bands.map((s) => s.title)).toEqual(['Manage public engagement', 'Lead service', 'Assure service']);
    expect(vc?.areas.map((s) => s.title)).toEqual([
      'Information',
      'Strategy and Resource Planning',
      'Scrutiny and Performance',
      'Commissioning and Service Delivery',
    ]);
    expect(vc?.chain.map((s) => s.title)).toEqual(['Mandate', 'Objectives and priorities', 'Outcomes']);
    expect(vc?.supporting.map((s) => s.title)).toEqual(['Supporting processes']);
  });

  it('links every segment to an existing map and gives its framework alignment', () => {
    expect(allSegments.length).toBe(15);
    const refs = new Set(guide.references.map((r) => r.id as string));
    for (const segment of allSegments) {
      expect(segment.map, segment.id).toBeDefined();
      expect(mapById.has(segment.map ?? ''), `${segment.id} → ${segment.map}`).toBe(true);
      expect(segment.alignment?.area, segment.id).toBeTruthy();
      expect(segment.alignment?.note.length ?? 0, segment.id).toBeGreaterThan(40);
      expect(refs.has(segment.alignment?.reference ?? ''), segment.id).toBe(true);
    }
  });

  it('quotes the 2012 alignment of Engage & Consult with the Information portfolio', () => {
    expect(vc?.stages[0]?.alignment?.note).toBe(
      'Standards and responsibilities in this segment of the OPCC Value Chain broadly align with those under the Information portfolio of PCC Responsibilities in the Skills for Justice OPCC Professional Framework.',
    );
  });

  it('reaches every map from a segment by drilling down through sub-processes', () => {
    const reached = new Set<string>();
    const visit = (id: string): void => {
      if (reached.has(id)) return;
      reached.add(id);
      for (const step of map(id).steps) if (step.kind === 'sub-process') visit(step.map);
    };
    for (const segment of allSegments) if (segment.map !== undefined) visit(segment.map);
    expect([...mapById.keys()].filter((id) => !reached.has(id))).toEqual([]);
  });
});

describe('process maps', () => {
  it('has at least 12 maps with a start event, an end event and lanes', () => {
    expect(guide.maps.length).toBeGreaterThanOrEqual(12);
    for (const m of guide.maps) {
      expect(
        m.steps.some((s) => s.kind === 'start'),
        m.id,
      ).toBe(true);
      expect(
        m.steps.some((s) => s.kind === 'end'),
        m.id,
      ).toBe(true);
      expect(m.lanes.length, m.id).toBeGreaterThan(0);
      expect(m.guidance?.length ?? 0, m.id).toBeGreaterThan(80);
      expect(m.outcomes.length, m.id).toBeGreaterThan(0);
    }
  });

  it('gives every step guidance and a lane of its map', () => {
    for (const m of guide.maps) {
      const lanes = new Set(m.lanes.map((l) => l.id as string));
      for (const step of m.steps) {
        expect(step.guidance?.trim().length ?? 0, `${m.id}/${step.id}`).toBeGreaterThan(40);
        expect(lanes.has(step.lane ?? ''), `${m.id}/${step.id} lane ${step.lane}`).toBe(true);
      }
    }
  });

  it('gives every activity a glossary code that the glossary has, except those of oversight bodies and the public', () => {
    // The glossary draws the boundary between the Commissioner and the Chief Constable; the panel and the IOPC oversee them
    // and the public answers consultations, and none has entries in it, so their steps carry no code (a Commissioner's code
    // would make the step the Commissioner's).
    const oversight = /^(Police and Crime Panel|Independent Office for Police Conduct|Public)$/;
    const activities = guide.maps.flatMap((m) =>
      m.steps.filter((s) => s.kind === 'activity' && !oversight.test(m.lanes.find((l) => l.id === s.lane)?.title ?? '')).map((s) => ({ m: m.id, s })),
    );
    expect(activities.length).toBeGreaterThan(60);
    for (const { m, s } of activities) {
      const code = s.kind === 'activity' ? s.code : undefined;
      expect(code, `${m}/${s.id}`).toBeDefined();
      expect(codes.has(code ?? ''), `${m}/${s.id} code ${code}`).toBe(true);
    }
  });

  it('shows who performs each step: OPCC, force, partners and panel lanes', () => {
    const laneTitles = new Set(guide.maps.flatMap((m) => m.lanes.map((l) => l.title)));
    for (const title of ['OPCC', 'Force', 'Partners', 'Police and Crime Panel']) expect(laneTitles.has(title), title).toBe(true);
    const parties = new Set(guide.maps.flatMap((m) => m.lanes.flatMap((l) => (l.party === undefined ? [] : [l.party as string]))));
    expect([...parties].sort()).toEqual(['chief-constable', 'pcc']);
  });

  it('has a top map per stage and the Engage & Consult sub-processes and outputs of the 2012 model', () => {
    for (const id of ['engage-consult', 'develop', 'commission', 'monitor']) expect(map(id).parent, id).toBeUndefined();
    const ec = map('engage-consult');
    const drills = ec.steps.flatMap((s) => (s.kind === 'sub-process' ? [[s.title, s.map as string]] : []));
    expect(drills).toContainEqual(['Conduct Stakeholder Analysis', 'conduct-stakeholder-analysis']);
    expect(drills).toContainEqual(['Define Stakeholder Objectives', 'define-stakeholder-objectives']);
    expect(ec.steps.filter((s) => s.kind === 'output').map((s) => s.title)).toEqual(['Commissioner Mandate', 'Community Outcome Framework']);
    expect(map('conduct-stakeholder-analysis').parent).toBe('engage-consult');
    expect(map('define-stakeholder-objectives').parent).toBe('engage-consult');
  });

  it('gives every sub-process map the drilling map as its parent', () => {
    for (const m of guide.maps) {
      for (const step of m.steps) if (step.kind === 'sub-process') expect(map(step.map).parent, `${m.id}/${step.id}`).toBe(m.id);
    }
  });

  it('covers the plan, the budget and precept with the panel veto, the commissioning cycle and holding to account', () => {
    expect(
      map('develop')
        .steps.filter((s) => s.kind === 'sub-process')
        .map((s) => s.kind === 'sub-process' && s.map),
    ).toEqual(expect.arrayContaining(['police-and-crime-plan', 'budget-and-precept']));
    const precept = map('budget-and-precept');
    const veto = precept.steps.find((s) => s.kind === 'decision' && /veto/i.test(s.title));
    expect(veto?.lane).toBe('panel');
    expect(veto?.guidance).toMatch(/two-thirds/);
    expect(precept.flows.some((f) => f.from === veto?.id && /two-thirds/.test(f.condition ?? ''))).toBe(true);
    const cycle = map('commissioning-cycle').steps.map((s) => s.title);
    for (const t of ['Analyse need and demand', 'Write the commissioning plan', 'Procure or grant?', 'Monitor contract and grant performance'])
      expect(cycle).toContain(t);
    expect(
      map('monitor')
        .steps.filter((s) => s.kind === 'sub-process')
        .map((s) => s.kind === 'sub-process' && s.map),
    ).toEqual(expect.arrayContaining(['hold-chief-constable-to-account', 'performance-scrutiny', 'annual-report']));
  });

  it('never has the panel scrutinising the Chief Constable in map guidance', () => {
    for (const m of guide.maps) {
      for (const s of m.steps)
        if (s.lane === 'panel') expect(s.guidance ?? '', `${m.id}/${s.id}`).not.toMatch(/panel (scrutinises|holds) the Chief Constable/i);
    }
  });
});

describe('breadcrumbs and where-used', () => {
  it('lead from Conduct Stakeholder Analysis up to the value chain', () => {
    const trail = breadcrumbs(guide, { map: mapId('conduct-stakeholder-analysis'), step: stepId('map-relationships') });
    expect(trail.map((c) => `${c.kind}:${c.title}`)).toEqual([
      'value-chain:OPCC Value Chain',
      'segment:Engage & Consult',
      'map:Engage & Consult',
      'map:Conduct Stakeholder Analysis',
      'step:Map stakeholder relationships and accountabilities',
    ]);
  });

  it('finds 1.1.2.8, the code the 2012 slides cite, on the stakeholder analysis map', () => {
    expect(whereUsed(guide, glossaryCode('1.1.2.8')).steps).toEqual([{ map: 'conduct-stakeholder-analysis', step: 'map-relationships', code: '1.1.2.8' }]);
  });
});

describe('the illustrative Police Activities Glossary', () => {
  it('has at least 150 entries over four named levels and says it is illustrative', () => {
    expect(guide.glossary.entries.length).toBeGreaterThanOrEqual(150);
    expect(guide.glossary.levels).toEqual(['category', 'group', 'process', 'activity']);
    expect(new Set(guide.glossary.entries.map((e) => codeDepth(e.code)))).toEqual(new Set([1, 2, 3, 4]));
    expect(new Set(guide.glossary.entries.map((e) => e.level))).toEqual(new Set(['category', 'group', 'process', 'activity']));
    expect(guide.glossary.illustrative).toBe(true);
    expect(guide.glossary.edition).toBe('2012 illustrative');
  });

  it('has Governance and the CIPFA Police Objective Analysis functions at the top', () => {
    const top = guide.glossary.entries.filter((e) => codeDepth(e.code) === 1).map((e) => e.title);
    expect(top).toEqual([
      'Governance',
      'Local Policing',
      'Dealing with the Public',
      'Criminal Justice Arrangements',
      'Road Policing',
      'Operational Support',
      'Intelligence',
      'Investigations',
      'Public Protection',
      'Investigative Support',
      'National Policing',
      'Support Functions',
    ]);
    const governanceGroups = guide.glossary.entries.filter((e) => codeDepth(e.code) === 2 && e.code.startsWith('1.')).map((e) => e.title);
    expect(governanceGroups.length).toBeGreaterThanOrEqual(6);
  });

  it('has 1.1.2.8 as a stakeholder analysis activity', () => {
    const entry = guide.glossary.entries.find((e) => e.code === '1.1.2.8');
    expect(entry?.level).toBe('activity');
    expect(guide.glossary.entries.find((e) => e.code === '1.1.2')?.title).toBe('Stakeholder analysis');
  });
});

describe('reference material', () => {
  const byTitle = new Map(guide.references.map((r) => [r.title.toLowerCase(), r]));
  /** The reference with exactly this title, or else the first whose title contains it. */
  const find = (fragment: string) => {
    const exact = byTitle.get(fragment.toLowerCase());
    const hits = exact !== undefined ? [exact] : guide.references.filter((r) => r.title.toLowerCase().includes(fragment.toLowerCase()));
    expect(hits.length, fragment).toBeGreaterThan(0);
    return hits[0]!;
  };
  const relationshipMaps = ['all accountabilities overview', 'major incident gold group', 'domestic violence', 'fly-tipping'];
  const objectivesMaterial = [
    'Strategic Needs scoring matrix (example)',
    'Strategic assessment (example)',
    'HMIC crime and policing comparator',
    'Crime reports',
    'Police.uk',
    'HMIC Value for Money Profiles',
    'iQuanta',
  ];

  it('lists every item the 2012 model names, each with a link or a note', () => {
    for (const fragment of [...relationshipMaps, ...objectivesMaterial]) find(fragment);
    for (const r of guide.references) expect(r.href !== undefined || r.relationshipMap !== undefined || (r.note?.length ?? 0) > 20, r.id).toBe(true);
    expect(byTitle.get('police.uk')?.href).toBe('https://www.police.uk/');
    expect(find('iQuanta').href).toBeUndefined();
    expect(find('iQuanta').note).toMatch(/restricted/i);
    for (const fragment of ['scoring matrix', 'Strategic assessment (example)']) expect(find(fragment).href, fragment).toBeUndefined();
  });

  it('attaches the example relationship maps to Conduct Stakeholder Analysis and the rest to Define Stakeholder Objectives', () => {
    const analysis = attached(map('conduct-stakeholder-analysis'));
    for (const fragment of relationshipMaps) {
      const ref = find(fragment);
      expect(ref.kind, fragment).toBe('relationship-map');
      expect(analysis.has(ref.id), fragment).toBe(true);
    }
    const objectives = attached(map('define-stakeholder-objectives'));
    for (const fragment of objectivesMaterial) expect(objectives.has(find(fragment).id), fragment).toBe(true);
  });

  it('points the relationship-map references at relationship maps the model has', () => {
    const ids = new Set(guide.relationshipMaps.map((r) => r.id as string));
    const shown = guide.references.filter((r) => r.kind === 'relationship-map').map((r) => r.relationshipMap as string);
    expect(shown.sort()).toEqual(['all-accountabilities', 'domestic-abuse', 'fly-tipping', 'major-incident-gold-group']);
    for (const id of shown) expect(ids.has(id), id).toBe(true);
  });

  it('only links to http(s) addresses or files that exist in the model folder', () => {
    for (const r of guide.references) {
      if (r.href === undefined) continue;
      if (/^https?:\/\//.test(r.href)) expect(r.href).toMatch(/^https:\/\//);
      else expect(existsSync(join(guideModelDir, r.href)), r.href).toBe(true);
    }
  });
});

describe('the Community Outcome Framework', () => {
  const framework = guide.outcomeFrameworks[0];

  it('has the vision and the five outcomes of the 2012 model', () => {
    expect(guide.outcomeFrameworks.length).toBe(1);
    expect(framework?.vision.title).toMatch(/^Communities in \w+ are safer and feel safer$/);
    expect(framework?.outcomes.map((o) => o.title)).toEqual([
      'Crime and re-offending is reduced',
      'Anti-social behaviour is reduced',
      'Victims and witnesses are supported',
      'Local, regional and national threats, risks and harm are tackled',
      'The criminal justice system operates effectively and efficiently',
    ]);
  });

  it('has objectives serving outcomes, area priorities for at least three districts and measures with data sources', () => {
    expect(framework?.objectives.length).toBeGreaterThanOrEqual(5);
    for (const o of framework?.objectives ?? []) expect(o.outcomes.length, o.id).toBeGreaterThan(0);
    expect(new Set(framework?.areaPriorities.map((p) => p.area)).size).toBeGreaterThanOrEqual(3);
    for (const p of framework?.areaPriorities ?? []) expect(p.objectives.length, p.id).toBeGreaterThan(0);
    const measures = [framework?.vision, ...(framework?.outcomes ?? []), ...(framework?.objectives ?? [])].flatMap((e) => e?.measures ?? []);
    expect(measures.length).toBeGreaterThanOrEqual(10);
    for (const m of measures) expect(m.source, m.id).toBeTruthy();
    const dataSources = new Set(guide.references.filter((r) => r.kind === 'data-source').map((r) => r.id as string));
    const referenced = measures.flatMap((m) => (m.reference === undefined ? [] : [m.reference as string]));
    expect(referenced).toEqual(expect.arrayContaining(['police-uk', 'crime-reports']));
    for (const id of referenced.filter((id) => id !== 'hmicfrs')) expect(dataSources.has(id), id).toBe(true);
    for (const outcome of framework?.outcomes ?? []) expect(outcome.measures.length, outcome.id).toBeGreaterThan(0);
  });

  it('has every outcome served by at least one process map', () => {
    for (const outcome of framework?.outcomes ?? []) expect(mapsServingOutcome(guide, outcome.id).length, outcome.id).toBeGreaterThan(0);
  });
});
