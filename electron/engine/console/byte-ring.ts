/** Keeps the last `capacity` bytes written to it: the console's scrollback, replayed to each new viewer. */
export class ByteRing {
  private chunks: Buffer[] = [];
  private size = 0;

  constructor(readonly capacity: number) {}

  push(data: Buffer): void {
    if (data.length >= this.capacity) {
      this.chunks = [data.subarray(data.length - this.capacity)];
      this.size = this.capacity;
      return;
    }
    this.chunks.push(data);
    this.size += data.length;
    while (this.size > this.capacity) {
      const first = this.chunks[0]!;
      const excess = this.size - this.capacity;
      if (first.length <= excess) {
        this.chunks.shift();
        this.size -= first.length;
      } else {
        this.chunks[0] = first.subarray(excess);
        this.size -= excess;
      }
    }
  }

  get length(): number {
    return this.size;
  }

  snapshot(): Buffer {
    if (this.chunks.length > 1) this.chunks = [Buffer.concat(this.chunks, this.size)];
    return this.chunks[0] ?? Buffer.alloc(0);
  }
}
