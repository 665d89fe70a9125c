// Draws the fast-check seed of this run (a new one each run, issue 13 item 12) unless FC_SEED is
// set, and prints it once, so any property failure replays with FC_SEED=<seed>. The workers read
// it from the environment (test/setup.ts applies it in every worker).
import { randomInt } from 'node:crypto';

export default function setup(): void {
  const seed = process.env.FC_SEED ?? String(randomInt(0, 2 ** 31 - 1));
  process.env.FC_SEED = seed;
  console.log(`fast-check seed: ${seed} (replay a failure with FC_SEED=${seed})`);
}
