/** The two halves of requestAnimationFrame, passed in so the scheduler stays testable without a browser. */
export interface FrameClock {
  request(callback: () => void): number;
  cancel(handle: number): void;
}

export interface FrameScheduler {
  /** Asks for one run in the next frame; any number of requests before it collapse into that one run. */
  request(): void;
  /** Runs now if a run is pending (and drops the frame it was waiting for). */
  flush(): void;
  /** Drops a pending run. */
  cancel(): void;
  readonly pending: boolean;
}

/**
 * Coalesces work into at most one run per frame. A redraw of the whole graph
 * costs as much as the rest of an interaction together, so actions only ask
 * for it: the panels answer in the same task and the canvas follows once,
 * however many state changes the task made.
 */
export function createFrameScheduler(run: () => void, clock: FrameClock): FrameScheduler {
  let handle: number | null = null;
  const fire = () => {
    handle = null;
    run();
  };
  return {
    request() {
      if (handle === null) handle = clock.request(fire);
    },
    flush() {
      if (handle === null) return;
      clock.cancel(handle);
      fire();
    },
    cancel() {
      if (handle !== null) clock.cancel(handle);
      handle = null;
    },
    get pending() {
      return handle !== null;
    },
  };
}
