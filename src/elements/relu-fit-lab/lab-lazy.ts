/**
 * Parts of `<relu-fit-lab>` loaded on first use, so the one-tag bundle's first load does not carry
 * them (each listed below). Each is a chunk beside the bundle (relu-lab.<name>.js), loaded once per
 * page and shared by every lab; a part that draws brings its styles, which each lab adopts.
 */
import type { CSSResult, ReactiveController, ReactiveControllerHost } from 'lit';
import type { Outcome } from '../../math/lesson.js';

/** A module loaded on first use: `now` once it is here, `load()` to ask for it. */
export class Lazy<M> {
  private module: M | undefined;
  private loading: Promise<M> | undefined;

  constructor(
    /** The chunk's name, as its file is named (relu-lab.<name>.js), for a warning when it cannot load. */
    readonly name: string,
    private readonly loader: () => Promise<M>,
  ) {}

  get now(): M | undefined {
    return this.module;
  }

  /** The module; a failed load is tried again on the next call. */
  load(): Promise<M> {
    this.loading ??= this.loader().then(
      (module) => (this.module = module),
      (error: unknown) => {
        this.loading = undefined;
        throw error;
      },
    );
    return this.loading;
  }
}

/** A formula input before its code is here (the store waits for it; a preview leaves it out). */
export const FORMULA_UNLOADED: Outcome = { ok: false, reason: 'the formula code has not loaded' };

/** The lesson's analysis and every sentence read from it (lab-analysis.ts, with src/math/analysis.ts). */
export const analysisCode = new Lazy('lab-analysis', () => import('./lab-analysis.js'));
/** The figure as a standalone SVG or PNG (export.ts): `toSVG()`, `toPNG()` and the download buttons. */
export const exportCode = new Lazy('export', () => import('./export.js'));
/** Formula targets (src/math/curves.ts with the formula parser): `fn`, `domain`, `noise`, `seed`. */
export const curvesCode = new Lazy('curves', () => import('../../math/curves.js'));
/** Reading a challenge list and keeping its progress (challenge-code.ts): only a lab with challenges needs them. */
export const challengeCode = new Lazy('challenge-code', () => import('./challenge-code.js'));
/** A challenge list's heading, list and Next button, and their words (challenge-view.ts): only a lab with challenges draws them. */
export const challengeViewCode = new Lazy('challenge-view', () => import('./challenge-view.js'));
/** One step of gradient descent (lab-step.ts): `gradientStep()` and the Step button. */
export const stepCode = new Lazy('lab-step', () => import('./lab-step.js'));
/** "Show the solution" and "Show a good fit" as runs (lab-reveal.ts). */
export const revealCode = new Lazy('lab-reveal', () => import('./lab-reveal.js'));
/** The fit (lab-train.ts, with the Adam trainer). */
export const fitCode = new Lazy('lab-train', () => import('./lab-train.js'));

/**
 * What a lab waits for: `use()` runs a step with a module now when it is here, else when it arrives
 * (and re-renders the lab); the lab's `updateComplete` settles only after every such step has run,
 * so a script that awaits it sees the lab whole.
 */
export class LazyController implements ReactiveController {
  private readonly waiting = new Set<Promise<void>>();
  private readonly needed = new Set<Lazy<unknown>>();
  private readonly failed = new Set<string>();

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Warns that a part could not load (the lab goes on without it). */
    private readonly warn: (part: string, error: unknown) => void,
  ) {
    host.addController(this);
  }

  /** The module now, or undefined while it loads (the lab re-renders when it is here). */
  need<M>(code: Lazy<M>): M | undefined {
    // Asked for once: a part that cannot load is warned about once, not on every render.
    if (!code.now && !this.needed.has(code)) {
      this.needed.add(code);
      void this.use(code, () => this.needed.delete(code));
    }
    return code.now && this.adopt(code.now);
  }

  /** Runs `then` with the module: at once when it is here, else once it has loaded. Settles either way (a part that cannot load is warned about). */
  use<M>(code: Lazy<M>, then: (module: M) => void, failed?: () => void): Promise<void> {
    if (code.now) {
      then(this.adopt(code.now));
      return Promise.resolve();
    }
    const step = code.load().then(
      (module) => {
        then(this.adopt(module));
        this.host.requestUpdate();
      },
      (error: unknown) => {
        // Once per part: a lab that cannot load its hints says so once, not at every hint.
        if (!this.failed.has(code.name)) this.warn(code.name, error);
        this.failed.add(code.name);
        failed?.();
      },
    );
    const tracked = step.finally(() => this.waiting.delete(tracked));
    this.waiting.add(tracked);
    return tracked;
  }

  /** Settles once nothing is waiting for a part. */
  async settled(): Promise<void> {
    while (this.waiting.size) await Promise.all(this.waiting);
  }

  get busy(): boolean {
    return this.waiting.size > 0;
  }

  hostConnected(): void {}

  /**
   * A part that draws brings its own styles (`styles`): the host's shadow root adopts them with
   * the code, so the first load does not carry them.
   */
  private adopt<M>(module: M): M {
    const sheet = (module as { styles?: CSSResult }).styles?.styleSheet;
    const root = (this.host as unknown as { renderRoot?: Node }).renderRoot;
    if (sheet && root instanceof ShadowRoot && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return module;
  }
}
