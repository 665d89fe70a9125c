// A global fast-check seed (printed once per run by test/global-setup.ts) so every property test replays (set FC_SEED to replay).
import fc from 'fast-check';

const seed = process.env.FC_SEED === undefined ? 20261122 : Number(process.env.FC_SEED);
fc.configureGlobal({ seed, numRuns: Number(process.env.FC_NUM_RUNS ?? 200) });
