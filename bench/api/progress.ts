/** Progress lines with the time since the run began, so a slow step shows where it sits. */
export class Progress {
  private readonly started = performance.now();

  constructor(private readonly label: string) {}

  log(message: string): void {
    const s = Math.round((performance.now() - this.started) / 1000);
    const clock = `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
    console.log(`[${this.label} ${clock}] ${message}`);
  }

  /** Runs a step and logs how long it took, with an optional result summary. */
  async step<T>(name: string, run: () => Promise<T>, summary?: (result: T) => string): Promise<T> {
    const t0 = performance.now();
    const result = await run();
    const took = ((performance.now() - t0) / 1000).toFixed(1);
    this.log(`${name}${summary ? `: ${summary(result)}` : ''} (${took} s)`);
    return result;
  }

  elapsedSeconds(): number {
    return (performance.now() - this.started) / 1000;
  }
}

export const thousands = (n: number) => n.toLocaleString('en-US');
