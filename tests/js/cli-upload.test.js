// The CLI takes a results file as the page does: without --map it uses the mapping `inspect`
// suggests (and says so on stderr), and its result is the page's for that mapping; a file given
// where a dataset folder is expected is read as a file.
import { describe, it, expect, beforeAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { loadWasmCore, nativeCli, repoRoot } from './support.js';

const realFiles = path.join(repoRoot, '../shared/data/real-files');
const kyrgyzstan = path.join(realFiles, 'kyrgyzstan-president-2017-rayons/kg_president_2017_by_rayon.csv');
const fixture = path.join(repoRoot, 'tests/fixtures/uploads/wide_stations.csv');

function cli(args) {
  const run = spawnSync(nativeCli, args, { encoding: 'utf8', cwd: repoRoot });
  if (run.error) throw run.error;
  return run;
}

describe('CLI on a results file', () => {
  let core;
  beforeAll(async () => {
    core = await loadWasmCore();
  });

  it('summary without --map uses the suggested mapping, says so, and answers as the page does', () => {
    const bytes = new Uint8Array(fs.readFileSync(fixture));
    const run = cli(['summary', fixture]);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/no --map given: using the suggested mapping/);
    const inspected = core.callWithBytes({ op: 'inspect', file: 'wide_stations.csv' }, bytes);
    const page = core.callWithBytes(
      { op: 'summary', dataset: { upload: { file: 'wide_stations.csv', mapping: inspected.result.mapping } } },
      bytes,
    );
    expect(JSON.parse(run.stdout)).toEqual(page);
  });

  it('inspect --format table gives each column its role and confidence', () => {
    const run = cli(['inspect', fixture, '--format', 'table']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/column\s+header\s+role\s+confidence\s+why/);
    expect(run.stdout).toMatch(/measure:against_all\s+sure/);
    expect(run.stdout).toMatch(/contest level:/);
  });

  it('a path that is neither a file nor a folder is refused by name, not as a dataset folder', () => {
    const run = cli(['check', path.join(repoRoot, 'no-such-results.csv')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/no such file or dataset folder/);
    expect(run.stderr).not.toMatch(/cannot read dataset folder/);
  });

  it('a real file gives its README figures with no edit', (ctx) => {
    if (!fs.existsSync(kyrgyzstan)) ctx.skip();
    const run = cli(['summary', kyrgyzstan]);
    expect(run.status).toBe(0);
    const national = JSON.parse(run.stdout).result.national.figures;
    expect(national.registered.value).toBe(2970137);
    expect(national.ballots_cast.value).toBe(1677249);
    expect(national.against_all.value).toBe(12111);
    expect(run.stderr).toMatch(/1 choice unsure/);
  });
});
