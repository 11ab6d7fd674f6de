import { HttpException, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { holdsWords, isIsoDate } from '../../../../libs/domain/src';
import { forgetTexts, keepTexts, resolveTexts } from '../../../../libs/persistence/src';

/** Whether the string at `path` (keys from the update's argument down) is words to keep out of Temporal. */
export type WordsAt = (path: string[], value: string) => boolean;

/**
 * Keeps people's words out of Temporal (issue 12): before an update is sent, each string it
 * selects is written to `process_texts` and replaced by `{{text:<id>}}`; views resolve the
 * references back for the process they show. A refused update (a 4xx) takes its rows back; after
 * an answer that is not known (a 503) they stay, since the update may have been applied.
 */
@Injectable()
export class ProcessTexts {
  constructor(private readonly dataSource: DataSource) {}

  async sendWithoutWords<T extends object, R>(
    processId: string,
    createdBy: string,
    argument: T,
    wordsAt: WordsAt,
    send: (withRefs: T) => Promise<R>,
  ): Promise<R> {
    const words: string[] = [];
    collect(argument, [], (path, value) => {
      if (holdsWords(value) && wordsAt(path, value)) words.push(value);
    });
    const refs = await keepTexts(this.dataSource, processId, createdBy, words);
    let next = 0;
    const withRefs = replace(argument, [], (path, value) =>
      holdsWords(value) && wordsAt(path, value) ? refs[next++] : value,
    );
    try {
      return await send(withRefs);
    } catch (err) {
      if (err instanceof HttpException && err.getStatus() < 500) await forgetTexts(this.dataSource, refs);
      throw err;
    }
  }

  /** `value` with the process's text references replaced by their words. */
  resolve<T>(processId: string, value: T): Promise<T> {
    return resolveTexts(this.dataSource, processId, value);
  }
}

/** Words anywhere under these top-level keys, except dates (a rule may read them). */
export const underKeys =
  (...keys: string[]): WordsAt =>
  (path, value) =>
    keys.includes(path[0]) && !isIsoDate(value);

function collect(value: unknown, path: string[], visit: (path: string[], value: string) => void): void {
  if (typeof value === 'string') return visit(path, value);
  if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) collect(item, [...path, key], visit);
}

function replace<T>(value: T, path: string[], map: (path: string[], value: string) => string): T {
  if (typeof value === 'string') return map(path, value) as T;
  if (Array.isArray(value)) return value.map((item, i) => replace(item, [...path, String(i)], map)) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replace(v, [...path, k], map)])) as T;
  return value;
}
