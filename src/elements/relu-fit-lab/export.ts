/**
 * Export of the lab's figure: a standalone SVG (styles resolved into
 * attributes, generic fonts) and a PNG drawn from it.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';
/** The presentation properties that make a plot look as it does on the page. */
const PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linejoin',
  'stroke-linecap',
  'opacity',
  'font-size',
  'font-weight',
  'paint-order',
] as const;

/** Copies the computed presentation styles of `from`'s subtree onto `to`'s (same structure). */
function inlineStyles(from: Element, to: Element): void {
  const style = getComputedStyle(from);
  for (const property of PROPERTIES) {
    const value = style.getPropertyValue(property);
    if (value) to.setAttribute(property, value);
  }
  to.removeAttribute('class');
  to.removeAttribute('tabindex');
  to.removeAttribute('part');
  for (let i = 0; i < from.children.length; i++) inlineStyles(from.children[i], to.children[i]);
}

/** One plot, as a positioned, self-styled svg. */
function standalone(plot: SVGSVGElement, x: number, y: number, width: number): SVGSVGElement {
  const copy = plot.cloneNode(true) as SVGSVGElement;
  inlineStyles(plot, copy);
  const box = plot.viewBox.baseVal;
  copy.setAttribute('x', String(x));
  copy.setAttribute('y', String(y));
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String((box.height / box.width) * width));
  for (const attribute of ['role', 'aria-label', 'style']) copy.removeAttribute(attribute);
  copy.setAttribute('font-family', 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif');
  return copy;
}

/**
 * The main plot with the unit plots in a column to its right, as SVG text,
 * titled and described for assistive technology.
 */
export function exportSvg(root: ShadowRoot, title: string, description: string): string {
  const main = root.querySelector<SVGSVGElement>('.figure-main svg.plot')!;
  const units = [...root.querySelectorAll<SVGSVGElement>('.units svg.plot')];
  const mainWidth = 600;
  const unitWidth = 300;
  const gap = 20;
  const out = document.createElementNS(SVG_NS, 'svg');
  const mainPlot = standalone(main, 0, 0, mainWidth);
  out.append(mainPlot);
  let y = 0;
  for (const unit of units) {
    const copy = standalone(unit, mainWidth + gap, y, unitWidth);
    y += Number(copy.getAttribute('height')) + 8;
    out.append(copy);
  }
  const width = units.length ? mainWidth + gap + unitWidth : mainWidth;
  const height = Math.max(Number(mainPlot.getAttribute('height')), y);
  out.setAttribute('xmlns', SVG_NS);
  out.setAttribute('width', String(width));
  out.setAttribute('height', String(Math.ceil(height)));
  out.setAttribute('viewBox', `0 0 ${width} ${Math.ceil(height)}`);
  out.setAttribute('role', 'img');
  const titleEl = document.createElementNS(SVG_NS, 'title');
  titleEl.textContent = title;
  const desc = document.createElementNS(SVG_NS, 'desc');
  desc.textContent = description;
  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', getComputedStyle(root.host).backgroundColor === 'rgba(0, 0, 0, 0)' ? '#ffffff' : getComputedStyle(root.host).backgroundColor);
  out.prepend(titleEl, desc, background);
  // Lit's comment markers are of no use outside the page.
  const walker = document.createTreeWalker(out, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const c of comments) c.parentNode?.removeChild(c);
  return new XMLSerializer().serializeToString(out);
}

/** `svgText` drawn to a canvas at `scale`, as a PNG blob. */
export function exportPng(svgText: string, scale: number): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = Math.ceil(image.width * scale);
      canvas.height = Math.ceil(image.height * scale);
      const context = canvas.getContext('2d')!;
      context.scale(scale, scale);
      context.drawImage(image, 0, 0);
      URL.revokeObjectURL(url);
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png');
    };
    image.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('the SVG could not be drawn (a Content-Security-Policy may forbid blob: images)'));
    };
    image.src = url;
  });
}

/** Offers `blob` to the learner as a download named `name`. */
export function saveAs(blob: Blob, name: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
