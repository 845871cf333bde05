import { expect } from '@open-wc/testing';

/** The README's measurements are the last `npm run bench` run's, never typed by hand. */
describe('README numbers', () => {
  it('the table between the bench:latest markers is bench/results/latest.md, as npm run bench wrote it', async () => {
    const readme = await (await fetch('/README.md')).text();
    const latest = await (await fetch('/bench/results/latest.md')).text();
    const block = /<!-- bench:latest -->\n([\s\S]*?)<!-- \/bench:latest -->/.exec(readme);
    expect(block, 'README.md has a <!-- bench:latest --> block').to.exist;
    expect(latest).to.match(/^Measured \d{4}-\d\d-\d\d on /);
    expect(block![1]).to.equal(latest);
  });

  it('no size in kB appears in README.md outside that table', async () => {
    const readme = await (await fetch('/README.md')).text();
    const outside = readme.replace(/<!-- bench:latest -->[\s\S]*?<!-- \/bench:latest -->/, '');
    expect(outside.match(/\d+(\.\d+)?\s?kB/g) ?? []).to.deep.equal([]);
  });
});
