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
