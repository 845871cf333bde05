// The demo's one line of glue: show the lab's events as they happen.
const lab = document.getElementById('lab');
const line = document.getElementById('status-line');
const show = (event: Event) => {
  const { w1, b1, w2, b2, error, matched } = (event as CustomEvent).detail;
  if (line) {
    line.textContent = `${event.type}: w1 = ${w1}, b1 = ${b1}, w2 = ${w2}, b2 = ${b2}, error = ${error.toFixed(3)}${matched ? ', matched' : ''}`;
  }
};
for (const type of ['relu-input', 'relu-change', 'relu-match']) lab?.addEventListener(type, show);

// Share a configuration: the lab's `state` goes into the link, and a link's state into the lab.
type Lab = HTMLElement & { state: string };
const shared = new URLSearchParams(location.search).get('state');
if (lab && shared) (lab as Lab).state = shared;
document.getElementById('share')?.addEventListener('click', async () => {
  const url = new URL(location.href);
  url.searchParams.set('state', (lab as Lab).state);
  url.hash = 'why';
  const status = document.getElementById('share-status');
  try {
    await navigator.clipboard.writeText(url.href);
    if (status) status.textContent = 'Copied.';
  } catch {
    if (status) status.textContent = url.href;
  }
});

// The challenge sequence: a line that follows its progress (restored from localStorage on load), and a fresh start.
const course = document.getElementById('challenges') as HTMLElementTagNameMap['relu-fit-lab'] | null;
const courseLine = document.getElementById('challenges-line');
const showProgress = () => {
  if (!course || !courseLine || !course.progress.solved.length) return;
  const { solved, solvedUnassisted, total } = course.progress.summary;
  const helped = solved - solvedUnassisted;
  courseLine.textContent = `Solved ${solved} of ${total}${helped ? ` (${helped} only with the solution or the fit)` : ''}${solved === total ? '. All done!' : '.'}`;
};
course?.addEventListener('relu-progress', showProgress);
void customElements.whenDefined('relu-fit-lab').then(() => course?.progress.solved.some(Boolean) && showProgress());
document.getElementById('start-over')?.addEventListener('click', () => {
  try {
    // Progress lives under relu-lab: + the lab's progress-key.
    localStorage.removeItem('relu-lab:relu-demo-challenges');
  } catch {
    // No storage (a privacy mode): nothing was remembered.
  }
  location.reload();
});
