import type { Scenario } from '@opcc/core';

/** A module (phase) of a scenario. */
export type ScenarioModule = Scenario['modules'][number];
/** A question of a scenario module. */
export type ScenarioQuestion = ScenarioModule['questions'][number];
/** An inject of a scenario module. */
export type ScenarioInject = ScenarioModule['injects'][number];
