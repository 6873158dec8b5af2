import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { projectRoot } from '../../src/paths.js';

export interface EvaluationQuestion {
  q: string;
  expect: string | null;
  ask?: string[];
  tags: string[];
}

/** The public evaluation set (tests/fixtures/lookup-questions.json): realistic questions, as workload and as truth. */
export async function evaluationQuestions(): Promise<EvaluationQuestion[]> {
  const file = path.join(projectRoot, 'tests', 'fixtures', 'lookup-questions.json');
  return (JSON.parse(await readFile(file, 'utf8')) as { questions: EvaluationQuestion[] }).questions;
}

/** Right when it answers the expected document, or asks back offering the documents sharing the number. */
export function isRight(question: EvaluationQuestion, answer: string | null, candidates: readonly string[]): boolean {
  if (question.ask) return answer === null && question.ask.every((symbol) => candidates.includes(symbol));
  return answer === question.expect;
}

export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

export const round = (ms: number) => Number(ms.toFixed(2));
