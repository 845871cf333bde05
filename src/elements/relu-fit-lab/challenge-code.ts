/**
 * What only a lab with challenges needs, loaded with its first challenge list
 * (relu-lab.challenge-code.js beside the bundle): reading the list, and
 * keeping progress under `progress-key`.
 */
export { readChallenges } from './challenge-list.js';
export { ProgressStorage } from './progress-storage.js';
