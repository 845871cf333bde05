/**
 * Frequency of the sound in `buffer` (all channels summed) around `time`,
 * from rising zero crossings in a window: an estimate independent of how
 * the sound was scheduled.
 */
export function frequencyAt(buffer: AudioBuffer, time: number, window = 0.1): number {
  const rate = buffer.sampleRate;
  const from = Math.max(0, Math.floor((time - window / 2) * rate));
  const to = Math.min(buffer.length, Math.floor((time + window / 2) * rate));
  const channels = Array.from({ length: buffer.numberOfChannels }, (_, c) => buffer.getChannelData(c));
  const at = (i: number) => channels.reduce((s, ch) => s + ch[i], 0);
  let first = -1;
  let last = -1;
  let crossings = 0;
  for (let i = from + 1; i < to; i++) {
    if (at(i - 1) < 0 && at(i) >= 0) {
      if (first < 0) first = i;
      last = i;
      crossings++;
    }
  }
  return crossings > 1 ? ((crossings - 1) * rate) / (last - first) : 0;
}

/** Root-mean-square level of one channel around `time`. */
export function levelAt(buffer: AudioBuffer, channel: number, time: number, window = 0.1): number {
  const data = buffer.getChannelData(channel);
  const from = Math.max(0, Math.floor((time - window / 2) * buffer.sampleRate));
  const to = Math.min(data.length, Math.floor((time + window / 2) * buffer.sampleRate));
  let sum = 0;
  for (let i = from; i < to; i++) sum += data[i] * data[i];
  return Math.sqrt(sum / Math.max(1, to - from));
}
