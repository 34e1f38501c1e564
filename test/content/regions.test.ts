import { describe, it } from 'node:test';
import { expect } from '@esm-bundle/chai/esm/chai.js';
import { REGION_NUMBERS } from '../../src/content/regions.js';

describe('region numbers', () => {
  it('offers no urgent line that is not a medical advice line (Singapore’s 1777 is paid patient transport)', () => {
    expect(REGION_NUMBERS.SG.emergency).to.equal('995');
    expect(REGION_NUMBERS.SG.urgent).to.equal(undefined);
  });

  it('keeps the advice lines that are (NHS 111, Japan’s #7119, Australia’s healthdirect)', () => {
    expect(REGION_NUMBERS.GB.urgent?.number).to.equal('111');
    expect(REGION_NUMBERS.JP.urgent?.number).to.equal('#7119');
    expect(REGION_NUMBERS.AU.urgent?.number).to.equal('1800 022 222');
  });
});
