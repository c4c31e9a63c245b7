import fc from 'fast-check';

// Property tests draw from a fixed seed, so `npm test` gives the same result
// on every machine and every run. To explore new inputs locally, run
// `FC_SEED=random npm run test:unit` (fast-check prints the seed of a failure;
// `FC_SEED=<that seed>` replays it) and turn each counterexample found into a
// plain regression test.
const seed = process.env.FC_SEED;
if (seed !== 'random') fc.configureGlobal({ seed: seed === undefined ? 20_261_123 : Number(seed) });
