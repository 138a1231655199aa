import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describeError, notRegular } from './regularFile';

/** Why an output file was not written: its message names the file and the cause. */
export class WriteRefused extends Error {}

/**
 * Writes `content` to `target` unless it is, links to, or shares an inode with one of the
 * `protectedPaths` (the library's files and catalogs): real paths and device + inode are compared,
 * so no symbolic or hard link leads to a source. The bytes go to a temporary file beside the
 * target, then replace it in one rename: a failed write leaves the old file whole and no stray file.
 * A target that is a symbolic link is written where it points. Throws WriteRefused naming the cause.
 */
export function writeOutside(target: string, content: string, protectedPaths: readonly string[]): void {
  const real = realTarget(target);
  let existing: fs.Stats | undefined;
  try {
    existing = fs.statSync(real);
  } catch {
    existing = undefined;
  }
  if (existing) {
    const kind = notRegular(existing);
    if (kind) {
      throw new WriteRefused(`cannot write ${target}: it is ${kind === 'not a regular file' ? 'not a regular file' : kind}`);
    }
  }
  for (const p of protectedPaths) {
    let stat: fs.Stats;
    let realPath: string;
    try {
      stat = fs.statSync(p);
      realPath = fs.realpathSync(p);
    } catch {
      continue;
    }
    if (realPath === real || (existing && stat.dev === existing.dev && stat.ino === existing.ino)) {
      const what = path.basename(p) === 'catalog.json' ? 'a catalog of the library' : 'a file of the library';
      throw new WriteRefused(`${target} is ${what} (${p}); Verbatim never writes to a source`);
    }
  }
  const temporary = path.join(path.dirname(real), `.${path.basename(real)}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`);
  try {
    const fd = fs.openSync(temporary, 'wx', 0o666);
    try {
      if (existing) {
        fs.fchmodSync(fd, existing.mode & 0o7777);
      }
      fs.writeFileSync(fd, content);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temporary, real);
  } catch (e) {
    fs.rmSync(temporary, { force: true });
    throw new WriteRefused(`cannot write ${target}: ${describeError(e)}`);
  }
}

// Where writing `target` really lands: a symbolic link (even a dangling one) is followed to its
// destination, and the folder is resolved, so the comparison with the library is by real path.
function realTarget(target: string): string {
  let file = path.resolve(target);
  for (let hops = 0; hops < 40; hops++) {
    let link: string;
    try {
      if (!fs.lstatSync(file).isSymbolicLink()) {
        break;
      }
      link = fs.readlinkSync(file);
    } catch {
      break;
    }
    file = path.resolve(path.dirname(file), link);
  }
  let folder: string;
  try {
    folder = fs.realpathSync(path.dirname(file));
  } catch (e) {
    throw new WriteRefused(`cannot write ${target}: its folder cannot be used: ${describeError(e)}`);
  }
  return path.join(folder, path.basename(file));
}
