import { ModelBuilder } from '@opcc/core';
import { mapLayoutInput } from '@opcc/render';
import { describe, expect, it } from 'vitest';
import { answersList, answersOf } from './decision-answers.js';

const { model } = new ModelBuilder()
  .manifest({ title: 'Answers' })
  .processMap({
    id: 'veto',
    title: 'Veto',
    steps: [
      { id: 'start', kind: 'start', title: 'Start' },
      { id: 'vetoes', kind: 'decision', title: 'Does the panel veto?' },
      { id: 'revise', kind: 'activity', title: 'Revise the precept' },
      { id: 'issue', kind: 'activity', title: 'Issue the precept' },
      { id: 'publish', kind: 'end', title: 'Published' },
    ],
    flows: [
      { from: 'start', to: 'vetoes' },
      { from: 'vetoes', to: 'revise', condition: 'yes: two-thirds of members vote to veto' },
      { from: 'vetoes', to: 'issue', label: 'No', condition: 'fewer than two-thirds vote to veto' },
      { from: 'revise', to: 'issue' },
      { from: 'issue', to: 'publish', label: 'next year' },
    ],
  })
  .build();
const map = model.maps[0]!;
const step = (id: string) => map.steps.find((s) => s.id === id)!;

describe('answersOf', () => {
  it('gives each answer of a decision, its condition and where it leads', () => {
    expect(answersOf(map, step('vetoes')).map((a) => [a.answer, a.condition, a.to.id])).toEqual([
      ['Yes', 'two-thirds of members vote to veto', 'revise'],
      ['No', 'fewer than two-thirds vote to veto', 'issue'],
    ]);
  });

  it('says each answer of a decision in the words the drawing writes on its arrow', () => {
    const drawn = mapLayoutInput(model, 'veto').flows.filter((f) => f.from === 'vetoes');
    const listed = answersOf(map, step('vetoes'));
    expect(listed.map((a) => [a.to.id, a.answer])).toEqual(drawn.map((f) => [f.to, f.label?.lines.join(' ')]));
    expect(listed.map((a) => a.answer)).toEqual(['Yes', 'No']);
  });

  it('gives a labelled way out of any step, and nothing for a step whose flows carry no words', () => {
    expect(answersOf(map, step('issue')).map((a) => [a.answer, a.to.id])).toEqual([['next year', 'publish']]);
    expect(answersOf(map, step('revise'))).toEqual([]);
  });
});

describe('answersList', () => {
  it('links every answer to its step in the text list', () => {
    const list = answersList(map, step('vetoes')).value;
    expect(list).toContain('Where each answer leads');
    expect(list).toContain('<strong>Yes</strong> <span class="condition">(two-thirds of members vote to veto)</span>: go to <a href="#revise">');
    expect(list).toContain('<strong>No</strong>');
    expect(answersList(map, step('revise')).value).toBe('');
  });

  it('writes the one way out of a step that is not a decision as a line, with no heading over a list of one', () => {
    const line = answersList(map, step('issue')).value;
    expect(line).toBe('<p><strong>Next year</strong>: go to <a href="#publish">' + step('publish').title + '</a></p>');
    expect(step('issue').kind).not.toBe('decision');
  });
});
