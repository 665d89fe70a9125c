// The run's fast-check seed, drawn and printed once by test/global-setup.ts (a new seed each run;
// FC_SEED=<seed> replays one), applied in every worker so every property test replays.
import fc from 'fast-check';

if (process.env.FC_SEED === undefined || !/^\d+$/.test(process.env.FC_SEED))
  throw new Error('FC_SEED is not set: test/global-setup.ts sets it (or set FC_SEED=<integer> to replay a run)');
fc.configureGlobal({ seed: Number(process.env.FC_SEED), numRuns: Number(process.env.FC_NUM_RUNS ?? 200) });
