/**
 * Test-runner commands for test/math/to-code.test.ts: Python run on the
 * scripts `toCode` writes.
 *
 *   relu-python { scripts: [text, …], compile }   writes each script to its own file in a new
 *               folder under os.tmpdir() and runs `python3 file.py` on it (with `compile`,
 *               `python3 -m py_compile file.py`: syntax only, no PyTorch or Keras needed),
 *               all at once, each with a 30 s timeout; answers one { stdout, stderr, code }
 *               per script (code null when Python could not start or was killed)
 *   relu-python-version {}   { python, numpy, stderr, code }: which Python runs and its NumPy
 *
 * The interpreter is RELU_PYTHON when set (.ci/run sets it when Debian's python3 has NumPy
 * but the first python3 on the PATH does not), else python3.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';

const PYTHON = process.env.RELU_PYTHON || 'python3';

/** Runs Python with `args`: { stdout, stderr, code }, never throws. */
function python(args) {
  return new Promise((resolve) => {
    execFile(PYTHON, args, { timeout: 30_000, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
      resolve({ stdout, stderr: stderr || (error && typeof error.code !== 'number' ? String(error.message) : ''), code });
    });
  });
}

export function pythonPlugin() {
  return {
    name: 'relu-python',
    async executeCommand({ command, payload }) {
      if (command === 'relu-python-version') {
        const run = await python(['-c', 'import sys, numpy; print(sys.version.split()[0], numpy.__version__)']);
        const [version, numpy] = run.stdout.trim().split(' ');
        return { python: `${PYTHON} ${version ?? ''}`.trim(), numpy: numpy ?? null, stderr: run.stderr, code: run.code };
      }
      if (command !== 'relu-python') return undefined;
      const dir = await mkdtemp(join(tmpdir(), 'relu-python-'));
      try {
        return await Promise.all(
          payload.scripts.map(async (script, i) => {
            const file = join(dir, `script_${i}.py`);
            await writeFile(file, script);
            return python(payload.compile ? ['-m', 'py_compile', file] : [file]);
          }),
        );
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}
