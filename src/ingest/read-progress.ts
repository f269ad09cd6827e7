/**
 * How ingest tells whoever is listening how far reading has got (the CLI draws a progress line
 * on a terminal; see src/cli/progress.ts). Ingest itself never writes to a stream.
 */
export interface ReadProgress {
  /**
   * `rows` data records of `label` read so far, `read` of its `total` characters. Called when a
   * file's data records start and then every few thousand records.
   */
  reading(label: string, rows: number, read: number, total: number): void;
  /** `label` is read to its end (or reading it stopped). */
  finished(label: string): void;
  /**
   * A long step after reading began ("matching 2,000,000 rows"): shown in place of the reading
   * line, for a run that read a large file. Optional for listeners.
   */
  stage?(text: string): void;
  /** The run is over: erase whatever is shown. Optional for listeners. */
  end?(): void;
}

/** Records between two progress calls: cheap enough not to show in the time of a large read. */
export const PROGRESS_EVERY_RECORDS = 4096;
