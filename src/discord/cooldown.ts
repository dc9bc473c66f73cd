/**
 * Per-user cooldown for expensive commands: one run per user and command per window, so one
 * impatient editor cannot keep the desk busy for everyone else.
 */
export class Cooldown {
  private readonly last = new Map<string, number>();

  constructor(
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Milliseconds the user still has to wait (0 = go ahead; the run is then recorded). */
  take(userId: string, command: string): number {
    const key = `${userId}\u0000${command}`;
    const t = this.now();
    const previous = this.last.get(key);
    if (previous !== undefined && t - previous < this.windowMs) return this.windowMs - (t - previous);
    if (this.last.size >= 10_000) this.sweep(t);
    this.last.set(key, t);
    return 0;
  }

  private sweep(t: number): void {
    for (const [key, at] of this.last) if (t - at >= this.windowMs) this.last.delete(key);
  }
}
