// The lede CLI as a user runs it: real articles, hostile input, batch mode,
// CoNLL mode, and clear errors. Runs the native build in build/native.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync, mkdtempSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const lede = join(root, 'build', 'native', 'lede');
const seedsDir = join(root, '..', 'shared', 'seeds');
const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).map((f) => join(seedsDir, f));

function run(args, input, timeout = 20000) {
  const r = spawnSync(lede, args, { input, timeout, maxBuffer: 1 << 30 });
  assert.equal(r.error, undefined, `lede ${args.join(' ')} did not finish: ${r.error}`);
  return { status: r.status, stdout: r.stdout.toString(), stderr: r.stderr.toString() };
}

function analyze(input, args = []) {
  const started = Date.now();
  const r = run(args, input);
  assert.equal(r.status, 0, r.stderr);
  return { json: JSON.parse(r.stdout), ms: Date.now() - started };
}

test('a seed article gives the version 1 contract with paragraphs in UTF-16 offsets', () => {
  const text = readFileSync(seeds[1], 'utf8');
  const { json } = analyze(text);
  assert.equal(json.version, 1);
  assert.equal(json.offsets, 'utf16');
  assert.equal(json.length, text.length);
  assert.ok(json.paragraphs.length >= 15);
  for (const p of json.paragraphs) {
    const slice = text.slice(p.start, p.end);
    assert.equal(slice, slice.trim());
    assert.ok(slice.length > 0);
  }
  for (const list of ['mentions', 'numbers', 'quotes']) {
    for (const item of json[list]) assert.equal(text.slice(item.start, item.end), item.text, `${list} span`);
  }
});

test('--offsets utf8 and codepoint change only the unit', () => {
  const text = 'Ukraine’s 😀 leader “said” so.';
  const bytes = Buffer.from(text);
  const u8 = analyze(text, ['--offsets', 'utf8']).json;
  const cp = analyze(text, ['--offsets', 'codepoint']).json;
  assert.equal(u8.length, bytes.length);
  assert.equal(cp.length, [...text].length);
  assert.equal(u8.paragraphs.length, cp.paragraphs.length);
});

test('several files give one line each, named', () => {
  const r = run(seeds.slice(0, 2), '');
  assert.equal(r.status, 0);
  const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(lines.map((l) => l.file), seeds.slice(0, 2));
});

test('hostile input always answers with JSON, exit 0, within seconds', () => {
  const cases = {
    empty: '',
    'invalid UTF-8': Buffer.from([0xff, 0xfe, 0x41, 0xe2, 0x82, 0x0a, 0xc0, 0x80]),
    'NUL bytes': Buffer.from('a\0b\0\0c'),
    '10,000 quote marks': '"“”‘’«»'.repeat(1500),
    '200,000 digits': '7'.repeat(200000),
    '600 KB without a space': 'ab.cd-ef,'.repeat(70000),
    HTML: '<html><body><script>alert(1)</script><p>Hi &amp; bye</p></body></html>',
    'random bytes': Buffer.from(Array.from({ length: 100000 }, (_, i) => (i * 7919 + 13) % 256)),
  };
  for (const [name, input] of Object.entries(cases)) {
    const { json, ms } = analyze(input);
    assert.equal(json.version, 1, name);
    assert.ok(ms < 10000, `${name} took ${ms} ms`);
  }
});

test('a missing file is a clear error with exit status 1, and the other files still run', () => {
  const r = run(['/no/such/file.txt', seeds[0]], '');
  assert.equal(r.status, 1);
  assert.match(r.stderr, /cannot open '\/no\/such\/file.txt'/);
  assert.equal(r.stdout.trim().split('\n').length, 1);
});

test('a directory is a clear error', () => {
  const r = run([root], '');
  assert.equal(r.status, 1);
  assert.match(r.stderr, /cannot read/);
});

