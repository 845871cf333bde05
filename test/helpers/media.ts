import { executeServerCommand } from '@web/test-runner-commands';

export interface MediaFeatures {
  colorScheme?: 'light' | 'dark';
  forcedColors?: 'active' | 'none';
  reducedMotion?: 'reduce' | 'no-preference';
}

/**
 * Emulates media features through Chromium's DevTools protocol (the
 * `relu-media` command of test/shipped/screenshot-plugin.mjs). Use it rather
 * than `emulateMedia` from @web/test-runner-commands for forced colours: that
 * one silently ignores `forcedColors` with the Chrome launcher. Called with
 * nothing, it clears every feature it set.
 */
export function emulateMediaFeatures(features: MediaFeatures = {}): Promise<unknown> {
  return executeServerCommand('relu-media', features);
}
