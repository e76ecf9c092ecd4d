import { describe, expect, it } from 'vitest';
import { flowLabelText, flowTitleText } from './flow-label.js';

describe('flowLabelText', () => {
  it('shows a flow’s own label, even when it also has a condition', () => {
    expect(flowLabelText({ label: 'Yes', condition: 'the plan is on track' })).toBe('Yes');
    expect(flowLabelText({ label: '  next cycle ' })).toBe('next cycle');
  });

  it('shows the answer of a condition, capitalised, and not the rest', () => {
    expect(flowLabelText({ condition: 'yes: two-thirds of members vote to veto' })).toBe('Yes');
    expect(flowLabelText({ condition: 'no' })).toBe('No');
    expect(flowLabelText({ condition: 'No: gather more' })).toBe('No');
  });

  it('shows a condition with no answer part whole, and nothing for a flow with neither', () => {
    expect(flowLabelText({ condition: 'a complaint or conduct matter about the Chief Constable' })).toBe(
      'A complaint or conduct matter about the Chief Constable',
    );
    expect(flowLabelText({ condition: ': odd' })).toBe(': odd');
    expect(flowLabelText({ label: ' ', condition: ' ' })).toBeUndefined();
    expect(flowLabelText({})).toBeUndefined();
  });

  it('titles a flow with its condition in full, led by its label when the condition does not start with it', () => {
    expect(flowTitleText({ condition: 'yes: two-thirds of members vote to veto' })).toBe('yes: two-thirds of members vote to veto');
    expect(flowTitleText({ label: 'Yes', condition: 'the plan is on track' })).toBe('Yes: the plan is on track');
    expect(flowTitleText({ label: 'next cycle' })).toBe('next cycle');
    expect(flowTitleText({})).toBeUndefined();
  });
});
