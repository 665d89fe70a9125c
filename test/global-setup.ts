// Prints the fast-check seed once per run, so any property failure replays with FC_SEED=<seed>
// (test/setup.ts applies it in every worker).
export default function setup(): void {
  const seed = process.env.FC_SEED ?? '20261122';
  process.env.FC_SEED = seed;
  console.log(`fast-check seed: ${seed} (replay a failure with FC_SEED=${seed})`);
}
