import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { proposePlanFromText } from '../../src/core/plans/import/propose-plan.js';
import type { Unit } from '../../src/core/units/unit.js';
import { PLANS_DIR, readDemoData } from '../../src/demo/demo-data.js';

const TARGET_CHARS = 30_000;

/**
 * A plan of at least 30 000 characters built from the seeds: the first seed's header, then the body of
 * each seed in turn (from its first section to its list of recipients), cut at a line break. Every
 * character is read: no recipient list or signature in the middle ends the plan early.
 */
async function planOfSeeds(): Promise<string> {
  const files = (await readdir(PLANS_DIR)).filter((f) => f.endsWith('.txt')).sort();
  const bodies: string[] = [];
  for (const [i, file] of files.entries()) {
    let text = await readFile(path.join(PLANS_DIR, file), 'utf8');
    const end = text.search(/^\s*(?:Nơi nhận|Có thể bạn quan tâm)/mu);
    if (end > 0) text = text.slice(0, end);
    const firstSection = text.search(/^\s*I\.\s/m);
    bodies.push(i === 0 || firstSection < 0 ? text : text.slice(firstSection));
  }
  let text = '';
  for (let i = 0; text.length < TARGET_CHARS; i += 1) text += `${bodies[i % bodies.length]}\n`;
  const cut = text.indexOf('\n', TARGET_CHARS);
  return cut > 0 ? text.slice(0, cut) : text;
}

async function demoUnits(): Promise<Unit[]> {
  const data = await readDemoData();
  const units: Unit[] = data.units.map((u, i) => ({
    id: i + 1,
    code: u.code,
    name: u.name,
    shortName: u.short,
    kind: u.kind,
    parentId: null,
    timezone: null,
  }));
  data.units.forEach((u, i) => {
    units[i]!.parentId = u.parent ? (units.find((p) => p.code === u.parent)?.id ?? null) : null;
  });
  return units;
}

/**
 * Time to read a 30 000-character plan and propose its tasks (structure, every sentence's deadlines,
 * doers, recipients): the median of repeated runs after a warm-up, and the first, cold run.
 */
export async function extractBenchmark({ quick }: { quick: boolean }) {
  const text = await planOfSeeds();
  const units = await demoUnits();
  const options = { units, referenceDate: '2026-11-23' };
  let started = performance.now();
  const first = proposePlanFromText(text, options);
  const coldMs = performance.now() - started;
  const samples: number[] = [];
  for (let i = 0; i < (quick ? 10 : 50); i += 1) {
    started = performance.now();
    proposePlanFromText(text, options);
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return { chars: text.length, ms: round(samples[Math.floor(samples.length / 2)]!), coldMs: round(coldMs), tasks: first.tasks.length };
}
