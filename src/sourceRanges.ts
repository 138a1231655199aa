import * as vscode from 'vscode';
import { LineIndex } from './core/lineIndex';
import { Source } from './core/source';

const lineIndexes = new WeakMap<Source, LineIndex>();

/** The editor position of an offset in a source's text. */
export function sourcePosition(source: Source, offset: number): vscode.Position {
  let index = lineIndexes.get(source);
  if (!index) {
    index = new LineIndex(source.text);
    lineIndexes.set(source, index);
  }
  const p = index.position(offset);
  return new vscode.Position(p.line, p.character);
}

/** The editor range of offsets in a source's text. */
export function sourceRange(source: Source, start: number, end: number): vscode.Range {
  return new vscode.Range(sourcePosition(source, start), sourcePosition(source, end));
}
