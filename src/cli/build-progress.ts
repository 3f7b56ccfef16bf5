export interface BuildProgressOptions {
  /** Nothing is shown before the build has run this long, so a quick build leaves no trace. */
  delayMs: number;
  now: () => number;
}

export const DEFAULT_BUILD_PROGRESS_OPTIONS: BuildProgressOptions = { delayMs: 1000, now: () => performance.now() };

export interface BuildProgress {
  /** The stage the build is in now; shown once the delay has passed, else kept as the latest. */
  report: (text: string) => void;
  /** Writes a whole line (a log line, a warning) with the progress line lifted out of its way. */
  above: (write: () => void) => void;
  /** Clears the line if anything was shown. */
  finish: () => void;
}

/**
 * Extraction and layout run synchronously, so no timer can fire inside them:
 * each report checks the clock itself. The timer covers the asynchronous
 * stages (reading, writing), where the event loop is free when a second passes.
 */
export function createBuildProgress(sink: (text: string) => void, options: Partial<BuildProgressOptions> = {}): BuildProgress {
  const o = { ...DEFAULT_BUILD_PROGRESS_OPTIONS, ...options };
  const start = o.now();
  let latest = '';
  let visible = false;
  let finished = false;
  const show = (text: string) => {
    if (text === '' && !visible) return;
    sink(text);
    visible = text !== '';
  };
  const timer = Number.isFinite(o.delayMs) && o.delayMs > 0 ? setTimeout(() => latest !== '' && show(latest), o.delayMs) : undefined;
  timer?.unref();
  return {
    report: (text) => {
      if (finished) return;
      latest = text;
      if (o.now() - start >= o.delayMs) show(text);
    },
    above: (write) => {
      const restore = visible;
      if (restore) show('');
      write();
      if (restore && !finished) show(latest);
    },
    finish: () => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      show('');
    },
  };
}

/** Where a progress line goes: a stream that may be a terminal. */
export interface ProgressStream {
  isTTY?: boolean;
  write: (text: string) => unknown;
}

/**
 * One line rewritten in place on a terminal; nothing at all elsewhere, since
 * carriage returns and escape codes only litter a log file or a pipe.
 */
export function createTerminalProgress(stream: ProgressStream): (text: string) => void {
  if (stream.isTTY !== true) return () => {};
  return (text) => {
    stream.write(`\r\x1b[2K${text}`);
  };
}
