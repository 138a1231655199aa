import { Library, LibraryIssue, LibraryOptions, SourceInput } from './library';
import { RecordCollection } from './recordCollection';

/**
 * Collects files into a library one at a time. Started from an existing library, it keeps the
 * records of files whose content hash is unchanged, so re-adding them costs only the hash.
 * {@link build} can be called at any point, e.g. for a partial library while files still load.
 */
export class LibraryBuilder extends RecordCollection {
  constructor(options: LibraryOptions = {}, base?: Library) {
    super(options, base);
  }

  /** The library of the files added so far. */
  build(extraIssues: readonly LibraryIssue[] = []): Library {
    return new Library(this.parts(extraIssues));
  }
}

/** How a sliced build reports progress and gives the host its turn. */
export interface BuildProgress {
  /** Called after each slice with the number of files done and the total. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Called after each slice with a library of the files done so far (costs an index build each time). */
  readonly onPartial?: (library: Library) => void;
  /** Most milliseconds of work between two yields (default 30). */
  readonly sliceMs?: number;
  /** How to give the event loop its turn between slices (default: a zero-delay timer). */
  readonly yieldControl?: () => Promise<void>;
  /** A previous library whose unchanged files are reused. */
  readonly base?: Library;
}

/**
 * Builds a library in slices, yielding to the host between them, so a large library never blocks
 * an editor; the result equals {@link Library.fromInputs} of the same inputs (plus the removal of
 * files of `base` that are not among them).
 */
export async function buildLibrarySliced(inputs: readonly SourceInput[], options: LibraryOptions = {}, progress: BuildProgress = {}): Promise<Library> {
  const builder = new LibraryBuilder(options, progress.base);
  const wanted = new Set(inputs.map((i) => i.file));
  for (const r of progress.base?.records ?? []) {
    if (!wanted.has(r.file)) {
      builder.remove(r.file);
    }
  }
  const sliceMs = progress.sliceMs ?? 30;
  const yieldControl = progress.yieldControl ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  let done = 0;
  while (done < inputs.length) {
    const started = Date.now();
    do {
      builder.add(inputs[done++]);
    } while (done < inputs.length && Date.now() - started < sliceMs);
    progress.onProgress?.(done, inputs.length);
    if (progress.onPartial && done < inputs.length) {
      progress.onPartial(builder.build());
    }
    if (done < inputs.length) {
      await yieldControl();
    }
  }
  return builder.build();
}
