/** Reading the fixture files (test/fixtures/) and the errors adapters throw. */
import {expect} from '@open-wc/testing';
import {FeedError} from '../../src/feeds/feed-error.js';

export async function fixtureText(path: string): Promise<string> {
  const response = await fetch(`/test/fixtures/${path}`);
  if (!response.ok) throw new Error(`no fixture ${path}: HTTP ${response.status}`);
  return response.text();
}

export async function fixtureJson<T = any>(path: string): Promise<T> {
  return JSON.parse(await fixtureText(path)) as T;
}

/** The FeedError that `run` throws, or that the Promise it returns rejects with. */
export async function feedError(run: (() => unknown) | Promise<unknown> | unknown): Promise<FeedError> {
  try {
    await (typeof run === 'function' ? (run as () => unknown)() : run);
  } catch (error) {
    expect(error, String(error)).to.be.instanceOf(FeedError);
    return error as FeedError;
  }
  throw new Error('expected a FeedError');
}

export const DAY = 86_400_000;
