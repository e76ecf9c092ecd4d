import { z } from 'zod';
import { GlossaryCode, MapId, OutcomeId, PartyId, ReferenceId, StakeholderId, StepId } from './ids.js';
import { Id, Markdown, Title, idList } from './primitives.js';

export const ScenarioId = Id.brand<'ScenarioId'>();
/** The id of a training scenario. */
export type ScenarioId = z.output<typeof ScenarioId>;

/** How a scenario is run: the HSEEP and Cabinet Office names for discussion-based exercises. */
export const SCENARIO_FORMATS = ['tabletop', 'walk-through', 'seminar'] as const;
/** How an inject reaches the players. */
export const INJECT_MEDIA = ['email', 'phone', 'meeting', 'media', 'social-media', 'report', 'letter', 'radio', 'briefing', 'other'] as const;

const Minutes = z.number().int().min(0);

export const StepRef = z
  .strictObject({
    map: MapId.optional().meta({ description: "The map the step is on; the module's focus map when left out." }),
    step: StepId,
  })
  .meta({ id: 'StepRef', description: 'A step of a process map.' });

export const Objective = z
  .strictObject({
    id: Id,
    text: Markdown.meta({ description: 'What the participants should be able to show, e.g. "Explain who the appropriate authority is".' }),
    outcomes: idList(OutcomeId).meta({ description: 'Outcomes of the model this objective serves.' }),
    codes: idList(GlossaryCode).meta({ description: 'Glossary entries this objective is about.' }),
    maps: idList(MapId).meta({ description: 'Process maps this objective is about.' }),
    observe: Markdown.optional().meta({ description: 'Facilitator only: what to look for to rate this objective.' }),
  })
  .meta({ id: 'ScenarioObjective', description: 'What the exercise sets out to test.' });

export const Role = z
  .strictObject({
    id: Id,
    title: Title,
    party: PartyId.optional().meta({ description: 'The party the participant plays.' }),
    stakeholder: StakeholderId.optional().meta({ description: 'The stakeholder the participant plays, when it is not a party.' }),
    briefing: Markdown.optional().meta({ description: 'What only this role is told at the start.' }),
  })
  // A participant always plays someone the model knows, so the run can show whose part it is.
  .refine((role) => role.party !== undefined || role.stakeholder !== undefined, {
    message: 'a role stands for someone in the model: give it a `party` or a `stakeholder`',
  })
  .meta({ id: 'ScenarioRole', description: 'Who a participant plays: a party or a stakeholder of the model.' });

export const Focus = z
  .strictObject({
    map: MapId,
    steps: idList(StepId).meta({ description: 'The steps of the map this module is about; drawn highlighted.' }),
  })
  .meta({ id: 'ScenarioFocus', description: 'The map, and the steps on it, that a module is about.' });

export const Inject = z
  .strictObject({
    id: Id,
    time: Minutes.meta({ description: 'Planned exercise time: minutes from the start of the exercise.' }),
    scenarioTime: z.string().optional().meta({ description: 'When it happens in the story, e.g. "Day 2, 07:30".' }),
    from: Id.meta({ description: 'Who sends it: a role or a stakeholder of the model.' }),
    to: idList(Id).meta({ description: 'The roles it is addressed to.' }),
    medium: z.enum(INJECT_MEDIA),
    content: Markdown,
    expects: z.array(StepRef).default([]).meta({ description: 'The expected actions: steps of a map the players should take.' }),
    objectives: idList(Id).meta({ description: 'The objectives this inject tests.' }),
    contingency: z
      .strictObject({ unless: StepRef.meta({ description: 'The expected action whose absence releases this inject.' }) })
      .optional()
      .meta({ description: 'Makes this a contingency inject, released only if the expected action has not happened.' }),
  })
  .meta({ id: 'ScenarioInject', description: 'A message or event released to the players: one row of the master scenario events list.' });

export const ChoiceOption = z
  .strictObject({
    id: Id,
    text: Title,
    feedback: Markdown.optional(),
    next: Id.optional().meta({ description: 'The module this choice leads to (a branch); otherwise the run carries on.' }),
  })
  .meta({ id: 'ScenarioChoice', description: 'One answer to a choice question.' });

export const Question = z
  .strictObject({
    id: Id,
    prompt: Markdown,
    kind: z.enum(['discussion', 'choice']).default('discussion'),
    options: z.array(ChoiceOption).default([]),
    answer: Markdown.optional().meta({ description: 'Facilitator only: the model answer.' }),
    points: z.array(z.string()).default([]).meta({ description: 'Facilitator only: points to draw out in discussion.' }),
    objectives: idList(Id).meta({ description: 'The objectives this question assesses.' }),
    steps: z.array(StepRef).default([]),
    codes: idList(GlossaryCode),
    references: idList(ReferenceId),
  })
  .meta({ id: 'ScenarioQuestion', description: 'A question put to the players.' });

export const ScenarioModule = z
  .strictObject({
    id: Id,
    title: Title,
    start: Minutes.meta({ description: 'Planned start: minutes from the start of the exercise.' }),
    narrative: Markdown.optional().meta({ description: 'The update read out at the start of the module.' }),
    focus: Focus.optional(),
    injects: z.array(Inject).default([]),
    questions: z.array(Question).default([]),
    next: Id.optional().meta({ description: 'The module that follows; by default the next one listed.' }),
    end: z.boolean().optional().meta({ description: 'True when the exercise ends after this module.' }),
  })
  .meta({ id: 'ScenarioModule', description: 'A phase of the exercise.' });

export const ScenarioDocument = z
  .strictObject({
    $schema: z.string().optional(),
    kind: z.literal('scenario'),
    id: ScenarioId,
    title: Title,
    summary: Markdown,
    audience: z.string().meta({ description: 'Who the exercise is for, e.g. "OPCC senior team and panel members".' }),
    format: z.enum(SCENARIO_FORMATS),
    duration: Minutes.meta({ description: 'Planned length in minutes.' }),
    marking: z.string().default('OFFICIAL').meta({ description: 'The handling marking printed on every page and handout.' }),
    version: z.string().optional(),
    illustrative: z.boolean().optional().meta({ description: 'True when the scenario is made up to show how the model works.' }),
    setting: Markdown.meta({ description: 'The situation as participants first hear it.' }),
    scenarioStart: z.string().optional().meta({ description: 'When the story starts, kept apart from exercise time, e.g. "Monday 6 May, 09:00".' }),
    references: idList(ReferenceId),
    objectives: z.array(Objective).default([]),
    roles: z.array(Role).default([]),
    modules: z.array(ScenarioModule).min(1),
    debrief: Markdown.optional().meta({ description: 'Hot debrief prompts.' }),
  })
  .meta({ id: 'ScenarioDocument', title: 'Scenario', description: 'A training scenario: an exercise run over the process maps, module by module.' });
