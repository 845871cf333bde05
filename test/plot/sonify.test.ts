import { expect } from '@open-wc/testing';
import { pitch, play, toneSchedule } from '../../src/plot/sonify.js';
import { frequencyAt, levelAt } from '../helpers/audio.js';

describe('plot/sonify', () => {
  it('pitch(y) rises exponentially from low to high over the y domain, clamped', () => {
    expect(pitch(0, [0, 1], 220, 880)).to.equal(220);
    expect(pitch(1, [0, 1], 220, 880)).to.equal(880);
    expect(pitch(0.5, [0, 1], 220, 880)).to.be.closeTo(440, 1e-9); // 220·4^0.5
    expect(pitch(9, [0, 1], 220, 880)).to.equal(880);
    expect(pitch(NaN, [0, 1], 220, 880)).to.be.closeTo(440, 1e-9);
  });

  it('toneSchedule spans the duration and pans from left to right', () => {
    const tones = toneSchedule((x) => x, { xDomain: [0, 1], yDomain: [0, 1], duration: 2, low: 220, high: 880 }, 4);
    expect(tones.map((t) => t.time)).to.deep.equal([0, 0.5, 1, 1.5, 2]);
    expect(tones[0].pan).to.equal(-0.9);
    expect(tones[4].pan).to.be.closeTo(0.9, 1e-12);
    expect(tones[2].frequency).to.be.closeTo(440, 1e-9);
  });

  it('play renders the curve: the frequency heard follows y, and the sound moves left to right', async () => {
    const rate = 44100;
    const context = new OfflineAudioContext(2, rate * 2.2, rate);
    const scale = { xDomain: [0, 1] as const, yDomain: [0, 1] as const, duration: 2, low: 220, high: 880 };
    const playback = play(context, [{ tones: toneSchedule((x) => x, scale), type: 'sine', gain: 0.5 }]);
    const buffer = await context.startRendering();
    await playback.ended;
    const start = 0.05; // play() starts 50 ms after currentTime
    for (const x of [0.25, 0.5, 0.75]) {
      const expected = 220 * 4 ** x;
      expect(frequencyAt(buffer, start + 2 * x), `at x = ${x}`).to.be.closeTo(expected, expected * 0.03);
    }
    expect(levelAt(buffer, 0, start + 0.2)).to.be.greaterThan(3 * levelAt(buffer, 1, start + 0.2));
    expect(levelAt(buffer, 1, start + 1.8)).to.be.greaterThan(3 * levelAt(buffer, 0, start + 1.8));
  });
});
