// The exercise clock of a run: elapsed time runs while started, stops on pause, and is compared with the planned
// window of the module shown. Its state is two numbers, so the run can keep it in browser storage and a second view of
// the run, in another tab, can follow it: both work out the elapsed time from the same moment.

/** The clock as kept: time banked by earlier stretches, and when the running stretch began (epoch ms), if running. */
export interface ClockState {
  /** Milliseconds run before the current stretch. */
  readonly banked: number;
  /** When the current stretch began, from Date.now(); null while stopped or paused. */
  readonly since: number | null;
}

/** The planned window of the module shown, in minutes into the exercise. */
export interface PlannedWindow {
  readonly start: number;
  readonly end: number;
}

/** A clock that has never been started. */
export const CLOCK_AT_ZERO: ClockState = { banked: 0, since: null };

/** Milliseconds on the clock at `now`. */
export function elapsedAt(state: ClockState, now: number): number {
  return state.banked + (state.since === null ? 0 : Math.max(0, now - state.since));
}

/** Hours, minutes and seconds, e.g. "0:05:09". */
export function clockText(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${Math.floor(seconds / 3600)}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
}

/** How the clock stands against the module's planned window; before it is first started there is nothing to compare. */
export function planStatus(state: ClockState, now: number, planned: PlannedWindow): string {
  const ms = elapsedAt(state, now);
  if (ms === 0 && state.since === null) return 'clock not started';
  const minutes = ms / 60_000;
  if (minutes < planned.start) return `${Math.ceil(planned.start - minutes)} min ahead of plan`;
  if (minutes > planned.end) return `${Math.ceil(minutes - planned.end)} min behind plan`;
  return 'On plan';
}

/** Reads a kept clock state back, or the clock at zero when it has the wrong shape. */
export function readClock(value: unknown): ClockState {
  if (typeof value !== 'object' || value === null) return CLOCK_AT_ZERO;
  const { banked, since } = value as Record<string, unknown>;
  const ms = (n: unknown) => typeof n === 'number' && Number.isFinite(n) && n >= 0;
  return { banked: ms(banked) ? (banked as number) : 0, since: ms(since) ? (since as number) : null };
}

/** A running exercise clock, ticking `onTick` once a second while it runs. */
export class RunClock {
  private current: ClockState = CLOCK_AT_ZERO;
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly onTick: () => void,
    private readonly now: () => number = Date.now,
  ) {}

  /** The state to keep. */
  get state(): ClockState {
    return this.current;
  }

  /** Whether the clock is running. */
  get running(): boolean {
    return this.current.since !== null;
  }

  /** Milliseconds on the clock now. */
  elapsed(): number {
    return elapsedAt(this.current, this.now());
  }

  /** The status against a planned window, now. */
  status(planned: PlannedWindow): string {
    return planStatus(this.current, this.now(), planned);
  }

  /** Starts a stopped clock, or pauses a running one. */
  toggle(): void {
    this.set(this.running ? { banked: this.elapsed(), since: null } : { banked: this.current.banked, since: this.now() });
  }

  /** Back to zero; a running clock runs on from zero. */
  reset(): void {
    this.set({ banked: 0, since: this.running ? this.now() : null });
  }

  /** Takes a state kept elsewhere (another view of the run), ticking while it runs. */
  set(state: ClockState): void {
    this.current = state;
    if (state.since === null) this.stop();
    else this.timer ??= setInterval(this.onTick, 1000);
  }

  /** Stops ticking, keeping the state. */
  stop(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
  }
}
