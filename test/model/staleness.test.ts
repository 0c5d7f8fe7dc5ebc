import {expect} from '@open-wc/testing';
import {isStale} from '../../src/model/staleness.js';

describe('isStale', () => {
  const now = Date.UTC(2026, 2, 1, 12);

  it('is never stale without a max-age', () => {
    expect(isStale(now - 365 * 86_400_000, undefined, now)).to.equal(false);
    expect(isStale(undefined, undefined, now)).to.equal(false);
  });

  it('treats a zero, negative or non-finite max-age as no max-age', () => {
    for (const maxAge of [0, -5, NaN, Infinity]) {
      expect(isStale(now - 3_600_000, maxAge, now), String(maxAge)).to.equal(false);
    }
  });

  it('is fresh up to max-age seconds old, stale past it', () => {
    expect(isStale(now - 299_000, 300, now)).to.equal(false);
    expect(isStale(now - 300_000, 300, now), 'exactly max-age').to.equal(false);
    expect(isStale(now - 300_001, 300, now)).to.equal(true);
  });

  it('is stale when a max-age is set and nothing was ever fetched', () => {
    expect(isStale(undefined, 300, now)).to.equal(true);
  });
});
