// Compiled by `npm run typecheck` (never run): Vue's GlobalComponents know the elements.
import type { GlobalComponents } from 'vue';
import type {} from '../../src/vue.js';

type LabProps = InstanceType<GlobalComponents['relu-fit-lab']>['$props'];
export const props: LabProps = { w1: 1, editableOutput: true, onReluMatch: (e) => e.detail.matched };
// @ts-expect-error w1 is a number
export const wrong: LabProps = { w1: 'one' };
