import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CLOCK_AT_ZERO, RunClock, clockText, planStatus, readClock } from './run-clock.js';

const MINUTE = 60_000;

describe('RunClock', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-11-29T10:00:00Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs while started, ticking once a second, and stands still while paused', () => {
    const tick = vi.fn();
    const clock = new RunClock(tick);
    expect(clock.elapsed()).toBe(0);
    clock.toggle();
    vi.advanceTimersByTime(5_000);
    expect(tick).toHaveBeenCalledTimes(5);
    expect(clockText(clock.elapsed())).toBe('0:00:05');
    clock.toggle();
    vi.advanceTimersByTime(60_000);
    expect(tick).toHaveBeenCalledTimes(5);
    expect(clock.elapsed()).toBe(5_000);
    expect(clock.state).toEqual({ banked: 5_000, since: null });
    clock.toggle();
    vi.advanceTimersByTime(2_000);
    expect(clock.elapsed()).toBe(7_000);
  });

  it('resets to zero, running on from zero when running', () => {
    const clock = new RunClock(() => {});
    clock.toggle();
    vi.advanceTimersByTime(90_000);
    clock.reset();
    expect(clock.elapsed()).toBe(0);
    vi.advanceTimersByTime(3_000);
    expect(clock.elapsed()).toBe(3_000);
    clock.toggle();
    clock.reset();
    expect(clock.state).toEqual(CLOCK_AT_ZERO);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('follows a state kept by another view: the same start gives the same time', () => {
    const mine = new RunClock(() => {});
    mine.toggle();
    vi.advanceTimersByTime(42_000);
    const theirs = new RunClock(() => {});
    theirs.set(mine.state);
    expect(theirs.elapsed()).toBe(42_000);
    expect(theirs.running).toBe(true);
    theirs.set({ banked: 10_000, since: null });
    expect(vi.getTimerCount()).toBe(1);
    mine.stop();
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('planStatus', () => {
  const now = Date.parse('2026-11-29T10:00:00Z');
  const at = (minutes: number) => ({ banked: minutes * MINUTE, since: null });

  it('says nothing to compare before the clock is first started', () => {
    expect(planStatus(CLOCK_AT_ZERO, now, { start: 0, end: 10 })).toBe('clock not started');
    expect(planStatus({ banked: 0, since: now }, now, { start: 0, end: 10 })).toBe('On plan');
  });

  it('is ahead before the window, on plan in it, behind after it', () => {
    const window = { start: 30, end: 55 };
    expect(planStatus(at(27.5), now, window)).toBe('3 min ahead of plan');
    expect(planStatus(at(30), now, window)).toBe('On plan');
    expect(planStatus(at(55), now, window)).toBe('On plan');
    expect(planStatus(at(56.2), now, window)).toBe('2 min behind plan');
  });

  it('keeps a module that ends the exercise on plan until the planned end', () => {
    // An end module listed before one that starts at the same time: its window runs to the duration, not 30–30.
    expect(planStatus(at(31), now, { start: 30, end: 90 })).toBe('On plan');
    expect(planStatus(at(91), now, { start: 30, end: 90 })).toBe('1 min behind plan');
  });
});

describe('readClock', () => {
  it('keeps numbers and drops anything else', () => {
    expect(readClock({ banked: 5, since: 7 })).toEqual({ banked: 5, since: 7 });
    expect(readClock({ banked: 'x', since: -1 })).toEqual(CLOCK_AT_ZERO);
    expect(readClock(null)).toEqual(CLOCK_AT_ZERO);
  });
});
