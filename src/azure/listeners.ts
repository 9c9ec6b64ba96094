/** A minimal change notifier shared by both session implementations. */
export class Listeners {
  private readonly set = new Set<() => void>();

  add(listener: () => void): () => void {
    this.set.add(listener);
    return () => this.set.delete(listener);
  }

  notify(): void {
    for (const listener of this.set) listener();
  }
}