test('usage errors exit 2 and name the problem', () => {
  assert.equal(run(['--offsets', 'bytes'], '').status, 2);
  assert.match(run(['--nope'], '').stderr, /unknown option '--nope'/);
  assert.equal(run(['--reference-date', '2024-13-01'], '').status, 2);
  assert.equal(run(['--reference-date', '2024-02-30'], '').status, 2);
  // An indent would break the one-line answers: refused, not ignored.
  const pretty = run(['--jsonl', '--pretty'], '');
  assert.equal(pretty.status, 2);
  assert.match(pretty.stderr, /--pretty cannot be combined with --jsonl/);
  assert.equal(run(['segment', '--pretty'], '').status, 2);
  assert.match(run(['--pretty', seeds[0], seeds[1]], '').stderr, /--pretty takes one FILE/);
});

test('--pretty indents the analysis of one file', () => {
  const r = run(['--pretty', seeds[0]], '');
  assert.equal(r.status, 0);
  assert.ok(r.stdout.trim().split('\n').length > 10);
  assert.deepEqual(JSON.parse(r.stdout), JSON.parse(run([seeds[0]], '').stdout));
});

test('--help and --version', () => {
  assert.match(run(['--help'], '').stdout, /Usage:/);
  assert.match(run(['--version'], '').stdout, /^lede \d+\.\d+\.\d+/);
});

test('--jsonl answers every line, bad lines in place, in order', () => {
  const input = [
    JSON.stringify({ id: 'a', text: readFileSync(seeds[0], 'utf8') }),
    'not json',
    JSON.stringify({ id: 7, body: 'no text field' }),
    '',
    JSON.stringify({ id: 'b', text: 'Short “quote” here.' }),
  ].join('\n');
  const r = run(['--jsonl'], input);
  assert.equal(r.status, 0);
  const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(lines.length, 4);
  assert.deepEqual(lines.map((l) => l.id), ['a', null, 7, 'b']);
  assert.equal(lines[0].version, 1);
  assert.match(lines[1].error, /invalid JSON/);
  assert.match(lines[2].error, /text/);
  assert.equal(lines[3].length, 'Short “quote” here.'.length);
});

test('--jsonl reads each line\'s own reference date, else the command\'s', () => {
  const text = 'Exports fell last year, the ministry said on Thursday.';
  const input = [
    JSON.stringify({ id: 1, text, referenceDate: '1996-08-22' }),
    JSON.stringify({ id: 2, text }),
    JSON.stringify({ id: 3, text, referenceDate: '1996-02-30' }),
  ].join('\n');
  const lines = run(['--jsonl', '--reference-date', '2026-01-01'], input).stdout.trim().split('\n').map((l) => JSON.parse(l));
  const isos = (line) => line.numbers.map((n) => n.iso);
  assert.deepEqual(isos(lines[0]), ['1995', '1996-08-22']);
  assert.deepEqual(isos(lines[1]), ['2025', '2026-01-01']);
  assert.equal(lines[1].referenceDate, '2026-01-01');
  assert.match(lines[2].error, /referenceDate/);
});

test('conll mode appends one tag column to every token line and keeps the rest', () => {
  const input = '-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\n\nPeter NNP B-NP B-PER\n';
  const r = run(['conll'], input);
  assert.equal(r.status, 0);
  const lines = r.stdout.split('\n');
  assert.equal(lines[0], '-DOCSTART- -X- -X- O');
  assert.equal(lines[1], '');
  assert.match(lines[2], /^EU NNP B-NP B-ORG [BIO](-[A-Z]+)?$/);
  assert.match(lines[3], /^rejects VBZ B-VP O [BIO](-[A-Z]+)?$/);
  assert.match(lines[5], /^Peter NNP B-NP B-PER [BIO](-[A-Z]+)?$/);
});

test('a 20 MB text is analyzed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lede-'));
  const file = join(dir, 'big.txt');
  const article = seeds.map((f) => readFileSync(f, 'utf8')).join('\n\n');
  writeFileSync(file, article.repeat(Math.ceil(20e6 / Buffer.byteLength(article))));
  const r = spawnSync(lede, [file], { timeout: 120000, maxBuffer: 2 ** 31 });
  assert.equal(r.status, 0);
  assert.equal(JSON.parse(r.stdout).version, 1);
});
